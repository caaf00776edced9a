"""The worker side of the task runner: what the function gets (``TaskControl``), the
thread pool, and the hub that carries results and progress back to the GUI thread.
Nothing here touches a widget; the public API is in ``nap_desktop.gui.tasks``."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

#: Enough for a KDF, a PDF and an import side by side; the caseload has its own pool.
THREADS = 4


class TaskCancelled(Exception):
    """Raised inside a task by ``control.check()``/``control.progress()`` once it was
    cancelled: the function stops where it is (a transaction rolls back)."""


class TaskControl:
    """What the function on the worker thread gets: plain and thread-safe, no widgets."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._report: Callable[[int], None] = _ignore

    def cancel(self) -> None:
        """Set the flag (the runner does this for ``Task.cancel``)."""
        self._cancel.set()

    def detach(self) -> None:
        """Report nothing more (the task ended: it holds no path back to the GUI)."""
        self._report = _ignore

    def cancelled(self) -> bool:
        """True once the person (or a newer task with the same key) cancelled this one."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise ``TaskCancelled``) if the task was cancelled."""
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, value: int) -> None:
        """Report progress (delivered in order to ``on_progress``); stops a cancelled task."""
        self.check()
        self._report(value)


def _ignore(_value: Any) -> None:
    pass


class Delivered(Protocol):
    """What the pool needs of a runner's task (``runner.Task``): its control, and where
    its progress and outcome go on the GUI thread. A protocol, so this module does not
    import the runner, which imports it."""

    control: TaskControl

    def _progress(self, value: int) -> None: ...

    def _end(self, value: Any, error: BaseException | None) -> None: ...


class _Hub(QObject):
    """Lives on the GUI thread for the whole session: workers emit its signals and its
    slots run on the GUI thread (a queued connection, since the receiver lives there)."""

    progressed = Signal(object, int)
    returned = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.progressed.connect(self._progressed)
        self.returned.connect(self._returned)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(THREADS)

    def _progressed(self, task: Delivered, value: int) -> None:
        task._progress(value)

    def _returned(self, task: Delivered, value: Any, error: BaseException | None) -> None:
        task._end(value, error)


_hubs: list[_Hub] = []  # one for the session (a new one if the application was replaced)


def _the_hub() -> _Hub:
    if not _hubs or not shiboken6.isValid(_hubs[-1]):
        _hubs[:] = [_Hub()]
    return _hubs[-1]


def wait_for_all(msecs: int = -1) -> bool:
    """Wait until every task's function has returned (shutdown, tests)."""
    return not _hubs or not shiboken6.isValid(_hubs[-1]) or _hubs[-1].pool.waitForDone(msecs)


def submit(task: Delivered, fn: Callable[[TaskControl], Any]) -> None:
    """Run ``fn(task.control)`` on the pool; the hub hands its outcome to ``task._end``
    and its progress to ``task._progress``, on the GUI thread."""
    hub = _the_hub()
    task.control._report = functools.partial(hub.progressed.emit, task)
    hub.pool.start(_Worker(hub, task, fn))


class _Worker(QRunnable):
    def __init__(self, hub: _Hub, task: Delivered, fn: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.hub, self.task, self.fn = hub, task, fn
        self.setAutoDelete(True)

    def run(self) -> None:  # a worker thread: never touch widgets here
        value: Any = None
        error: BaseException | None = None
        try:
            value = self.fn(self.task.control)
        except BaseException as caught:  # delivered to the GUI thread, shown there
            error = caught
        hub, task = self.hub, self.task
        self.fn = self.task = None  # type: ignore[assignment]  # the work's data goes now
        hub.returned.emit(task, value, error)


def _held(fn: Any, depth: int = 0) -> Iterator[Any]:
    """What a callable carries into the worker: its ``self``, defaults, closure cells,
    a partial's arguments, and the same for the functions among those."""
    if depth > 3:
        return
    if isinstance(fn, functools.partial):
        yield from (fn.func, *fn.args, *fn.keywords.values())
        yield from _held(fn.func, depth + 1)
        return
    owner = getattr(fn, "__self__", None)
    if owner is not None:
        yield owner
    for value in (*(getattr(fn, "__defaults__", None) or ()),
                  *(getattr(fn, "__kwdefaults__", None) or {}).values()):
        yield value
    for cell in getattr(fn, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # not filled in yet
            continue
        yield value
        if callable(value) and not isinstance(value, type):
            yield from _held(value, depth + 1)


def refuse_qt_objects(fn: Callable[..., Any]) -> None:
    """Raise TypeError when ``fn`` holds a Qt object (widgets must stay on the GUI thread)."""
    for value in _held(fn):
        if isinstance(value, QObject):
            raise TypeError(f"a background task must not hold Qt objects "
                            f"({type(value).__name__}): read the widgets before run()")
