"""The Restitution tab: the matter's details, the ten-step checklist (overdue steps
highlighted), losses and order amounts, money collected and disbursed, the derived balance
and undisbursed amount, and closing the matter with a reason."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord, MoneyEvent, RestitutionMatter, RestitutionStep
from nap_desktop.domain.enums import RestitutionClosure, StepStatus
from nap_desktop.domain.rules import format_cents
from nap_desktop.gui.case.correction_actions import Corrections
from nap_desktop.gui.case.correction_dialogs import EntryActions
from nap_desktop.gui.case.correction_texts import entry_note, struck
from nap_desktop.gui.case.dialogs import ActionDialog, FormDialog
from nap_desktop.gui.case.form import RecordForm
from nap_desktop.gui.case.housing_tab import table
from nap_desktop.gui.case.models import BAD_BACKGROUND, BAD_TEXT, MUTED_TEXT, RowsModel
from nap_desktop.gui.case.restitution_forms import AmountsForm, MatterForm, MoneyForm, StepForm
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.widgets.common import (
    Guard,
    buddy_label,
    chip,
    fmt_date,
    hint_label,
    set_chip,
    tr,
)
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

FINISHED = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)


def is_overdue(step: RestitutionStep, today: date) -> bool:
    return step.status not in FINISHED and step.due_on is not None and step.due_on < today


class StepsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Step"), tr("Status"), tr("Due"),
                          tr("Completed", disambiguation="restitution step"), tr("Note")],
                         parent)
        self.today = date.today()

    def display(self, row: RestitutionStep, column: int) -> str:
        if column == 0:
            return f"{self.rows.index(row) + 1}. {label(row.kind)}"
        if column == 1:
            return tr("Overdue") if is_overdue(row, self.today) else label(row.status)
        if column == 2:
            return fmt_date(row.due_on)
        if column == 3:
            return fmt_date(row.completed_on)
        return row.note

    def tooltip(self, row: RestitutionStep, column: int) -> str | None:
        if is_overdue(row, self.today) and row.due_on is not None:
            days = (self.today - row.due_on).days
            return tr("Overdue by %n day(s): it was due %1.", days).replace(
                "%1", fmt_date(row.due_on))
        return None

    def background(self, row: RestitutionStep) -> QColor | None:
        return BAD_BACKGROUND if is_overdue(row, self.today) else None

    def foreground(self, row: RestitutionStep, column: int) -> QColor | None:
        if is_overdue(row, self.today) and column == 1:
            return BAD_TEXT
        return MUTED_TEXT if row.status in FINISHED else None


class MoneyModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Date"), tr("Kind"), tr("Amount"), tr("Note")], parent)
        self.users: dict[str, str] = {}

    def display(self, row: MoneyEvent, column: int) -> str:
        if column == 3:
            return entry_note(row, self.rows, self.users)
        return [fmt_date(row.on), label(row.kind), format_cents(row.amount_cents)][column]

    def tooltip(self, row: MoneyEvent, column: int) -> str | None:
        return entry_note(row, self.rows, self.users) if column == 3 and row.note else None

    def font(self, row: MoneyEvent, column: int) -> QFont | None:
        """The voided entry struck through; its note column (who voided it, why) not."""
        return struck() if row.void is not None and column < 3 else None

    def foreground(self, row: MoneyEvent, column: int) -> QColor | None:
        return MUTED_TEXT if row.void is not None else None


class RestitutionTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Restitution"), parent=parent)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.selector = QComboBox()
        self.selector.setAccessibleName(tr("Restitution matter"))
        self.selector.activated.connect(self._selector_activated)
        self.closure_chip = chip("")
        self.open_button = QPushButton(tr("&Open matter…"))
        self.open_button.setAccessibleName(tr("Open a new restitution matter"))
        self.open_button.clicked.connect(self.open_matter)
        self.close_button = QPushButton(tr("Clos&e matter…"))
        self.close_button.setAccessibleName(tr("Close the restitution matter"))
        self.close_button.clicked.connect(self.close_matter)
        self.details = QLabel()
        self.details.setAccessibleName(tr("Matter details"))
        self.details.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setAccessibleName(tr("Restitution totals"))
        self.steps = StepsModel(self)
        self.steps_table = table(self.steps, tr("Restitution steps"))
        self.steps_table.selectionModel().selectionChanged.connect(lambda *_a: self._step_moved())
        self.money = MoneyModel(self)
        self.money_table = table(self.money, tr("Money collected and disbursed"))
        self.corrections = Corrections(self)
        self.money_actions = EntryActions(
            self.money_table, self.money, correct=self.corrections.correct_money,
            void=self.corrections.void_money, correct_text=tr("Co&rrect entry…"),
            void_text=tr("&Void entry…"), what=tr("money entry"))
        self.details_button = QPushButton(tr("Correct de&tails…"))
        self.details_button.setAccessibleName(tr("Correct the matter's details"))
        self.details_button.clicked.connect(
            lambda: (m := self.matter()) is not None and self.corrections.correct_matter(m))
        self.amounts = AmountsForm(workspace=workspace)
        self.step_form = StepForm(workspace=workspace)
        self.money_form = MoneyForm(workspace=workspace)
        for form in self.forms():
            self.connect_form(form)
        self.empty = hint_label(tr("No restitution matter yet. Open one when charges are filed "
                                   "or a prosecutor asks for the survivor's losses."))
        self.content = self._build_content()
        self._build_layout()
        self._step_id: str | None = None
        self._moving = False

    def _build_content(self) -> QWidget:
        details_box = QGroupBox(tr("Matter"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details)
        details_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        money_box = QGroupBox(tr("Amounts"))
        money_layout = QVBoxLayout(money_box)
        money_layout.addWidget(self.amounts)
        money_layout.addWidget(self.totals)
        entries_box = QGroupBox(tr("Collected and disbursed"))
        entries = QVBoxLayout(entries_box)
        entries.addWidget(self.money_table)
        entries.addWidget(self.money_actions)
        entries.addWidget(self.money_form)
        steps_box = QGroupBox(tr("Checklist"))
        steps = QVBoxLayout(steps_box)
        steps.addWidget(self.steps_table)
        self._fit_rows(self.steps_table, 10)
        steps.addWidget(hint_label(tr("Select a step to change its status or dates. "
                                      "Overdue steps are shown in red.")))
        steps.addWidget(self.step_form, 1)  # a message takes the room above Save
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(details_box, 0, 0)
        grid.addWidget(money_box, 1, 0)
        grid.addWidget(entries_box, 2, 0)
        grid.addWidget(steps_box, 0, 1, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(2, 1)
        return content

    @staticmethod
    def _fit_rows(view: QTableView, rows: int) -> None:
        """Tall enough for the whole checklist, so the step form stays in sight."""
        row = view.verticalHeader().defaultSectionSize()
        header = view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(header + rows * row + 2 * view.frameWidth() + 2)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(tr("&Matter:"), self.selector))
        top.addWidget(self.selector, 1)
        top.addWidget(self.closure_chip)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)

    def forms(self) -> list[RecordForm]:
        return [self.amounts, self.step_form, self.money_form]

    # --- data ----------------------------------------------------------------------------

    def matter(self) -> RestitutionMatter | None:
        mid = self.selector.currentData()
        if self.case is None or mid is None:
            return None
        return next((m for m in self.case.restitution if m.id == mid), None)

    def selected_id(self) -> str | None:
        return f"{self.selector.currentData()}/{self._step_id}"

    def select(self, record_id: str | None) -> None:
        matter_id, _, step_id = (record_id or "").partition("/")
        index = self.selector.findData(matter_id)
        if index >= 0:
            self.selector.setCurrentIndex(index)
        self._step_id = step_id if step_id != "None" else None
        self._show(rebind=False)

    def show_case(self, case: CaseRecord) -> None:
        current = self.selector.currentData()
        self.selector.clear()
        for m in case.restitution:
            self.selector.addItem(f"{m.court} · {m.docket_number}", m.id)
        index = self.selector.findData(current)
        self.selector.setCurrentIndex(index if index >= 0 else self.selector.count() - 1)
        self.amounts.client_id = self.step_form.client_id = case.client.id
        self.steps.today = self.ws.today()
        self._show(rebind=True)

    def _selector_activated(self, _index: int) -> None:
        matter = self.matter()
        base = self.amounts.base
        if matter is not None and base is not None and matter.id == base.id:
            return
        if not all(self.guard.leave(f, self) for f in self.forms()):
            self.selector.setCurrentIndex(max(0, self.selector.findData(base.id if base else None)))
            return
        self._step_id = None
        self._show(rebind=False)

    def _show(self, *, rebind: bool) -> None:
        matter = self.matter()
        self.content.setVisible(matter is not None)
        self.empty.setVisible(matter is None)
        self.close_button.setEnabled(matter is not None and matter.closure is None)
        self.closure_chip.setVisible(matter is not None)
        if matter is None:
            for form in self.forms():
                form.clear_sensitive()
            self.steps.clear()
            self.money.clear()
            return
        closed = matter.closure is not None
        set_chip(self.closure_chip, tr("Closed: %1").replace("%1", label(matter.closure))
                 if matter.closure else tr("Open"), "neutral" if closed else "good")
        self.details.setText(self._details_html(matter))
        self.totals.setText(self._totals_html(matter))
        same = self.amounts.base is not None and self.amounts.base.id == matter.id
        self.amounts.rebind(matter) if rebind and same else self.amounts.bind(matter)
        self.money_form.matter_id = self.step_form.matter_id = matter.id
        if self.case is not None:
            self.money.users = {u.id: u.display_name for u in self.case.users.values()}
        self.money.set_rows(sorted(matter.money, key=lambda e: e.on))
        self.steps.set_rows(matter.steps)
        if self._step_id is None or self.steps.row_of(self._step_id) < 0:
            overdue = [s for s in matter.steps if is_overdue(s, self.steps.today)]
            pending = [s for s in matter.steps if s.status not in FINISHED]
            self._step_id = (overdue or pending or matter.steps)[0].id
        self._show_step(rebind=rebind)

    def _show_step(self, *, rebind: bool) -> None:
        matter = self.matter()
        step = next((s for s in matter.steps if s.id == self._step_id), None) if matter else None
        self._moving = True
        self.steps_table.selectRow(self.steps.row_of(self._step_id))
        self._moving = False
        base = self.step_form.base
        if rebind and step is not None and base is not None and base.id == step.id:
            self.step_form.rebind(step)
        else:
            self.step_form.bind(step)
        if step is not None and matter is not None:
            self.step_form.title = f"{matter.steps.index(step) + 1}. {label(step.kind)}"

    def _step_moved(self) -> None:
        if self._moving:
            return
        rows = self.steps_table.selectionModel().selectedRows()
        new_id = self.steps.rows[rows[0].row()].id if rows else None
        if new_id is None or new_id == self._step_id:
            return
        if self.guard.leave(self.step_form, self):
            self._step_id = new_id
        self._show_step(rebind=False)

    def _details_html(self, m: RestitutionMatter) -> str:
        rows = [(tr("Court"), m.court), (tr("Docket"), m.docket_number),
                (tr("Defendant"), m.defendant or "—"), (tr("Statute"), m.statute or "—")]
        cells = "".join(f"<tr><td style='padding-right:10px'><b>{html.escape(k)}</b></td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _totals_html(self, m: RestitutionMatter) -> str:
        t = m.totals
        rows = [(tr("Collected"), t.collected_cents), (tr("Disbursed"), t.disbursed_cents),
                (tr("Balance owed"), t.balance_cents), (tr("Collected, not yet paid out"),
                                                         t.undisbursed_cents)]
        cells = "".join(f"<tr><td style='padding-right:10px'>{html.escape(k)}</td>"
                        f"<td align='right'><b>{format_cents(v)}</b></td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    # --- actions -------------------------------------------------------------------------

    def open_matter(self) -> bool:
        if self.case is None:
            return False
        form = MatterForm(workspace=self.ws, client_id=self.case.client.id)
        dialog = FormDialog(form, title=tr("Open restitution matter"), parent=self)
        self.last_dialog = dialog
        if not self.run_dialog(dialog) or not isinstance(dialog, FormDialog) or not dialog.record:
            return False
        self.selector.addItem("", dialog.record.id)
        self.selector.setCurrentIndex(self.selector.count() - 1)
        self._step_id = None
        self.saved.emit()
        return True

    def close_matter(self) -> bool:
        matter = self.matter()
        if matter is None:
            return False
        dialog = ActionDialog(
            title=tr("Close restitution matter"),
            text=tr("Closing marks the last step done. Record why the matter is closed."),
            date_text=tr("Closed &on:"), default=self.ws.today(),
            button_text=tr("Clos&e matter"), choices=options(RestitutionClosure),
            choice_text=tr("&Reason:"),
            action=lambda _when, reason: self.ws.restitution.close(matter.id, reason),
            parent=self,
        )
        dialog.date.setEnabled(False)  # the service records today's date
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return False
        self.saved.emit()
        return True

    def clear_views(self) -> None:
        self.selector.clear()
        self._step_id = None
        self.details.clear()
        self.totals.clear()
        self.steps.clear()
        self.money.clear()
