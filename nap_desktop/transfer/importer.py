"""Open, check and plan a package; the applying half is in ``apply``-prefixed functions.

Order (docs/transfer-format.md, "Import"): age-decrypt with our keys -> split the
container -> find the pinned partner whose key verifies the manifest signature -> the
manifest names that partner as sender and us as recipient -> every record matches its
manifest hash and its schema -> references resolve -> plan -> apply in the caller's one
transaction. Nothing is written before every check has passed.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import uuid4

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.store import models as m
from nap_desktop.store.transfer_models import ConflictRow, PartnerCardRow, SyncStateRow
from nap_desktop.transfer import age, identity
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.consent_gate import IdMap, envelope, load, sync_hash
from nap_desktop.transfer.errors import (
    ManifestMismatch,
    NotAddressedToUs,
    PackageDamaged,
    PackageTooLarge,
    SchemaViolation,
    SignatureInvalid,
    UnknownSender,
)

MODELS: Mapping[str, type[Any]] = {
    "agency": m.AgencyRow, "client": m.ClientRow, "release": m.ReleaseRow,
    "referral": m.ReferralRow, "placement": m.PlacementRow,
    "restitution": m.RestitutionMatterRow, "note": m.NoteRow,
}
LOAD_OPTIONS: Mapping[str, tuple[Any, ...]] = {
    "client": (selectinload(m.ClientRow.personal),),
    "referral": (selectinload(m.ReferralRow.history),),
    "placement": (selectinload(m.PlacementRow.ledger),),
    "restitution": (selectinload(m.RestitutionMatterRow.steps),
                    selectinload(m.RestitutionMatterRow.money)),
}


class Action(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    LOCAL_NEWER = "local_newer"  # the partner sent the version we already had; ours is newer
    STALE = "stale"  # older than a version this partner already sent us


@dataclass(frozen=True, slots=True)
class PlannedRecord:
    record_type: str
    record_id: str
    revision: int
    action: Action


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

    def count(self, action: Action) -> int:
        return sum(1 for i in self.items if i.action is action and i.record_type != "agency")

    @property
    def counts(self) -> dict[str, int]:
        return {a.value: self.count(a) for a in Action}

    def summary(self) -> str:
        if self.already_imported:
            return "already imported: nothing changed"
        c = self.counts
        return (f"{c['new']} new, {c['updated']} updated, {c['conflict']} conflicting, "
                f"{c['unchanged']} unchanged, {c['local_newer'] + c['stale']} kept as newer here")


@dataclass(frozen=True, slots=True)
class Opened:
    """A package that passed every check that needs no database."""

    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    sender: PartnerCardRow
    sha256: str


# --- opening ------------------------------------------------------------------------


def open_package(data: bytes, *, identities: Sequence[str], our_key_fingerprints: set[str],
                 partners: Sequence[PartnerCardRow], our_agency_id: str) -> Opened:
    if len(data) > pkg.MAX_PACKAGE_BYTES:
        raise PackageTooLarge()
    try:
        plaintext = age.decrypt(data, list(identities))
    except age.NoIdentityMatch:
        raise NotAddressedToUs() from None
    except age.AgeError:
        raise PackageDamaged() from None
    container = pkg.parse_container(plaintext)
    sender = _signer(container, partners)
    manifest = pkg.parse_manifest(container.manifest)
    if manifest["format_version"] != container.format_version:
        raise PackageDamaged("The package header and its manifest disagree on the format.")
    claimed = manifest["sender"]
    if claimed["agency_id"] != sender.agency_id or \
            claimed["signing_key_sha256"] != identity.signing_key_digest(sender.signing_public):
        raise ManifestMismatch("The manifest names another sender than the agency whose key "
                               "signed it. Do not use this package.")
    recipient = manifest["recipient"]
    if recipient["agency_id"] != our_agency_id or \
            recipient["key_fingerprint"] not in our_key_fingerprints:
        raise ManifestMismatch("The manifest says this package is for another agency or for "
                               "keys that are not yours. Do not use this package.")
    if len(container.records) != len(manifest["records"]):
        raise PackageDamaged("The package holds a different number of records than its "
                             "manifest lists.")
    records = [pkg.parse_record(frame, entry, i) for i, (frame, entry)
               in enumerate(zip(container.records, manifest["records"], strict=True))]
    listed = {c["client_id"] for c in manifest["clients"]}
    if any(r["type"] == "client" and r["id"] not in listed for r in records):
        raise SchemaViolation("The package holds a client its manifest does not list.")
    return Opened(manifest, records, sender, pkg.sha256_hex(data))


def _signer(container: pkg.Container, partners: Sequence[PartnerCardRow]) -> PartnerCardRow:
    """The pinned partner whose current key verifies the manifest signature."""
    message = pkg.signature_input(container.manifest)
    for card in partners:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(card.signing_public))
        try:
            key.verify(container.signature, message)
        except InvalidSignature:
            continue
        return card
    claimed_id, _digest = pkg.sender_hint(container.manifest)
    if any(card.agency_id == claimed_id for card in partners):
        raise SignatureInvalid()
    raise UnknownSender()


# --- planning ---------------------------------------------------------------------


@dataclass(slots=True)
class Planned:
    plan: ImportPlan
    local: dict[tuple[str, str], Any]
    states: dict[tuple[str, str], SyncStateRow]


def plan_import(s: OrmSession, opened: Opened, ids: IdMap, *, already_imported: bool) -> Planned:
    manifest = opened.manifest
    plan = ImportPlan(
        export_id=manifest["export_id"], sender_agency_id=opened.sender.local_agency_id,
        sender_name=manifest["sender"]["agency_name"], created_at=manifest["created_at"],
        package_sha256=opened.sha256, already_imported=already_imported,
        override_reason=manifest["override_reason"],
        withheld=dict(Counter(c for cl in manifest["clients"] for c in cl["withheld"])))
    if already_imported:
        return Planned(plan, {}, {})
    local: dict[tuple[str, str], Any] = {}
    for kind, model in MODELS.items():
        wanted = [ids.to_local(r["id"]) if kind == "agency" else r["id"]
                  for r in opened.records if r["type"] == kind]
        for row in load(s, model, "id", wanted, *LOAD_OPTIONS.get(kind, ())):
            local[(kind, row.id)] = row
    states = {(st.record_type, st.record_id): st for st in s.scalars(
        select(SyncStateRow).where(
            SyncStateRow.partner_agency_id == opened.sender.local_agency_id))}
    open_conflicts = {(t, i) for t, i in s.execute(
        select(ConflictRow.record_type, ConflictRow.record_id)
        .where(ConflictRow.resolved_at.is_(None)))}
    for env in opened.records:
        kind, rid = env["type"], env["id"]
        if kind == "agency":
            found = (kind, ids.to_local(rid)) in local
            action = Action.UNCHANGED if found else Action.NEW
        else:
            action = decide(env, local.get((kind, rid)), states.get((kind, rid)), ids,
                            (kind, rid) in open_conflicts)
        plan.items.append(PlannedRecord(kind, rid, env["revision"], action))
    check_references(s, opened.records, ids, local)
    return Planned(plan, local, states)


def decide(
    env: Mapping[str, Any], row: Any, state: SyncStateRow | None, ids: IdMap,
    open_conflict: bool,
) -> Action:
    """Three-way comparison of the partner's version, ours, and the last exchanged one."""
    if row is None:
        return Action.NEW
    if state is not None and env["revision"] < state.remote_revision:
        return Action.STALE
    remote = sync_hash(env)
    withheld = frozenset(InfoCategory(c) for c in env["withheld"])
    mine = sync_hash(envelope(env["type"], row, withheld, ids))
    if remote == mine:
        return Action.UNCHANGED
    if open_conflict or state is None:
        return Action.CONFLICT
    if env["base"] == mine:
        return Action.UPDATED  # the partner edited the version we hold now
    if row.revision == state.local_revision and env["base"] == state.content_hash:
        return Action.UPDATED  # only the partner changed it since the last exchange
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
_CHILDREN: Mapping[str, tuple[tuple[str, type[Any], str], ...]] = {
    "placement": (("ledger", m.AssistanceRow, "placement_id"),),
    "restitution": (("steps", m.RestitutionStepRow, "matter_id"),
                    ("money", m.MoneyEventRow, "matter_id")),
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
        found = {row.id for row in load(s, MODELS[kind], "id", wanted)}
        if wanted - found:
            raise SchemaViolation("The package refers to a record that is neither in the "
                                  "package nor in your vault; nothing was imported.")
    for kind, specs in _CHILDREN.items():
        for key, model, parent in specs:
            owner = {c["id"]: r["id"] for r in records if r["type"] == kind
                     for c in r["data"][key]}
            if len(owner) != sum(len(r["data"][key]) for r in records if r["type"] == kind):
                raise SchemaViolation("The package repeats an id inside its records.")
            for row in load(s, model, "id", owner):
                if getattr(row, parent) != owner[row.id]:
                    raise SchemaViolation("The package reuses an id that belongs to another "
                                          "record in your vault; nothing was imported.")


# --- applying -----------------------------------------------------------------------

CaseNumbers = Callable[[str], str]


def apply_plan(s: OrmSession, opened: Opened, planned: Planned, ids: IdMap, *, now: datetime,
               case_number: CaseNumbers) -> set[str]:
    """Write the plan (the caller's transaction commits or rolls back all of it).
    Returns the ids of the clients whose data changed."""
    touched: set[str] = set()
    partner = opened.sender.local_agency_id
    # Number new status-history rows here so they are inserted in batches, not one by one.
    seq = itertools.count((s.scalar(select(func.max(m.StatusChangeRow.seq))) or 0) + 1)
    pairs = list(zip(opened.records, planned.plan.items, strict=True))
    # Parents before children, whatever order the package uses (foreign keys are enforced).
    pairs.sort(key=lambda p: pkg.RECORD_TYPES.index(p[0]["type"]))
    previous = ""
    for env, item in pairs:
        kind, key = env["type"], (env["type"], env["id"])
        if kind != previous:
            s.flush()
            previous = kind
        if kind == "agency":
            if item.action is Action.NEW:
                data = env["data"]
                s.add(m.AgencyRow(id=ids.to_local(env["id"]), name=data["name"],
                                  kind=data["kind"], contacts="", is_self=False,
                                  is_victim_service_provider=data["is_victim_service_provider"],
                                  created_at=now, updated_at=now, revision=env["revision"]))
            continue
        row: Any = planned.local.get(key)
        if item.action in (Action.NEW, Action.UPDATED):
            row = apply_record(s, env, row, ids, now=now, case_number=case_number, seq=seq)
            touched.add(env["id"] if kind == "client" else env["data"]["client_id"])
        if item.action in (Action.NEW, Action.UPDATED, Action.UNCHANGED):
            remember_received(s, planned.states, partner=partner, env=env,
                              local_revision=row.revision, now=now)
        elif item.action is Action.CONFLICT:
            s.add(ConflictRow(id=str(uuid4()), record_type=kind, record_id=env["id"],
                              partner_agency_id=partner, export_id=opened.manifest["export_id"],
                              local_revision=row.revision,
                              local_json=pkg.canonical(envelope(kind, row, frozenset(), ids))
                              .decode("utf-8"),
                              remote_json=pkg.canonical(env).decode("utf-8"),
                              created_at=now, resolved_at=None, resolution=None,
                              resolved_by=None))
    return touched


def remember_received(s: OrmSession, states: dict[tuple[str, str], SyncStateRow], *,
                      partner: str, env: Mapping[str, Any], local_revision: int,
                      now: datetime) -> None:
    key = (env["type"], env["id"])
    state = states.get(key)
    if state is None:
        state = SyncStateRow(partner_agency_id=partner, record_type=key[0], record_id=key[1],
                             remote_revision=0)
        s.add(state)
        states[key] = state
    state.local_revision = local_revision
    state.remote_revision = max(state.remote_revision or 0, env["revision"])
    state.content_hash = sync_hash(env)
    state.exchanged_at = now


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _ts(value: str) -> datetime:
    return pkg.timestamp(value, "")


def apply_record(s: OrmSession, env: Mapping[str, Any], row: Any, ids: IdMap, *,
                 now: datetime, case_number: CaseNumbers,
                 seq: Iterator[int] | None = None) -> Any:
    """Create or overwrite a local row from a checked record. Withheld fields keep their
    local values; revisions only grow."""
    kind, data = env["type"], env["data"]
    if row is None:
        row = MODELS[kind](id=env["id"], revision=env["revision"])
        _new_row_defaults(kind, row, data, case_number)
        s.add(row)
    else:
        row.revision = max(row.revision + 1, env["revision"])
    _apply_fields(row, kind, data, ids)
    if kind == "client":
        _apply_personal(row.personal, data["personal"])
    elif kind == "referral":
        row.history = [m.StatusChangeRow(seq=None if seq is None else next(seq),
                                         from_status=h["from_status"], to_status=h["to_status"],
                                         at=_ts(h["at"]), by_user_id=None, reason=h["reason"],
                                         reason_text=h["reason_text"]) for h in data["history"]]
    elif kind == "placement":
        row.ledger = _children(row.ledger, data["ledger"], m.AssistanceRow, ("paid_on",))
    elif kind == "restitution":
        row.steps = _children(row.steps, data["steps"], m.RestitutionStepRow,
                              ("due_on", "completed_on"))
        row.money = _children(row.money, data["money"], m.MoneyEventRow, ("on",))
    return row


def _apply_fields(row: Any, kind: str, data: Mapping[str, Any], ids: IdMap) -> None:
    for name, value in data.items():
        if name in _PLAIN[kind]:
            setattr(row, name, value)
    for name in _DATES[kind]:
        setattr(row, name, _day(data[name]))
    for name in ("created_at", "updated_at", "status_changed_at"):
        if name in data:
            setattr(row, name, _ts(data[name]))
    if kind == "note" and row.updated_at is None:
        row.updated_at = row.created_at
    if kind in ("release", "referral"):
        for name in ("recipient_agency_id", "from_agency_id", "to_agency_id"):
            if name in data:
                setattr(row, name, ids.to_local(data[name]))
        joined = "categories" if kind == "release" else "services"
        setattr(row, joined, ",".join(sorted(data[joined])))


_PLAIN: Mapping[str, frozenset[str]] = {
    "client": frozenset({"trafficking_type"}),
    "release": frozenset({"client_id", "purpose", "signed_by", "form_language", "status",
                          "exception_basis", "services_not_conditional"}),
    "referral": frozenset({"client_id", "direction", "referring_person", "urgency",
                           "external_case_number", "safety_notes", "release_id", "status",
                           "outcome", "reason", "reason_text"}),
    "placement": frozenset({"client_id", "program_type", "provider", "funding_source", "status",
                            "exit_destination", "safety_notes"}),
    "restitution": frozenset({"client_id", "court", "docket_number", "defendant", "statute",
                              "losses_claimed_cents", "ordered_cents", "closure"}),
    "note": frozenset({"client_id", "referral_id", "body"}),
}
_DATES: Mapping[str, tuple[str, ...]] = {
    "client": (), "referral": (), "restitution": (), "note": (),
    "release": ("signed_on", "expires_on", "revoked_on"),
    "placement": ("referred_on", "start_date", "move_in_date", "expected_exit_date",
                  "exit_date"),
}


def _new_row_defaults(kind: str, row: Any, data: Mapping[str, Any],
                      case_number: CaseNumbers) -> None:
    if kind == "client":
        row.case_number = case_number(data["case_number"])
        row.assigned_user_id = None
        row.next_due_on, row.next_due_label = None, ""
        row.personal = m.ClientPersonalRow(
            legal_name="", preferred_name="", is_minor=False, languages="",
            interpreter_needed=False, contact_info="", safe_contact_instructions="",
            location="", continued_presence="none", t_visa="none", hhs_letter="none")
    elif kind in ("referral", "placement"):
        row.safety_notes = ""
        if kind == "referral":
            row.assigned_user_id = None
    elif kind == "note":
        row.author_user_id = None
        row.updated_at = None


def _apply_personal(row: m.ClientPersonalRow, personal: Mapping[str, Any]) -> None:
    for name, value in personal.items():
        if name == "languages":
            row.languages = ",".join(value)
        elif name in ("date_of_birth", "continued_presence_expires"):
            setattr(row, name, _day(value))
        else:
            setattr(row, name, value)


def _children(existing: Iterable[Any], incoming: Sequence[Mapping[str, Any]],
              model: type[Any], dates: tuple[str, ...]) -> list[Any]:
    """Update children by id, add new ones; the ones left out are deleted (orphans)."""
    by_id = {c.id: c for c in existing}
    out = []
    for item in incoming:
        child = by_id.pop(item["id"], None) or model(id=item["id"])
        for name, value in item.items():
            setattr(child, name, _day(value) if name in dates else value)
        out.append(child)
    return out
