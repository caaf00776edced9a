"""Packages for a pinned partner: what consent allows, sealed to its keys, audited.

Each public method is one user action: one transaction with its audit events. Audit
details carry ids, counts and fingerprints, never case data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.transfer.common import card_for, current_keys, id_map, me
from nap_desktop.store import models as m
from nap_desktop.store.atomic import StagedFile, stage_private_file
from nap_desktop.transfer import exporter, identity


class ExportService:
    """Exports to pinned partners (``Workspace.exports``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(self, partner_id: str, referral_ids: Sequence[str] | None = None,
               override_reason: str | None = None) -> bytes:
        """A package for one pinned partner (default: every referral between us and it).
        Consent decides what goes; ``override_reason`` (supervisors) sends everything."""
        return self.export_detailed(partner_id, referral_ids, override_reason).data

    def export_detailed(self, partner_id: str, referral_ids: Sequence[str] | None = None,
                        override_reason: str | None = None) -> exporter.ExportOutcome:
        """As :meth:`export`, with what was sent and withheld."""
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
            partner = card_for(s, partner_id)
            outcome = exporter.build_package(
                s, me=me(s), keys=current_keys(self.ctx, s), partner=partner,
                partner_card=identity.parse_card(partner.card.encode("utf-8")),
                ids=id_map(s), referral_ids=referral_ids, override_reason=reason,
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
