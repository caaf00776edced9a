"""Small dialogs shared by the tabs: a form in a dialog (accepted once its one service call
succeeded), and "pick a date, then do it" (sign a release, revoke it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.case.form import RecordForm
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import (
    DATE_FORMAT,
    add_row,
    bound_dates,
    error_label,
    to_date,
    tr,
)
from nap_desktop.gui.widgets.inline import ErrorRoom, InlineErrors


class FormDialog(QDialog):
    """Hosts a new-record form; its Save button does the work, Cancel closes. Both sit
    side by side in the dialog's button row, with the form's message beside them."""

    def __init__(self, form: RecordForm, *, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = form
        self.record: Any | None = None
        self.setWindowTitle(title)
        form.revert_button.setVisible(False)
        form.saved.connect(self._saved)
        cancel = QPushButton(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grows for inline error messages instead of squeezing the rows under them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(form, 1)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(form.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(form.message, 1)
        row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        # Once the form is inside the dialog: Enter in a field saves.
        form.save_button.setDefault(True)
        ErrorRoom(self)  # a field's message takes room kept for it: Save stays put

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit)  # once the layout has settled
        return super().event(event)

    def _fit(self) -> None:
        """Taller when an error message appears: a layout's minimum size leaves out the
        extra lines of wrapped texts (a hint under a field), which were then clipped."""
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Typing starts in the first field (it went nowhere until a mnemonic matched).
        first = next(
            (w for w in self.form.widgets.values() if w.isEnabled() and w.isVisibleTo(self)),
            None,
        )
        if first is not None and not self.form.isAncestorOf(self.focusWidget()):
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, record: Any) -> None:
        self.record = record
        self.accept()


def date_edit(value: date) -> QDateEdit:
    edit = bound_dates(QDateEdit(QDate(value.year, value.month, value.day)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class ActionDialog(QDialog):
    """Explains an action, asks for a date (and optionally a choice), then runs ``action``;
    a refusal is shown in the dialog, which stays open."""

    def __init__(
        self,
        *,
        title: str,
        text: str,
        date_text: str,
        default: date,
        button_text: str,
        action: Callable[[date, Any], Any],
        choices: list[tuple[Any, str]] | None = None,
        choice_text: str = "",
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.result_record: Any | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.date = date_edit(default)
        self.choice = QComboBox()
        form = QFormLayout()
        if choices:
            self.choice.addItem(tr("— choose —"), None)
            for value, label in choices:
                self.choice.addItem(label, value)
            add_row(form, choice_text, self.choice, choice_text.replace("&", "").rstrip(":"))
        add_row(form, date_text, self.date, date_text.replace("&", "").rstrip(":"))
        self.error = error_label()
        self.inline = InlineErrors(self.error)
        self.inline.watch(self.date, self.choice)  # a new date or choice: a new try
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(button_text)
        ok.setAccessibleName(button_text.replace("&", ""))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        row = QHBoxLayout()  # the message beside the buttons: they never move for it
        row.addWidget(self.error, 1)
        row.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

    def submit(self) -> None:
        try:
            self.result_record = self.action(to_date(self.date.date()), self.choice.currentData())
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            return
        self.accept()
