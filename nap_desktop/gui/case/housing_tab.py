"""The Housing tab: the client's placements, the selected placement's form, and its
assistance ledger with totals in exact money."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import AssistanceEntry, CaseRecord, Placement
from nap_desktop.domain.enums import AssistanceKind, PlacementStatus
from nap_desktop.domain.rules import format_cents
from nap_desktop.gui.case.correction_actions import Corrections
from nap_desktop.gui.case.correction_dialogs import EntryActions
from nap_desktop.gui.case.correction_texts import entry_note, struck
from nap_desktop.gui.case.form import RecordForm
from nap_desktop.gui.case.housing_forms import AssistanceForm, PlacementForm
from nap_desktop.gui.case.models import MUTED_TEXT, RowsModel
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.widgets.common import Guard, fmt_date, hint_label, tr
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

CLOSED = (PlacementStatus.EXITED, PlacementStatus.DENIED, PlacementStatus.WITHDRAWN)


class PlacementsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [tr("Program"), tr("Provider"), tr("Status"), tr("Start"), tr("Move-in"),
             tr("Exit"), tr("Assistance")],
            parent,
        )

    def display(self, row: Placement, column: int) -> str:
        if column == 0:
            return label(row.program_type)
        if column == 1:
            if "provider" in row.not_received and not row.provider:
                return tr("Withheld — no release")  # not an empty cell that looks real
            return row.provider
        if column == 2:
            return label(row.status)
        if column == 3:
            return fmt_date(row.start_date)
        if column == 4:
            return fmt_date(row.move_in_date) if row.program_type.needs_move_in else tr("n/a")
        if column == 5:
            if row.exit_date:
                return fmt_date(row.exit_date)
            if row.expected_exit_date:
                return tr("expected %1").replace("%1", fmt_date(row.expected_exit_date))
            return ""
        return format_cents(row.assistance_total_cents)

    def foreground(self, row: Placement, column: int) -> QColor | None:
        return MUTED_TEXT if row.status in CLOSED else None


class LedgerModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Paid on"), tr("Kind"), tr("Amount"), tr("Note")], parent)
        self.users: dict[str, str] = {}

    def display(self, row: AssistanceEntry, column: int) -> str:
        if column == 3:
            return entry_note(row, self.rows, self.users)
        return [fmt_date(row.paid_on), label(row.kind), format_cents(row.amount_cents)][column]

    def tooltip(self, row: AssistanceEntry, column: int) -> str | None:
        return entry_note(row, self.rows, self.users) if column == 3 and row.note else None

    def font(self, row: AssistanceEntry, column: int) -> QFont | None:
        """The voided entry struck through; its note column (who voided it, why) not."""
        return struck() if row.void is not None and column < 3 else None

    def foreground(self, row: AssistanceEntry, column: int) -> QColor | None:
        return MUTED_TEXT if row.void is not None else None


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class HousingTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Housing"), parent=parent)
        self.placements = PlacementsModel(self)
        self.table = table(self.placements, tr("Housing placements"))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_moved())
        self.ledger = LedgerModel(self)
        self.ledger_table = table(self.ledger, tr("Assistance ledger"))
        self.corrections = Corrections(self)
        self.ledger_actions = EntryActions(
            self.ledger_table, self.ledger, correct=self.corrections.correct_assistance,
            void=self.corrections.void_assistance, correct_text=tr("Co&rrect entry…"),
            void_text=tr("&Void entry…"), what=tr("assistance entry"))
        self.new_button = QPushButton(tr("&New placement"))
        self.new_button.setAccessibleName(tr("Start a new placement"))
        self.new_button.clicked.connect(self.new_placement)
        self.form = PlacementForm(workspace=workspace)
        self.assistance = AssistanceForm(workspace=workspace)
        for form in self.forms():
            self.connect_form(form)
        self.totals = QLabel()
        self.totals.setAccessibleName(tr("Assistance totals"))
        self.totals.setWordWrap(True)
        self.empty = hint_label(tr("No placements yet. Use “New placement” to record one."))
        self.form_box = QGroupBox(tr("Placement"))
        QVBoxLayout(self.form_box).addWidget(self.form)
        ledger_box = QGroupBox(tr("Assistance ledger"))
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.addWidget(self.ledger_table, 1)
        ledger_layout.addWidget(self.ledger_actions)
        ledger_layout.addWidget(self.totals)
        ledger_layout.addWidget(self.assistance)
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addStretch(1)
        top.addWidget(self.new_button)
        # The placements across the whole width: beside the form (half the width at
        # 1366x768) their dates and providers were cut off. A few rows show at once.
        row = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMaximumHeight(header + 4 * row + 2 * self.table.frameWidth() + 2)
        self.table.setMinimumHeight(header + 2 * row + 2 * self.table.frameWidth() + 2)
        columns = QHBoxLayout()
        columns.addWidget(self.form_box, 1)
        columns.addWidget(ledger_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(columns, 1)
        self._selected_id: str | None = None
        self._moving = False

    def forms(self) -> list[RecordForm]:
        return [self.form, self.assistance]

    def placement(self) -> Placement | None:
        if self.case is None:
            return None
        return next((p for p in self.case.placements if p.id == self._selected_id), None)

    def selected_id(self) -> str | None:
        return self._selected_id

    def select(self, record_id: str | None) -> None:
        self._selected_id = record_id
        self._show(rebind=False)

    def show_case(self, case: CaseRecord) -> None:
        self.form.client_id = case.client.id
        self.placements.set_rows(case.placements)
        self.empty.setVisible(not case.placements)
        if self.form.base is not None:
            self._selected_id = self.form.base.id  # e.g. the placement just added
        elif self._selected_id is None and not self.form.is_dirty():
            open_ = [p for p in case.placements if p.status not in CLOSED]
            candidates = open_ or case.placements
            self._selected_id = candidates[-1].id if candidates else None
        self._show(rebind=True)

    def _show(self, *, rebind: bool) -> None:
        place = self.placement()
        self._moving = True
        row = self.placements.row_of(self._selected_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._moving = False
        self.form_box.setTitle(tr("Placement") if place else tr("New placement"))
        base = self.form.base
        if rebind and place is not None and base is not None and base.id == place.id:
            self.form.rebind(place)
        elif not (rebind and place is None and base is None and self.form.is_dirty()):
            self.form.bind(place)
        self.assistance.placement_id = place.id if place else None
        self.assistance.setEnabled(place is not None)
        if self.case is not None:
            self.ledger.users = {u.id: u.display_name for u in self.case.users.values()}
        self.ledger.set_rows(sorted(place.ledger, key=lambda e: e.paid_on) if place else [])
        self.totals.setText(self._totals_text(place))

    def _totals_text(self, place: Placement | None) -> str:
        if place is None:
            return tr("Save the placement to record assistance paid.")
        by_kind = {k: sum(e.amount_cents for e in place.ledger if e.kind is k and e.live)
                   for k in AssistanceKind}
        parts = [f"{label(k)} {format_cents(v)}" for k, v in by_kind.items() if v]
        total = tr("Total paid: %1").replace("%1", format_cents(place.assistance_total_cents))
        return f"<b>{total}</b>" + (" — " + " · ".join(parts) if parts else "")

    def _selection_moved(self) -> None:
        if self._moving:
            return
        rows = self.table.selectionModel().selectedRows()
        new_id = self.placements.rows[rows[0].row()].id if rows else None
        if new_id == self._selected_id:
            return
        if not (self.guard.leave(self.form, self) and self.guard.leave(self.assistance, self)):
            self._show(rebind=False)  # back to the row being edited
            return
        self._selected_id = new_id
        self._show(rebind=False)

    def new_placement(self) -> None:
        if not self.guard.leave(self.form, self):
            return
        self._selected_id = None
        self._show(rebind=False)
        self.form.program.setFocus()

    def clear_views(self) -> None:
        self._selected_id = None
        self.placements.clear()
        self.ledger.clear()
        self.totals.clear()
