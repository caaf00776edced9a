"""Void a service with a reason (``ui/void_service.ui``); a refusal stays in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.gui.forms.ui_void_service import Ui_VoidServiceDialog
from nap_desktop.gui.widgets.form_dialog import accept_button, show_error, wire_errors


class VoidServiceDialog(QDialog):
    """``what`` names the service (no note: it may be discreet); ``action(reason)``
    voids it."""

    def __init__(self, *, what: str, action: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoidServiceDialog()
        self.ui.setupUi(self)
        self.action = action
        self.ui.service.setText(what)
        self.errors = wire_errors(self, self.ui, ["reason"])
        self.void_button = accept_button(self, self.ui.buttons, self.tr("&Void service"),
                                         self.tr("Void the service"), self.ui.reason)
        self.void_button.clicked.connect(self.submit)
        self.ui.reason.setFocus()

    def submit(self) -> bool:
        reason = self.ui.reason.text().strip()
        if not reason:
            self.errors.show("reason", self.tr("Enter the reason: the history keeps it."))
            return False
        try:
            self.action(reason)
        except Exception as error:  # the service's refusal (a role, the 7 days)
            show_error(self.errors, error, {"reason": "reason"})
            return False
        self.accept()
        return True

    def done(self, code: int) -> None:
        self.ui.reason.clear()
        super().done(code)
