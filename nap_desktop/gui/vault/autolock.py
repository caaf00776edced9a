"""Idle auto-lock: an application-wide event filter notes the last keyboard or mouse
input; a timer compares it with an injectable monotonic clock and asks for a lock.

Screen locks: Qt has no portable "screen locked" signal. ``applicationStateChanged`` to
Inactive or Suspended only means another window has the focus (or, on mobile platforms,
that the app is in the background), so it is NOT treated as a screen lock; the idle timer
covers a walked-away session. Where the platform suspends the application
(``ApplicationSuspended``, sent by some session managers when the screen locks or the
machine sleeps) we lock at once: no one can be working in a suspended app.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

DEFAULT_MINUTES = 15
MAX_MINUTES = 30
MIN_MINUTES = 1
SETTINGS_KEY = "security/autolock_minutes"

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def clamp_minutes(value: object) -> int:
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_MINUTES
    return max(MIN_MINUTES, min(MAX_MINUTES, minutes))


def stored_minutes(settings: QSettings | None = None) -> int:
    """The idle time from QSettings (only this number is stored there)."""
    settings = settings or QSettings()
    return clamp_minutes(settings.value(SETTINGS_KEY, DEFAULT_MINUTES))


def store_minutes(minutes: int, settings: QSettings | None = None) -> int:
    minutes = clamp_minutes(minutes)
    (settings or QSettings()).setValue(SETTINGS_KEY, minutes)
    return minutes


class AutoLock(QObject):
    """Emits ``lock_requested`` once after ``minutes`` without input, or on a suspend.

    ``clock`` returns monotonic seconds (tests pass a fake); ``tick_ms`` is how often the
    timer looks. ``pause()`` while locked, ``resume()`` after unlocking."""

    lock_requested = Signal()

    def __init__(
        self,
        *,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = clamp_minutes(minutes)
        self._last_input = clock()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._state_changed)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def active(self) -> bool:
        return self._active

    def set_minutes(self, minutes: int) -> None:
        self._minutes = clamp_minutes(minutes)

    def resume(self) -> None:
        """Start watching (after unlocking)."""
        self._last_input = self._clock()
        self._active = True
        self._timer.start()

    def pause(self) -> None:
        """Stop watching (while locked)."""
        self._active = False
        self._timer.stop()

    def seconds_idle(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Lock if idle for too long (the timer calls this; so can tests)."""
        if self._active and self.seconds_idle() >= self._minutes * 60:
            self.request_lock()

    def request_lock(self) -> None:
        if not self._active:
            return
        self.pause()
        self.lock_requested.emit()

    def note_activity(self) -> None:
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.request_lock()

    def shutdown(self) -> None:
        self.pause()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
