"""Apply a checked import plan set-based, inside the caller's one transaction.

Records are written a type at a time, parents before children (foreign keys are enforced):
new records with one bulk ``INSERT`` per table, updated ones with one ``UPDATE`` per set
of columns, their child rows (status history, ledger, steps, money) replaced. Values go in
through the untyped table mirrors of ``transfer.records``, exactly as the package carries
them (checked timestamps and dates are already in the stored form). Withheld fields keep
their local values, and so do the fields ``transfer.authority`` keeps ours (the plan
hands over the narrowed records); revisions are ours and only grow. A new release is
stored as the sender's record (information, never our consent). A referral's status
history is merged, never replaced: who did what here is never rewritten. Conflicts keep
both versions and change nothing; refused records are not written at all.
Fields a new record arrives without are marked "not received" (with the sender); a later
package that carries a value for one takes the mark off.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import fields as registry
from nap_desktop.store.transfer_models import ConflictRow, SyncStateRow
from nap_desktop.store.types import join_set, utc_text
from nap_desktop.transfer import authority, bulk_sql, ownership, schema
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.consent_gate import IdMap
from nap_desktop.transfer.documents import write_documents
from nap_desktop.transfer.importer import Action, Planned
from nap_desktop.transfer.opening import Opened
from nap_desktop.transfer.records import View

CaseNumbers = Callable[[str], str]
Env = Mapping[str, Any]

_PLAIN: Mapping[str, frozenset[str]] = {
    "client": frozenset({"trafficking_type"}),
    "release": frozenset({"client_id", "purpose", "signed_by", "form_language", "status",
                          "exception_basis", "services_not_conditional", "signed_on",
                          "expires_on", "revoked_on"}),
    "referral": frozenset({"client_id", "direction", "referring_person", "urgency",
                           "external_case_number", "safety_notes", "release_id", "status",
                           "outcome", "reason", "reason_text", "status_changed_at"}),
    "placement": frozenset({"client_id", "program_type", "provider", "funding_source", "status",
                            "exit_destination", "safety_notes", "referred_on", "start_date",
                            "move_in_date", "expected_exit_date", "exit_date"}),
    "restitution": frozenset({"client_id", "court", "docket_number", "defendant", "statute",
                              "losses_claimed_cents", "ordered_cents", "closure"}),
    "note": frozenset({"client_id", "referral_id", "body", "voided_at"}),
}
_STAMPS = ("created_at", "updated_at")
#: Columns of a new record that the package does not carry.
_NEW_DEFAULTS: Mapping[str, View] = {
    "client": {"assigned_user_id": None, "next_due_on": None, "next_due_label": ""},
    "release": {},
    "referral": {"assigned_user_id": None, "safety_notes": "", "referring_person": "",
                 "external_case_number": ""},
    "placement": {"safety_notes": "", "provider": ""},
    "restitution": {},
    "note": {"author_user_id": None},
}
#: Personal fields that are sets (stored as sorted comma lists).
NEW_PERSONAL_SETS = ("gender", "race_ethnicity")
#: The personal row of a client received without one (the registry's blank values).
_NO_PERSONAL: View = {f.key: f.blank for f in registry.personal_fields()}


def columns(kind: str, data: Env, ids: IdMap) -> View:
    """The stored values a record's ``data`` sets (withheld fields are absent from it)."""
    plain = _PLAIN[kind]
    out = {name: value for name, value in data.items() if name in plain}
    for name in _STAMPS:
        if name in data:
            out[name] = data[name]
    if kind == "release":
        out["recipient_agency_id"] = ids.to_local(data["recipient_agency_id"])
        out["categories"] = ",".join(sorted(data["categories"]))
    elif kind == "referral":
        out["from_agency_id"] = ids.to_local(data["from_agency_id"])
        out["to_agency_id"] = ids.to_local(data["to_agency_id"])
        out["services"] = ",".join(sorted(data["services"]))
    return out


def personal_columns(personal: Env) -> View:
    out = dict(personal)
    if "languages" in out:
        out["languages"] = ",".join(out["languages"])
    for name in NEW_PERSONAL_SETS:  # issue #13: gender, race and ethnicity
        if name in out:
            out[name] = ",".join(sorted(out[name]))
    return out


def _children(kind: str, env: Env, sender: str, keep: frozenset[str] = frozenset()
              ) -> Iterable[tuple[str, View]]:
    """(table, row) of a record's child rows as the package carries them. Entries are the
    sender's (``origin_agency_id``), except those in ``keep``: rows we hold that are not
    the sender's (ours, a third agency's) stand as stored (``transfer.ownership``)."""
    data, rid = env["data"], env["id"]
    if kind == "referral":
        for h in data["history"]:  # ``seq`` is numbered by SQLite, in this order
            yield "referral_status_changes", {
                "referral_id": rid, "from_status": h["from_status"],
                "to_status": h["to_status"], "at": h["at"], "by_user_id": None,
                "reason": h["reason"], "reason_text": h["reason_text"]}
        return
    for child in rec.CHILDREN.get(kind, ()):  # ledger, steps, money: stored as carried
        for item in data[child.key]:
            if child.table not in ownership.ENTRY_TABLES:
                yield child.table, {**item, child.parent: rid}
            elif item["id"] not in keep:
                yield child.table, {**item, child.parent: rid, "origin_agency_id": sender}


class _Batch:
    """Rows to insert, per table and set of columns, written in one go per group."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, tuple[str, ...]], list[View]] = {}

    def add(self, table: str, row: View) -> None:
        self.rows.setdefault((table, tuple(row)), []).append(row)

    def write(self, s: OrmSession) -> None:
        for (table, cols), rows in self.rows.items():
            bulk_sql.insert_rows(s, table, cols, rows)
        self.rows.clear()


def _update_by_key(s: OrmSession, table: str, key: str, rows: Sequence[View]) -> None:
    """One ``UPDATE`` per distinct set of columns (withheld fields are left out)."""
    groups: dict[tuple[str, ...], list[View]] = {}
    for row in rows:
        groups.setdefault(tuple(c for c in row if c != key), []).append(row)
    for cols, group in groups.items():
        bulk_sql.update_rows(s, table, key, cols, group)


def new_marks(kind: str, env: Env, sender: str) -> View:
    """The "not received" columns of a new record: every withholdable field the package
    did not carry (withheld, or left out by a sender that holds no value for it)."""
    if kind not in rec.MARKS_TABLE:
        return {}
    missing = frozenset(schema.WITHHOLDABLE[kind]) - rec.carried(kind, env["data"])
    return {"not_received": join_set(missing), "not_received_from": sender if missing else None}


def kept_marks(kind: str, env: Env, local: View) -> View:
    """The "not received" columns of an existing record after taking ``env``: a field the
    package carries a value for is known now. Empty when nothing changes."""
    old = rec.not_received(kind, local)
    if not old:
        return {}
    left = old - rec.carried(kind, env["data"])
    if left == old:
        return {}
    holder = rec.marks_row(kind, local) or {}
    return {"not_received": join_set(left),
            "not_received_from": holder.get("not_received_from") if left else None}


def write_records(s: OrmSession, kind: str, new: Sequence[Env],
                  updated: Sequence[tuple[Env, View]], ids: IdMap, *,
                  case_number: CaseNumbers, sender: str) -> dict[str, int]:
    """Insert the new records of one type and overwrite the updated ones (with their
    children and "not received" marks). Returns id -> local revision after writing."""
    table = rec.TABLE[kind]
    new = [rec.keep_withheld(env, None) for env in new]  # services, child-row notes
    updated = [(rec.keep_withheld(env, local), local) for env, local in updated]
    revisions: dict[str, int] = {}
    batch = _Batch()
    own_marks = kind in rec.MARKS_TABLE and kind != "client"  # a client's are personal
    for env in new:
        row: View = {"id": env["id"], "revision": env["revision"], **_NEW_DEFAULTS[kind],
                     **columns(kind, env["data"], ids)}
        if kind == "client":
            row["case_number"] = case_number(env["data"]["case_number"])
        elif kind == "note":
            row["updated_at"] = row["created_at"]
        if own_marks:
            row.update(new_marks(kind, env, sender))
        if kind == "release":  # the sender's record, never our consent
            row["recorded_by_agency_id"] = sender
        elif kind == "note":  # only its writer may correct or void it
            row["origin_agency_id"] = sender
        batch.add(table, row)
        revisions[env["id"]] = env["revision"]
    changes: list[View] = []
    for env, local in updated:
        # Never the sender's number: a revision is ours, and one adopted from a package
        # could be pushed to the limit and stop every later export.
        revision = local["revision"] + 1
        change = {"id": env["id"], "revision": revision, **columns(kind, env["data"], ids)}
        for name in authority.FIXED.get(kind, ()):
            # Nothing moves (``authority.rule`` refused any other value); a citation the
            # partner may not see arrives as null and must not blank ours.
            change.pop(name, None)
        if own_marks:
            change.update(kept_marks(kind, env, local))
        changes.append(change)
        revisions[env["id"]] = revision
    batch.write(s)
    _update_by_key(s, table, "id", changes)
    _replace_children(s, kind, new, updated, batch, sender)
    if kind == "client":
        _write_personal(s, new, updated, batch, sender)
    batch.write(s)
    return revisions


def update_marks(s: OrmSession, kind: str, unchanged: Sequence[tuple[Env, View]]) -> None:
    """A record that compared unchanged may still carry a value for a field we lacked
    (the same value we hold, say "not a minor"): that field is known now."""
    if kind not in rec.MARKS_TABLE:
        return
    key = "client_id" if kind == "client" else "id"
    changes = [{key: env["id"], **marks} for env, local in unchanged
               if (marks := kept_marks(kind, env, local))]
    _update_by_key(s, rec.MARKS_TABLE[kind], key, changes)


def _replace_children(s: OrmSession, kind: str, new: Sequence[Env],
                      updated: Sequence[tuple[Env, View]], batch: _Batch, sender: str) -> None:
    """Child rows of updated records are replaced by the package's (the ones left out are
    deleted, as orphans); those of new records are added. Entries (ledger, money) are
    never deleted: only the sender's own are replaced by its versions; ours and a third
    agency's stand as stored, and so do the sender's that the package lacks."""
    if kind not in rec.CHILDREN or kind == "client":
        return
    stale = [env["id"] for env, _ in updated]
    if kind == "referral":
        _merge_history(s, updated, batch)
        stale, updated = [], []
    keep: set[str] = set()
    for child in rec.CHILDREN[kind]:
        t = rec.RAW[child.table]
        if child.table in ownership.ENTRY_TABLES:
            keep |= ownership.replace_sender_entries(s, child, updated, sender)
            continue
        for part in rec.chunks(stale):
            s.execute(delete(t).where(t.c[child.parent].in_(rec.one_of(part))))
    for env in [*new, *(env for env, _ in updated)]:
        for table, row in _children(kind, env, sender, frozenset(keep)):
            batch.add(table, row)



def _history_key(h: Mapping[str, Any]) -> tuple[Any, ...]:
    return (h["from_status"], h["to_status"], rec.stamp(h["at"]), h["reason"], h["reason_text"])


def _merge_history(s: OrmSession, updated: Sequence[tuple[Env, View]], batch: _Batch) -> None:
    """Who did what is never rewritten by an import: our status changes keep their
    author, the sender's that we lack are added as another agency's (no user here), all
    in time order (ours first at the same time)."""
    t = rec.RAW["referral_status_changes"]
    for env, local in updated:
        ours = [{k: h[k] for k in ("from_status", "to_status", "at", "by_user_id", "reason",
                                   "reason_text")} for h in local.get("history", [])]
        known = Counter(_history_key(h) for h in ours)
        added: list[View] = []
        for h in env["data"]["history"]:
            key = _history_key(h)
            if known[key]:
                known[key] -= 1
                continue
            added.append({"from_status": h["from_status"], "to_status": h["to_status"],
                          "at": h["at"], "by_user_id": None, "reason": h["reason"],
                          "reason_text": h["reason_text"]})
        if not added:
            continue
        merged = sorted([*ours, *added], key=lambda h: rec.stamp(h["at"]))
        s.execute(delete(t).where(t.c.referral_id == env["id"]))
        for h in merged:
            batch.add("referral_status_changes", {"referral_id": env["id"], **h})


def _write_personal(s: OrmSession, new: Sequence[Env], updated: Sequence[tuple[Env, View]],
                    batch: _Batch, sender: str) -> None:
    """A new client's personal row holds the shared fields and empty defaults for the
    rest, marked as not received; an updated client's row gets the shared fields only."""
    for env in new:
        batch.add("client_personal", {"client_id": env["id"], **_NO_PERSONAL,
                                      **personal_columns(env["data"]["personal"]),
                                      **new_marks("client", env, sender)})
    changes = []
    for env, local in updated:
        if local.get("personal") is None:
            batch.add("client_personal", {"client_id": env["id"], **_NO_PERSONAL})
        changes.append({"client_id": env["id"], **personal_columns(env["data"]["personal"]),
                        **kept_marks("client", env, local)})
    batch.write(s)
    _update_by_key(s, "client_personal", "client_id", changes)


Received = tuple[Env, int, str, str]  # record, our revision now, its sync hash, fingerprints


def received_fields(env: Env, before: str, taken: frozenset[str] | None = None) -> str:
    """The fingerprints of the withholdable values taken from the partner for a record:
    those of ``taken`` (None: all ``env`` carries) replace the ones it sent before
    (``rec.fingerprints``). They are the proof that a value is still the partner's own
    (``authority``), so a value it merely sends back (one we shared with it, perhaps
    under a release since revoked) is never fingerprinted: only what it set."""
    return rec.fingerprints(env["type"], env["data"], before, taken)


def taken_fields(env: Env, local: View | None, ids: IdMap, *, sender: str,
                 unchanged: bool = False) -> frozenset[str] | None:
    """The withholdable fields whose value here is now the one ``env`` (as written) set:
    all it carries for a new record (None); on a record we held, those it changed, and
    those it filled in that had arrived from it without a value."""
    if local is None:
        return None
    kind = env["type"]
    carried = rec.carried(kind, env["data"])
    holder = rec.marks_row(kind, local)
    out = rec.not_received(kind, local) & carried \
        if holder is not None and holder.get("not_received_from") == sender else frozenset()
    if unchanged or not carried:
        return out  # an unchanged record set nothing
    theirs = rec.field_values(kind, env["data"])
    mine = rec.field_values(kind, rec.record_data(kind, dict(local), frozenset(), ids.to_global))
    return out | frozenset(f for f in carried if theirs[f] != mine.get(f))


def remember(s: OrmSession, partner: str, received: Sequence[Received],
             now: datetime, contents: Mapping[tuple[str, str], str] | None = None) -> None:
    """Sync state after receiving: (record, local revision now, its sync hash, the
    fingerprints of what it carried). It is both what was last exchanged and what was
    last received from the partner. The remote revision only grows. ``contents``: the
    records as received (canonical JSON), the base of a later merge (absent: none)."""
    at = utc_text(now)
    contents = contents or {}
    rows = [{"partner_agency_id": partner, "record_type": env["type"], "record_id": env["id"],
             "local_revision": revision, "remote_revision": env["revision"],
             "content_hash": digest, "exchanged_at": at, "received_hash": digest,
             "received_revision": revision, "received_fields": prints,
             "content_json": (content := contents.get((env["type"], env["id"]))),
             "received_json": content}
            for env, revision, digest, prints in received]
    bulk_sql.write_sync_state(s, rows, keep_remote_revision=False)


def apply_plan(s: OrmSession, opened: Opened, planned: Planned, ids: IdMap, *, now: datetime,
               case_number: CaseNumbers) -> set[str]:
    """Write the plan (the caller's transaction commits or rolls back all of it).
    Returns the ids of the clients whose data changed."""
    s.flush()  # pending ORM changes first: the writes below bypass the session
    touched: set[str] = set()
    partner = opened.sender.local_agency_id
    by_kind: dict[str, list[tuple[Env, Action]]] = {}
    originals: dict[tuple[str, str], Env] = {}
    for record, item in zip(opened.records, planned.plan.items, strict=True):
        originals[(record["type"], record["id"])] = record
        # what the sender may not decide here is written as absent (transfer.authority)
        taken: Env = planned.narrowed.get((record["type"], record["id"]), record)
        by_kind.setdefault(record["type"], []).append((taken, item.action))
    received: list[Received] = []
    contents: dict[tuple[str, str], str] = {}
    conflicts: list[View] = []
    _insert_agencies(s, [env for env, action in by_kind.pop("agency", [])
                         if action is Action.NEW], ids, now)
    for kind in pkg.RECORD_TYPES:  # parents before children
        pairs = by_kind.get(kind, [])
        new = [env for env, action in pairs if action is Action.NEW]
        updated = [(env, planned.local[(kind, env["id"])]) for env, action in pairs
                   if action is Action.UPDATED]
        revisions = write_records(s, kind, new, updated, ids, case_number=case_number,
                                  sender=partner)
        update_marks(s, kind, [(env, planned.local[(kind, env["id"])]) for env, action in pairs
                               if action is Action.UNCHANGED])
        for env, action in pairs:
            key = (kind, env["id"])
            if action in (Action.NEW, Action.UPDATED):
                touched.add(env["id"] if kind == "client" else env["data"]["client_id"])
            if action in (Action.NEW, Action.UPDATED, Action.UNCHANGED):
                revision = revisions.get(env["id"]) or planned.local[key]["revision"]
                digest = opened.sync_hashes.get(key) or rec.sync_hash(env)
                state = planned.states.get(key)  # a state as stored already is kept
                theirs = taken_fields(env, planned.local.get(key) if action is not Action.NEW
                                      else None, ids, sender=partner,
                                      unchanged=action is Action.UNCHANGED)
                prints = received_fields(env, state.received_fields if state else "", theirs)
                if state is None or (state.local_revision, state.content_hash,
                                     state.received_hash, state.received_revision,
                                     state.received_fields) != (
                        revision, digest, digest, revision, prints) \
                        or state.remote_revision < env["revision"] or not state.has_content:
                    received.append((env, revision, digest, prints))
                    # as received, not as narrowed: the partner holds all of it
                    contents[key] = pkg.canonical(originals[key]).decode("utf-8")
            elif action is Action.CONFLICT:
                conflicts.append(_conflict(env, planned.local[key], partner,
                                           opened.manifest["export_id"], ids, now))
    remember(s, partner, received, now, contents)
    if conflicts:
        _attach_bases(s, partner, conflicts, {
            (c["record_type"], c["record_id"]): originals[(c["record_type"], c["record_id"])]
            .get("base") for c in conflicts})
        s.execute(insert(ConflictRow), conflicts)
    write_documents(s, planned.documents, partner, now)
    return touched


def _attach_bases(s: OrmSession, partner: str, conflicts: Sequence[dict[str, Any]],
                  named: Mapping[tuple[str, str], str | None]) -> None:
    """Each conflict's base: the content we keep of the version its partner named as
    its base (what was last exchanged, or last received), if we keep it; else None."""
    t = SyncStateRow.__table__
    kept: dict[tuple[str, str], dict[str, str | None]] = {}
    for kind in {k for k, _ in named}:
        wanted = [rid for k, rid in named if k == kind]
        for part in rec.chunks(wanted):
            for rid, c_hash, c_json, r_hash, r_json in s.execute(
                    select(t.c.record_id, t.c.content_hash, t.c.content_json,
                           t.c.received_hash, t.c.received_json)
                    .where(t.c.partner_agency_id == partner, t.c.record_type == kind,
                           t.c.record_id.in_(rec.one_of(part)))):
                kept[(kind, rid)] = {c_hash: c_json, **({r_hash: r_json} if r_hash else {})}
    for c in conflicts:
        key = (c["record_type"], c["record_id"])
        base = named.get(key)
        c["base_json"] = kept.get(key, {}).get(base) if base else None


def _insert_agencies(s: OrmSession, new: Sequence[Env], ids: IdMap, now: datetime) -> None:
    at = utc_text(now)
    rows = [{"id": ids.to_local(env["id"]), "name": env["data"]["name"],
             "kind": env["data"]["kind"], "contacts": "", "is_self": False,
             "is_victim_service_provider": env["data"]["is_victim_service_provider"],
             "created_at": at, "updated_at": at, "revision": env["revision"]} for env in new]
    if rows:
        s.execute(insert(rec.RAW["agencies"]), rows)


def _conflict(env: Env, local: View, partner: str, export_id: str, ids: IdMap,
              now: datetime) -> View:
    """Both versions, kept for a person to decide."""
    kind = env["type"]
    mine = rec.envelope(kind, local, frozenset(), ids.to_global)
    return {"id": str(uuid4()), "record_type": kind, "record_id": env["id"],
            "partner_agency_id": partner, "export_id": export_id,
            "local_revision": local["revision"],
            "local_json": pkg.canonical(mine).decode("utf-8"),
            "remote_json": pkg.canonical(env).decode("utf-8"), "base_json": None,
            "created_at": now,
            "resolved_at": None, "resolution": None, "resolved_by": None}
