"""Local records as they travel: read set-based, turned into package records.

Export and import see a local record the same way, so that a record and its local copy
compare byte for byte (``envelope``, ``sync_hash``). Rows are read with Core selects over
*untyped* mirrors of the tables (``RAW``): values come back exactly as stored (timestamps
as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` text, dates as ``YYYY-MM-DD``, booleans as 0/1), which
is already the package's own encoding, so no row is mapped to an ORM object and no
timestamp is parsed and printed again. The importer writes through the same mirrors.

A *view* is a plain dict of a row's stored values, with its children attached:
``personal`` (client), ``history`` (referral), ``ledger`` (placement), ``steps`` and
``money`` (restitution).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, bindparam, column, func, select, table
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql.expression import TableClause

from nap_desktop.domain import consent, moments
from nap_desktop.domain import fields as registry
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set, utc_text
from nap_desktop.transfer import checks, schema
from nap_desktop.transfer import package as pkg

IC = InfoCategory
View = dict[str, Any]
#: Ids per query.
CHUNK = 10_000


def _mirror(name: str) -> TableClause:
    return table(name, *(column(c.name) for c in m.Base.metadata.tables[name].columns))


#: Untyped mirrors of the case tables: raw stored values in and out.
RAW: Mapping[str, TableClause] = {name: _mirror(name) for name in (
    "agencies", "clients", "client_personal", "releases", "referrals",
    "referral_status_changes", "placements", "assistance_entries", "restitution_matters",
    "restitution_steps", "restitution_money", "notes")}
TABLE: Mapping[str, str] = {
    "agency": "agencies", "client": "clients", "release": "releases", "referral": "referrals",
    "placement": "placements", "restitution": "restitution_matters", "note": "notes",
}
# Services delivered, plans, safety plans, tasks, funding (issue #13) never go to a
# partner (``consent.NEVER_SHARED``): no package reads their tables.
if set(TABLE) & consent.NEVER_SHARED or set(RAW) & consent.NEVER_SHARED_TABLES:
    raise RuntimeError("a record type that never leaves the vault is in the package")


@dataclass(frozen=True, slots=True)
class Child:
    """Rows of ``table`` that belong to a record through ``parent`` (its id column).
    ``order``: the order they are read in, where it matters (ledger, steps and money
    are sorted when the record is built)."""

    key: str
    table: str
    parent: str
    order: tuple[str, ...] = ()
    single: bool = False


CHILDREN: Mapping[str, tuple[Child, ...]] = {
    "client": (Child("personal", "client_personal", "client_id", single=True),),
    # (referral_id, seq) is the order of the referral_id index: no sort step
    "referral": (Child("history", "referral_status_changes", "referral_id",
                       ("referral_id", "seq")),),
    "placement": (Child("ledger", "assistance_entries", "placement_id"),),
    "restitution": (Child("steps", "restitution_steps", "matter_id"),
                    Child("money", "restitution_money", "matter_id")),
}


def chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i:i + CHUNK]


def _rows(s: OrmSession, name: str, where: Callable[[TableClause], ColumnElement[bool]],
          order: Sequence[str] = ()) -> list[View]:
    t = RAW[name]
    query = select(*t.c).where(where(t)).order_by(*(t.c[c] for c in order))
    result = s.execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def one_of(values: list[str]) -> Select[tuple[Any]]:
    """``SELECT value FROM json_each(:ids)``: a list of ids as one bound value, so that one
    statement serves any number of them (SQLite looks each up in the column's index)."""
    return select(column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(values), type_=String())))


def rows_in(s: OrmSession, name: str, column_name: str, values: Iterable[str],
            order: Sequence[str] = ()) -> list[View]:
    """Raw rows of table ``name`` whose ``column_name`` is one of ``values``."""
    out: list[View] = []
    for part in chunks(values):
        out += _rows(s, name, lambda t, p=part: t.c[column_name].in_(one_of(p)), order)  # type: ignore[misc]
    return out


def ids_in(s: OrmSession, name: str, values: Iterable[str],
           column_name: str = "id") -> list[tuple[str, Any]]:
    """``(id, column_name)`` of the rows of ``name`` whose id is one of ``values``."""
    t = RAW[name]
    out: list[tuple[str, Any]] = []
    for part in chunks(values):
        out += [(r[0], r[1]) for r in s.execute(
            select(t.c.id, t.c[column_name]).where(t.c.id.in_(one_of(part))))]
    return out


def attach_children(s: OrmSession, kind: str, views: Sequence[View]) -> list[View]:
    """Add each view's children (see the module docstring); returns ``views``."""
    ids = [v["id"] for v in views]
    for child in CHILDREN.get(kind, ()):
        grouped: dict[str, list[View]] = {}
        for row in rows_in(s, child.table, child.parent, ids, child.order):
            grouped.setdefault(row[child.parent], []).append(row)
        for v in views:
            found = grouped.get(v["id"], [])
            v[child.key] = (found[0] if found else None) if child.single else found
    return list(views)


def fetch(s: OrmSession, kind: str, column_name: str, values: Iterable[str]) -> list[View]:
    """Views of the records of ``kind`` whose ``column_name`` is one of ``values``."""
    return attach_children(s, kind, rows_in(s, TABLE[kind], column_name, values))


def fetch_where(s: OrmSession, kind: str,
                where: Callable[[TableClause], ColumnElement[bool]]) -> list[View]:
    return attach_children(s, kind, _rows(s, TABLE[kind], where))


# --- stored value -> package value -------------------------------------------------


def stamp(value: str) -> str:
    """A stored timestamp in the package's form (it is already, unless written oddly)."""
    if checks.TS_RE.fullmatch(value):
        return _within(value, _FIRST_STAMP, _LAST_STAMP)
    parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return _within(utc_text(parsed), _FIRST_STAMP, _LAST_STAMP)


def day(value: str | None) -> str | None:
    if value is None or checks.DATE_RE.fullmatch(value):
        return value if value is None else _within(value, _FIRST_DAY, _LAST_DAY)
    year, month, rest = value.split("-", 2)
    return _within(date(int(year), int(month), int(rest[:2])).isoformat(), _FIRST_DAY, _LAST_DAY)


_FIRST_DAY, _LAST_DAY = moments.EARLIEST.isoformat(), moments.LATEST.isoformat()
_FIRST_STAMP, _LAST_STAMP = f"{_FIRST_DAY}T00:00:00.000000Z", f"{_LAST_DAY}T23:59:59.999999Z"


def _within(text: str, first: str, last: str) -> str:
    """A stored date or time inside the span a package allows (domain.moments). A vault may
    hold one outside it, imported before packages were bounded: it goes as the nearest
    edge, since the partner refuses anything outside (and with it the whole package, so
    every later export). Fixed-width text sorts as the dates do."""
    return first if text < first else last if text > last else text


#: A client without a personal-details row (never expected; exported as blank).
_NO_PERSONAL: View = {f.key: f.blank for f in registry.personal_fields()}


def _package_value(f: registry.Field, stored: Any) -> Any:
    """A personal field's stored value as the package carries it."""
    if f.kind is registry.Kind.DATE:
        return day(stored)
    if f.kind is registry.Kind.BOOL:
        return bool(stored)
    if f.kind is registry.Kind.TEXT_LIST:
        return split_set(stored)
    if f.kind is registry.Kind.CHOICES:  # issue #13: a sorted list, as the schema wants
        return sorted(split_set(stored))
    return stored


def _personal(p: Mapping[str, Any] | None, withheld: frozenset[InfoCategory]) -> View:
    p = p or _NO_PERSONAL
    gone = consent.fields_of("client", withheld)
    return {f.key: _package_value(f, p[f.key]) for f in registry.personal_fields()
            if f.key not in gone and not (f.key in _REPORTED and p[f.key] == f.blank)}


#: The reported client fields (issue #13): left out while "not collected", so a client
#: without them is encoded exactly as before them (transfer-format.md §5).
_REPORTED = frozenset({"gender", "race_ethnicity", "sex", "citizenship", "referral_source"})


def _agency(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    return {"name": r["name"], "kind": r["kind"],
            "is_victim_service_provider": bool(r["is_victim_service_provider"])}


def _client(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    return {"case_number": r["case_number"], "trafficking_type": r["trafficking_type"],
            "personal": _personal(r["personal"], withheld)}


def _release(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    return {"client_id": r["client_id"], "recipient_agency_id": gid(r["recipient_agency_id"]),
            "categories": sorted(split_set(r["categories"])), "purpose": r["purpose"],
            "signed_by": r["signed_by"], "form_language": r["form_language"],
            "signed_on": day(r["signed_on"]), "expires_on": day(r["expires_on"]),
            "status": r["status"], "revoked_on": day(r["revoked_on"]),
            "exception_basis": r["exception_basis"],
            "services_not_conditional": bool(r["services_not_conditional"])}


def _referral(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    return {"client_id": r["client_id"], "from_agency_id": gid(r["from_agency_id"]),
            "to_agency_id": gid(r["to_agency_id"]), "direction": r["direction"],
            "referring_person": r["referring_person"],
            "external_case_number": r["external_case_number"],
            "services": sorted(split_set(r["services"])), "urgency": r["urgency"],
            "safety_notes": r["safety_notes"], "release_id": r["release_id"],
            "status": r["status"], "status_changed_at": stamp(r["status_changed_at"]),
            "outcome": r["outcome"], "reason": r["reason"], "reason_text": r["reason_text"],
            "history": [{"from_status": h["from_status"], "to_status": h["to_status"],
                         "at": stamp(h["at"]), "reason": h["reason"],
                         "reason_text": h["reason_text"]} for h in r["history"]]}


def _placement(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    ledger = sorted(r["ledger"], key=lambda a: (day(a["paid_on"]), a["id"]))
    return {"client_id": r["client_id"], "program_type": r["program_type"],
            "provider": r["provider"], "funding_source": r["funding_source"],
            "status": r["status"], "referred_on": day(r["referred_on"]),
            "start_date": day(r["start_date"]), "move_in_date": day(r["move_in_date"]),
            "expected_exit_date": day(r["expected_exit_date"]),
            "exit_date": day(r["exit_date"]), "exit_destination": r["exit_destination"],
            "safety_notes": r["safety_notes"],
            "ledger": [{"id": a["id"], "kind": a["kind"], "amount_cents": a["amount_cents"],
                        "paid_on": day(a["paid_on"]), "note": a["note"], **_void(a)}
                       for a in ledger]}


def _restitution(r: View, withheld: frozenset[InfoCategory],
                 gid: Callable[[str], str]) -> View:
    steps = sorted(r["steps"], key=lambda x: (x["position"], x["id"]))
    money = sorted(r["money"], key=lambda x: (day(x["on"]), x["id"]))
    return {"client_id": r["client_id"], "court": r["court"],
            "docket_number": r["docket_number"], "defendant": r["defendant"],
            "statute": r["statute"], "losses_claimed_cents": r["losses_claimed_cents"],
            "ordered_cents": r["ordered_cents"], "closure": r["closure"],
            "steps": [{"id": x["id"], "position": x["position"], "kind": x["kind"],
                       "status": x["status"], "due_on": day(x["due_on"]),
                       "completed_on": day(x["completed_on"]), "note": x["note"]}
                      for x in steps],
            "money": [{"id": x["id"], "kind": x["kind"], "amount_cents": x["amount_cents"],
                       "on": day(x["on"]), "note": x["note"], **_void(x)} for x in money]}


def _note(r: View, withheld: frozenset[InfoCategory], gid: Callable[[str], str]) -> View:
    return {"client_id": r["client_id"], "referral_id": r["referral_id"],
            "created_at": stamp(r["created_at"]), "body": r["body"], **_void(r)}


def _void(r: View) -> View:
    """A void and the entry a correction replaced, carried only when set
    (``schema.WHEN_SET``): who voided it and why stay here."""
    out: View = {}
    if r.get("voided_at") is not None:
        out["voided_at"] = stamp(r["voided_at"])
    if r.get("corrects_id") is not None:
        out["corrects_id"] = r["corrects_id"]
    return out


_DATA: Mapping[str, Callable[[View, frozenset[InfoCategory], Callable[[str], str]], View]] = {
    "agency": _agency, "client": _client, "release": _release, "referral": _referral,
    "placement": _placement, "restitution": _restitution, "note": _note,
}


def record_data(kind: str, row: View, withheld: frozenset[InfoCategory],
                to_global: Callable[[str], str], left_out: frozenset[str] = frozenset()) -> View:
    """The ``data`` of a record in the package's (global) id space, without the fields
    of ``withheld`` categories and the ``left_out`` ones."""
    if kind in consent.NEVER_SHARED:
        raise ValueError(f"{kind} records never leave the vault")
    data = _DATA[kind](row, withheld, to_global)
    if kind == "client":  # ``_personal`` left out the withheld categories already
        if left_out:
            data["personal"] = {k: v for k, v in data["personal"].items() if k not in left_out}
    else:  # fields, requested services and child-row notes: ``domain.consent``
        data = consent.strip(kind, data, withheld)
        for name in left_out:
            data.pop(name, None)
    if kind not in ("agency", "note"):
        data["created_at"] = stamp(row["created_at"])
        data["updated_at"] = stamp(row["updated_at"])
    return data


def envelope(kind: str, row: View, withheld: frozenset[InfoCategory],
             to_global: Callable[[str], str], left_out: frozenset[str] = frozenset()) -> View:
    """A record without its ``base``; ``withheld`` is narrowed to what the type can hold,
    ``left_out`` to its withholdable fields outside the withheld categories."""
    applicable = withheld & schema.FIELD_CATEGORIES.get(kind, frozenset())
    if left_out:
        left_out = left_out & frozenset(schema.WITHHOLDABLE.get(kind, ())) \
            - schema.fields_of(kind, applicable)
    # An agency goes under its own id (its card's), not the directory id we gave it when
    # its card was pinned onto an entry we already had (docs/transfer-format.md §6).
    rid = to_global(row["id"]) if kind == "agency" else row["id"]
    env: View = {"type": kind, "id": rid, "revision": int(row.get("revision", 1)),
                 "withheld": sorted(c.value for c in applicable),
                 "data": record_data(kind, row, applicable, to_global, left_out)}
    if left_out:
        env["left_out"] = sorted(left_out)
    return env


def keep_withheld(env: Mapping[str, Any], local: View | None,
                  also: frozenset[InfoCategory] = frozenset()) -> Mapping[str, Any]:
    """A received record as it may be written here: where its ``withheld`` categories (and
    ``also``: say, what we withheld from its sender) govern parts of a field (requested
    services, child-row notes), our own values stand whatever it carries
    (``domain.consent.restore``). Plain withheld fields are absent and never written."""
    kind = env["type"]
    withheld = frozenset(IC(c) for c in env["withheld"]) | also
    if not (consent.child_fields_of(kind, withheld)
            or (kind == consent.SERVICES_OF and withheld)):
        return env
    mine = None if local is None else _DATA[kind](local, frozenset(), lambda x: x)
    return {**env, "data": consent.restore(kind, env["data"], mine, withheld)}


# --- fields a vault holds no value for -------------------------------------------------

#: Where a record type keeps its "not received" marks: (table, key column, marks row).
MARKS_TABLE: Mapping[str, str] = {
    "client": "client_personal", "referral": "referrals", "placement": "placements"}


def marks_row(kind: str, view: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The stored row holding a record's marks (a client's personal row)."""
    if kind == "client":
        personal: Mapping[str, Any] | None = view.get("personal")
        return personal
    return view if kind in MARKS_TABLE else None


def not_received(kind: str, view: Mapping[str, Any]) -> frozenset[str]:
    """Fields of a local record that arrived without a value (never entered here)."""
    row = marks_row(kind, view)
    return frozenset(split_set(row.get("not_received") or "")) if row is not None \
        else frozenset()


def carried(kind: str, data: Mapping[str, Any]) -> frozenset[str]:
    """The withholdable fields a received record's ``data`` carries a value for."""
    holder = data["personal"] if kind == "client" else data
    return frozenset(f for f in schema.WITHHOLDABLE.get(kind, ()) if f in holder)


def fingerprint(value: Any) -> str:
    """A short digest of one field's value as a package carries it: enough to tell
    whether a value is still the one a partner sent, without keeping the value."""
    return hashlib.blake2s(repr(value).encode("utf-8"), digest_size=6).hexdigest()


def field_values(kind: str, data: Mapping[str, Any]) -> Mapping[str, Any]:
    return data["personal"] if kind == "client" else data


def fingerprints(kind: str, data: Mapping[str, Any], before: str,
                 only: frozenset[str] | None = None) -> str:
    """The fingerprints of the withholdable values a partner has sent us for a record,
    after receiving ``data``: its values (those of ``only``, if given) replace the ones
    sent before. Stored as one
    fingerprint per withholdable field, in ``WITHHOLDABLE`` order, comma-separated, ""
    for a field never received ("" in all: nothing). Compact and quick to write for a
    bulk import; a new withholdable field must be added at the end of its list."""
    names = schema.WITHHOLDABLE.get(kind, ())
    if not names:
        return ""
    old = _layout(before, names)
    values = field_values(kind, data)
    out = [fingerprint(values[f]) if f in values and (only is None or f in only) else was
           for f, was in zip(names, old, strict=True)]
    return ",".join(out) if any(out) else ""


def _layout(stored: str, names: Sequence[str]) -> list[str]:
    """Stored fingerprints, one per field of ``names``. Fields added to a type since they
    were stored (always at the end) were never received; an unknown layout (longer)
    remembers nothing."""
    prints = stored.split(",") if stored else []
    if len(prints) > len(names):
        return [""] * len(names)
    return prints + [""] * (len(names) - len(prints))


def echoes(kind: str, data: Mapping[str, Any], received: str) -> frozenset[str]:
    """The fields ``data`` carries whose value is still the one the partner last sent
    (``received`` as stored by :func:`fingerprints`)."""
    names = schema.WITHHOLDABLE.get(kind, ())
    prints = _layout(received, names)
    values = field_values(kind, data)
    return frozenset(f for f, was in zip(names, prints, strict=True)
                     if was and f in values and fingerprint(values[f]) == was)


def frame_sync_hash(frame: bytes, env: Mapping[str, Any]) -> str:
    """``sync_hash(env)`` read off ``frame``, which must be ``canonical(env)`` (as sent, or
    as received and checked): the hashed object is the frame without ``base`` and
    ``revision``. Neither key can occur inside ``data`` (its keys are fixed, and a quote
    inside a string is escaped), so the top-level ones are the first ``,"data":`` (after
    ``base``, null or hex) and the last ``,"revision":``. Clients hash their data without
    the case number, so they are encoded anew."""
    if "case_number" in env["data"]:
        return sync_hash(env)
    start = frame.index(b',"data":') + 1
    revision = frame.rindex(b',"revision":')
    after = frame.index(b',"type":', revision)
    return pkg.sha256_hex(b"{" + frame[start:revision] + frame[after:])


def sync_hash(env: Mapping[str, Any]) -> str:
    """Digest of a record's shared content: what both sides compare to detect changes.
    The case number is left out: each vault numbers its own cases."""
    data = env["data"]
    if "case_number" in data:
        data = {k: v for k, v in data.items() if k != "case_number"}
    hashed = {"type": env["type"], "id": env["id"], "withheld": env["withheld"], "data": data}
    if env.get("left_out"):
        hashed["left_out"] = env["left_out"]
    return pkg.sha256_hex(pkg.canonical(hashed))
