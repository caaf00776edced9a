"""Inline error messages that behave: one mechanism for every form and dialog.

A message shown under a field (or under the whole form) goes away by itself as soon as
the person edits that field again: the message described a value that is no longer
there, and a stale "Enter a legal name" under a name just typed reads as "still wrong".
A field with a check of its own (a date that must be entered) shows that check's message
instead while the new value is still wrong. Save checks everything again anyway.

:class:`ErrorRoom` keeps a dialog's buttons where they are when a message appears: the
dialog opens with room for a message above its buttons, so the mouse pointer that just
clicked "Save" is still on "Save" when the error shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from nap_desktop.gui.widgets.common import CheckGrid, DateField, tr

#: A check of one field: the message while the value is still wrong, else None.
Check = Callable[[], "str | None"]


def edited_signal(widget: QWidget) -> Any:
    """The signal ``widget`` emits when a person changes its value (None: not an editor)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):  # check boxes too
        return widget.toggled
    if isinstance(widget, (DateField, CheckGrid)):
        return widget.changed
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return widget.dateTimeChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    return None


def scroll_into_view(widget: QWidget) -> None:
    """Bring ``widget`` into view in the scroll area it sits in, once laid out: a case
    tab's message below the window's edge (1366x768) read as "nothing happened"."""
    def scroll() -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and widget.isVisible():
            area.ensureWidgetVisible(widget)

    QTimer.singleShot(0, widget, scroll)


def date_required(field: DateField) -> Check:
    """A date whose "Unknown"/"Not set" box was unticked must be entered."""
    def check() -> str | None:
        if not field.missing():
            return None
        box = field.none_box.text().replace("&", "")
        return tr("Enter the date, or tick “%1”.").replace("%1", box)
    return check


class InlineErrors:
    """The error labels of one form: ``key`` -> (its field, its label), plus ``general``
    for a message that names no field. Each label hides itself on its field's next edit;
    while :attr:`filling` (the code fills the form) nothing is cleared."""

    def __init__(self, general: QLabel | None = None) -> None:
        #: the message for the whole form (a form may set it once its layout exists)
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.checks: dict[str, Check] = {}
        self.filling = False

    def add(self, key: str, field: QWidget, label: QLabel, check: Check | None = None) -> None:
        """Watch ``field``: its message in ``label`` clears on the next edit."""
        self.labels[key], self.fields[key] = label, field
        if check is None and isinstance(field, DateField):
            check = date_required(field)
        if check is not None:
            self.checks[key] = check
        edited = edited_signal(field)
        if edited is not None:
            edited.connect(lambda *_args, k=key: self.edited(k))

    def watch(self, *fields: QWidget) -> None:
        """Fields whose edits clear the message for the whole form (they have none of
        their own)."""
        for field in fields:
            edited = edited_signal(field)
            if edited is not None:
                edited.connect(self._general_edited)

    def _general_edited(self, *_args: object) -> None:
        if not self.filling:
            self._hide_general()

    def _hide_general(self) -> None:
        if self.general is not None:
            self.hide(self.general)

    def edited(self, key: str) -> None:
        """A person changed ``key``: its message goes, or says what is still wrong; a
        message for the whole form goes too (it was about what was there before)."""
        if self.filling:
            return
        label = self.labels.get(key)
        if label is None or label.isHidden():
            self._hide_general()
            return
        still = self.checks[key]() if key in self.checks else None
        if still:
            label.setText(still)
        else:
            self.hide(label)
        self._hide_general()

    def show(self, key: str | None, text: str, *, focus: bool = True) -> QLabel:
        """``text`` under the field ``key`` (focused), else under the form."""
        label = self.labels.get(key or "") or self.general
        assert label is not None, "a form shows its general messages in a label"
        label.setText(text)
        label.setVisible(True)
        field = self.fields.get(key or "")
        if focus and field is not None:
            field.setFocus()
        scroll_into_view(label)
        return label

    def check_all(self) -> bool:
        """Show every field check's message; True when there was none."""
        ok = True
        for key, check in self.checks.items():
            field = self.fields[key]
            live = field.isEnabled() and field.isVisibleTo(field.window())
            message = check() if live else None
            if message:
                self.show(key, message, focus=ok)
                ok = False
        return ok

    def clear(self) -> None:
        for label in self.labels.values():
            self.hide(label)
        self._hide_general()

    @staticmethod
    def hide(label: QLabel | None) -> None:
        if label is None:
            return
        label.clear()
        label.setVisible(False)


class ErrorRoom(QObject):
    """Opens ``dialog`` taller by ``lines`` text lines: a message that appears later takes
    that room (the layout needs a stretch above the buttons) instead of pushing the
    buttons down. Never taller than the screen."""

    def __init__(self, dialog: QDialog, lines: int = 3) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.lines = lines
        self._done = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Show and not self._done:
            self._done = True
            self._grow()  # the layout has given the dialog its size by now
        return False

    def _grow(self) -> None:
        dialog = self.dialog
        room = dialog.fontMetrics().lineSpacing() * self.lines
        wanted = dialog.sizeHint().height() + room
        screen = dialog.screen().availableGeometry().height() if dialog.screen() else wanted
        frame = dialog.frameGeometry().height() - dialog.height()
        height = min(wanted, screen - frame)
        if height > dialog.height():
            dialog.resize(dialog.width(), height)
