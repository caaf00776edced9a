"""Restitution matters: the ten-step checklist and the money, in integer cents."""

from __future__ import annotations

from datetime import date

from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.date_rules import check_dates, step_values
from nap_desktop.domain.enums import (
    MoneyEventKind,
    RestitutionClosure,
    RestitutionStepKind,
    Role,
    StepStatus,
)
from nap_desktop.domain.errors import InvalidTransition, StaleRecord, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import check_cents, check_money_event
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import indexing, mapping
from nap_desktop.store import models as m

_SPEC = registry.REGISTRY["restitution"]


class RestitutionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def open_matter(
        self,
        client_id: str,
        *,
        court: str,
        docket_number: str,
        defendant: str = "",
        statute: str = "18 U.S.C. 1593",
        losses_claimed_cents: int = 0,
    ) -> e.RestitutionMatter:
        """Open a matter with the full ten-step checklist, every step pending."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            get_or_404(s, m.ClientRow, client_id, "client")
            now = self.ctx.now()
            row = m.RestitutionMatterRow(
                id=new_id(),
                client_id=client_id,
                court=v.text(court, field="court", label=N_("Court"), required=True,
                             spec=_SPEC["court"]),
                docket_number=v.text(
                    docket_number,
                    field="docket_number",
                    label=N_("Docket number"),
                    required=True,
                    spec=_SPEC["docket_number"],
                ),
                defendant=v.text(defendant, field="defendant", label=N_("Defendant"),
                                 spec=_SPEC["defendant"]),
                statute=v.text(statute, field="statute", label=N_("Statute"),
                               spec=_SPEC["statute"]),
                losses_claimed_cents=check_cents(losses_claimed_cents, field="losses_claimed"),
                ordered_cents=0,
                closure=None,
                created_at=now,
                updated_at=now,
                revision=1,
            )
            row.steps = [
                m.RestitutionStepRow(
                    id=new_id(),
                    position=i,
                    kind=kind.value,
                    status=StepStatus.PENDING.value,
                    note="",
                )
                for i, kind in enumerate(RestitutionStepKind)
            ]
            s.add(row)
            self.ctx.audit(
                s,
                "restitution.open",
                record_type="restitution",
                record_id=row.id,
                detail=f"client {client_id}",
            )
            return mapping.matter(row)

    def update_step(
        self,
        matter_id: str,
        step_id: str,
        *,
        status: StepStatus | str,
        due_on: date | None,
        completed_on: date | None = None,
        note: str = "",
        expected: e.RestitutionStep | None = None,
    ) -> e.RestitutionMatter:
        """Set a step's status, due date and completion date. With ``expected`` (the step
        as the editor loaded it), a step someone else changed in between is refused with
        :class:`StaleRecord` instead of being overwritten."""
        self.ctx.require(Role.CASEWORKER)
        st = v.choice(StepStatus, status, field="status", label=N_("Step status"))
        v.day(due_on, field="due_on", label=N_("Due date"))
        v.day(completed_on, field="completed_on", label=N_("Completion date"))
        if st is StepStatus.DONE and completed_on is None:
            completed_on = self.ctx.today()
        if st is not StepStatus.DONE and completed_on is not None:
            raise ValidationError(
                N_("Only a done step has a completion date."), field="completed_on"
            )
        check_dates("restitution", {"completed_on": completed_on}, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.RestitutionMatterRow, matter_id, "restitution matter")
            step = next((x for x in row.steps if x.id == step_id), None)
            if step is None:
                raise ValidationError(N_("That step is not part of this matter."), field="step")
            if expected is not None and _step_state(step) != (
                expected.status.value, expected.due_on, expected.completed_on, expected.note
            ):
                raise StaleRecord()
            if (
                step.kind == RestitutionStepKind.CLOSED.value
                and st is StepStatus.DONE
                and row.closure is None
            ):
                raise InvalidTransition(
                    N_("Close the matter with a closure reason instead."), field="status"
                )
            step.status, step.due_on, step.completed_on = st.value, due_on, completed_on
            check_dates("restitution", step_values((x.kind, x.completed_on) for x in row.steps),
                        self.ctx.today())
            step.note = v.text(note, field="note", label=N_("Note"),
                               spec=registry.field("restitution.steps", "note"))
            self._bump(row)
            self.ctx.audit(
                s,
                "restitution.step",
                record_type="restitution",
                record_id=row.id,
                detail=f"{step.kind} -> {st.value}",
            )
            indexing.refresh_due(s, row.client_id)
            return mapping.matter(row)

    def set_amounts(
        self,
        matter_id: str,
        *,
        losses_claimed_cents: int,
        ordered_cents: int,
        expected_revision: int | None = None,
    ) -> e.RestitutionMatter:
        """Record the losses claimed and the amount the court ordered."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.RestitutionMatterRow, matter_id, "restitution matter")
            v.expect_revision(row.revision, expected_revision)
            row.losses_claimed_cents = check_cents(losses_claimed_cents, field="losses_claimed")
            row.ordered_cents = check_cents(ordered_cents, field="ordered")
            self._bump(row)
            self.ctx.audit(s, "restitution.amounts", record_type="restitution", record_id=row.id)
            return mapping.matter(row)

    def record_money(
        self,
        matter_id: str,
        *,
        kind: MoneyEventKind | str,
        amount_cents: int,
        on: date,
        note: str = "",
    ) -> e.RestitutionMatter:
        """Record money collected by the clerk or disbursed to the survivor."""
        self.ctx.require(Role.CASEWORKER)
        k = v.choice(MoneyEventKind, kind, field="kind", label=N_("Kind"))
        cents = check_cents(amount_cents, field="amount", allow_zero=False)
        v.day(on, field="on", label=N_("Date"))
        check_dates("restitution.money", {"on": on}, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.RestitutionMatterRow, matter_id, "restitution matter")
            totals = mapping.matter(row).totals
            check_money_event(
                totals,
                collected=cents if k is MoneyEventKind.COLLECTED else 0,
                disbursed=cents if k is MoneyEventKind.DISBURSED else 0,
            )
            row.money.append(
                m.MoneyEventRow(
                    id=new_id(),
                    kind=k.value,
                    amount_cents=cents,
                    on=on,
                    note=v.text(note, field="note", label=N_("Note"),
                                spec=registry.field("restitution.money", "note")),
                )
            )
            self._bump(row)
            self.ctx.audit(
                s, "restitution.money", record_type="restitution", record_id=row.id, detail=k.value
            )
            return mapping.matter(row)

    def close(self, matter_id: str, closure: RestitutionClosure | str) -> e.RestitutionMatter:
        self.ctx.require(Role.CASEWORKER)
        reason = v.choice(RestitutionClosure, closure, field="closure", label=N_("Closure reason"))
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.RestitutionMatterRow, matter_id, "restitution matter")
            row.closure = reason.value
            for step in row.steps:
                if step.kind == RestitutionStepKind.CLOSED.value:
                    step.status, step.completed_on = StepStatus.DONE.value, self.ctx.today()
            self._bump(row)
            self.ctx.audit(
                s,
                "restitution.close",
                record_type="restitution",
                record_id=row.id,
                detail=reason.value,
            )
            indexing.refresh_due(s, row.client_id)
            return mapping.matter(row)

    def _bump(self, row: m.RestitutionMatterRow) -> None:
        row.revision += 1
        row.updated_at = self.ctx.now()


def _step_state(step: m.RestitutionStepRow) -> tuple[str, date | None, date | None, str]:
    return (step.status, step.due_on, step.completed_on, step.note)
