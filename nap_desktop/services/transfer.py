"""Transfers between agencies: identity cards, pinned partners, export, import, conflicts.

Each public method is one user action: one transaction with its audit events. Audit
details carry ids, counts and fingerprints, never case data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.errors import NotFound, StaleRecord, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.cases import next_case_number
from nap_desktop.services.releases import check_confirmable
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.store import transfer_models as tm
from nap_desktop.store.atomic import StagedFile, stage_private_file
from nap_desktop.transfer import authority, derived, exporter, identity, importer, writer
from nap_desktop.transfer import records as rec
from nap_desktop.transfer.consent_gate import IdMap, partner_view, withheld_from
from nap_desktop.transfer.errors import (
    ConflictResolved,
    NoAgencyIdentity,
    PartnerKeyChanged,
    PartnerNotPinned,
    ReplacesVerifiedKey,
)
from nap_desktop.transfer.importer import ImportPlan


@dataclass(frozen=True, slots=True)
class CardInfo:
    card: bytes
    fingerprint: str
    generation: int


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    agency_id: str  # our directory id
    card_agency_id: str
    name: str
    fingerprint: str
    verified_at: datetime
    replaced_fingerprint: str | None = None


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


class TransferService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- identity -----------------------------------------------------------------

    def identity_card(self) -> CardInfo:
        """Our public identity card (made on first use) and its fingerprint to read out."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            keys = self._current_keys(s)
            card = identity.build_card(self._me(s), keys)
            return CardInfo(card, identity.card_fingerprint(card), keys.generation)

    def rotate_keys(self) -> CardInfo:
        """New agency keys. Old ones are kept (retired) to open packages already sent to us;
        partners must pin the new card before they can send to it or trust what we sign."""
        self.ctx.require(Role.ADMIN)
        with self.ctx.unit_of_work() as s:
            old = self._current_keys(s)
            old.retired_at = self.ctx.now()
            keys = identity.new_generation(old.generation + 1, self.ctx.now())
            s.add(keys)
            s.flush()
            card = identity.build_card(self._me(s), keys)
            fingerprint = identity.card_fingerprint(card)
            self.ctx.audit(s, "transfer.keys_rotate", record_type="agency",
                           detail=f"generation {keys.generation}; fingerprint {fingerprint}")
            return CardInfo(card, fingerprint, keys.generation)

    def pin_partner(self, card_bytes: bytes, fingerprint: str,
                    local_agency_id: str | None = None, *,
                    replace_verified: bool = False) -> PartnerInfo:
        """Trust a partner's card after its fingerprint was confirmed out of band. A card
        with new keys for a known partner needs the new card's fingerprint and, as it
        replaces a verified key, ``replace_verified`` (else :class:`ReplacesVerifiedKey`,
        naming both fingerprints); the replacement is audited with both."""
        self.ctx.require(Role.ADMIN)
        card = identity.parse_card(card_bytes)
        with self.ctx.unit_of_work() as s:
            if card.agency_id == self._me(s).id:
                raise ValidationError(N_("That is your own agency's identity card."), field="card")
            current = self._card_of(s, card.agency_id)
            if current is not None and current.fingerprint == card.fingerprint:
                identity.check_fingerprint(card, fingerprint)
                return self._partner_info(s, current)
            local_id = self._local_agency(s, card, current, local_agency_id)
            # Every card this directory entry trusts now (one, as a rule): the same
            # agency's older keys, or the card of a vault the partner has since made anew
            # under another agency id. A directory entry has one current card, or the
            # package for it could go to keys other than the ones shown.
            replaced_rows = list(s.scalars(select(tm.PartnerCardRow).where(
                tm.PartnerCardRow.superseded.is_(False),
                (tm.PartnerCardRow.local_agency_id == local_id)
                | (tm.PartnerCardRow.agency_id == card.agency_id))))
            typed = identity.normalize_fingerprint(fingerprint)
            if any(typed == row.fingerprint for row in replaced_rows):
                raise PartnerKeyChanged()  # the old fingerprint read out for new keys
            identity.check_fingerprint(card, fingerprint)
            if replaced_rows and not replace_verified:
                name = get_or_404(s, m.AgencyRow, local_id, "agency").name
                pinned = replaced_rows[0].fingerprint
                raise ReplacesVerifiedKey(agency_name=name, pinned=pinned, new=card.fingerprint)
            for old in replaced_rows:
                old.superseded = True
            current = current or next(iter(replaced_rows), None)
            row = tm.PartnerCardRow(
                agency_id=card.agency_id, local_agency_id=local_id,
                card=card.raw.decode("utf-8"), x25519_recipient=card.x25519_recipient,
                pq_recipient=card.pq_recipient, signing_public=card.signing_public,
                fingerprint=card.fingerprint, key_fingerprint=card.key_fingerprint,
                verified_at=self.ctx.now(), verified_by=self.ctx.actor.user_id, superseded=False)
            s.add(row)
            s.flush()
            replaced = current.fingerprint if current is not None else None
            self.ctx.audit(s, "transfer.partner_replace_key" if replaced
                           else "transfer.partner_pin", record_type="agency",
                           record_id=local_id, detail=f"fingerprint {card.fingerprint}"
                           + (f"; replaces verified key {replaced}" if replaced else ""))
            return replace(self._partner_info(s, row), replaced_fingerprint=replaced)

    def partners(self) -> list[PartnerInfo]:
        """Partners with a pinned (current) card."""
        with self.ctx.read() as s:
            rows = s.scalars(select(tm.PartnerCardRow).where(tm.PartnerCardRow.superseded
                                                             .is_(False))).all()
            return sorted((self._partner_info(s, r) for r in rows), key=lambda p: p.name)

    def find_partner(self, name_or_id: str) -> PartnerInfo:
        """A pinned partner by our directory id, its own id, or its name (any case)."""
        wanted = name_or_id.strip().lower()
        for info in self.partners():
            if wanted in (info.agency_id, info.card_agency_id, info.name.lower()):
                return info
        raise PartnerNotPinned(
            N_(
                "No pinned partner is called “{name}”: check the name, or pin its identity "
                "card first (Admin ▸ Partners, or nap partners add)."
            ),
            name=name_or_id,
        )

    # --- export -------------------------------------------------------------------

    def export(self, partner_id: str, referral_ids: Sequence[str] | None = None,
               override_reason: str | None = None) -> bytes:
        """A package for one pinned partner (default: every referral between us and it).
        Consent decides what goes; ``override_reason`` (supervisors) sends everything."""
        return self.export_detailed(partner_id, referral_ids, override_reason).data

    def export_detailed(self, partner_id: str, referral_ids: Sequence[str] | None = None,
                        override_reason: str | None = None) -> exporter.ExportOutcome:
        return self._export(partner_id, referral_ids, override_reason)

    def export_to_file(self, partner_id: str, out: Path,
                       referral_ids: Sequence[str] | None = None,
                       override_reason: str | None = None) -> exporter.ExportOutcome:
        """Export and write the package (owner-only, atomically). It is written in full
        beside ``out`` inside the transaction that records it, and put in place only once
        that transaction has committed: a file that cannot be written leaves no export in
        the audit log or the sync state, and a commit that fails leaves ``out`` as it was
        (an earlier package there is never lost)."""
        if not out.parent.is_dir():
            raise ValidationError(
                N_("The folder {folder} does not exist."), field="out", folder=str(out.parent)
            )
        if out.is_dir():
            raise ValidationError(
                N_("{path} is a folder: choose a file name."), field="out", path=str(out)
            )
        staged: list[StagedFile] = []

        def write(data: bytes) -> None:
            staged.append(stage_private_file(out, data))

        try:
            outcome = self._export(partner_id, referral_ids, override_reason, write=write)
        except BaseException:
            for file in staged:
                file.discard()
            raise
        for file in staged:
            file.commit()
        return outcome

    def _export(self, partner_id: str, referral_ids: Sequence[str] | None,
                override_reason: str | None,
                write: Callable[[bytes], None] | None = None) -> exporter.ExportOutcome:
        self.ctx.require(Role.CASEWORKER)
        reason = None
        if override_reason is not None:
            self.ctx.require(Role.SUPERVISOR)
            reason = v.text(override_reason, field="override_reason", label=N_("Override reason"),
                            required=True, limit=2000)
        with self.ctx.unit_of_work() as s:
            partner = self._card_for(s, partner_id)
            outcome = exporter.build_package(
                s, me=self._me(s), keys=self._current_keys(s), partner=partner,
                partner_card=identity.parse_card(partner.card.encode("utf-8")),
                ids=self._ids(s), referral_ids=referral_ids, override_reason=reason,
                export_id=new_id(), today=self.ctx.today(), now=self.ctx.now())
            withheld = ", ".join(f"{k} for {n}" for k, n in sorted(outcome.withheld.items()))
            name = get_or_404(s, m.AgencyRow, partner.local_agency_id, "agency").name
            self.ctx.audit(s, "transfer.export", record_type="agency",
                           record_id=partner.local_agency_id,
                           detail=f"exported {outcome.record_count} records to {name}; "
                                  f"package {outcome.export_id}; withheld: {withheld or 'none'}"
                                  + (f"; SUPERVISOR OVERRIDE: {reason}" if reason else ""))
            if write is not None:
                write(outcome.data)  # still inside the transaction: see export_to_file
            return outcome

    # --- import -------------------------------------------------------------------

    def preview_import(self, data: bytes) -> ImportPlan:
        """Check a package and say what importing it would do, writing nothing."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return self.open_and_plan(s, data)[1].plan

    def open_and_plan(self, s: OrmSession, data: bytes) -> tuple[importer.Opened,
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

    def resolve_conflict(self, conflict_id: str, keep: Literal["local", "remote"]) -> ConflictInfo:
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
                revisions = writer.write_records(s, kind, [], [(env, local)], self._ids(s),
                                                 case_number=self._case_numbers(s),
                                                 sender=row.partner_agency_id)
                writer.remember(s, row.partner_agency_id,
                                [(env, revisions[row.record_id], rec.sync_hash(env),
                                  writer.received_fields(env, prints, writer.taken_fields(
                                      env, local, self._ids(s),
                                      sender=row.partner_agency_id)))], now)
                derived.refresh(s, [local["id"] if kind == "client" else local["client_id"]])
            else:
                # Ours wins: a revision above theirs, so the partner takes it as an update.
                old_revision = state.local_revision if state is not None else 0
                t = rec.RAW[rec.TABLE[kind]]
                # (bounded: a conflict stored before the import bounded revisions must not
                # carry an absurd one into ours)
                theirs = min(env["revision"], local["revision"] + authority.MAX_REVISION_STEP)
                s.execute(update(t).where(t.c.id == row.record_id).values(
                    revision=max(local["revision"], theirs) + 1))
                writer.remember(s, row.partner_agency_id,
                                # nothing of theirs was taken: no value is theirs
                                [(env, old_revision, rec.sync_hash(env), prints)], now)
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
                                    us=self._me(s).id, ids=self._ids(s))
        except authority.ThirdAgencyRefused:
            raise authority.ThirdAgencyKept() from None
        owner = local["id"] if env["type"] == "client" else local["client_id"]
        ours = withheld_from(s, [owner], partner, self.ctx.today()).get(
            owner, frozenset(InfoCategory))
        ruling = authority.rule(env, local, sender=partner, withheld=ours,
                                received_fields=state.received_fields if state else "",
                                ids=self._ids(s))
        if ruling.refused is not None:
            raise authority.KEEP_THEIRS_REFUSED[ruling.refused]()
        restored = dict(rec.keep_withheld(env, local, ours))
        return authority.narrow(restored, ruling.kept) if ruling.kept else restored

    # --- consent recorded by a partner ---------------------------------------------

    def confirm_release(self, release_id: str, *, expected_revision: int) -> None:
        """Make a release a partner recorded count for what *we* share (supervisors and
        administrators, after checking the signed form themselves). Audited.

        ``expected_revision`` is the revision the person read: a package imported since
        may have changed the release, and that is refused (``ReleaseChanged``). The
        release must be active and pass the rules one we record must pass
        (``services.releases.check_confirmable``: at most a year, services not made
        conditional, a minor's signed by a parent or guardian, by the client's date of
        birth today); otherwise nothing is confirmed."""
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReleaseRow, release_id, "release of information")
            if row.recorded_by_agency_id is None:
                raise ValidationError(N_(
                    "This release was recorded here: there is nothing to "
                    "confirm."
                ), field="release")
            if row.confirmed_by is not None:
                raise ValidationError(N_("This release was confirmed already."), field="release")
            client = get_or_404(s, m.ClientRow, row.client_id, "client")
            check_confirmable(row, client, self.ctx.today(),
                              expected_revision=expected_revision)
            row.confirmed_by, row.confirmed_at = self.ctx.actor.user_id, self.ctx.now()
            row.revision += 1
            self.ctx.audit(s, "release.confirm_partner", record_type="release",
                           record_id=row.id,
                           detail=f"recorded by agency {row.recorded_by_agency_id}; "
                                  "now counts for our consent")

    # --- helpers ------------------------------------------------------------------

    def _me(self, s: OrmSession) -> Agency:
        return mapping.agency(s.scalars(select(m.AgencyRow).where(m.AgencyRow.is_self)).one())

    def _current_keys(self, s: OrmSession) -> tm.AgencyKeyRow:
        keys = s.scalars(select(tm.AgencyKeyRow).where(tm.AgencyKeyRow.retired_at.is_(None))
                         .order_by(tm.AgencyKeyRow.generation.desc())).first()
        if keys is None:
            keys = identity.new_generation(1, self.ctx.now())
            s.add(keys)
            s.flush()
            self.ctx.audit(s, "transfer.keys_create", record_type="agency",
                           detail=f"generation {keys.generation}")
        return keys

    def _card_of(self, s: OrmSession, card_agency_id: str) -> tm.PartnerCardRow | None:
        return s.scalars(select(tm.PartnerCardRow).where(
            tm.PartnerCardRow.agency_id == card_agency_id,
            tm.PartnerCardRow.superseded.is_(False))).first()

    def _card_for(self, s: OrmSession, partner_id: str) -> tm.PartnerCardRow:
        row = s.scalars(select(tm.PartnerCardRow).where(
            tm.PartnerCardRow.superseded.is_(False),
            (tm.PartnerCardRow.local_agency_id == partner_id)
            | (tm.PartnerCardRow.agency_id == partner_id))).first()
        if row is None:
            raise PartnerNotPinned()
        return row

    def _local_agency(self, s: OrmSession, card: identity.Card,
                      current: tm.PartnerCardRow | None, wanted: str | None) -> str:
        """The directory entry a card belongs to: the one named, the one it was pinned to,
        one with the card's id or name, or a new one."""
        if wanted is not None:
            row = get_or_404(s, m.AgencyRow, wanted, "agency")
            if row.is_self:
                raise ValidationError(N_("Choose a partner agency, not your own."), field="agency")
            return row.id
        if current is not None:
            return current.local_agency_id
        if s.get(m.AgencyRow, card.agency_id) is not None:
            return card.agency_id
        linked = set(s.scalars(select(tm.PartnerCardRow.local_agency_id)))
        same_name = s.scalars(select(m.AgencyRow).where(
            func.lower(m.AgencyRow.name) == card.agency_name.lower(),
            m.AgencyRow.is_self.is_(False))).all()
        for row in same_name:
            if row.id not in linked:
                return row.id
        now = self.ctx.now()
        s.add(m.AgencyRow(id=card.agency_id, name=card.agency_name, kind=card.agency_kind.value,
                          is_victim_service_provider=card.is_victim_service_provider,
                          contacts="", is_self=False, created_at=now, updated_at=now,
                          revision=1))
        s.flush()
        return card.agency_id

    def _partner_info(self, s: OrmSession, row: tm.PartnerCardRow) -> PartnerInfo:
        agency = get_or_404(s, m.AgencyRow, row.local_agency_id, "agency")
        return PartnerInfo(row.local_agency_id, row.agency_id, agency.name, row.fingerprint,
                           row.verified_at)

    def _ids(self, s: OrmSession) -> IdMap:
        cards = s.scalars(select(tm.PartnerCardRow).where(tm.PartnerCardRow.superseded
                                                          .is_(False))).all()
        return IdMap({c.local_agency_id: c.agency_id for c in cards
                      if c.local_agency_id != c.agency_id})

    def _open(self, s: OrmSession, data: bytes) -> tuple[importer.Opened, IdMap]:
        keys = s.scalars(select(tm.AgencyKeyRow)).all()
        if not keys:
            raise NoAgencyIdentity(N_(
                "This vault has no agency keys yet, so nothing can be "
                "addressed to it. Share your identity card first."
            ))
        partners = s.scalars(select(tm.PartnerCardRow).where(tm.PartnerCardRow.superseded
                                                             .is_(False))).all()
        def imported(export_id: str, sha256: str) -> bool:
            row = s.get(tm.ImportedPackageRow, export_id)
            return row is not None and row.sha256 == sha256

        opened = importer.open_package(
            data, identities=[k.pq_identity for k in keys] + [k.x25519_identity for k in keys],
            our_key_fingerprints={k.key_fingerprint for k in keys}, partners=partners,
            our_agency_id=self._me(s).id, imported=imported)
        return opened, self._ids(s)

    def _plan(self, s: OrmSession, opened: importer.Opened, ids: IdMap) -> importer.Planned:
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
                        remote_json=row.remote_json if with_data else "")
