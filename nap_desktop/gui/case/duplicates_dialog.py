"""Possible duplicates on demand: of one case, or (supervisors) across the caseload;
merging a pair, and undoing the last merge.

Names show only outside discreet mode (each client listed is then recorded as viewed by
the service). The list is built in code: its rows are the data. Merging opens
:class:`MergeDialog`, where the supervisor picks the case that stays, for each field
that differs whose value stays, and writes the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.case.duplicate_warning import reasons_text
from nap_desktop.gui.case.merge_dialog import MergeDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.services.duplicates import Candidate

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def _who(c: Candidate) -> str:
    names = " / ".join(n for n in (c.legal_name, c.preferred_name) if n)
    born = c.date_of_birth.isoformat() if c.date_of_birth else "—"
    return f"{names} · {born}"


class DuplicatesDialog(QDialog):
    """``open_requested`` carries a client id to open; ``merged`` a merge id."""

    open_requested = Signal(str)
    merged = Signal(str)
    undone = Signal(str)

    def __init__(self, *, workspace: Workspace, discreet: bool, client_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.discreet = discreet
        self.client_id = client_id
        self.pairs: list[tuple[Candidate, Candidate, str]] = []
        self.last_merge: str | None = None
        user = workspace.user
        self.supervisor = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Possible duplicate cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Possible duplicate"), self.tr("Score"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the duplicate"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected pair of cases"))
        self.undo_button = QPushButton(self.tr("&Undo the merge"))
        self.undo_button.setEnabled(False)
        for button in (self.open_button, self.merge_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.merge_button.setVisible(self.supervisor)
        self.undo_button.setVisible(self.supervisor)
        self.open_button.clicked.connect(self._open)
        self.merge_button.clicked.connect(self._merge)
        self.undo_button.clicked.connect(self._undo)
        self.resize(960, 420)

    def reload(self) -> None:
        """Look again (after a merge or undo)."""
        try:
            if self.client_id is not None:
                found = self.ws.duplicates.for_case(self.client_id,
                                                    show_names=not self.discreet)
                self.pairs = [(self._self_candidate(), c, self._why(c)) for c in found]
            else:
                self.pairs = [(p.first, p.second, self._why(p.first)) for p in
                              self.ws.duplicates.caseload_pairs(show_names=not self.discreet)]
        except Exception as error:
            self.pairs = []
            self.status.setText(error_text(error))
        self.intro.setText(
            self.tr("Cases that may be the same person. Names are hidden in discreet mode.")
            if self.discreet else
            self.tr("Cases that may be the same person. Viewing this list is recorded."))
        self.table.setRowCount(len(self.pairs))
        for i, (first, second, why) in enumerate(self.pairs):
            cells = [first.case_number, second.case_number, f"{second.score:.2f}", why]
            if not self.discreet and second.legal_name is not None:
                cells[1] = f"{second.case_number} · {_who(second)}"
                if first.legal_name is not None:
                    cells[0] = f"{first.case_number} · {_who(first)}"
            for j, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)  # a long reason may not fit its column
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        if self.pairs:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No likely duplicates found."))
        self.open_button.setEnabled(bool(self.pairs))
        self.merge_button.setEnabled(bool(self.pairs))

    def _why(self, c: Candidate) -> str:
        if self.discreet:
            return self.tr("possible match")
        return reasons_text(c.reasons)

    def _self_candidate(self) -> Candidate:
        assert self.client_id is not None
        case = self.ws.cases.get_case(self.client_id)
        return Candidate(self.client_id, case.client.case_number, 1.0, ())

    def selected(self) -> tuple[Candidate, Candidate] | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return None
        first, second, _why = self.pairs[row]
        return first, second

    def _open(self) -> None:
        pair = self.selected()
        if pair is not None:
            self.open_requested.emit(pair[1].client_id)

    def _merge(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MergeDialog(workspace=self.ws, first=pair[0].client_id,
                             second=pair[1].client_id, parent=self)
        if dialog.exec() and dialog.merge_id:
            self.last_merge = dialog.merge_id
            self.reload()  # first: with the pair gone it says "No likely duplicates found."
            self.status.setText(self.tr("Merged: %1 now holds the records of %2.")
                                .replace("%1", dialog.kept_number)
                                .replace("%2", dialog.other_number))
            self.undo_button.setEnabled(True)
            self.merged.emit(dialog.merge_id)

    def _undo(self) -> None:
        if self.last_merge is None:
            return
        try:
            record = self.ws.merges.unmerge(self.last_merge)
        except Exception as error:
            self.status.setText(error_text(error))
            return
        self.reload()
        self.status.setText(self.tr("Merge undone: %1 is a case of its own again.")
                            .replace("%1", record.other_case_number))
        self.undo_button.setEnabled(False)
        self.undone.emit(record.id)
        self.last_merge = None
