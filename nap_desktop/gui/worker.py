"""Run slow work (KDF, big searches, demo data, PDFs) off the GUI thread.

The function runs on a pool thread and must not touch widgets; its result or error is
delivered back on the GUI thread through Qt signals (like Anki's CollectionOp).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread: never touch widgets here
        try:
            result = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except BaseException as error:
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


_alive: set[_Signals] = set()


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int], None] | None = None,
    parent: QObject | None = None,
) -> _Signals:
    """Run ``fn`` on the global thread pool. With ``on_progress``, ``fn`` receives a
    callback to report an integer progress value. Callbacks run on the GUI thread."""
    signals = _Signals(parent)
    _alive.add(signals)

    def finish(cb: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            _alive.discard(signals)
            cb(value)

        return call

    signals.done.connect(finish(on_done))
    signals.failed.connect(finish(on_error))
    if on_progress is not None:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Job(fn, signals, on_progress is not None))
    return signals
