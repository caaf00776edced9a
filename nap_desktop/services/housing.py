"""Housing placements (HMIS-aligned dates) and their assistance ledgers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.date_rules import check_dates
from nap_desktop.domain.enums import (
    AssistanceKind,
    ExitDestination,
    PlacementStatus,
    ProgramType,
    Role,
)
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import check_cents, check_placement_dates, check_placement_transition
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.referrals import entered_detail, take_entered
from nap_desktop.store import indexing, mapping
from nap_desktop.store import models as m

_SPEC = registry.REGISTRY["placement"]


@dataclass(slots=True, kw_only=True)
class PlacementInput:
    program_type: ProgramType | str
    provider: str
    funding_source: str = ""
    referred_on: date | None = None
    start_date: date | None = None
    move_in_date: date | None = None
    expected_exit_date: date | None = None
    exit_date: date | None = None
    exit_destination: ExitDestination | str | None = None
    safety_notes: str = ""
    #: Fields the sending agency withheld (``Placement.not_received``: the provider, the
    #: safety notes) that the person deliberately entered, even with the value shown.
    entered: frozenset[str] = frozenset()


def _apply(row: m.PlacementRow, data: PlacementInput, status: PlacementStatus,
           provider_withheld: bool = False, *, today: date) -> None:
    """``provider_withheld``: the sending agency withheld the provider (no release
    covered the survivor's location), so it may stay blank."""
    program = v.choice(
        ProgramType, data.program_type, field="program_type", label=N_("Program type")
    )
    v.day(data.referred_on, field="referred_on", label=N_("Referral date"))
    v.day(data.start_date, field="start_date", label=N_("Project start"))
    v.day(data.move_in_date, field="move_in_date", label=N_("Move-in date"))
    v.day(data.expected_exit_date, field="expected_exit_date", label=N_("Expected exit"))
    v.day(data.exit_date, field="exit_date", label=N_("Exit date"))
    check_placement_dates(
        start=data.start_date,
        move_in=data.move_in_date,
        exit_=data.exit_date,
        needs_move_in=program.needs_move_in,
        referred=data.referred_on,
        expected_exit=data.expected_exit_date,
        today=today,
    )
    if (
        status in (PlacementStatus.STARTED, PlacementStatus.MOVED_IN, PlacementStatus.EXITED)
        and data.start_date is None
    ):
        raise ValidationError(N_("Enter the project start date."), field="start_date")
    if status is PlacementStatus.MOVED_IN and data.move_in_date is None:
        raise ValidationError(N_("Enter the housing move-in date."), field="move_in_date")
    if status is PlacementStatus.EXITED and (
        data.exit_date is None or data.exit_destination is None
    ):
        raise ValidationError(
            N_("Enter the exit date and where the survivor went."), field="exit_date"
        )
    if data.exit_date is not None and status is not PlacementStatus.EXITED:
        raise ValidationError(N_("Record the exit with the “Exit” action."), field="exit_date")
    row.program_type = program.value
    row.provider = v.text(data.provider, field="provider", label=N_("Provider"),
                          required=not provider_withheld, spec=_SPEC["provider"])
    row.funding_source = v.text(data.funding_source, field="funding_source", label=N_("Funding"),
                                spec=_SPEC["funding_source"])
    row.referred_on = data.referred_on
    row.start_date = data.start_date
    row.move_in_date = data.move_in_date
    row.expected_exit_date = data.expected_exit_date
    row.exit_date = data.exit_date
    row.exit_destination = (
        None
        if data.exit_destination is None
        else v.choice(
            ExitDestination,
            data.exit_destination,
            field="exit_destination",
            label=N_("Exit destination"),
        ).value
    )
    row.safety_notes = v.text(
        data.safety_notes, field="safety_notes", label=N_("Safety notes"),
        spec=_SPEC["safety_notes"]
    )


class HousingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add_placement(
        self,
        client_id: str,
        data: PlacementInput,
        status: PlacementStatus | str = PlacementStatus.REFERRED,
    ) -> e.Placement:
        """Record a placement, usually as referred; later steps use :meth:`update_placement`."""
        self.ctx.require(Role.CASEWORKER)
        st = v.choice(PlacementStatus, status, field="status", label=N_("Status"))
        with self.ctx.unit_of_work() as s:
            get_or_404(s, m.ClientRow, client_id, "client")
            now = self.ctx.now()
            row = m.PlacementRow(
                id=new_id(),
                client_id=client_id,
                status=st.value,
                created_at=now,
                updated_at=now,
                revision=1,
            )
            _apply(row, data, st, today=self.ctx.today())
            s.add(row)
            self.ctx.audit(
                s,
                "placement.add",
                record_type="placement",
                record_id=row.id,
                detail=f"client {client_id}; {row.program_type}; {st.value}",
            )
            indexing.refresh_due(s, client_id)
            return mapping.placement(row)

    def update_placement(
        self,
        placement_id: str,
        data: PlacementInput,
        status: PlacementStatus | str | None = None,
        expected_revision: int | None = None,
    ) -> e.Placement:
        """Save the placement form; a status change must follow the placement life cycle."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.PlacementRow, placement_id, "placement")
            v.expect_revision(row.revision, expected_revision)
            current = PlacementStatus(row.status)
            target = (
                current
                if status is None
                else v.choice(PlacementStatus, status, field="status", label=N_("Status"))
            )
            if target is not current:
                check_placement_transition(current, target)
            withheld = mapping.not_received(row).fields
            before = {f: getattr(row, f) for f in withheld}
            provider_withheld = ("provider" in withheld and "provider" not in data.entered
                                 and data.provider.strip() == row.provider)
            _apply(row, data, target, provider_withheld, today=self.ctx.today())
            known = take_entered(row, withheld, data.entered,
                                 [f for f in withheld if getattr(row, f) != before[f]])
            row.status = target.value
            row.revision += 1
            row.updated_at = self.ctx.now()
            detail = f"{current.value} -> {target.value}" if target is not current else ""
            if known:
                detail = "; ".join(x for x in (detail, entered_detail(known)) if x)
            self.ctx.audit(
                s, "placement.update", record_type="placement", record_id=row.id, detail=detail
            )
            indexing.refresh_due(s, row.client_id)
            return mapping.placement(row)

    def add_assistance(
        self,
        placement_id: str,
        *,
        kind: AssistanceKind | str,
        amount_cents: int,
        paid_on: date,
        note: str = "",
    ) -> e.Placement:
        """Add a line to the assistance ledger (rent, deposit, utilities...)."""
        self.ctx.require(Role.CASEWORKER)
        v.day(paid_on, field="paid_on", label=N_("Date paid"))
        check_dates("placement.ledger", {"paid_on": paid_on}, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.PlacementRow, placement_id, "placement")
            entry = m.AssistanceRow(
                id=new_id(),
                kind=v.choice(AssistanceKind, kind, field="kind", label=N_("Kind")).value,
                amount_cents=check_cents(amount_cents, field="amount", allow_zero=False),
                paid_on=paid_on,
                note=v.text(note, field="note", label=N_("Note"),
                            spec=registry.field("placement.ledger", "note")),
            )
            row.ledger.append(entry)
            row.revision += 1
            row.updated_at = self.ctx.now()
            self.ctx.audit(
                s,
                "placement.assistance",
                record_type="placement",
                record_id=row.id,
                detail=f"{entry.kind} entry {entry.id}",
            )
            return mapping.placement(row)
