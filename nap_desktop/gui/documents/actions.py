"""What can be done to one document, from the Documents tab and from the release tab's
signed copy alike: view it (the bytes fetched off the GUI thread, shown from memory),
save a copy (a deliberate act, confirmed: the copy is not encrypted) and void it with a
reason (the service decides who may; its refusal is shown in the dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from nap_desktop.domain.documents import JPEG, PDF, PNG, DocumentView
from nap_desktop.gui.documents.texts import tr
from nap_desktop.gui.documents.viewer import DocumentViewer
from nap_desktop.gui.forms.ui_void_document import Ui_VoidDocumentDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.files import ask_save_path, file_word
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

SUFFIX = {PDF: "pdf", PNG: "png", JPEG: "jpg"}


def confirm_save_copy(parent: QWidget, title: str, text: str) -> bool:
    """The warning before an unencrypted copy is written; tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    save = box.addButton(tr("&Save unencrypted copy"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save


def save_copy_warning() -> str:
    return tr("The copy is NOT encrypted: anyone who can open the file can read it, and it "
              "may name the survivor. It is written readable by you only, and saving it is "
              "recorded in the audit log. Delete it as soon as you no longer need it.")


def suggested_name(doc: DocumentView, case_number: str) -> str:
    """``NAP-2026-0012-Signed-release-of-information.pdf``: the case number and the kind,
    never the title (it may name the survivor)."""
    return f"{case_number}-{file_word(label(doc.kind))}.{SUFFIX.get(doc.media_type, 'bin')}"


class VoidDocumentDialog(QDialog):
    """A reason, then ``action(reason)``; a refusal stays in the dialog."""

    def __init__(self, *, what: str, action: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoidDocumentDialog()
        self.ui.setupUi(self)
        self.action = action
        self.ui.document.setText(what)
        self.ui.problem.hide()
        self.void_button = self.ui.buttons.addButton(self.tr("&Void document"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.void_button.setAccessibleName(self.tr("Void the document"))
        self.void_button.setDefault(True)
        self.void_button.clicked.connect(self.submit)
        self.ui.reason.textEdited.connect(lambda _t: self.ui.problem.hide())

    def submit(self) -> bool:
        if not self.ui.reason.text().strip():
            return self._show(self.tr("Enter the reason: the history keeps it."))
        try:
            self.action(self.ui.reason.text().strip())
        except Exception as error:  # the service's refusal (a role, a partner's document)
            return self._show(error_text(error))
        self.accept()
        return True

    def _show(self, text: str) -> bool:
        self.ui.problem.setText(text)
        self.ui.problem.show()
        self.ui.reason.setFocus()
        return False

    def done(self, code: int) -> None:
        self.ui.reason.clear()  # the typed reason does not stay behind in the widget
        super().done(code)


class DocumentActions(QObject):
    """View, save a copy, void; owned by the widget that offers them (``host``)."""

    #: a viewer was opened (tests wait on it)
    viewer_opened = Signal(object)
    #: a document was voided or a copy saved: (document id, what) with what in
    #: "voided" | "saved"
    done = Signal(str, str)
    #: something went wrong (the message)
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, host: QWidget) -> None:
        super().__init__(host)
        self.ws = workspace
        self.host = host
        self.tasks = TaskRunner(self, guard=host)
        self.viewers: list[DocumentViewer] = []
        #: replaced by tests
        self.confirm: Callable[[QWidget, str, str], bool] = confirm_save_copy
        self.ask_path: Callable[[QWidget, str, str, str], str] = ask_save_path
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.show_viewer: Callable[[DocumentViewer], None] = lambda viewer: viewer.show()
        self.last_dialog: QDialog | None = None

    # --- view --------------------------------------------------------------------------

    def view(self, doc: DocumentView, title: str) -> None:
        """Fetch the bytes (audited "document opened") and show them; ``title`` is what
        the window says (the kind only, in discreet mode)."""
        documents, document_id, media = self.ws.documents, doc.id, doc.media_type
        self.tasks.run(lambda _task: documents.open(document_id),
                       on_success=lambda data: self._show(title, media, data),
                       on_failure=self._failed, key="open")

    def opening(self) -> bool:
        return self.tasks.running("open")

    def cancel_open(self) -> None:
        """Stop waiting: the bytes are dropped when they arrive, never shown."""
        self.tasks.cancel("open")

    def _show(self, title: str, media_type: str, data: bytes) -> None:
        viewer = DocumentViewer(title=title, media_type=media_type, data=data,
                                parent=self.host)  # closed with the case
        viewer.finished.connect(lambda _c, v=viewer: self._closed(v))
        self.viewers.append(viewer)
        self.show_viewer(viewer)
        self.viewer_opened.emit(viewer)

    def _closed(self, viewer: DocumentViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)
            viewer.deleteLater()

    def close_viewers(self) -> None:
        """Discreet mode switched on, the case closed or the vault locked."""
        for viewer in list(self.viewers):
            viewer.reject()

    # --- save a copy ---------------------------------------------------------------------

    def save_copy(self, doc: DocumentView, case_number: str) -> bool:
        """Confirmed, then a file chosen, then written (owner-only, audited)."""
        if not self.confirm(self.host, tr("Save an unencrypted copy?"), save_copy_warning()):
            return False
        path = self.ask_path(self.host, tr("Save a copy of the document"),
                             suggested_name(doc, case_number), "*")
        if not path:
            return False
        documents, document_id, target = self.ws.documents, doc.id, Path(path)
        self.tasks.run(lambda _task: documents.save_copy(document_id, target),
                       on_success=lambda _none: self.done.emit(document_id, "saved"),
                       on_failure=self._failed, key="save", blocks_close=True)
        return True

    # --- void ----------------------------------------------------------------------------

    def void(self, doc: DocumentView, what: str) -> bool:
        documents, document_id = self.ws.documents, doc.id
        dialog = VoidDocumentDialog(
            what=what, action=lambda reason: documents.void(document_id, reason),
            parent=self.host)
        self.last_dialog = dialog
        voided = bool(self.run_dialog(dialog))
        dialog.deleteLater()
        if voided:
            self.done.emit(document_id, "voided")
        return voided

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))
