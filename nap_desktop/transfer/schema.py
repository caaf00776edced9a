"""The schema of each record type in a ``.napx`` package, built from the field registry.

``domain.fields`` says what each field holds (kind, limits, whether it travels) and
``domain.consent`` what a withheld category keeps out; this module turns both into the
checks (``transfer.checks``) a record is held to when it is parsed and before it is sent.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from nap_desktop.domain import consent, demographics
from nap_desktop.domain import enums as en
from nap_desktop.domain import fields as registry
from nap_desktop.domain.messages import N_
from nap_desktop.transfer.checks import (
    SHORT,
    Check,
    Path,
    boolean,
    categories,
    choice,
    day,
    fail,
    hex64,
    integer,
    items,
    obj,
    optional,
    text,
    utc_time,
    uuid,
)
from nap_desktop.transfer.date_order import check_date_order
from nap_desktop.transfer.errors import PackageDamaged
from nap_desktop.transfer.package import MAX_INT, MAX_RECORD_BYTES, sha256_hex, strict_loads

IC = en.InfoCategory
# The consent table lives in ``domain.consent``; these names are the package's view of it
# (aliases, never a second copy).
PERSONAL_FIELDS = consent.PERSONAL_FIELDS
RECORD_CATEGORY = consent.RECORD_CATEGORY
RECORD_FIELDS = consent.RECORD_FIELDS
FIELD_CATEGORIES = consent.FIELD_CATEGORIES
WITHHOLDABLE = consent.WITHHOLDABLE
fields_of = consent.fields_of


def check_of(f: registry.Field) -> Check:
    """The schema check of one registry field: its kind, limits and whether it may be
    None, exactly as input validation holds it (``domain.fields``)."""
    K = registry.Kind  # noqa: N806 - short alias in a table-like function
    inner: Check
    if f.kind in (K.TEXT, K.LONG_TEXT):
        return text(f.max_length or SHORT, required=f.required)
    if f.kind is K.TEXT_LIST:
        return items(text(f.max_length or SHORT, required=True), f.max_items or 0)
    if f.kind is K.CHOICES:
        assert f.enum is not None
        return items(choice(f.enum), f.max_items or 0, sorted_unique=True)
    if f.kind is K.BOOL:
        return boolean
    if f.kind in (K.MONEY, K.NUMBER):
        return integer(f.min_value, f.max_value if f.max_value is not None else MAX_INT)
    if f.kind is K.STAMP:
        return utc_time if f.required else optional(utc_time)
    if f.kind is K.CHOICE:
        assert f.enum is not None
        inner = choice(f.enum)
    elif f.kind is K.DATE:
        inner = day
    elif f.kind is K.REFERENCE:
        inner = uuid
    else:
        raise ValueError(f"no package check for {f.kind}")
    return inner if f.required else optional(inner)


def _checks(record: str) -> dict[str, Check]:
    """The checks of the fields of ``record`` that travel (rows of children aside)."""
    return {f.key: check_of(f) for f in registry.fields_of(record)
            if f.sharing is not registry.Sharing.LOCAL and f.kind is not registry.Kind.ROWS
            and not f.personal}


def _answers(inner: Check) -> Check:
    """A reported multi-answer field (gender, race and ethnicity): at least one value, and
    a "no answer" value only alone (``domain/demographics.py``)."""
    def check(value: Any, path: Path) -> Any:
        inner(value, path)
        if not value or (len(value) > 1 and set(value) & demographics.NO_ANSWER):
            raise fail(path, N_("The package is not valid: {where} mixes an answer with "
                                "“doesn't know”, “refused” or “not collected”, or is empty; "
                                "nothing was imported."))
        return value
    return check


#: Personal fields a package from before issue #13 lacks, and that a sender leaves out
#: while they are "not collected" (so such a client is encoded as before: a partner on
#: the previous version imports it, and its sync hash does not change): they import as
#: absent, the receiver keeping its own values ("not collected" for a new client).
SINCE_ISSUE_13 = frozenset(demographics.FIELDS)
PERSONAL_CHECKS: Mapping[str, Check] = {
    f.key: _answers(check_of(f)) if f.key in SINCE_ISSUE_13 and f.kind is registry.Kind.CHOICES
    else check_of(f) for f in registry.personal_fields()}


def _rows(record: str, key: str, *, with_id: bool = True) -> tuple[Mapping[str, Check], int]:
    """(fields of one child row, most rows) of the list ``key`` of ``record``."""
    row = {"id": uuid} if with_id else {}
    return {**row, **_checks(f"{record}.{key}")}, registry.field(record, key).max_items or 0


#: The rows inside a record: (fields of one row, most rows).
CHILD_ROWS: Mapping[str, Mapping[str, tuple[Mapping[str, Check], int]]] = {
    "placement": {"ledger": _rows("placement", "ledger")},
    "restitution": {"steps": _rows("restitution", "steps"),
                    "money": _rows("restitution", "money")},
}


#: Fields a record or entry carries only when set (corrections): a live entry looks as it
#: did before them, so packages of either version compare and import alike.
WHEN_SET = frozenset({"voided_at", "corrects_id"})


def _child(kind: str, key: str, absent: frozenset[str] = frozenset()) -> Check:
    """The check of a record's child rows, without the fields in ``absent``."""
    row, limit = CHILD_ROWS[kind][key]
    return items(obj({f: c for f, c in row.items() if f not in absent},
                     optional_keys=WHEN_SET), limit)


def _services(withheld: frozenset[en.InfoCategory]) -> Check:
    """A referral's requested services, none of a kind ``withheld`` keeps out."""
    inner = items(choice(en.ServiceType), 20, sorted_unique=True)

    def check(value: Any, path: Path) -> Any:
        inner(value, path)
        if any(consent.service_withheld(v, withheld) for v in value):
            raise fail(
                path,
                N_(
                    "The package is not valid: {where} lists a service of a withheld category; "
                    "nothing was imported."
                ),
            )
        return value
    return check


_HISTORY, _HISTORY_ROWS = _rows("referral", "history", with_id=False)
#: The data of each record type, as the field registry describes it.
DATA: Mapping[str, Mapping[str, Check]] = {
    "agency": _checks("agency"),
    "client": _checks("client"),
    "release": _checks("release"),
    "referral": {**_checks("referral"), "history": items(obj(_HISTORY), _HISTORY_ROWS)},
    "placement": {**_checks("placement"), "ledger": _child("placement", "ledger")},
    "restitution": {**_checks("restitution"), "steps": _child("restitution", "steps"),
                    "money": _child("restitution", "money")},
    "note": _checks("note"),
}
_field_name = text(40, required=True)
ENVELOPE = obj({"type": text(20), "id": uuid, "revision": integer(1, MAX_INT),
                "base": optional(hex64), "withheld": categories(), "data": lambda v, p: v,
                "left_out": items(_field_name, 40, sorted_unique=True)},
               optional_keys=frozenset({"left_out"}))


@functools.lru_cache(maxsize=1024)
def data_check(record_type: str, withheld: frozenset[en.InfoCategory],
               left_out: frozenset[str] = frozenset()) -> Check:
    """The data schema of one record, given what it says was withheld (whole categories)
    and left out (single fields the sender holds no value of its own for)."""
    fields = dict(DATA[record_type])
    absent = fields_of(record_type, withheld) | left_out
    if record_type == "client":
        fields["personal"] = obj({f: PERSONAL_CHECKS[f] for f in PERSONAL_CHECKS
                                  if f not in absent}, optional_keys=SINCE_ISSUE_13)
    else:
        for name in absent:
            fields.pop(name, None)
    for key, names in consent.child_fields_of(record_type, withheld).items():
        fields[key] = _child(record_type, key, names)
    if record_type == consent.SERVICES_OF and withheld & frozenset(
            consent.SERVICE_CATEGORY.values()):
        fields["services"] = _services(withheld)
    return obj(fields, optional_keys=WHEN_SET & frozenset(fields))


@functools.lru_cache(maxsize=256)
def _leavable(kind: str, withheld: frozenset[en.InfoCategory]) -> frozenset[str]:
    """The fields a record may list as ``left_out``: withholdable, outside ``withheld``."""
    return frozenset(WITHHOLDABLE.get(kind, ())) - fields_of(kind, withheld)


def parse_record(frame: bytes, entry: Mapping[str, Any], index: int) -> dict[str, Any]:
    """Check one record frame against its manifest entry (hash first) and its schema."""
    path = f"record {index + 1}"
    if sha256_hex(frame) != entry["sha256"]:
        raise PackageDamaged(
            N_("The package {part} does not match its manifest hash."), part=path
        )
    return check_record(strict_loads(frame, limit=MAX_RECORD_BYTES, what=path), entry, path)


def check_record(value: Any, entry: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The schema half of :func:`parse_record`, for a record already parsed (or about to
    be sent: the exporter checks what it built, without encoding and parsing it again)."""
    ENVELOPE(value, path)
    envelope: dict[str, Any] = value
    kind = envelope["type"]
    if (kind, envelope["id"], envelope["revision"]) != (entry["type"], entry["id"],
                                                          entry["revision"]):
        raise fail(
            path,
            N_(
                "The package is not valid: {where} differs from its manifest entry; nothing was "
                "imported."
            ),
        )
    withheld = frozenset(IC(c) for c in envelope["withheld"])
    if not withheld <= FIELD_CATEGORIES.get(kind, frozenset()):
        raise fail(
            f"{path}.withheld",
            N_(
                "The package is not valid: {where} names a category this record cannot withhold; "
                "nothing was imported."
            ),
        )
    left_out: frozenset[str] = frozenset()
    if "left_out" in envelope:
        left_out = frozenset(envelope["left_out"])
        if not left_out:
            raise fail(
                f"{path}.left_out",
                N_(
                    "The package is not valid: {where} is empty (it is left out instead); nothing"
                    " was imported."
                ),
            )
        if not left_out <= _leavable(kind, withheld):
            raise fail(
                f"{path}.left_out",
                N_(
                    "The package is not valid: {where} names a field this record cannot leave "
                    "out; nothing was imported."
                ),
            )
    data_check(kind, withheld, left_out)(envelope["data"], f"{path}.data")
    check_date_order(kind, envelope["data"], path)
    if kind == "release" and envelope["data"]["status"] == en.ReleaseStatus.EXPIRED.value:
        raise fail(
            f"{path}.data.status",
            N_(
                "The package is not valid: {where} is a derived status that is never stored; "
                "nothing was imported."
            ),
        )
    return envelope
