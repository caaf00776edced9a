"""Recovery-key unlock: the key, whose passphrase to reset, and the new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.widgets.passphrase import NewPassphraseFields


class RecoveryDialog(QDialog):
    """Collects what ``unlock.recovery_job`` needs; does no work itself."""

    def __init__(self, *, user_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The recovery key unlocks the vault when a passphrase is forgotten. "
                "Choose whose passphrase to replace; that person then unlocks with the new one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        key_label = QLabel(self.tr("Recovery &key:"))
        key_label.setBuddy(self.key_edit)
        self.user_combo = QComboBox()
        self.user_combo.addItems(user_names)
        self.user_combo.setAccessibleName(self.tr("User whose passphrase is replaced"))
        user_label = QLabel(self.tr("New passphrase &for:"))
        user_label.setBuddy(self.user_combo)
        form.addRow(key_label, self.key_edit)
        form.addRow(user_label, self.user_combo)
        layout.addLayout(form)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Reset and unlock"))
        ok.setAccessibleName(self.tr("Reset the passphrase and unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
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
