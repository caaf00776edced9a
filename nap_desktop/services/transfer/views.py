"""What the desktop shows around a transfer, on top of the transfer services.

- ``export_preview``: a dry run of the consent gate for one partner: per client, what would
  be sent and what withheld. It reads only (no sync state, no audit, nothing sealed).
- ``preview_import``: the service's own import check and plan, plus a case number and a
  name for every record, so a person can see *which* cases a package touches, and which
  fields of an updated or conflicting record would change.
- ``conflicts``: the open conflicts with their case number and partner's name, and
  ``compare``: both versions of one conflict field by field (the viewing is audited).
- ``card_summary``: who an identity card file claims to be and whether that agency is
  pinned already, *without* its fingerprint: the person must type the one read to them.

Nothing here changes the vault; the actions themselves stay in :class:`IdentityService`,
:class:`ExportService` and :class:`ImportService`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import AgencyKind, InfoCategory, Role
from nap_desktop.domain.merge import ABSENT, Merge  # one marker for every comparison
from nap_desktop.reports.redaction import Audience
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.transfer.identity import IdentityService, PartnerInfo
from nap_desktop.services.transfer.imports import ConflictInfo, ImportService
from nap_desktop.store import models as m
from nap_desktop.transfer import identity
from nap_desktop.transfer.consent_gate import IdMap, gather, load
from nap_desktop.transfer.errors import PartnerNotPinned
from nap_desktop.transfer.importer import Action, ImportPlan, PlannedRecord, changed_fields

#: ``RecordPreview.reason`` of a new release: stored as the sender's record, for
#: information; it never counts for what we share.
SENDERS_RELEASE = "senders_release"

#: The reason given to the consent gate when a supervisor previews an override. Only the
#: preview sees it: the real export takes the reason the supervisor wrote.
PREVIEW_OVERRIDE = "preview of a supervisor override"

_MODELS: Mapping[str, type[Any]] = {
    "client": m.ClientRow, "release": m.ReleaseRow, "referral": m.ReferralRow,
    "placement": m.PlacementRow, "restitution": m.RestitutionMatterRow, "note": m.NoteRow,
}


@dataclass(frozen=True, slots=True)
class ClientLabel:
    case_number: str
    name: str  # preferred name, else legal name; "" when unknown


# --- export -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientExportPreview:
    client_id: str
    label: ClientLabel
    shared: frozenset[InfoCategory]
    withheld: frozenset[InfoCategory]
    release_count: int  # releases of information in force that allow what is shared
    records: Mapping[str, int]  # record type -> how many would be sent


@dataclass(frozen=True, slots=True)
class ExportPreview:
    partner: PartnerInfo
    clients: tuple[ClientExportPreview, ...]
    record_count: int  # every record, agencies included (the package's own count)
    override: bool
    #: category -> number of clients for whom it would be withheld
    withheld: Mapping[str, int] = field(default_factory=dict)

    @property
    def case_record_count(self) -> int:
        """The records as a person counts them, and as the partner's import preview does:
        clients, releases, referrals, placements… (not the agency entries)."""
        return sum(sum(c.records.values()) for c in self.clients)

    @property
    def referral_count(self) -> int:
        return sum(c.records.get("referral", 0) for c in self.clients)


# --- import -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordPreview:
    record_type: str
    record_id: str
    action: Action
    client_id: str
    label: ClientLabel  # our case number when the client is here, else the sender's
    withheld: tuple[str, ...]  # categories the sender left out inside this record
    #: updated and conflicting records: the fields that differ from ours
    #: (``personal.legal_name``, ``status``, ``history``), never their values
    changed: tuple[str, ...] = ()
    #: why a change is not applied here (``transfer.authority.Refusal``), or
    #: ``SENDERS_RELEASE`` for a new release kept as the sender's information; "" if none
    reason: str = ""
    #: fields whose incoming values are not taken: we withhold them from the sender
    kept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WithheldPreview:
    client_id: str
    label: ClientLabel
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportPreview:
    plan: ImportPlan
    sender_name: str  # the sender as named in our directory
    records: tuple[RecordPreview, ...]  # agencies left out, as in the plan's counts
    withheld: tuple[WithheldPreview, ...]  # clients for whom the sender withheld something


# --- conflicts --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConflictView:
    conflict: ConflictInfo
    label: ClientLabel
    partner_name: str


@dataclass(frozen=True, slots=True)
class FieldDiff:
    path: str  # "services", "personal.legal_name", "history 2", "ledger 5f0c…"
    #: a JSON scalar, a list of scalars, a dict (one list item) or ABSENT (a field one
    #: version does not have: withheld by the sender, or a new item)
    ours: Any
    theirs: Any
    personal: bool  # a survivor's personal detail (masked in discreet mode)

    @property
    def withheld_by_sender(self) -> bool:
        """A field the partner did not send: importing keeps ours whatever is chosen."""
        return self.theirs is ABSENT and " " not in self.path

    @property
    def differs(self) -> bool:
        return not self.withheld_by_sender and bool(self.ours != self.theirs)


@dataclass(frozen=True, slots=True)
class ConflictComparison:
    view: ConflictView
    fields: tuple[FieldDiff, ...]
    #: field by field against the base (``domain.merge``); None only in old callers
    merge: Merge | None = None
    stale: bool = False  # the record changed here since the conflict was found


# --- identity cards ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardSummary:
    agency_name: str
    agency_kind: AgencyKind
    is_victim_service_provider: bool
    is_ours: bool
    pinned: PartnerInfo | None  # that agency's card pinned here now, if any
    same_keys_as_pinned: bool


class TransferViews:
    """Read-only companions of the transfer services for the desktop
    (``Workspace.transfer_views``)."""

    def __init__(self, ctx: ServiceContext, *, identity: IdentityService | None = None,
                 imports: ImportService | None = None) -> None:
        self.ctx = ctx
        self.identity = identity or IdentityService(ctx)
        self.imports = imports or ImportService(ctx)

    # --- partners and cards -------------------------------------------------------------

    def partner_keys(self) -> dict[str, PartnerInfo]:
        """Pinned partners by our directory id."""
        return {p.agency_id: p for p in self.identity.partners()}

    def card_summary(self, card_bytes: bytes) -> CardSummary:
        """Who a card file claims to be (its self-signature checked), and whether we hold
        a card of that agency already. Raises ``CardInvalid`` for anything else."""
        card = identity.parse_card(card_bytes)
        pinned = next((p for p in self.identity.partners()
                       if p.card_agency_id == card.agency_id), None)
        me = self.ctx.actor.agency
        return CardSummary(
            agency_name=card.agency_name, agency_kind=card.agency_kind,
            is_victim_service_provider=card.is_victim_service_provider,
            is_ours=me is not None and me.id == card.agency_id, pinned=pinned,
            same_keys_as_pinned=pinned is not None and pinned.fingerprint == card.fingerprint)

    # --- export -------------------------------------------------------------------------

    def export_preview(self, partner_id: str, referral_ids: Sequence[str] | None = None, *,
                       override: bool = False) -> ExportPreview:
        """What ``ExportService.export_detailed`` would send to a pinned partner and what
        consent would withhold, client by client, without exporting anything."""
        self.ctx.require(Role.CASEWORKER)
        if override:
            self.ctx.require(Role.SUPERVISOR)
        partner = self.partner_keys().get(partner_id) or next(
            (p for p in self.identity.partners() if p.card_agency_id == partner_id), None)
        if partner is None:
            raise PartnerNotPinned()
        audience = Audience.for_partner(partner.agency_id, partner.name,
                                        PREVIEW_OVERRIDE if override else None)
        with self.ctx.read() as s:
            gated = gather(s, audience=audience, referral_ids=referral_ids, ids=IdMap({}),
                           today=self.ctx.today())
            labels = client_labels(s, [c.client_id for c in gated.clients])
        per_client: dict[str, Counter[str]] = {c.client_id: Counter() for c in gated.clients}
        for env in gated.records:
            owner = _owner(env)
            if owner in per_client:
                per_client[owner][env["type"]] += 1
        clients = tuple(
            ClientExportPreview(
                client_id=c.client_id, label=labels.get(c.client_id, ClientLabel("", "")),
                shared=c.shared, withheld=c.withheld, release_count=len(c.release_ids),
                records=dict(per_client[c.client_id]))
            for c in sorted(gated.clients,
                            key=lambda c: labels.get(c.client_id, ClientLabel("", "")).case_number))
        withheld = Counter(x.value for c in gated.clients for x in c.withheld)
        return ExportPreview(partner=partner, clients=clients, record_count=len(gated.records),
                             override=override, withheld=dict(withheld))

    # --- import -------------------------------------------------------------------------

    def preview_import(self, data: bytes) -> ImportPreview:
        """``ImportService.preview_import`` (the same checks, the same plan, one
        decryption) with a case number and a name for each record. Writes nothing."""
        self.ctx.require(Role.CASEWORKER)
        svc = self.imports
        with self.ctx.read() as s:
            # The service's own steps, so that the preview can never disagree with the
            # import.
            opened, planned = svc.open_and_plan(s, data)
            plan = planned.plan
            sender = s.get(m.AgencyRow, opened.sender.local_agency_id)
            sender_name = sender.name if sender is not None else plan.sender_name
            if plan.already_imported:
                return ImportPreview(plan, sender_name, (), ())
            sent = {r["id"]: _label_of(r["data"]) for r in opened.records
                    if r["type"] == "client"}
            owners = {(r["type"], r["id"]): _owner(r) for r in opened.records}
            here = client_labels(s, {o for o in owners.values() if o})
        labels = {cid: _merge(here.get(cid), sent.get(cid)) for cid in set(here) | set(sent)}
        withheld_inside = {(r["type"], r["id"]): tuple(r["withheld"]) for r in opened.records}
        differs = {(r["type"], r["id"]): tuple(changed_fields(planned.narrowed.get(key, r),
                                                              planned.local[key], planned.ids))
                   for r, item in zip(opened.records, plan.items, strict=True)
                   if item.action in (Action.UPDATED, Action.CONFLICT)
                   and (key := (r["type"], r["id"])) in planned.local}
        records = tuple(
            RecordPreview(item.record_type, item.record_id, item.action,
                          owners[(item.record_type, item.record_id)],
                          labels.get(owners[(item.record_type, item.record_id)],
                                     ClientLabel("", "")),
                          withheld_inside[(item.record_type, item.record_id)],
                          differs.get((item.record_type, item.record_id), ()),
                          _reason(item), item.kept)
            for item in plan.items if item.record_type != "agency")
        withheld = tuple(
            WithheldPreview(c["client_id"], labels.get(c["client_id"], ClientLabel("", "")),
                            tuple(c["withheld"]))
            for c in opened.manifest["clients"] if c["withheld"])
        return ImportPreview(plan, sender_name, records, withheld)

    # --- conflicts ----------------------------------------------------------------------

    def conflicts(self) -> list[ConflictView]:
        """Open conflicts, oldest first, with the case they belong to."""
        infos = self.imports.conflicts()
        with self.ctx.read() as s:
            owners = _local_owners(s, [(c.record_type, c.record_id) for c in infos])
            labels = client_labels(s, set(owners.values()))
            names = {agency_id: name for agency_id, name in s.execute(
                select(m.AgencyRow.id, m.AgencyRow.name).where(
                    m.AgencyRow.id.in_({c.partner_agency_id for c in infos})))}
        return [ConflictView(c, labels.get(owners.get((c.record_type, c.record_id), ""),
                                           ClientLabel("", "")),
                             names.get(c.partner_agency_id, ""))
                for c in infos]

    def compare(self, view: ConflictView) -> ConflictComparison:
        """Both versions of one conflict, field by field (``ImportService.conflict``:
        the viewing is audited)."""
        found = self.imports.conflict_merge(view.conflict.id)
        shown = found.info
        ours = json.loads(shown.local_json)
        theirs = json.loads(shown.remote_json)
        fields = compare_data(ours["type"], ours["data"], theirs["data"])
        return ConflictComparison(ConflictView(shown, view.label, view.partner_name), fields,
                                  found.merge, found.stale)


# --- helpers ----------------------------------------------------------------------------


def _reason(item: PlannedRecord) -> str:
    if item.reason:
        return item.reason
    if item.record_type == "release" and item.action is Action.NEW:
        return SENDERS_RELEASE
    return ""


def client_labels(s: OrmSession, client_ids: Iterable[str]) -> dict[str, ClientLabel]:
    """Our case number and the name we hold, for the clients that exist here."""
    rows = load(s, m.ClientRow, "id", [c for c in client_ids if c])
    personal = {p.client_id: p for p in load(s, m.ClientPersonalRow, "client_id",
                                             [r.id for r in rows])}
    out: dict[str, ClientLabel] = {}
    for row in rows:
        p = personal.get(row.id)
        name = (p.preferred_name or p.legal_name) if p is not None else ""
        out[row.id] = ClientLabel(row.case_number, name)
    return out


def _owner(env: Mapping[str, Any]) -> str:
    if env["type"] == "client":
        return str(env["id"])
    return str(env["data"].get("client_id") or "") if env["type"] != "agency" else ""


def _label_of(data: Mapping[str, Any]) -> ClientLabel:
    personal = data.get("personal", {})
    name = personal.get("preferred_name") or personal.get("legal_name") or ""
    return ClientLabel(str(data.get("case_number", "")), str(name))


def _merge(here: ClientLabel | None, sent: ClientLabel | None) -> ClientLabel:
    if here is None:
        return sent or ClientLabel("", "")
    return ClientLabel(here.case_number, here.name or (sent.name if sent else ""))


def _local_owners(s: OrmSession, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for kind, model in _MODELS.items():
        wanted = [rid for k, rid in keys if k == kind]
        if not wanted:
            continue
        for row in load(s, model, "id", wanted):
            out[(kind, row.id)] = row.id if kind == "client" else row.client_id
    return out


_PERSONAL_PREFIX = "personal."
_SKIPPED = frozenset({"case_number"})  # each vault numbers its own cases
_ITEM_LISTS = frozenset({"history", "ledger", "steps", "money"})  # lists of objects


def compare_data(kind: str, ours: Mapping[str, Any],
                 theirs: Mapping[str, Any]) -> tuple[FieldDiff, ...]:
    """Field-by-field rows. Nested objects are flattened (``personal.location``); a list of
    objects gives one row per item, matched by the item's id when it has one."""
    flat_ours, flat_theirs = _flatten(ours), _flatten(theirs)
    paths = list(flat_ours) + [p for p in flat_theirs if p not in flat_ours]
    return tuple(
        FieldDiff(p, flat_ours.get(p, ABSENT), flat_theirs.get(p, ABSENT),
                  personal=p.startswith(_PERSONAL_PREFIX) or
                  (kind in ("referral", "placement") and p == "safety_notes"))
        for p in paths if p not in _SKIPPED)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        path = prefix + key
        if isinstance(value, dict):
            out.update(_flatten(value, path + "."))
        elif key in _ITEM_LISTS and isinstance(value, list):
            for index, item in enumerate(value, start=1):
                tag = str(item["id"])[:8] if "id" in item else str(index)
                out[f"{path} {tag}"] = {k: v for k, v in item.items() if k != "id"}
        else:
            out[path] = value
    return out
