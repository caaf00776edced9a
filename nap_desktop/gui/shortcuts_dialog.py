"""Help ▸ Keyboard shortcuts: every key the window answers to, read from its own menus
(so the list can't drift from what the keys do), and the keys of the lists and editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidgetItem,
    QWidget,
)

from nap_desktop.gui.forms.ui_shortcuts import Ui_ShortcutsDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
    )


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window with a shortcut: the menus'
    in menu order (with the menu's name), then any others (a case's Save, Close…)."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            seen.add(id(action))
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {_plain(action.text())}")
            elif action.shortcuts() and action.isVisible():
                found.append((_keys(action), f"{_plain(action.text())} ({path})"))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.shortcuts() and action.text():
            seen.add(id(action))
            found.append((_keys(action), _plain(action.text())))
    return found


def fixed_shortcuts() -> list[tuple[str, str]]:
    """Keys of the lists and editors (not actions of the window)."""
    return [
        (tr("Alt+1 … Alt+7"), tr("The tabs of the case on screen")),
        (tr("Alt+underlined letter"), tr("The button or field with that letter")),
        (tr("Enter"), tr("Caseload and dashboard: open the selected case")),
        (tr("Down or Enter"), tr("Search box: go to the results")),
        (tr("Esc"), tr("Search box: clear the search")),
        (tr("Home, End"), tr("Caseload: the first or last referral")),
        (tr("Tab, Shift+Tab"), tr("The next or previous control")),
    ]


class ShortcutsDialog(QDialog):
    """Layout: ``ui/shortcuts.ui``; the rows are filled here."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.table = self.ui.table
        rows = menu_shortcuts(window) + fixed_shortcuts()
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        # Designer has no per-section resize mode.
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
