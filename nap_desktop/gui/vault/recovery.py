"""Recovery-key unlock: the key, whose passphrase to reset, and the new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nap_desktop.gui.forms.ui_recovery import Ui_RecoveryDialog


class RecoveryDialog(QDialog):
    """Collects what ``unlock.recovery_job`` needs; does no work itself. Layout:
    ``ui/recovery.ui``."""

    def __init__(self, *, user_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.key_edit, self.user_combo, self.fields = (
            self.ui.key_edit, self.ui.user_combo, self.ui.fields
        )
        self.buttons = self.ui.buttons
        self.user_combo.addItems(user_names)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Reset and unlock"))
        ok.setAccessibleName(self.tr("Reset the passphrase and unlock"))
        self.key_edit.textChanged.connect(self._update)
        self.user_combo.currentTextChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    @property
    def recovery_key(self) -> str:
        return self.key_edit.text()

    @property
    def user_name(self) -> str:
        return self.user_combo.currentText()

    @property
    def new_passphrase(self) -> str:
        return self.fields.passphrase()

    def _update(self) -> None:
        self.fields.user_name = self.user_combo.currentText()
        ready = bool(self.key_edit.text().strip()) and self.fields.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
