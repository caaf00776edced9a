"""The "Add document" dialog (``ui/add_document.ui``): a file, its kind, title and date,
and the record of the case it belongs to (the client, a release, a referral, a placement
or a restitution matter).

The service reads, checks and encrypts the file off the GUI thread (``TaskRunner``); the
dialog shows that it is busy and cannot be closed meanwhile (the service takes no
progress callback, so a Cancel could not promise that nothing was stored). Its
messages appear under the field they name; the dialog stays open until the document
exists (``added`` then holds what the service did, and what it removed from a photo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from nap_desktop.domain.documents import AddedDocument
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind
from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.documents.texts import attach_choices
from nap_desktop.gui.forms.ui_add_document import Ui_AddDocumentDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.files import ask_open_path
from nap_desktop.gui.widgets.inline import ErrorRoom, InlineErrors
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The service's field names (``ValidationError.field``) -> the form's field.
FIELDS = {"data": "file", "path": "file", "file": "file", "kind": "kind", "title": "title",
          "doc_date": "doc_date", "attached": "attach", "attached_id": "attach",
          "attached_type": "attach"}
FILE_FILTER = "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg);;*"


class AddDocumentDialog(QDialog):
    """Accepted once the document is stored. Tests replace ``ask_path``."""

    #: the new document's id
    added_document = Signal(str)
    #: a refused attempt's message
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, case: CaseRecord,
                 attach: tuple[DocumentAttachment, str] | None = None,
                 kind: DocumentKind | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.case = case
        self.added: AddedDocument | None = None
        self.ask_path: Callable[[QWidget, str, str], str] = ask_open_path
        self.ui = Ui_AddDocumentDialog()
        self.ui.setupUi(self)
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._busy)
        self.errors = InlineErrors(self.ui.message)
        for name in dict.fromkeys(FIELDS.values()):
            error: QLabel = getattr(self.ui, f"{name}_error")
            error.setAccessibleName(self.tr("Problem with %1").replace(
                "%1", getattr(self.ui, name).accessibleName()))
            self.errors.add(name, getattr(self.ui, name), error)
        self.errors.clear()
        self._build_buttons()
        self._fill(attach, kind)
        self.ui.busy.hide()
        self.ui.browse_button.clicked.connect(self.browse)
        ErrorRoom(self)
        self.ui.file.setFocus()

    def _build_buttons(self) -> None:
        buttons: QDialogButtonBox = self.ui.buttons
        self.add_button = buttons.addButton(self.tr("&Add document"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add the document to the case"))
        self.add_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel without adding"))
        QWidget.setTabOrder(self.ui.attach, self.add_button)
        QWidget.setTabOrder(self.add_button, self.cancel_button)
        self.add_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.cancel)

    def _fill(self, attach: tuple[DocumentAttachment, str] | None,
              kind: DocumentKind | None) -> None:
        ui = self.ui
        ui.kind.addItem(self.tr("— choose the kind —"), None)
        for member, text in options(DocumentKind):
            ui.kind.addItem(text, member.value)
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(kind.value if kind else None)))
        self.choices = attach_choices(self.case)
        for index, (_type, _id, text) in enumerate(self.choices):
            ui.attach.addItem(text, index)
        wanted = next((i for i, (t, rid, _x) in enumerate(self.choices)
                       if attach is not None and (t, rid) == attach), 0)
        ui.attach.setCurrentIndex(wanted)
        if kind is not None:
            ui.title.setText(label(kind))
        ui.doc_date.set_value(None)

    # --- choosing the file ------------------------------------------------------------

    def browse(self) -> None:
        path = self.ask_path(self, self.tr("Choose the document to add"), FILE_FILTER)
        if path:
            self.ui.file.setText(path)

    # --- adding -----------------------------------------------------------------------

    def _check(self) -> bool:
        ui = self.ui
        self.errors.clear()
        problems = []
        path = ui.file.text().strip()
        if not path:
            problems.append(("file", self.tr("Choose the file to add.")))
        elif not Path(path).is_file():
            problems.append(("file", self.tr("There is no file at this path.")))
        if ui.kind.currentData() is None:
            problems.append(("kind", self.tr("Choose what kind of document this is.")))
        if not ui.title.text().strip():
            problems.append(("title", self.tr("Enter a title: what the document is.")))
        for number, (name, text) in enumerate(problems):
            self.errors.show(name, text, focus=number == 0)
        return not problems and self.errors.check_all()

    def submit(self) -> bool:
        """Start adding (False when the form is not complete); the outcome follows."""
        if self.tasks.busy or not self._check():
            return False
        ui = self.ui
        attached_type, attached_id, _text = self.choices[int(ui.attach.currentData())]
        documents, path = self.ws.documents, Path(ui.file.text().strip())
        client_id, kind = self.case.client.id, DocumentKind(ui.kind.currentData())
        title, day = ui.title.text().strip(), ui.doc_date.value()
        ui.progress.setRange(0, 0)  # busy: the service reports no steps
        self.tasks.run(
            lambda _task: documents.add_file(
                client_id=client_id, attached_type=attached_type, attached_id=attached_id,
                kind=kind, title=title, doc_date=day, path=path),
            on_success=self._added, on_failure=self.show_error, key="add", blocks_close=True,
            busy_text=self.tr("The document is being checked and stored: the dialog closes "
                              "when it is done."))
        return True

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        ui.busy.setVisible(busy)
        for widget in (ui.file, ui.browse_button, ui.kind, ui.title, ui.doc_date, ui.attach,
                       self.add_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _added(self, added: AddedDocument) -> None:
        self.added = added
        self.added_document.emit(added.document.id)
        self.accept()

    def show_error(self, error: BaseException) -> None:
        """The message under the field it names (focused), else beside the buttons."""
        text = error_text(error)
        field = FIELDS.get(error.field or "") if isinstance(error, ValidationError) else None
        self.errors.show(field, text)
        self.failed.emit(text)

    # --- closing ----------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel closes, unless the document is being stored (then it says why not)."""
        self.reject()

    def done(self, code: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(code)
