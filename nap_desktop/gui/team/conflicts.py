"""Sync conflicts: two team members changed the same record (offline, or at the same
time). The same form as the partners' conflicts (``ui/conflicts.ui``) and the same
field-by-field choice (``transfer/merge_view.py``); the heading says who made each
version and on which computer. Resolving is one service call; the result reaches every
computer of the team at its next sync."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from nap_desktop.domain.merge import Merge, Outcome, Side
from nap_desktop.gui.forms.ui_conflicts import Ui_ConflictsDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.transfer.common import TableRow, TextTableModel, local_time
from nap_desktop.gui.transfer.conflicts import ValueText, text_none
from nap_desktop.gui.transfer.merge_view import Choices
from nap_desktop.gui.transfer.merge_view import rows as merge_rows
from nap_desktop.services.team_conflicts import Author, TeamConflictComparison

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: Fields discreet mode hides in a comparison (besides every field of a client's person).
_PERSONAL = frozenset({"safety_notes", "legal_name", "preferred_name", "date_of_birth"})


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TeamConflictsDialog", text, None, n)


def author_text(author: Author, *, kept: bool) -> str:
    """Who made a version, and on which computer, in words."""
    if not author.name:
        return tr("the earlier change in the team's order") if kept else tr("a team member")
    if author.device:
        return tr("%1, on the computer %2").replace("%1", author.name).replace(
            "%2", author.device.split("-", maxsplit=1)[0] + "-…")
    if author.devices > 1:
        return tr("%1, on one of their %2 computers").replace("%1", author.name).replace(
            "%2", str(author.devices))
    return author.name


def change_text(author: Author, *, kept: bool) -> str:
    """A version as a change someone made: "the change by Marcus, on the computer …"."""
    if not author.name and kept:
        return tr("the earlier change in the team's order")
    return tr("the change by %1").replace("%1", author_text(author, kept=kept))


def team_summary(m: Merge, picks: dict[str, Side], later: str) -> str:
    """What applying will do, counted truthfully."""
    auto = sum(1 for f in m.fields if f.outcome is Outcome.TAKEN)
    chosen = sum(1 for f in m.fields if f.outcome is Outcome.PICK
                 and picks.get(f.name) is Side.PARTNER)
    left = sum(1 for f in m.fields if f.outcome is Outcome.PICK and f.name not in picks)
    text = tr("Applying takes %1 field(s) from %2 automatically and %3 you chose, and keeps "
              "the current value of the others; every computer of the team gets the result "
              "at its next sync.").replace("%1", str(auto)).replace("%2", later).replace(
        "%3", str(chosen))
    if left:
        text = tr("Choose a value for %1 more field(s) before applying.").replace(
            "%1", str(left)) + " " + text
    return text


class TeamConflictsDialog(QDialog):
    """Layout: ``ui/conflicts.ui`` (shared with the partners' conflicts)."""

    resolved = Signal(str)

    def __init__(self, *, workspace: Workspace, discreet: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.service, self.discreet = workspace, workspace.team_conflicts, discreet
        self.comparison: TeamConflictComparison | None = None
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.list_model = TextTableModel([self.tr("Record"), self.tr("Case number"),
                                          self.tr("Found"), self.tr("Later change by")], self)
        self.list, self.fields = self.ui.list, self.ui.fields
        self.list.setModel(self.list_model)
        self.fields_model = TextTableModel([self.tr("Field"), self.tr("Before both changes"),
                                            self.tr("Kept for now"), self.tr("Later change"),
                                            self.tr("What happens")], self)
        self.fields.setModel(self.fields_model)
        for column, width in enumerate((170, 200, 190, 190)):
            self.list.setColumnWidth(column, width)
            self.fields.setColumnWidth(column, width)
        self.heading, self.status, self.summary = self.ui.heading, self.ui.status, self.ui.summary
        self.ui.note.setText(self.tr(
            "Two people of the team changed the same record before they synced. Nothing was "
            "lost: the earlier change is kept for now and the later one waits here. Apply "
            "merge takes what only the later change touched and asks you for each field "
            "both changed."))
        self.ui.keep_ours.hide()  # whole-record choices: the field-by-field merge covers both
        self.ui.keep_theirs.hide()
        self._build_merge()
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.resize(1100, 720)
        self.ui.splitter.setSizes([170, 430])  # a few conflicts in view, room to compare
        self.refresh()

    def _build_merge(self) -> None:
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.choices_label = QLabel(self.tr("&Choose per field:"))
        self.choices = Choices(self)
        self.choices_label.setBuddy(self.choices)
        self.merge_summary = QLabel()
        self.merge_summary.setWordWrap(True)
        self.merge_summary.setAccessibleName(self.tr("What applying will do"))
        for widget in (self.choices_label, self.choices, self.merge_summary):
            self.ui.fields_layout.addWidget(widget)
        self.apply_merge = QPushButton(self.tr("&Apply merge"))
        self.apply_merge.setAccessibleName(self.tr("Apply the merge"))
        self.apply_merge.clicked.connect(self.merge)
        self.ui.buttons.insertWidget(0, self.apply_merge)
        QWidget.setTabOrder(self.fields, self.choices)
        QWidget.setTabOrder(self.choices, self.apply_merge)
        self.choices.changed.connect(self._update_summary)

    def refresh(self) -> None:
        try:
            found = self.service.conflicts()
        except Exception as error:
            self.status.setText(error_text(error))
            found = []
        self.list_model.replace([TableRow(
            [self._record_text(c.table), c.case_number, local_time(c.found_at),
             author_text(c.later, kept=False)], key=c.id) for c in found])
        self.summary.setText(
            self.tr("No sync conflicts: nothing waits for a decision.") if not found else
            self.tr("%n sync conflict(s) wait for a decision.", "", len(found)))
        self._show(None)

    def _record_text(self, table: str) -> str:
        return {"clients": self.tr("Client"), "client_personal": self.tr("Client"),
                "referrals": self.tr("Referral"), "placements": self.tr("Housing placement"),
                "releases": self.tr("Release of information"),
                "restitution_matters": self.tr("Restitution"),
                "restitution_steps": self.tr("Restitution step")}.get(table, table)

    def select(self, conflict_id: str) -> None:
        for i, row in enumerate(self.list_model.rows):
            if row.key == conflict_id:
                self.list.selectRow(i)

    def _selected(self, *_args: object) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            self._show(None)
            return
        try:
            self._show(self.service.compare(self.list_model.rows[rows[0].row()].key))
        except Exception as error:
            self._show(None)
            self.status.setText(error_text(error))

    def _show(self, comparison: TeamConflictComparison | None) -> None:
        self.comparison = comparison
        self.status.clear()
        if comparison is None:
            self.fields_model.replace([])
            self.choices.show_merge(None, "", "", text_none, lambda _n: False)
            self.heading.setText(self.tr("Choose a conflict to compare both versions."))
            return
        c = comparison.view
        self.heading.setText(self.tr("%1 of case %2 (found %3). Kept for now: %4. Later: %5")
                             .replace("%1", self._record_text(c.table))
                             .replace("%2", c.case_number or "—")
                             .replace("%3", local_time(c.found_at))
                             .replace("%4", change_text(c.kept, kept=True))
                             .replace("%5", change_text(c.later, kept=False)))
        kind = c.record_type
        agencies = {a.id: a.name for a in self.ws.agencies.list()}
        text = ValueText(kind, agencies, self)

        def hidden(name: str) -> bool:
            return self.discreet and (c.table == "client_personal" or name in _PERSONAL)

        who = c.later.name or self.tr("the later change")
        self.fields_model.replace(merge_rows(kind, comparison.merge, text, who, hidden))
        self.fields.resizeRowsToContents()
        self.choices.show_merge(comparison.merge, kind, who, text, hidden)

    def _update_summary(self) -> None:
        c = self.comparison
        if c is None:
            self.merge_summary.clear()
            self.apply_merge.setEnabled(False)
            return
        picks = self.choices.picks()
        who = c.view.later.name or self.tr("the later change")
        self.merge_summary.setText(team_summary(c.merge, picks, who))
        self.apply_merge.setEnabled(set(picks) == set(c.merge.pending))

    def merge(self) -> None:
        """Apply the merge with the choices made (one service call)."""
        c = self.comparison
        if c is None:
            return
        picks = {name: side.value for name, side in self.choices.picks().items()}
        try:
            self.service.resolve(c.view.id, picks)
        except Exception as error:
            self.status.setText(error_text(error))
            return
        done = self.merge_summary.text()
        self.refresh()
        self.status.setText(self.tr("Merged.") + " " + done)
        self.resolved.emit(c.view.id)

    def done(self, result: int) -> None:
        self.fields_model.replace([])  # the comparison holds case data
        super().done(result)
