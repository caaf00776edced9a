"""The "Assign…" dialog: choose a worker and write a reason; the service decides."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nap_desktop.domain.entities import Client
from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.forms.ui_assign import Ui_AssignDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import tr

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class AssignDialog(QDialog):
    """Assigns ``client_ids`` (one case or a caseload selection) in one action; accepted
    once the service stored it (``self.assigned``). A refusal stays open with its message
    (a caseworker's refusal comes from the service, not only from a hidden menu item)."""

    def __init__(self, *, workspace: Workspace, client_ids: Sequence[str], case_label: str,
                 current_user_id: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_ids = list(client_ids)
        self.assigned: list[Client] = []
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.worker, self.reason, self.error = self.ui.worker, self.ui.reason, self.ui.problem
        count = len(self.client_ids)
        if count == 1:
            self.setWindowTitle(tr("Assign case %1").replace("%1", case_label))
            self.ui.intro.setText(tr("Assign case %1 to a caseworker or supervisor.")
                                  .replace("%1", case_label))
        else:
            self.setWindowTitle(tr("Assign %1 cases").replace("%1", str(count)))
            self.ui.intro.setText(tr("Assign the %1 selected cases to one caseworker or "
                                     "supervisor. If one of them cannot be assigned, none is.")
                                  .replace("%1", str(count)))
        self.error.hide()
        for user in self.ws.assignments.workers():
            self.worker.addItem(user.display_name, user.id)
        self.worker.setCurrentIndex(max(0, self.worker.findData(current_user_id)))
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Assign"))
        ok.setAccessibleName(tr("Assign"))
        self.ui.buttons.accepted.connect(self.submit)
        self.reason.textChanged.connect(lambda _t: self.error.hide())

    def submit(self) -> None:
        """Store the assignment; on a refusal, show the service's message and stay open."""
        try:
            self.assigned = self.ws.assignments.assign(
                self.client_ids, self.worker.currentData() or "", reason=self.reason.text())
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            field = error.field if isinstance(error, ValidationError) else None
            target = {"reason": self.reason, "worker": self.worker}.get(field or "")
            if target is not None:
                target.setFocus()
            return
        self.accept()
