"""Open, check and plan a package; ``transfer.writer`` applies the plan. Opening (every
check that needs no database) is in ``transfer.opening``.

Order (docs/transfer-format.md, "Import"): age-decrypt with our keys -> split the
container -> find the pinned partner whose key verifies the manifest signature -> the
manifest names that partner as sender and us as recipient -> every record matches its
manifest hash and its schema -> only what is between the sender and us -> references
resolve -> revisions within bounds -> plan -> what the sender may decide here
(``transfer.authority``: refuse, or narrow) -> apply in the caller's one transaction.
Nothing is written before every check has passed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.messages import N_
from nap_desktop.store.transfer_models import ConflictRow, SyncStateRow
from nap_desktop.transfer import authority, ownership
from nap_desktop.transfer import documents as docs
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.consent_gate import IdMap, partner_view, visible_to, withheld_from
from nap_desktop.transfer.errors import (
    SchemaViolation,
)
from nap_desktop.transfer.opening import Opened
from nap_desktop.transfer.records import sync_hash


class Action(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    LOCAL_NEWER = "local_newer"  # the partner sent the version we already had; ours is newer
    STALE = "stale"  # older than a version this partner already sent us
    #: not applied: the sender may not decide it here (``transfer.authority``)
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class PlannedRecord:
    record_type: str
    record_id: str
    revision: int
    action: Action
    #: why a change was refused, or why some of its fields keep our values
    #: (``authority.Refusal``; "" for none)
    reason: str = ""
    #: fields whose incoming values were not taken (we withhold them from the sender)
    kept: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportPlan:
    """What importing a package would do. Holds ids and counts only, no case data."""

    export_id: str
    sender_agency_id: str
    sender_name: str
    created_at: str
    package_sha256: str
    already_imported: bool
    override_reason: str | None
    items: list[PlannedRecord] = field(default_factory=list)
    #: category -> number of clients for whom the sender withheld it
    withheld: dict[str, int] = field(default_factory=dict)
    #: documents new here (format version 2; one already here is not stored again)
    documents: int = 0

    def count(self, action: Action) -> int:
        return sum(1 for i in self.items if i.action is action and i.record_type != "agency")

    @property
    def counts(self) -> dict[str, int]:
        return {a.value: self.count(a) for a in Action}

    def summary(self) -> str:
        if self.already_imported:
            return "already imported: nothing changed"
        c = self.counts
        text = (f"{c['new']} new, {c['updated']} updated, {c['conflict']} conflicting, "
                f"{c['unchanged']} unchanged, {c['local_newer'] + c['stale']} kept as newer here")
        if c["refused"]:
            text += f", {c['refused']} not applied (decided here)"
        if self.documents:
            text += f", {self.documents} new documents"
        return text


# --- planning ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncState:
    """What was last exchanged with the sender for one record (``SyncStateRow``)."""

    local_revision: int
    remote_revision: int
    content_hash: str
    #: the sender's version we last took, our revision right after, and the fingerprints
    #: of the withholdable fields it carried (None / "": nothing received since 0008)
    received_hash: str | None = None
    received_revision: int | None = None
    received_fields: str = ""
    #: the content of the version last exchanged is kept (migration 0014)
    has_content: bool = True


@dataclass(slots=True)
class Planned:
    plan: ImportPlan
    #: (type, local id) -> the local record's view (agencies: just their id)
    local: dict[tuple[str, str], Any]
    states: dict[tuple[str, str], SyncState]
    ids: IdMap = field(default_factory=lambda: IdMap({}))
    #: (type, id) -> the record to write instead of the one received: without the
    #: fields that keep our values (``authority.narrow``)
    narrowed: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    #: the documents to store (new here)
    documents: list[docs.Incoming] = field(default_factory=list)


def plan_import(s: OrmSession, opened: Opened, ids: IdMap, *, already_imported: bool,
                today: date | None = None) -> Planned:
    manifest = opened.manifest
    plan = ImportPlan(
        export_id=manifest["export_id"], sender_agency_id=opened.sender.local_agency_id,
        sender_name=manifest["sender"]["agency_name"], created_at=manifest["created_at"],
        package_sha256=opened.sha256, already_imported=already_imported,
        override_reason=manifest["override_reason"],
        withheld=dict(Counter(c for cl in manifest["clients"] for c in cl["withheld"])))
    if already_imported:
        return Planned(plan, {}, {}, ids)
    local = load_local(s, opened.records, ids, sender=opened.sender.local_agency_id)
    authority.check_parties(opened.records, local, sender=opened.sender.local_agency_id,
                            us=manifest["recipient"]["agency_id"], ids=ids)
    ownership.check_ours_untouched(s, opened.records, local)
    states = load_states(s, opened.sender.local_agency_id)
    t = ConflictRow.__table__
    open_conflicts = {(kind, rid) for kind, rid in s.execute(
        select(t.c.record_type, t.c.record_id).where(t.c.resolved_at.is_(None)))}
    planned = Planned(plan, local, states, ids)
    for env in opened.records:
        kind, rid = env["type"], env["id"]
        if kind == "agency":
            found = (kind, ids.to_local(rid)) in local
            if not found:
                authority.check_revision(env, None, 0)
            # authority rule 7: an agency we do not know is never added by a package
            action = Action.UNCHANGED if found else Action.REFUSED
        else:
            state = states.get((kind, rid))
            authority.check_revision(env, local.get((kind, rid)),
                                     state.remote_revision if state else 0)
            action = decide(env, local.get((kind, rid)), state, ids,
                            (kind, rid) in open_conflicts,
                            remote=opened.sync_hashes.get((kind, rid)))
        reason = authority.Refusal.UNKNOWN_AGENCY.value if action is Action.REFUSED else ""
        plan.items.append(PlannedRecord(kind, rid, env["revision"], action, reason=reason))
    check_references(s, opened.records, ids, local)
    _rule(s, opened, planned, today or date.today())
    _refuse_foreign_referrals(s, opened, planned)
    planned.documents = docs.plan_documents(s, opened.documents, opened.records,
                                            opened.sender.local_agency_id)
    plan.documents = len(planned.documents)
    return planned


def _refuse_foreign_referrals(s: OrmSession, opened: Opened, planned: Planned) -> None:
    """A new referral (between the sender and us: ``authority.check_parties``) may cite
    only a release that is the sender's own (new in this package, or recorded by it) or
    addressed to it: citing our release to another agency would send that release to the
    sender. Such a referral, and the new notes on it, are not applied."""
    sender = opened.sender.local_agency_id
    pairs = list(zip(opened.records, planned.plan.items, strict=True))
    new = [(i, env) for i, (env, item) in enumerate(pairs) if item.action is Action.NEW]
    own = {env["id"] for _, env in new if env["type"] == "release"}
    wanted = {env["data"]["release_id"] for _, env in new if env["type"] == "referral"} \
        - own - {None}
    fine = {r["id"] for r in rec.rows_in(s, "releases", "id", wanted) if visible_to(r, sender)}
    refused: dict[str, authority.Refusal] = {}
    for i, env in new:
        data = env["data"]
        if env["type"] == "referral":
            # (Who the referral is between was checked for the whole package first:
            # authority.check_parties.)
            reason = authority.Refusal.NOT_ITS_RELEASE if data["release_id"] in wanted - fine \
                else None
            if reason is None and not authority.new_status_allowed(data, sender=sender,
                                                                   ids=planned.ids):
                reason = authority.Refusal.STATUS
        else:
            reason = refused.get(data.get("referral_id") or "") if env["type"] == "note" \
                else None
        if reason is not None:
            refused[env["id"]] = reason
            planned.plan.items[i] = replace(planned.plan.items[i], action=Action.REFUSED,
                                            reason=reason.value)


def _rule(s: OrmSession, opened: Opened, planned: Planned, today: date) -> None:
    """Apply ``transfer.authority`` to every change of a record we hold: refuse it, or
    narrow it to the fields the sender may decide here."""
    sender = opened.sender.local_agency_id
    touching = [(i, env) for i, (env, item) in enumerate(zip(opened.records, planned.plan.items,
                                                             strict=True))
                if item.action in (Action.UPDATED, Action.CONFLICT)]
    if not touching:
        return
    owners = {_owner(planned.local[(env["type"], env["id"])], env["type"]) for _, env in touching}
    withheld = withheld_from(s, sorted(owners), sender, today)
    for i, env in touching:
        key = (env["type"], env["id"])
        local = planned.local[key]
        state = planned.states.get(key)
        ours = withheld.get(_owner(local, env["type"]), frozenset(InfoCategory))
        item = planned.plan.items[i]
        ruling = authority.rule(
            env, local, sender=sender, withheld=ours,
            received_fields=state.received_fields if state else "", ids=planned.ids,
            merging=item.action is Action.CONFLICT)
        if ruling.refused is not None:
            planned.plan.items[i] = replace(item, action=Action.REFUSED,
                                            reason=ruling.refused.value)
            continue
        # Parts of a field that a category we withhold from the sender governs (requested
        # services, child-row notes) keep our values: it never saw them.
        # (A conflict keeps what the partner sent, narrowed only: resolving restores our
        # withheld parts again, and the merge must not credit the partner with them.)
        conflict = item.action is Action.CONFLICT
        restored = env if conflict else rec.keep_withheld(env, local, ours)
        if not ruling.kept:
            if restored is not env:
                planned.narrowed[key] = dict(restored)
            continue
        narrowed = authority.narrow(restored, ruling.kept)
        mine = rec.envelope(env["type"], local, frozenset(InfoCategory(c) for c in
                                                          env["withheld"]),
                            planned.ids.to_global, frozenset(narrowed["left_out"]))
        if sync_hash(narrowed) == sync_hash(mine):
            action = Action.REFUSED  # only what we withhold from the sender would change
        else:
            action = item.action
            planned.narrowed[key] = narrowed
        planned.plan.items[i] = replace(item, action=action,
                                        reason=authority.Refusal.WITHHELD.value,
                                        kept=tuple(sorted(ruling.kept)))


def _owner(local: Mapping[str, Any], kind: str) -> str:
    return str(local["id"] if kind == "client" else local["client_id"])


def load_local(s: OrmSession, records: Sequence[Mapping[str, Any]],
               ids: IdMap, *, sender: str) -> dict[tuple[str, str], Any]:
    """The local copies of the records in a package, a few set-based reads per table,
    referrals as ``sender`` sees them (``consent_gate.hide_citations``)."""
    local: dict[tuple[str, str], Any] = {}
    wanted: dict[str, list[str]] = {}
    for r in records:
        wanted.setdefault(r["type"], []).append(
            ids.to_local(r["id"]) if r["type"] == "agency" else r["id"])
    for agency_id, _ in rec.ids_in(s, "agencies", wanted.pop("agency", [])):
        local[("agency", agency_id)] = agency_id
    for kind, values in wanted.items():
        views = rec.fetch(s, kind, "id", values)
        if kind == "referral":
            views = partner_view(s, views, sender)
        for view in views:
            local[(kind, view["id"])] = view
    return local


def changed_fields(env: Mapping[str, Any], local: rec.View, ids: IdMap) -> list[str]:
    """The fields of ``env`` whose value differs from ours (``personal.x`` for a client's
    personal details; a list by its name once): what taking it would change here.
    What the sender withheld or left out is never among them."""
    kind = env["type"]
    withheld = frozenset(InfoCategory(c) for c in env["withheld"])
    mine = rec.envelope(kind, local, withheld, ids.to_global, frozenset(env.get("left_out", ())))
    theirs, ours = env["data"], mine["data"]
    out: list[str] = []
    for key, value in theirs.items():
        if key in ("case_number", "created_at", "updated_at", "status_changed_at"):
            continue  # bookkeeping: each change moves them
        if key == "personal":
            out += [f"personal.{k}" for k, v in value.items() if ours[key].get(k) != v]
        elif ours.get(key) != value:
            out.append(key)
    return out


def load_states(s: OrmSession, partner_local_id: str) -> dict[tuple[str, str], SyncState]:
    t = SyncStateRow.__table__
    return {(kind, rid): SyncState(local_rev, remote_rev or 0, digest, received, taken,
                                   fields or "", bool(content))
            for kind, rid, local_rev, remote_rev, digest, received, taken, fields, content
            in s.execute(
                select(t.c.record_type, t.c.record_id, t.c.local_revision,
                       t.c.remote_revision, t.c.content_hash, t.c.received_hash,
                       t.c.received_revision, t.c.received_fields,
                       t.c.received_json.is_not(None))
                .where(t.c.partner_agency_id == partner_local_id))}


def decide(
    env: Mapping[str, Any], row: Any, state: SyncState | None, ids: IdMap,
    open_conflict: bool, *, remote: str | None = None,
) -> Action:
    """Three-way comparison of the partner's version, ours, and the last exchanged one.
    Ours is seen through the partner's record: only the fields it carries are compared
    (what it withheld or left out keeps our value whatever happens)."""
    if row is None:
        return Action.NEW
    if state is not None and env["revision"] < state.remote_revision:
        return Action.STALE
    remote = remote or sync_hash(env)
    withheld = frozenset(InfoCategory(c) for c in env["withheld"])
    left_out = frozenset(env.get("left_out", ()))
    mine = sync_hash(rec.envelope(env["type"], row, withheld, ids.to_global, left_out))
    if remote == mine:
        return Action.UNCHANGED
    if open_conflict or state is None:
        return Action.CONFLICT
    if env["base"] == mine:
        return Action.UPDATED  # the partner edited the version we hold now
    if row["revision"] == state.local_revision and env["base"] == state.content_hash:
        return Action.UPDATED  # only the partner changed it since the last exchange
    if row["revision"] == state.received_revision and env["revision"] > state.remote_revision:
        return Action.UPDATED  # unchanged here since we took its last version: this follows
    if remote == state.content_hash:
        return Action.LOCAL_NEWER
    return Action.CONFLICT


_REFS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "release": (("client_id", "client"), ("recipient_agency_id", "agency")),
    "referral": (("client_id", "client"), ("from_agency_id", "agency"),
                 ("to_agency_id", "agency"), ("release_id", "release")),
    "placement": (("client_id", "client"),),
    "restitution": (("client_id", "client"),),
    "note": (("client_id", "client"), ("referral_id", "referral")),
}
_CHILDREN: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "placement": (("ledger", "assistance_entries", "placement_id"),),
    "restitution": (("steps", "restitution_steps", "matter_id"),
                    ("money", "restitution_money", "matter_id")),
}


def check_references(s: OrmSession, records: Iterable[Mapping[str, Any]], ids: IdMap,
                     local: Mapping[tuple[str, str], Any]) -> None:
    """Every id a record points to is in the package or in the vault; child ids (ledger,
    steps, money) do not belong to another parent here."""
    present = {(r["type"], ids.to_local(r["id"]) if r["type"] == "agency" else r["id"])
               for r in records} | set(local)
    missing: dict[str, set[str]] = {}
    for r in records:
        for column, kind in _REFS.get(r["type"], ()):
            value = r["data"][column]
            if value is None:
                continue
            target = ids.to_local(value) if kind == "agency" else value
            if (kind, target) not in present:
                missing.setdefault(kind, set()).add(target)
    for kind, wanted in missing.items():
        found = {rid for rid, _ in rec.ids_in(s, rec.TABLE[kind], wanted)}
        if wanted - found:
            raise SchemaViolation(N_(
                "The package refers to a record that is neither in the "
                "package nor in your vault; nothing was imported."
            ))
    for kind, specs in _CHILDREN.items():
        for key, table_name, parent in specs:
            owner = {c["id"]: r["id"] for r in records if r["type"] == kind
                     for c in r["data"][key]}
            if len(owner) != sum(len(r["data"][key]) for r in records if r["type"] == kind):
                raise SchemaViolation(N_("The package repeats an id inside its records."))
            for child_id, parent_id in rec.ids_in(s, table_name, owner, parent):
                if parent_id != owner[child_id]:
                    raise SchemaViolation(N_(
                        "The package reuses an id that belongs to another "
                        "record in your vault; nothing was imported."
                    ))
