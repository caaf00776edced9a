"""Enter and Ctrl+Enter confirm a dialog, the same way in every dialog.

Qt already lets Enter press a dialog's default button, but only when the dialog has one,
and never from a multi-line text box (where Enter starts a new line). :class:`DialogKeys`,
installed once on the application, makes both dependable:

- when a dialog is shown without a default button, its button box's accepting button
  becomes the default, so Enter in any single-line field, list, combo or check box
  confirms it;
- Ctrl+Enter confirms from anywhere in the dialog, a text box included (the way to
  confirm a reason or a note without reaching for the mouse).

Message boxes, wizards and the system's file and print dialogs keep their own keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_OWN_KEYS = (QMessageBox, QWizard, QFileDialog)
_ACCEPTING = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
)


def _live(button: QPushButton) -> bool:
    return button.isVisible() and button.isEnabled()


def accept_button(dialog: QDialog) -> QPushButton | None:
    """The button that confirms ``dialog``: its default button, else the first accepting
    button of its button boxes (None: a dialog that only closes)."""
    buttons = [b for b in dialog.findChildren(QPushButton) if b.window() is dialog]
    default = next((b for b in buttons if b.isDefault() and b.isVisible()), None)
    if default is not None:
        return default
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in _ACCEPTING and isinstance(button, QPushButton):
                return button
    return None


def confirm(dialog: QDialog) -> bool:
    """Press ``dialog``'s confirming button, as a click would; False when there is none
    or it is disabled (nothing to confirm yet)."""
    button = accept_button(dialog)
    if button is None or not _live(button):
        return False
    button.click()
    return True


class DialogKeys(QObject):
    """The application-wide filter described in the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            if not isinstance(watched, _OWN_KEYS):
                self._ensure_default(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                dialog = watched.window()
                if isinstance(dialog, QDialog) and not isinstance(dialog, _OWN_KEYS):
                    return confirm(dialog)
        return False

    @staticmethod
    def _ensure_default(dialog: QDialog) -> None:
        buttons = [b for b in dialog.findChildren(QPushButton) if b.window() is dialog]
        if any(b.isDefault() for b in buttons):
            return
        button = accept_button(dialog)
        if button is not None:
            button.setDefault(True)


def install(app: QApplication) -> DialogKeys:
    """Install the filter on ``app`` (once, at start-up); returns it (tests remove it)."""
    keys = DialogKeys(app)
    app.installEventFilter(keys)
    return keys
