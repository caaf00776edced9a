"""What the Designer dialogs of services, plans, tasks and funding share: the inline
errors wired to the form's ``<key>_error`` labels, a named accepting button before
Cancel, and a service's ``ValidationError`` shown under the field it names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.inline import ErrorRoom, InlineErrors


def tr(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


def wire_errors(dialog: QDialog, ui: Any, keys: list[str]) -> InlineErrors:
    """``InlineErrors`` over ``ui.<key>`` / ``ui.<key>_error``, and ``ui.message`` for
    the whole form; every message starts hidden."""
    errors = InlineErrors(ui.message)
    ui.message.setAccessibleName(tr("Problem saving"))
    for key in keys:
        field: QWidget = getattr(ui, key)
        error: QLabel = getattr(ui, f"{key}_error")
        error.setAccessibleName(tr("Problem with %1").replace("%1",
                                                                     field.accessibleName()))
        errors.add(key, field, error)
    errors.clear()
    ErrorRoom(dialog)
    return errors


def accept_button(dialog: QDialog, buttons: QDialogButtonBox, text: str, accessible: str,
                  last_field: QWidget) -> QPushButton:
    """The dialog's own accepting button ("&Save service"), default, after the fields."""
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setAccessibleName(accessible)
    button.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    QWidget.setTabOrder(last_field, button)
    if cancel is not None:
        cancel.setAccessibleName(tr("Cancel without saving"))
        QWidget.setTabOrder(button, cancel)
    return button


def show_error(errors: InlineErrors, error: BaseException, fields: Mapping[str, str]) -> str:
    """The message under the field the service named (focused), else under the form."""
    text = error_text(error)
    key = fields.get(error.field or "") if isinstance(error, ValidationError) else None
    errors.show(key, text)
    return text
