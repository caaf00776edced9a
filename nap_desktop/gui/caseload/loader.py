"""Runs the caseload's queries off the GUI thread and hands results back on it.

Every job carries the generation of the query it belongs to; the model drops results of
any generation but the newest, so a slow answer to an old keystroke never overwrites the
answer to a newer one. The pool is the caseload's own, so that a long PDF or import job on
the global pool never delays typing in the search box. It has one thread: a new query
cancels the old one's statements (sqlite3_interrupt), so it never waits long behind them,
and every extra thread would keep another SQLCipher connection and its page cache warm
(about 30 MB each) without making a keystroke faster on two cores.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from nap_desktop.services.queries import QueryCancelled

THREADS = 1
#: How soon a thread that wants the GIL gets it (Python's default is 5 ms). The query
#: threads hold it only to turn rows into objects; when one has a result, the GUI thread
#: should run the slot that shows it within a millisecond, not five.
SWITCH_INTERVAL_S = 0.001


class _Relay(QObject):
    """Created on the GUI thread, so its signals are delivered there."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # a pool thread: never touch widgets or the model here
        try:
            result = self.work()
        except BaseException as error:  # delivered to the GUI thread, shown there
            self._deliver("failed", error)
        else:
            self._deliver("done", result)

    def _deliver(self, name: str, value: Any) -> None:
        # The window closed meanwhile (its relay deleted): nobody is waiting. Reading the
        # signal off a deleted relay raises too, so it is looked up in here.
        with suppress(RuntimeError):
            getattr(self.relay, name).emit(self.generation, value)


class QueryRunner(QObject):
    """``submit(generation, work, on_done, on_failed)``: ``work()`` runs on a pool thread;
    one of the callbacks then runs on the GUI thread with the generation and the result or
    error. A cancelled query (QueryCancelled) calls neither."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(THREADS)
        self._alive: set[_Relay] = set()

    def submit(
        self,
        generation: int,
        work: Callable[[], Any],
        on_done: Callable[[int, Any], None],
        on_failed: Callable[[int, BaseException], None],
    ) -> None:
        relay = _Relay()
        self._alive.add(relay)

        def done(gen: int, result: Any) -> None:
            self._alive.discard(relay)
            on_done(gen, result)

        def failed(gen: int, error: BaseException) -> None:
            self._alive.discard(relay)
            if not isinstance(error, QueryCancelled):
                on_failed(gen, error)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Job(generation, work, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every job (tests, shutdown)."""
        return self.pool.waitForDone(msecs)
