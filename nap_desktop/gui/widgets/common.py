"""Small pieces shared by the case editors: dates shown in local time, an optional date
field, labelled rows with buddies, status chips, and the unsaved-changes guard."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import moments

E = TypeVar("E", bound=Enum)

MASK = "••••"
DATE_FORMAT = "d MMM yyyy"  # unambiguous in every locale: "3 Mar 2026"

#: Chip colours (background, text) by tone; calm, readable on the app's light greys.
CHIP_TONES = {
    "neutral": ("#e6e9ed", "#33475b"),
    "good": ("#dcefe1", "#1e5631"),
    "warn": ("#fff1cc", "#7a5200"),
    "bad": ("#fbe0de", "#8c1d18"),
    "info": ("#dde8f3", "#244a6e"),
}


def tr(text: str, n: int = -1, disambiguation: str | None = None) -> str:
    """Translated text; with ``n``, Qt picks the plural form and fills in ``%n``;
    ``disambiguation`` tells apart one English text meaning two things."""
    return QCoreApplication.translate("CaseEditors", text, disambiguation, n)


def enum_data(combo: QComboBox, enum: type[E]) -> E | None:
    """The enum member behind the current item. Qt hands StrEnum item data back as a
    plain ``str``, so ``is`` comparisons and enum properties need it converted."""
    value = combo.currentData()
    return None if value is None else enum(value)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def bound_dates(edit: QDateEdit) -> QDateEdit:
    """Offer only the dates the app accepts (domain.moments; the services refuse others)."""
    edit.setDateRange(qdate(moments.EARLIEST), qdate(moments.LATEST))
    return edit


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def fmt_time(value: datetime | None) -> str:
    """A stored UTC time shown in the computer's local time."""
    if value is None:
        return ""
    shown, in_utc = moments.shown_local(value)
    text = f"{fmt_date(shown.date())} {shown:%H:%M}"
    return f"{text} UTC" if in_utc else text


def buddy_label(text: str, widget: QWidget) -> QLabel:
    lab = QLabel(text)
    lab.setBuddy(widget)
    return lab


def add_row(form: QFormLayout, text: str, widget: QWidget, accessible: str) -> QLabel:
    """A form row whose label (with its mnemonic) focuses ``widget``."""
    widget.setAccessibleName(accessible)
    lab = buddy_label(text, widget)
    form.addRow(lab, widget)
    return lab


def error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("error")
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


def hint_label(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("hint")
    lab.setWordWrap(True)
    return lab


def chip_style(tone: str) -> str:
    background, colour = CHIP_TONES.get(tone, CHIP_TONES["neutral"])
    return (
        f"QLabel#chip {{ background: {background}; color: {colour}; border-radius: 9px;"
        " padding: 2px 9px; font-weight: 600; }"
    )


def chip(text: str, tone: str = "neutral") -> QLabel:
    """A small rounded status label ("Received", "Release expiring")."""
    lab = QLabel()
    lab.setObjectName("chip")
    set_chip(lab, text, tone)
    return lab


def set_chip(lab: QLabel, text: str, tone: str) -> None:
    lab.setText(text)
    lab.setAccessibleName(text)
    lab.setStyleSheet(chip_style(tone))


class DateField(QWidget):
    """A date that may be absent: a date editor and a check box ("Unknown", "Not yet").
    While the box is ticked the editor shows a dash, not a date nobody entered. Unticking
    the box brings back the date it hid, or else leaves the date empty and required
    (:meth:`missing`): never a date nobody chose (today's date made a survivor a minor)."""

    changed = Signal()
    #: Shown as "—": no real date is this old.
    _ABSENT = QDate(1800, 1, 1)

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setMinimumDate(self._ABSENT)
        self.edit.setMaximumDate(qdate(moments.LATEST))
        self.edit.setSpecialValueText("—")
        self.edit.setDate(QDate.currentDate())
        self.edit.setMinimumWidth(130)
        self._last: QDate | None = None  # offered again when the box is unticked
        self.none_box = QCheckBox(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.none_box)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.none_box.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._calendar = self.edit.calendarWidget()
        self.edit.installEventFilter(self)
        self._calendar.installEventFilter(self)
        self.set_value(None)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.none_box.setAccessibleName(f"{name}: {self.none_box.text().replace('&', '')}")

    def value(self) -> date | None:
        """The date; None while the box is ticked or while nothing is entered (see
        :meth:`missing`: a form refuses to save then)."""
        if self.none_box.isChecked() or self.edit.date() == self._ABSENT:
            return None
        return to_date(self.edit.date())

    def missing(self) -> bool:
        """The box is unticked but no date was entered yet."""
        return not self.none_box.isChecked() and self.edit.date() == self._ABSENT

    def set_value(self, value: date | None) -> None:
        blocked = self.blockSignals(True)
        self.none_box.setChecked(value is None)
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
            # A value stored before dates were bounded is shown as it is, not clamped: a
            # save then says what is wrong instead of silently changing it.
            self.edit.setMaximumDate(max(self._last, qdate(moments.LATEST)))
            self.edit.setDate(self._last)
        else:
            self._last = None
            self.edit.setDate(self._ABSENT)
        self.edit.setEnabled(value is not None)
        self._focus_the_live_part()
        self.blockSignals(blocked)

    def _toggled(self, checked: bool) -> None:
        blocked = self.blockSignals(True)
        if checked:
            if self.edit.date() != self._ABSENT:
                self._last = self.edit.date()
            self.edit.setDate(self._ABSENT)
        elif self.edit.date() == self._ABSENT and self._last is not None:
            self.edit.setDate(self._last)  # (a date set meanwhile is kept)
        self.blockSignals(blocked)
        self.edit.setEnabled(not checked)
        self._focus_the_live_part()
        self.changed.emit()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """An empty date opens its calendar at this month, and the arrow keys start from
        today: both are the person choosing a date, not the form choosing one for them."""
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._calendar:
            if self.edit.date() == self._ABSENT:
                today = QDate.currentDate()
                self._calendar.setCurrentPage(today.year(), today.month())
        elif kind == QEvent.Type.KeyPress and watched is self.edit:
            assert isinstance(event, QKeyEvent)
            steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if event.key() in steps and self.edit.date() == self._ABSENT:
                self.edit.setDate(QDate.currentDate())
                return True
        return False

    def _focus_the_live_part(self) -> None:
        """Focus given to the field (a Tab, an error pointing at it) goes to the date, or
        to the check box while the date is absent (a disabled editor takes none)."""
        self.setFocusProxy(self.edit if self.edit.isEnabled() else self.none_box)


class CheckGrid(QWidget):
    """Check boxes for a set of enum members, in columns; ``changed`` on every toggle."""

    changed = Signal()

    def __init__(
        self,
        options: list[tuple[Any, str]],
        *,
        columns: int = 3,
        hints: dict[Any, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[Any, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        for i, (member, text) in enumerate(options):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            if hints and member in hints:
                box.setToolTip(hints[member])
                box.setAccessibleDescription(hints[member])
            box.toggled.connect(lambda _c: self.changed.emit())
            self.boxes[member] = box
            grid.addWidget(box, i // columns, i % columns)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def values(self) -> frozenset[Any]:
        return frozenset(m for m, box in self.boxes.items() if box.isChecked())

    def set_values(self, values: Iterable[Any]) -> None:
        chosen = set(values)
        blocked = self.blockSignals(True)
        for member, box in self.boxes.items():
            box.setChecked(member in chosen)
        self.blockSignals(blocked)


def field_box(widget: QWidget, error: QLabel, hint: str = "") -> QWidget:
    """``widget`` with its inline error (and an optional hint) underneath."""
    box = QWidget()
    # The row's full width, so a hint under a narrow combo box wraps at the row's edge
    # (and gets the height it needs), not at the combo box's.
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.setAlignment(Qt.AlignmentFlag.AlignTop)
    column.addWidget(widget)
    if hint:
        column.addWidget(hint_label(hint))
    column.addWidget(error)
    box.setFocusProxy(widget)
    return box


# --- the unsaved-changes guard ---------------------------------------------------------


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Leavable(Protocol):
    title: str

    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def revert(self) -> None: ...


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> Choice:
    """Save / Discard / Cancel, as a modal message box."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


class Guard:
    """Asks before unsaved edits are left behind. Tests replace :attr:`ask`."""

    def __init__(self) -> None:
        self.ask: Callable[[QWidget | None, str, str], Choice] = ask_unsaved

    def leave(self, item: Leavable, parent: QWidget | None) -> bool:
        """True when it is fine to move on (nothing unsaved, saved, or discarded)."""
        if not item.is_dirty():
            return True
        choice = self.ask(
            parent,
            tr("Unsaved changes"),
            tr("You have unsaved changes in “%1”. Save them before moving on?").replace(
                "%1", item.title
            ),
        )
        if choice is Choice.SAVE:
            return item.save()
        if choice is Choice.DISCARD:
            item.revert()
            return True
        return False
