"""Stopping a caseload statement from another thread, or once it ran past its budget."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import exc
from sqlalchemy.orm import Session as OrmSession

#: SQLite steps between two looks at the clock while a budget applies.
PROGRESS_STEPS = 2000


class QueryCancelled(Exception):
    """The caller gave up on this query (a newer one replaced it)."""


class OverBudget(Exception):
    """The statement ran past its time budget and was stopped."""


class Cancellation:
    """Stops the statements of a caseload query from another thread; one token may serve
    several statements at once (the count and a page of the same query).

    ``cancel`` uses sqlite3_interrupt, which any thread may call: the statement itself
    runs without Python callbacks, so it does not compete with the GUI for the GIL."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._conns: list[Any] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for conn in self._conns:
                with suppress(Exception):  # closed meanwhile (the vault locked): nothing runs
                    conn.interrupt()

    @contextmanager
    def guard(self, session: OrmSession, budget_s: float | None = None) -> Iterator[None]:
        """Statements inside stop on ``cancel`` (QueryCancelled) or, with a budget, once
        they have run ``budget_s`` seconds (OverBudget; checked every few thousand SQLite
        steps, only while a budget applies)."""
        conn: Any = session.connection().connection.driver_connection
        with self._lock:
            if self._cancelled:
                raise QueryCancelled()
            self._conns.append(conn)
        deadline = None if budget_s is None else time.monotonic() + budget_s
        if deadline is not None:
            conn.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield
        except exc.OperationalError as error:
            if self._cancelled:
                raise QueryCancelled() from None
            if deadline is not None and time.monotonic() > deadline:
                raise OverBudget() from None
            raise error
        finally:
            if deadline is not None:
                conn.set_progress_handler(None, 0)
            with self._lock:
                self._conns.remove(conn)
        if self._cancelled:
            raise QueryCancelled()
