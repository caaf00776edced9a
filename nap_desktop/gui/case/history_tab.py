"""The History tab: the audit events of this case, as sentences a person can read."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from nap_desktop.domain.entities import AuditEvent, CaseAssignment, CaseRecord
from nap_desktop.domain.enums import (
    MoneyEventKind,
    PlacementStatus,
    ReferralReason,
    ReferralStatus,
    RestitutionClosure,
    RestitutionStepKind,
    StepStatus,
)
from nap_desktop.gui.case.models import RowsModel
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.widgets.common import MASK, Guard, fmt_time, hint_label, tr
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: Every audit action that can concern a case, as a sentence.
SENTENCES: dict[str, Any] = {
    "client.create": QT_TRANSLATE_NOOP("CaseEditors", "Case opened"),
    "client.update": QT_TRANSLATE_NOOP("CaseEditors", "Client details changed"),
    "client.assign": QT_TRANSLATE_NOOP("CaseEditors", "Case assigned to another worker"),
    "client.reveal": QT_TRANSLATE_NOOP("CaseEditors", "Personal details revealed in discreet mode"),
    "client.view": QT_TRANSLATE_NOOP("CaseEditors", "Personal details viewed"),
    "client.merge": QT_TRANSLATE_NOOP("CaseEditors", "Another case merged into this one"),
    "client.merged_away": QT_TRANSLATE_NOOP("CaseEditors", "Merged into another case"),
    "client.unmerge": QT_TRANSLATE_NOOP("CaseEditors", "Merge of two cases undone"),
    "note.add": QT_TRANSLATE_NOOP("CaseEditors", "Note added"),
    "referral.create": QT_TRANSLATE_NOOP("CaseEditors", "Referral recorded"),
    "referral.update": QT_TRANSLATE_NOOP("CaseEditors", "Referral details changed"),
    "referral.status": QT_TRANSLATE_NOOP("CaseEditors", "Referral status changed"),
    "release.create": QT_TRANSLATE_NOOP("CaseEditors", "Release of information recorded"),
    "release.sign": QT_TRANSLATE_NOOP("CaseEditors", "Release of information signed"),
    "release.revoke": QT_TRANSLATE_NOOP("CaseEditors", "Release of information revoked"),
    "release.confirm_partner": QT_TRANSLATE_NOOP(
        "CaseEditors", "Partner's release of information confirmed"),
    "placement.add": QT_TRANSLATE_NOOP("CaseEditors", "Housing placement recorded"),
    "placement.update": QT_TRANSLATE_NOOP("CaseEditors", "Housing placement changed"),
    "placement.assistance": QT_TRANSLATE_NOOP("CaseEditors", "Housing assistance entry added"),
    "restitution.open": QT_TRANSLATE_NOOP("CaseEditors", "Restitution matter opened"),
    "restitution.step": QT_TRANSLATE_NOOP("CaseEditors", "Restitution step updated"),
    "restitution.amounts": QT_TRANSLATE_NOOP("CaseEditors", "Restitution amounts changed"),
    "restitution.money": QT_TRANSLATE_NOOP("CaseEditors", "Restitution money recorded"),
    "restitution.close": QT_TRANSLATE_NOOP("CaseEditors", "Restitution matter closed"),
    "restitution.money_correct": QT_TRANSLATE_NOOP(
        "CaseEditors", "Restitution money entry corrected from %1 to %2 by %3"),
    "restitution.money_void": QT_TRANSLATE_NOOP(
        "CaseEditors", "Restitution money entry of %1 voided by %2"),
    "placement.assistance_correct": QT_TRANSLATE_NOOP(
        "CaseEditors", "Housing assistance entry corrected from %1 to %2 by %3"),
    "placement.assistance_void": QT_TRANSLATE_NOOP(
        "CaseEditors", "Housing assistance entry of %1 voided by %2"),
    "note.correct": QT_TRANSLATE_NOOP("CaseEditors", "Note corrected by %1"),
    "note.void": QT_TRANSLATE_NOOP("CaseEditors", "Note voided by %1"),
    "restitution.details": QT_TRANSLATE_NOOP(
        "CaseEditors", "Restitution matter details corrected by %1: %2"),
    "report.summary": QT_TRANSLATE_NOOP("CaseEditors", "Summary PDF made"),
    "report.release_form": QT_TRANSLATE_NOOP("CaseEditors", "Release form printed to sign"),
    "transfer.export": QT_TRANSLATE_NOOP("CaseEditors", "Sent to a partner agency"),
    "transfer.import": QT_TRANSLATE_NOOP("CaseEditors", "Received from a partner agency"),
    "transfer.conflict_view": QT_TRANSLATE_NOOP("CaseEditors", "Transfer conflict viewed"),
    "transfer.conflict_resolve": QT_TRANSLATE_NOOP("CaseEditors", "Transfer conflict resolved"),
    "document.add": QT_TRANSLATE_NOOP("CaseEditors", "Document added"),
    "document.open": QT_TRANSLATE_NOOP("CaseEditors", "Document opened"),
    "document.copy": QT_TRANSLATE_NOOP("CaseEditors", "Unencrypted copy of a document saved"),
    "document.void": QT_TRANSLATE_NOOP("CaseEditors", "Document voided"),
    # issue #13: services, plans, tasks
    "service.add": QT_TRANSLATE_NOOP("CaseEditors", "Service recorded"),
    "service.update": QT_TRANSLATE_NOOP("CaseEditors", "Service record changed"),
    "service.correct": QT_TRANSLATE_NOOP("CaseEditors", "Service record corrected by a supervisor"),
    "service.void": QT_TRANSLATE_NOOP("CaseEditors", "Service record voided"),
    "plan.goal": QT_TRANSLATE_NOOP("CaseEditors", "Case plan goal saved"),
    "plan.safety": QT_TRANSLATE_NOOP("CaseEditors", "Safety plan saved"),
    "plan.written": QT_TRANSLATE_NOOP("CaseEditors", "Case plan marked as written"),
    "plan.reviewed": QT_TRANSLATE_NOOP("CaseEditors", "Case plan reviewed"),
    "task.add": QT_TRANSLATE_NOOP("CaseEditors", "Task added"),
    "task.complete": QT_TRANSLATE_NOOP("CaseEditors", "Task done"),
    "task.cancel": QT_TRANSLATE_NOOP("CaseEditors", "Task cancelled"),
}


def _member(enum: type[StrEnum], value: str) -> str:
    try:
        return label(enum(value.strip()))
    except ValueError:
        return value.strip()


def explain_assignment(found: CaseAssignment, users: Mapping[str, str],
                       masked: bool = False) -> str:
    """"Assigned to Ana Ruiz by Sofía (was: Luis) — reason". The reason is free text that
    may name the survivor: in discreet mode it reads as dots."""
    def name(user_id: str | None) -> str:
        return users.get(user_id or "", tr("nobody"))

    text = tr("Assigned to %1 by %2 (was: %3)")
    for number, value in (("%3", name(found.from_user_id)), ("%2", name(found.by_user_id)),
                          ("%1", name(found.to_user_id))):
        text = text.replace(number, value)
    return f"{text} — {MASK if masked else found.reason}"


def explain(event: AuditEvent, who: str = "",
            assignments: Mapping[str, CaseAssignment] | None = None,
            users: Mapping[str, str] | None = None, *, masked: bool = False) -> str:
    """A readable sentence for one event; details hold codes, never sensitive values.
    ``who``: the name of the person who acted (corrections name them in the sentence); an
    assignment's reason is read from the vault's own table, by the id the detail names."""
    source = SENTENCES.get(event.action)
    base = tr(str(source)) if source is not None else event.action
    detail = event.detail
    if event.action in CORRECTIONS:
        from nap_desktop.gui.case.correction_texts import explain_correction

        return explain_correction(base, event, who or tr("System"))
    if event.action == "client.assign" and "assignment " in detail:
        found = (assignments or {}).get(detail.rpartition("assignment ")[2].strip())
        if found is not None:
            return explain_assignment(found, users or {}, masked)
    if event.action in ("referral.status", "placement.update") and "->" in detail:
        enum: type[StrEnum] = (
            ReferralStatus if event.action == "referral.status" else PlacementStatus
        )
        change, _, reason = detail.partition(";")
        old, _, new = change.partition("->")
        text = f"{base}: {_member(enum, old)} → {_member(enum, new)}"
        if reason.strip().startswith("reason "):
            text += " (" + _member(ReferralReason, reason.strip()[len("reason "):]) + ")"
        return text
    if event.action == "restitution.step" and "->" in detail:
        kind, _, status = detail.partition("->")
        return f"{base}: {_member(RestitutionStepKind, kind)} → {_member(StepStatus, status)}"
    if event.action == "restitution.close" and detail:
        return f"{base}: {_member(RestitutionClosure, detail)}"
    if event.action == "restitution.money" and detail:
        return f"{base}: {_member(MoneyEventKind, detail)}"
    if event.action in _EDITS and detail.startswith("changed: "):
        from nap_desktop.gui.case.field_labels import field_label

        names = detail.partition(";")[0][len("changed: "):].split(", ")
        labels = [field_label(_EDITS[event.action], name) for name in names if name]
        return f"{base}: {', '.join(labels)}"
    return base


#: Corrections and voids: their sentence names who made them (``correction_texts``).
CORRECTIONS = frozenset({"restitution.money_correct", "restitution.money_void",
                         "placement.assistance_correct", "placement.assistance_void",
                         "note.correct", "note.void", "restitution.details"})
#: Edits whose audit entry names the fields they changed (by the record's field names).
_EDITS = {"client.update": "client", "referral.update": "referral"}


class HistoryModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("When"), tr("Who"), tr("What happened")], parent)
        self.users: dict[str, str] = {}
        self.assignments: dict[str, CaseAssignment] = {}
        self.masked = False

    def display(self, row: AuditEvent, column: int) -> str:
        if column == 0:
            return fmt_time(row.at)
        if column == 1:
            return self.users.get(row.user_id or "", tr("System"))
        return explain(row, self.users.get(row.user_id or "", tr("System")), self.assignments,
                       self.users, masked=self.masked)

    def row_id(self, row: AuditEvent) -> str:
        return str(row.seq)


class HistoryTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("History"), parent=parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Case history"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(tr("Everything recorded about this case, newest first. "
                                       "The history cannot be edited.")))
        self.empty = hint_label(tr("Nothing has been recorded in this vault about this case "
                                   "yet (cases imported or generated in bulk start empty)."))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_case(self, case: CaseRecord) -> None:
        self.model.users = {u.id: u.display_name for u in case.users.values()}
        self.model.assignments = {a.id: a for a in self.ws.assignments.history(case.client.id)}
        self.model.masked = self.masked
        self.model.set_rows(self.ws.cases.history(case.client.id))
        self.empty.setVisible(self.model.rowCount() == 0)

    def clear_views(self) -> None:
        self.model.clear()
