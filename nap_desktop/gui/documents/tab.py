"""The Documents tab of a case: the documents kept in the vault for this client (signed
releases, orders, letters, IDs, photos), what each is attached to, and the actions: add,
view, save a copy, void.

It offers the case view what every case tab does (``load``, ``set_masked``, the dirty
state, ``clear_sensitive``) without importing the case package (the case package imports
this one). It holds no form: nothing here is ever "unsaved". In discreet mode titles and
void reasons read as dots, and viewing or saving waits until the case is revealed (as a
note's earlier versions do); open viewers close."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.gui.documents.actions import DocumentActions
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.model import DocumentsModel
from nap_desktop.gui.documents.texts import added_text, attached_text, kind_of_file, tr, void_text
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import MASK, fmt_date, fmt_time, hint_label
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from collections.abc import Callable

    from nap_desktop.services.workspace import Workspace


class DocumentsTab(QWidget):
    """``saved`` after a document was added or voided (the view reloads the case)."""

    saved = Signal()
    dirty_changed = Signal(bool)
    #: the list was (re)filled from the service (tests wait on it)
    listed = Signal()

    def __init__(self, *, workspace: Workspace, guard: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.guard = guard
        self.title = tr("Documents")
        self.case: CaseRecord | None = None
        self.masked = False
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.doc_actions = DocumentActions(workspace=workspace, host=self)
        self.doc_actions.done.connect(self._acted)
        self.doc_actions.failed.connect(self.show_problem)
        self.doc_actions.tasks.busy_changed.connect(self._opening)
        self.model = DocumentsModel(self)
        self._build()
        self._refresh_buttons()

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.add_button = self._button(tr("Add &document…"), tr("Add a document to this case"),
                                       self.add_document)
        self.view_button = self._button(tr("Vie&w"), tr("View the selected document"),
                                        self.view_selected)
        self.save_button = self._button(tr("Save a cop&y…"),
                                        tr("Save an unencrypted copy of the selected document"),
                                        self.save_selected)
        self.void_button = self._button(tr("V&oid…"), tr("Void the selected document"),
                                        self.void_selected)
        self.show_voided = QCheckBox(tr("Show vo&ided"))
        self.show_voided.setAccessibleName(tr("Show voided documents"))
        self.show_voided.setChecked(True)
        self.show_voided.toggled.connect(self._show_voided)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Documents of this case"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh_buttons())
        self.table.activated.connect(lambda _i: self.view_selected())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("What was done"))
        self.note.setProperty("styleClass", "hint")
        self.note.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("error")
        self.problem.hide()
        self._build_layout()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.view_button, self.save_button, self.void_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_voided)
        self.busy = QWidget()
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(QLabel(tr("Opening the document…")))
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(tr("Opening the document"))
        busy_row.addWidget(bar, 1)
        self.stop_button = self._button(tr("Sto&p"), tr("Stop opening the document"),
                                        self.doc_actions.cancel_open)
        busy_row.addWidget(self.stop_button)
        self.busy.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(tr("The selected document"))
        self.empty = hint_label(tr("No documents yet. Signed releases, court orders, letters "
                                   "and IDs added here are kept encrypted in the vault, never "
                                   "in a shared folder."))
        self.discreet_hint = hint_label(tr("Discreet mode: titles are hidden. Reveal this case "
                                           "to view or save a document."))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        for shown in (self.discreet_hint, self.note, self.problem, self.busy, self.empty):
            layout.addWidget(shown)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 1)

    # --- the case tab contract (see gui/case/tab.py) --------------------------------------

    def load(self, case: CaseRecord, *, masked: bool) -> None:
        """Fill the list from the service (the case record does not carry documents)."""
        current = self.selected_id()
        self.case, self.masked = case, masked
        if masked:
            self.doc_actions.close_viewers()
        try:
            documents = self.ws.documents.list_for_client(case.client.id)
        except Exception as error:
            documents = []
            self.show_problem(error_text(error))
        self.model.masked = masked
        self.model.set_documents(documents, case)
        self.empty.setVisible(not documents)
        self.discreet_hint.setVisible(masked and bool(documents))
        self.select(current)
        self.listed.emit()

    def set_masked(self, masked: bool) -> None:
        if self.case is not None:
            self.load(self.case, masked=masked)

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def revert(self) -> None:
        """Nothing to revert: every action is stored at once."""

    def snapshot(self) -> dict[str, Any] | None:
        return None

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Nothing is ever unsaved here."""

    def clear_sensitive(self) -> None:
        self.doc_actions.close_viewers()
        self.doc_actions.tasks.cancel()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.case = None
        self.model.clear()
        self.details.clear()
        self.note.clear()

    # --- selection ------------------------------------------------------------------------

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        doc = self.selected()
        return doc.id if doc else None

    def select(self, document_id: str | None) -> None:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.table.selectRow(row)
        self._refresh_buttons()

    def _show_voided(self, show: bool) -> None:
        current = self.selected_id()
        self.model.set_show_voided(show)
        self.select(current)

    def _refresh_buttons(self) -> None:
        doc = self.selected()
        self.view_button.setEnabled(doc is not None and not self.masked)
        self.save_button.setEnabled(doc is not None and not self.masked)
        self.void_button.setEnabled(doc is not None and not doc.voided)
        self.add_button.setEnabled(self.case is not None)
        self.details.setText(self._details(doc) if doc else tr("Select a document to see its "
                                                               "details."))

    def _details(self, doc: DocumentView) -> str:
        lines = [
            f"{label(doc.kind)} — {MASK if self.masked else doc.title}",
            tr("Dated %1 · %2 · %3").replace("%1", fmt_date(doc.doc_date) or "—")
            .replace("%2", kind_of_file(doc)).replace("%3", self.model.display(doc, 5)),
            tr("Attached to %1").replace("%1", attached_text(self.case, doc.attached_type,
                                                            doc.attached_id)),
            tr("Added by %1 on %2").replace("%1", doc.added_by_name)
            .replace("%2", fmt_time(doc.added_at)),
        ]
        if doc.metadata_removed:
            names = ", ".join(label(m) for m in doc.metadata_removed)
            lines.append(tr("Removed when it was added: %1").replace("%1", names))
        if doc.voided:
            lines.append(void_text(doc, masked=self.masked))
        return "\n".join(lines)

    # --- actions ---------------------------------------------------------------------------

    def add_document(self) -> bool:
        if self.case is None:
            return False
        dialog = AddDocumentDialog(workspace=self.ws, case=self.case, parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.added is not None
        added = dialog.added
        dialog.deleteLater()
        if not accepted or added is None:
            return False
        self.tell(added_text(added, masked=self.masked))
        self.saved.emit()
        self.select(added.document.id)
        return True

    def view_selected(self) -> bool:
        doc = self.selected()
        if doc is None or self.masked:
            return False
        self.clear_messages()
        self.doc_actions.view(doc, f"{label(doc.kind)} — {doc.title}")
        return True

    def save_selected(self) -> bool:
        doc = self.selected()
        if doc is None or self.masked or self.case is None:
            return False
        self.clear_messages()
        return self.doc_actions.save_copy(doc, self.case.client.case_number)

    def void_selected(self) -> bool:
        doc = self.selected()
        if doc is None or doc.voided:
            return False
        self.clear_messages()
        what = f"{label(doc.kind)} — {MASK if self.masked else doc.title}"
        return self.doc_actions.void(doc, what)

    def _acted(self, _document_id: str, what: str) -> None:
        if what == "saved":
            self.tell(tr("Copy saved, readable by you only. It is not encrypted: delete it "
                         "when you no longer need it."))
        else:
            self.tell(tr("Document voided: it stays in the list, struck through."))
            self.saved.emit()

    def _opening(self, busy: bool) -> None:
        self.busy.setVisible(busy and self.doc_actions.opening())

    # --- messages --------------------------------------------------------------------------

    def tell(self, text: str) -> None:
        self.problem.hide()
        self.note.setText(text)
        self.note.show()

    def show_problem(self, text: str) -> None:
        self.note.hide()
        self.problem.setText(text)
        self.problem.show()

    def clear_messages(self) -> None:
        self.note.hide()
        self.problem.hide()
