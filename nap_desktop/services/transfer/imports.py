"""Packages from partners: checked, planned, applied in one transaction or not at all;
and the conflicts an import leaves for a person to settle.

Each public method is one user action: one transaction with its audit events. Audit
details carry ids and counts, never case data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.errors import NotFound, StaleRecord, ValidationError
from nap_desktop.domain.merge import Merge, Side
from nap_desktop.domain.messages import N_
from nap_desktop.services.base import ServiceContext, get_or_404
from nap_desktop.services.cases import next_case_number
from nap_desktop.services.transfer import merging
from nap_desktop.services.transfer.common import current_cards, id_map, me
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.transfer import authority, date_order, derived, importer, opening, writer
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.consent_gate import IdMap, partner_view, withheld_from
from nap_desktop.transfer.errors import ConflictResolved, NoAgencyIdentity
from nap_desktop.transfer.importer import ImportPlan


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan: ImportPlan
    applied: bool
    message: str


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: str
    record_type: str
    record_id: str
    partner_agency_id: str
    export_id: str
    created_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    local_json: str = ""  # filled only by conflict(): it holds case data
    remote_json: str = ""
    base_json: str | None = None  # the version both last held; None: not known


@dataclass(frozen=True, slots=True)
class ConflictMerge:
    """A conflict field by field (``domain.merge``): case data, viewing it is audited.
    ``stale``: the record changed here since; the merge shows it as it is now."""

    info: ConflictInfo
    merge: Merge
    stale: bool


class ImportService:
    """Imports from pinned partners and their conflicts (``Workspace.imports``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- import -------------------------------------------------------------------

    def preview_import(self, data: bytes) -> ImportPlan:
        """Check a package and say what importing it would do, writing nothing."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return self.open_and_plan(s, data)[1].plan

    def open_and_plan(self, s: OrmSession, data: bytes) -> tuple[opening.Opened,
                                                                  importer.Planned]:
        """Every check of an import and its plan, inside the caller's read session (for
        views that also name the records, e.g. the desktop's import preview): decrypt,
        verify against the pinned sender, validate, plan. Writes nothing."""
        self.ctx.require(Role.CASEWORKER)
        opened, ids = self._open(s, data)
        return opened, self._plan(s, opened, ids)

    def import_package(self, data: bytes) -> ImportResult:
        """Apply a package in one transaction, or nothing. Importing it again is a no-op."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            opened, ids = self._open(s, data)
            planned = self._plan(s, opened, ids)
            plan = planned.plan
            sender = get_or_404(s, m.AgencyRow, opened.sender.local_agency_id, "agency").name
            if plan.already_imported:
                return ImportResult(plan, False, f"Package {plan.export_id} from {sender} was "
                                    "already imported: nothing changed.")
            touched = writer.apply_plan(s, opened, planned, ids, now=self.ctx.now(),
                                        case_number=self._case_numbers(s))
            derived.refresh(s, sorted(touched), new={
                i.record_id for i in plan.items
                if i.record_type == "client" and i.action is importer.Action.NEW})
            s.add(tm.ImportedPackageRow(export_id=plan.export_id,
                                        sender_agency_id=opened.sender.local_agency_id,
                                        sha256=plan.package_sha256,
                                        imported_at=self.ctx.now(), summary=plan.summary()))
            self.ctx.audit(s, "transfer.import", record_type="agency",
                           record_id=opened.sender.local_agency_id,
                           detail=f"imported package {plan.export_id} from {sender}: "
                                  f"{plan.summary()}")
            return ImportResult(plan, True, f"Imported package {plan.export_id} from {sender}: "
                                f"{plan.summary()}.")

    # --- conflicts ----------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictInfo]:
        """Conflicts waiting for a person (ids only, no case data)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            q = select(tm.ConflictRow).order_by(tm.ConflictRow.created_at, tm.ConflictRow.id)
            q = q.where(tm.ConflictRow.source == "partner")  # team ones: services/team_conflicts
            if not include_resolved:
                q = q.where(tm.ConflictRow.resolved_at.is_(None))
            return [_conflict_info(r, with_data=False) for r in s.scalars(q)]

    def conflict(self, conflict_id: str) -> ConflictInfo:
        """Both versions of one conflict (case data: the viewing is audited)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, tm.ConflictRow, conflict_id, "conflict")
            self.ctx.audit(s, "transfer.conflict_view", record_type=row.record_type,
                           record_id=row.record_id, detail=f"conflict {row.id}")
            return _conflict_info(row, with_data=True)

    def conflict_merge(self, conflict_id: str, *, personal_shown: bool = False
                       ) -> ConflictMerge:
        """One conflict field by field: base (if known), ours now, theirs, and what
        happens to each (case data: the viewing is audited; ``personal_shown``: the
        caller prints personal details a discreet view would mask, named in the audit)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, tm.ConflictRow, conflict_id, "conflict")
            shown = "; personal details shown" if personal_shown else ""
            self.ctx.audit(s, "transfer.conflict_view", record_type=row.record_type,
                           record_id=row.record_id, detail=f"conflict {row.id}{shown}")
            local, _state, found = self._merge_of(s, row)
            return ConflictMerge(_conflict_info(row, with_data=True), found,
                                 stale=local["revision"] != row.local_revision)

    def _merge_of(self, s: OrmSession, row: tm.ConflictRow) -> tuple[
            dict[str, Any], importer.SyncState | None, Merge]:
        """The record as it is here now, its sync state, and the merge."""
        kind = row.record_type
        found = rec.fetch(s, kind, "id", [row.record_id])
        if not found:
            raise NotFound(N_("That record no longer exists."))
        local = found[0]
        if kind == "referral":  # as the partner sees it (its citation may be hidden)
            local = partner_view(s, [local], row.partner_agency_id)[0]
        ids = id_map(s)
        state = importer.load_states(s, row.partner_agency_id).get((kind, row.record_id))
        env: dict[str, Any] = json.loads(row.remote_json)
        ours = rec.envelope(kind, local, frozenset(), ids.to_global)["data"]
        guards = merging.guards(s, env, local, ours, state, merging.Parties(
            row.partner_agency_id, me(s).id, ids, self.ctx.today()))
        base = None if row.base_json is None else json.dumps(
            self._restored(s, row, local, json.loads(row.base_json)))
        return local, state, merging.of_conflict(
            kind, base, ours, self._restored(s, row, local, env)["data"], guards)

    def _restored(self, s: OrmSession, row: tm.ConflictRow, local: dict[str, Any],
                  env: dict[str, Any]) -> Mapping[str, Any]:
        """The partner's version (stored as received) or the base, with our withheld parts
        as they are here (services, child-row notes), as resolving writes it: the partner
        never saw them, so they are no change of either side (not "both made the same
        change")."""
        owner = local["id"] if row.record_type == "client" else local["client_id"]
        ours = withheld_from(s, [owner], row.partner_agency_id, self.ctx.today()).get(
            owner, frozenset(InfoCategory))
        return rec.keep_withheld(env, local, ours)

    def resolve_conflict(self, conflict_id: str,
                         picks: Mapping[str, str] | Literal["local", "remote"]
                         ) -> ConflictInfo:
        """Merge: every field only the partner changed is taken, every field only we
        changed is kept, and ``picks`` ({field: "here" | "partner"}) decides each field
        changed on both sides, in one transaction; the merged version goes back to the
        partner with the next export. Refused if the record changed here since the
        conflict was found, or a pick is missing. "local" / "remote" are the old
        whole-record shortcuts: ours entire (the partner's changes are discarded), or
        the partner's entire as far as it may change ours (our changes are discarded)."""
        if isinstance(picks, str):
            return self._keep_whole(conflict_id, picks)
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, tm.ConflictRow, conflict_id, "conflict")
            if row.resolved_at is not None:
                raise ConflictResolved()
            local, state, found = self._merge_of(s, row)
            if local["revision"] != row.local_revision:
                raise StaleRecord(N_(
                    "This record changed here after the conflict was found. Look at the "
                    "conflict again: it shows the record as it is now."
                ))
            sides = found.sides(picks)  # a missing or unknown pick: nothing changes
            taken = found.taken(picks)
            env: dict[str, Any] = json.loads(row.remote_json)
            if taken:
                self._write_merged(s, row, local, state, merging.merged_env(
                    env, rec.envelope(row.record_type, local, frozenset(),
                                      id_map(s).to_global)["data"], found, sides))
            else:  # nothing of theirs changes ours: as "keep ours"
                self._keep_ours(s, row, local, env, state)
            row.resolved_at, row.resolution = self.ctx.now(), "merged"
            row.resolved_by = self.ctx.actor.user_id
            # field names only, never values
            chosen = ", ".join(f"{k}={Side(v).value}" for k, v in sorted(picks.items()))
            self.ctx.audit(s, "transfer.conflict_resolve", record_type=row.record_type,
                           record_id=row.record_id,
                           detail=f"conflict {row.id}; merged; taken from partner: "
                                  f"{', '.join(sorted(taken)) or 'none'}; "
                                  f"picked: {chosen or 'none'}")
            return _conflict_info(row, with_data=False)

    def _write_merged(self, s: OrmSession, row: tm.ConflictRow, local: dict[str, Any],
                      state: importer.SyncState | None, env: dict[str, Any]) -> None:
        """Write the merged version (a revision of ours: it goes back to the partner);
        what was last exchanged is the partner's version, which it holds."""
        kind, ids = row.record_type, id_map(s)
        prints = state.received_fields if state is not None else ""
        env = self._theirs_allowed(s, env, local, row.partner_agency_id, state)
        revisions = writer.write_records(s, kind, [], [(env, local)], ids,
                                         case_number=self._case_numbers(s),
                                         sender=row.partner_agency_id)
        theirs = json.loads(row.remote_json)
        writer.remember(s, row.partner_agency_id, [(
            theirs, revisions[row.record_id], rec.sync_hash(theirs),
            writer.received_fields(env, prints, writer.taken_fields(
                env, local, ids, sender=row.partner_agency_id)))], self.ctx.now(),
            {(kind, row.record_id): row.remote_json})
        derived.refresh(s, [local["id"] if kind == "client" else local["client_id"]])

    def _keep_ours(self, s: OrmSession, row: tm.ConflictRow, local: dict[str, Any],
                   env: dict[str, Any], state: importer.SyncState | None) -> None:
        """Ours wins: a revision above theirs, so the partner takes it as an update."""
        old_revision = state.local_revision if state is not None else 0
        prints = state.received_fields if state is not None else ""
        t = rec.RAW[rec.TABLE[row.record_type]]
        # (bounded: a conflict stored before the import bounded revisions must not
        # carry an absurd one into ours)
        theirs = min(env["revision"], local["revision"] + authority.MAX_REVISION_STEP)
        s.execute(update(t).where(t.c.id == row.record_id).values(
            revision=max(local["revision"], theirs) + 1))
        writer.remember(s, row.partner_agency_id,
                        # nothing of theirs was taken: no value is theirs
                        [(env, old_revision, rec.sync_hash(env), prints)], self.ctx.now(),
                        {(row.record_type, row.record_id): row.remote_json})

    def _keep_whole(self, conflict_id: str, keep: Literal["local", "remote"]) -> ConflictInfo:
        """Keep our version (the partner receives it with the next export) or theirs."""
        self.ctx.require(Role.CASEWORKER)
        if keep not in ("local", "remote"):
            raise ValidationError(
                N_("Choose to keep the local or the remote version."), field="keep"
            )
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, tm.ConflictRow, conflict_id, "conflict")
            if row.resolved_at is not None:
                raise ConflictResolved()
            env: dict[str, Any] = json.loads(row.remote_json)
            kind, now = row.record_type, self.ctx.now()
            found = rec.fetch(s, kind, "id", [row.record_id])
            if not found:
                raise NotFound(N_("That record no longer exists."))
            local = found[0]
            if kind == "referral":  # as the partner sees it (its citation may be hidden)
                local = partner_view(s, [local], row.partner_agency_id)[0]
            state = importer.load_states(s, row.partner_agency_id).get((kind, row.record_id))
            prints = state.received_fields if state is not None else ""
            if keep == "remote":
                if local["revision"] != row.local_revision:
                    raise StaleRecord(N_(
                        "This record changed here after the conflict was found. "
                        "Keep the local version, or compare again."
                    ))
                env = self._theirs_allowed(s, env, local, row.partner_agency_id, state)
                revisions = writer.write_records(s, kind, [], [(env, local)], id_map(s),
                                                 case_number=self._case_numbers(s),
                                                 sender=row.partner_agency_id)
                writer.remember(s, row.partner_agency_id,
                                [(env, revisions[row.record_id], rec.sync_hash(env),
                                  writer.received_fields(env, prints, writer.taken_fields(
                                      env, local, id_map(s),
                                      sender=row.partner_agency_id)))], now)
                derived.refresh(s, [local["id"] if kind == "client" else local["client_id"]])
            else:
                self._keep_ours(s, row, local, env, state)
            row.resolved_at, row.resolution = self.ctx.now(), keep
            row.resolved_by = self.ctx.actor.user_id
            self.ctx.audit(s, "transfer.conflict_resolve", record_type=row.record_type,
                           record_id=row.record_id, detail=f"conflict {row.id}; kept {keep}")
            return _conflict_info(row, with_data=False)

    def _theirs_allowed(self, s: OrmSession, env: dict[str, Any], local: dict[str, Any],
                        partner: str, state: importer.SyncState | None) -> dict[str, Any]:
        """The partner's version as far as it may change ours (``transfer.authority``):
        a conflict stored before these rules, or consent changed since, is ruled again."""
        try:  # a conflict stored before packages were checked for third agencies
            authority.check_parties([env], {(env["type"], env["id"]): local}, sender=partner,
                                    us=me(s).id, ids=id_map(s))
        except authority.ThirdAgencyRefused:
            raise authority.ThirdAgencyKept() from None
        owner = local["id"] if env["type"] == "client" else local["client_id"]
        ours = withheld_from(s, [owner], partner, self.ctx.today()).get(
            owner, frozenset(InfoCategory))
        ruling = authority.rule(env, local, sender=partner, withheld=ours,
                                received_fields=state.received_fields if state else "",
                                ids=id_map(s))
        if ruling.refused is not None:
            raise authority.KEEP_THEIRS_REFUSED[ruling.refused]()
        restored = dict(rec.keep_withheld(env, local, ours))
        out = authority.narrow(restored, ruling.kept) if ruling.kept else restored
        # Each side's dates were in order; fields taken from one and kept from the other
        # may not be (their start, our exit): refused, saying which rule, nothing changed.
        mine = rec.envelope(env["type"], local, frozenset(), id_map(s).to_global)["data"]
        both = {**mine, **out["data"]}
        if env["type"] == "client":
            both["personal"] = {**mine["personal"], **out["data"]["personal"]}
        broken = date_order.broken_rules(env["type"], both)
        if broken:
            raise broken[0]
        return out

    # --- helpers ---------------------------------------------------------------------

    def _open(self, s: OrmSession, data: bytes) -> tuple[opening.Opened, IdMap]:
        keys = s.scalars(select(tm.AgencyKeyRow)).all()
        if not keys:
            raise NoAgencyIdentity(N_(
                "This vault has no agency keys yet, so nothing can be "
                "addressed to it. Share your identity card first."
            ))
        partners = current_cards(s)

        def imported(export_id: str, sha256: str) -> bool:
            row = s.get(tm.ImportedPackageRow, export_id)
            return row is not None and row.sha256 == sha256

        opened = opening.open_package(
            data, identities=[k.pq_identity for k in keys] + [k.x25519_identity for k in keys],
            our_key_fingerprints={k.key_fingerprint for k in keys}, partners=partners,
            our_agency_id=me(s).id, imported=imported)
        return opened, id_map(s)

    def _plan(self, s: OrmSession, opened: opening.Opened, ids: IdMap) -> importer.Planned:
        done = s.get(tm.ImportedPackageRow, opened.manifest["export_id"]) is not None
        return importer.plan_import(s, opened, ids, already_imported=done,
                                    today=self.ctx.today())

    def _case_numbers(self, s: OrmSession) -> Callable[[str], str]:
        """Keep the sender's case number when it is free here, else number the case anew."""
        used: set[str] | None = None

        def allocate(wanted: str) -> str:
            nonlocal used
            if used is None:
                used = set(s.scalars(select(m.ClientRow.case_number)))
            number = wanted
            while number in used:
                number = next_case_number(s, self.ctx.now().year)
            used.add(number)
            return number
        return allocate


def _conflict_info(row: tm.ConflictRow, *, with_data: bool) -> ConflictInfo:
    return ConflictInfo(id=row.id, record_type=row.record_type, record_id=row.record_id,
                        partner_agency_id=row.partner_agency_id, export_id=row.export_id,
                        created_at=row.created_at, resolved_at=row.resolved_at,
                        resolution=row.resolution,
                        local_json=row.local_json if with_data else "",
                        remote_json=row.remote_json if with_data else "",
                        base_json=row.base_json if with_data else None)
