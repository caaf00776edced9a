"""The release tab's signed copy: whether the signed paper of the selected release is on
file (a live "signed release" document attached to it), and the two actions: attach the
scan, view it. The releases tab places this box in its "Selected release" group."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.entities import CaseRecord, Release
from nap_desktop.domain.enums import DocumentAttachment, DocumentKind
from nap_desktop.gui.documents.actions import DocumentActions
from nap_desktop.gui.documents.add_dialog import AddDocumentDialog
from nap_desktop.gui.documents.texts import added_text, tr
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import chip, hint_label, set_chip
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def signed_copies(workspace: Workspace, release_id: str) -> list[DocumentView]:
    """The live signed-release documents attached to a release, newest first."""
    found = workspace.documents.list_for(DocumentAttachment.RELEASE, release_id,
                                         include_voided=False)
    return [d for d in found if d.kind is DocumentKind.SIGNED_RELEASE and not d.voided]


class SignedCopyBox(QWidget):
    """"Signed copy on file" / "No signed copy" and its buttons, for one release."""

    #: a signed copy was attached (the case reloads)
    saved = Signal()
    #: what happened, for the person (shown by the tab)
    told = Signal(str)

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.case: CaseRecord | None = None
        self.release: Release | None = None
        self.copies: list[DocumentView] = []
        self.masked = False
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.doc_actions = DocumentActions(workspace=workspace, host=self)
        self.doc_actions.failed.connect(self.told)
        self.status = chip("")
        self.attach_button = QPushButton(tr("Attach signed cop&y…"))
        self.attach_button.setAccessibleName(tr("Attach the signed copy of this release"))
        self.attach_button.clicked.connect(self.attach)
        self.view_button = QPushButton(tr("View si&gned copy"))
        self.view_button.setAccessibleName(tr("View the signed copy of this release"))
        self.view_button.clicked.connect(self.view)
        self.note = hint_label()
        self.note.setAccessibleName(tr("About the signed copy"))
        self.note.hide()
        self.told.connect(self._tell)
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addWidget(self.attach_button)
        row.addWidget(self.view_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        self.show_release(None, None, masked=False)

    def has_copy(self) -> bool:
        return bool(self.copies)

    def show_release(self, case: CaseRecord | None, release: Release | None, *,
                     masked: bool) -> None:
        """Show ``release``'s signed copy (hidden when no release is selected)."""
        if release is None or self.release is None or release.id != self.release.id:
            self.note.hide()  # a note about another release
        self.case, self.release, self.masked = case, release, masked
        self.copies = []
        if release is not None:
            try:
                self.copies = signed_copies(self.ws, release.id)
            except Exception as error:
                self.told.emit(error_text(error))
        self.setVisible(release is not None)
        if self.copies:
            set_chip(self.status, tr("Signed copy on file"), "good")
        else:
            set_chip(self.status, tr("No signed copy"), "warn")
        self.view_button.setEnabled(bool(self.copies) and not masked)
        self.view_button.setToolTip(tr("Reveal this case to view it (discreet mode).")
                                    if masked else "")
        if masked:
            self.doc_actions.close_viewers()

    def _tell(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def attach(self) -> bool:
        """The add dialog, set to a signed release attached to this release."""
        if self.case is None or self.release is None:
            return False
        dialog = AddDocumentDialog(
            workspace=self.ws, case=self.case, kind=DocumentKind.SIGNED_RELEASE,
            attach=(DocumentAttachment.RELEASE, self.release.id), parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.added is not None
        added = dialog.added
        dialog.deleteLater()
        if not accepted or added is None:
            return False
        self.told.emit(added_text(added, masked=self.masked))
        self.saved.emit()
        return True

    def view(self) -> bool:
        if not self.copies or self.masked:
            return False
        newest = self.copies[0]
        self.doc_actions.view(newest, f"{label(newest.kind)} — {newest.title}")
        return True

    def clear_sensitive(self) -> None:
        self.doc_actions.close_viewers()
        self.show_release(None, None, masked=self.masked)
