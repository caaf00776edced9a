"""Pieces shared by the transfer dialogs: one read-only table model (and a checkable one),
file choosers that tests replace, and the labels of record types, plan actions and
categories. Their background work goes through ``gui/tasks/``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from nap_desktop.domain import moments
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.gui.widgets.files import ask_open_path, ask_save_path
from nap_desktop.gui.widgets.labels import label

Index = QModelIndex | QPersistentModelIndex
MASK = "••••"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id
TAG_ROLE = Qt.ItemDataRole.UserRole + 2  # e.g. the planned import action, for proxies


def tr(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


# --- modal choosers (dialogs hold them as attributes; tests replace those) -------------------


def choose_open_file(parent: QWidget | None, title: str, file_filter: str) -> str:
    return ask_open_path(parent, title, file_filter)


def choose_save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    return ask_save_path(parent, title, suggested, file_filter)


def run_modal(dialog: Any) -> int:
    return int(dialog.exec())


# --- labels -----------------------------------------------------------------------------------


def record_type_text(kind: str) -> str:
    return {
        "agency": tr("Agency"), "client": tr("Client"), "release": tr("Release of information"),
        "referral": tr("Referral"), "placement": tr("Housing placement"),
        "restitution": tr("Restitution matter"), "note": tr("Note"),
    }.get(kind, kind)


def categories_text(values: Iterable[str | InfoCategory]) -> str:
    names = [label(InfoCategory(v)) for v in sorted(str(v) for v in values)]
    return "; ".join(names)


def withheld_summary(withheld: dict[str, int] | Any) -> str:
    """"Location for 2 clients; Notes for 1 client" (category -> number of clients)."""
    parts = []
    for category, count in sorted(dict(withheld).items()):
        text = tr("%1 for 1 client") if count == 1 else tr("%1 for %2 clients")
        parts.append(text.replace("%1", label(InfoCategory(category))).replace("%2", str(count)))
    return "; ".join(parts)


def local_time(value: datetime | None) -> str:
    """A stored UTC time in the computer's local time."""
    if value is None:
        return ""
    return moments.short_local(value)


def hint_label(text: str = "", name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setObjectName("hint")
    if name:
        lab.setAccessibleName(name)
    return lab


def status_label(name: str) -> QLabel:
    """Where a dialog says what happened (or why not): errors in the service's words."""
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setObjectName("fieldError")
    lab.setAccessibleName(name)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


# --- models -------------------------------------------------------------------------------------


@dataclass(slots=True)
class TableRow:
    cells: list[str]
    key: str = ""
    tag: str = ""
    enabled: bool = True
    tooltip: str = ""
    emphasis: bool = False  # shown in bold (a field that differs)
    extra: dict[str, Any] = field(default_factory=dict)


class TextTableModel(QAbstractTableModel):
    """A small read-only table of text rows (partners, a review, a plan, a comparison)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[TableRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def row_at(self, index: Index) -> TableRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == KEY_ROLE:
            return row.key
        if role == TAG_ROLE:
            return row.tag
        if role == Qt.ItemDataRole.FontRole and row.emphasis:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_at(index)
        if row is None or not row.enabled:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def replace(self, rows: list[TableRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def keys(self) -> list[str]:
        return [r.key for r in self.rows]


class CheckableTableModel(TextTableModel):
    """The first column carries a check box; what is checked survives ``replace`` (a new
    search), so a person can search, tick, search again and tick more."""

    checked_changed = Signal()

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self.checked: set[str] = set()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            row = self.row_at(index)
            if row is None:
                return None
            return Qt.CheckState.Checked if row.key in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0 and flags & Qt.ItemFlag.ItemIsEnabled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked([row.key], on)
        return True

    def set_checked(self, keys: Iterable[str], on: bool) -> None:
        keys = list(keys)
        if on:
            self.checked.update(keys)
        else:
            self.checked.difference_update(keys)
        wanted = set(keys)
        rows = [i for i, r in enumerate(self.rows) if r.key in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
