"""Unique Alt+letter mnemonics for whatever a window shows right now.

Every label and button carries the mnemonic its author (or translator) chose, but what is
on screen together changes: a case's tab, discreet mode, a referral's status buttons, the
language. Qt does not act on a clashing Alt+letter: it cycles the focus between the
candidates, so "Alt+S" next to "&Save" and "&Summary" saves nothing. Like KDE's
accelerator manager, :func:`resolve` keeps each chosen letter where it is free and moves
the others to a free letter of their own text (a word's first letter first), or drops it
(the control stays reachable with Tab). The menu bar's letters are never moved.

:class:`AcceleratorGuard` runs it for the active window whenever Alt goes down, just
before the letter, when a window is shown, and (once per turn of the event loop) after
controls in a window are shown or hidden, so that the underlined letters on screen are
always the ones Alt acts on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

_ORIGINAL = "napAcceleratorOriginal"  # the text as the code set it
_APPLIED = "napAcceleratorApplied"  # the text as we last rewrote it
_MARK = re.compile(r"&(?!&)")


def letter(text: str) -> str | None:
    """The mnemonic letter of ``text`` ("&&" is a literal ampersand), folded."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def without_mark(text: str) -> str:
    return _MARK.sub("", text.replace("&&", "\0")).replace("\0", "&&")


def candidates(text: str) -> Iterator[tuple[int, str]]:
    """(position in the unmarked text, letter): each word's first letter, then the rest."""
    plain = without_mark(text)
    starts = [m.start() for m in re.finditer(r"\b\w", plain)]
    rest = [i for i in range(len(plain)) if i not in starts]
    for i in starts + rest:
        ch = plain[i]
        if ch.isascii() and ch.isalnum():  # a key every keyboard has
            yield i, ch.casefold()


def with_mark(text: str, position: int) -> str:
    plain = without_mark(text)
    return plain[:position] + "&" + plain[position:]


class _Item:
    """One control's text, readable and writable the same way for every kind."""

    def __init__(self, widget: QWidget, index: int = -1) -> None:
        self.widget = widget
        self.index = index  # a tab bar's tab

    def get(self) -> str:
        w = self.widget
        if isinstance(w, QTabBar):
            return w.tabText(self.index)
        if isinstance(w, QGroupBox):
            return w.title()
        return w.text()  # type: ignore[attr-defined, no-any-return]

    def set(self, text: str) -> None:
        w = self.widget
        if isinstance(w, QTabBar):
            w.setTabText(self.index, text)
        elif isinstance(w, QGroupBox):
            w.setTitle(text)
        else:
            w.setText(text)  # type: ignore[attr-defined]

    def original(self) -> str:
        """The author's text: what the code set last (not our rewrite of it)."""
        key = f"{_ORIGINAL}{self.index}"
        current = self.get()
        if self.widget.property(f"{_APPLIED}{self.index}") != current:
            self.widget.setProperty(key, current)  # set anew by the code since
        return str(self.widget.property(key) or current)

    def apply(self, text: str) -> None:
        if self.get() != text:
            self.set(text)
        self.widget.setProperty(f"{_APPLIED}{self.index}", text)


def _items(window: QWidget) -> Iterator[_Item]:
    """Buttons first (they act), then tabs, then labels (they only move the focus)."""
    live = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    for w in live:
        if isinstance(w, QAbstractButton) and w.isEnabled():
            yield _Item(w)
    for w in live:
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield _Item(w, i)
    for w in live:
        buddy_label = isinstance(w, QLabel) and w.buddy() is not None
        if buddy_label or (isinstance(w, QGroupBox) and w.isCheckable()):
            yield _Item(w)


def _has_mnemonic(widget: QWidget) -> bool:
    """A control whose text may carry an Alt+letter (what ``_items`` looks at)."""
    if isinstance(widget, QAbstractButton | QTabBar):
        return True
    if isinstance(widget, QLabel):
        return widget.buddy() is not None
    return isinstance(widget, QGroupBox) and widget.isCheckable()


def resolve(window: QWidget) -> None:
    """Make the mnemonics of what ``window`` shows now unique (see the module doc)."""
    taken: set[str] = set()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            key = letter(action.text())
            if key:
                taken.add(key)
    items = [(item, item.original()) for item in _items(window)]
    items = [(item, text) for item, text in items if "&" in text.replace("&&", "")]
    moved: list[tuple[_Item, str]] = []
    for item, text in items:
        key = letter(text)
        if key and key not in taken:
            taken.add(key)
            item.apply(text)
        else:
            moved.append((item, text))
    for item, text in moved:
        choice = next(((i, ch) for i, ch in candidates(text) if ch not in taken), None)
        if choice is None:
            item.apply(without_mark(text))  # no free letter: Tab still reaches it
        else:
            taken.add(choice[1])
            item.apply(with_mark(text, choice[0]))


class AcceleratorGuard(QObject):
    """Application-wide: resolve the active window's mnemonics when Alt goes down, when a
    window is shown, and soon after what a shown window holds changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._resolve_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Alt and not event.isAutoRepeat():
                window = QApplication.activeWindow()
                if window is not None:
                    resolve(window)
        elif kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget):
            if kind == QEvent.Type.Show and watched.isWindow():
                resolve(watched)
            elif _has_mnemonic(watched):  # not every tooltip, popup or progress bar
                self._soon(watched.window())
        return False

    def _soon(self, window: QWidget) -> None:
        """A tab switched, a row of buttons changed: resolve once the showing is over."""
        if window.isVisible() and all(w is not window for w in self._pending):
            self._pending.append(window)
            self._timer.start()

    def _resolve_pending(self) -> None:
        pending, self._pending = self._pending, []
        for window in pending:
            try:
                if window.isVisible():
                    resolve(window)
            except RuntimeError:  # deleted meanwhile
                continue


def install(app: QApplication) -> AcceleratorGuard:
    guard = AcceleratorGuard(app)
    app.installEventFilter(guard)
    return guard
