"""The Notes tab: the case notes, newest first (author, local time), and a new note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord, Note
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.withheld import withheld_from_us
from nap_desktop.gui.case.correction_actions import Corrections
from nap_desktop.gui.case.correction_dialogs import EntryActions
from nap_desktop.gui.case.correction_texts import note_marks, struck
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.case.models import MUTED_TEXT, RowsModel
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.case.withheld import WITHHELD_STYLE, withheld_text
from nap_desktop.gui.widgets.common import MASK, Guard, fmt_time, hint_label, tr

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class NotesModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("When"), tr("Author"), tr("Note")], parent)
        self.users: dict[str, str] = {}
        self.masked = False

    def display(self, row: Note, column: int) -> str:
        if column == 0:
            return fmt_time(row.created_at)
        if column == 1:
            return self.users.get(row.author_user_id or "", tr("(another agency)"))
        if self.masked:
            return tr("%1 hidden in discreet mode").replace("%1", MASK)
        return "\n".join([row.body, *note_marks(row, self.users)])

    def font(self, row: Note, column: int) -> QFont | None:
        return struck() if row.void is not None else None

    def foreground(self, row: Note, column: int) -> QColor | None:
        return MUTED_TEXT if row.void is not None else None


class NoteForm(RecordForm):
    ADD_ONLY = True
    FIELDS = registry_fields("note", "body")

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("New note"), save_text=tr("&Add note"),
                         revert_text=tr("C&lear"), parent=parent)
        self.client_id = ""
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFixedHeight(90)
        self.body_edit.setPlaceholderText(tr("What happened, what was agreed, what comes next…"))
        self.add_field("body", tr("&New note:"), self.body_edit, tr("New note"))
        self.bind(None)

    def values_of(self, record: Any | None) -> Values:
        return {"body": ""}

    def read_form(self) -> Values:
        return {"body": self.body_edit.toPlainText()}

    def write_form(self, values: Values) -> None:
        self.body_edit.setPlainText(values.get("body") or "")

    def fetch(self) -> None:
        return None

    def submit(self, values: Values) -> Note:
        return self.ws.cases.add_note(self.client_id, values["body"])


class NotesTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Notes"), parent=parent)
        self.model = NotesModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Case notes"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.corrections = Corrections(self)
        self.note_actions = EntryActions(
            self.table, self.model, correct=self.corrections.correct_note,
            void=self.corrections.void_note, correct_text=tr("Co&rrect note…"),
            void_text=tr("&Void note…"), what=tr("note"))
        self.versions_button = QPushButton(tr("Earlier &versions…"))
        self.versions_button.setAccessibleName(tr("Show the earlier versions of the note"))
        self.versions_button.clicked.connect(self._show_versions)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh())
        self.model.modelReset.connect(self._refresh)
        self.note_actions.layout().insertWidget(2, self.versions_button)  # type: ignore[union-attr]
        self.form = NoteForm(workspace=workspace)
        self.connect_form(self.form)
        self.empty = hint_label(tr("No notes yet."))
        #: notes a sending partner kept back (no release to us covers them)
        self.withheld = hint_label()
        self.withheld.setObjectName("withheld")
        self.withheld.setStyleSheet(WITHHELD_STYLE)
        self.withheld.setAccessibleName(tr("Notes withheld"))
        box = QGroupBox(tr("Add a note"))
        QVBoxLayout(box).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.withheld)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_actions)
        layout.addWidget(box)

    def forms(self) -> list[RecordForm]:
        return [self.form]

    def show_case(self, case: CaseRecord) -> None:
        self.form.client_id = case.client.id
        if not self.form.is_dirty() and not self.form._loaded:
            self.form.bind(None)
        self.model.users = {u.id: u.display_name for u in case.users.values()}
        self.model.masked = self.masked
        self.model.set_rows(list(reversed(case.notes)))
        held_by = withheld_from_us(case).get(InfoCategory.NOTES, ())
        self.empty.setVisible(not case.notes and not held_by)
        names = ", ".join(case.agencies[a].name for a in held_by if a in case.agencies)
        self.withheld.setText(tr("Notes: %1").replace("%1", withheld_text(names)))
        self.withheld.setVisible(bool(held_by))

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        super().set_masked(masked)

    def clear_views(self) -> None:
        self.model.clear()

    def _refresh(self) -> None:
        """Earlier versions: of a corrected note, not in discreet mode."""
        note = self.note_actions.selected()
        self.versions_button.setEnabled(note is not None and note.versions > 0
                                        and not self.masked)

    def _show_versions(self) -> None:
        note = self.note_actions.selected()
        if note is not None and not self.masked:
            self.corrections.show_versions(note, self.model.users)
