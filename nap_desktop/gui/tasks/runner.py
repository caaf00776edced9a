"""The GUI side of the task runner: ``TaskRunner`` (one per window or dialog) and the
``Task`` handles it returns. See ``nap_desktop.gui.tasks`` for how to use them."""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from nap_desktop.domain.errors import NapError
from nap_desktop.gui.messages import show_error
from nap_desktop.gui.tasks.worker import TaskCancelled, TaskControl, refuse_qt_objects, submit

log = logging.getLogger(__name__)

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


def default_busy_text() -> str:
    return tr("Please wait: this work cannot be interrupted. You can close the window when "
              "it is done.")


def _ignore(_value: Any) -> None:
    pass


class _State(enum.Enum):
    RUNNING = "running"      # the function runs; its outcome will be delivered
    CANCELLED = "cancelled"  # the function may still run; nothing will be delivered
    ENDED = "ended"          # the function returned


class Task(Generic[T]):
    """One submitted function (the handle ``run`` returns)."""

    def __init__(self, runner: TaskRunner, control: TaskControl, *, key: str | None,
                 name: str, blocks_close: bool, busy_text: str,
                 on_success: Callable[[T], None],
                 on_failure: Callable[[BaseException], None] | None,
                 on_progress: Callable[[int], None] | None,
                 on_cancelled: Callable[[], None] | None) -> None:
        self.runner = runner
        self.control = control
        self.key = key
        self.name = name
        self.blocks_close = blocks_close
        self.busy_text = busy_text
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._state = _State.RUNNING

    @property
    def live(self) -> bool:
        """Its outcome will still be delivered (not cancelled, not ended)."""
        return self._state is _State.RUNNING

    @property
    def returned(self) -> bool:
        """Its function has returned (whether or not anything was delivered)."""
        return self._state is _State.ENDED

    def cancel(self) -> None:
        """Ask the function to stop and drop its outcome (it is never delivered)."""
        if self._state is _State.RUNNING:
            self._state = _State.CANCELLED
            self.control.cancel()
            self.runner._changed()

    # --- on the GUI thread, from the hub --------------------------------------------

    def _progress(self, value: int) -> None:
        if self._state is _State.RUNNING and self._on_progress is not None and self._alive():
            self._on_progress(value)

    def _end(self, value: Any, error: BaseException | None) -> None:
        before, self._state = self._state, _State.ENDED
        success, failure, cancelled = self._on_success, self._on_failure, self._on_cancelled
        self._release()
        if not self._alive():
            return  # the window that waited for it is gone
        self.runner._ended(self)
        if before is _State.CANCELLED or isinstance(error, TaskCancelled):
            if cancelled is not None:
                cancelled()
        elif error is not None:
            self.runner._failed(self, error, failure)
        else:
            success(value)
        self.runner.ended.emit(self)

    def _release(self) -> None:
        """Drop the callbacks here, on the GUI thread: they hold widgets, and the worker
        may hold this task a moment longer (a widget must not be freed there)."""
        self._on_success = _ignore
        self._on_failure = self._on_progress = self._on_cancelled = None
        self.control.detach()

    def _alive(self) -> bool:
        return shiboken6.isValid(self.runner)


def tell_in_box(parent: QWidget | None, text: str) -> QMessageBox:
    """A non-blocking note (the person can keep watching the work finish)."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("Messages", "NAP Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(tr("Please wait"))
    box.open()
    return box


class TaskRunner(QObject):
    """The background work of one window or dialog (its parent).

    ``guard`` is the widget that must not close while a ``blocks_close`` task runs (by
    default the parent, if it is a widget). ``tell`` says why it cannot close; by default a
    main window's status bar, otherwise a note box that goes away when the work ends."""

    #: True while a task's outcome is awaited (dialogs show their busy bar from it).
    busy_changed = Signal(bool)
    #: Every task, once its function returned and its callbacks ran (tests wait on it).
    ended = Signal(object)
    #: The text shown when a close was refused.
    close_refused = Signal(str)

    def __init__(self, parent: QObject, *, guard: QWidget | None = None,
                 tell: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.guard = guard if guard is not None else (
            parent if isinstance(parent, QWidget) else None)
        self.tell: Callable[[str], None] = tell or self._tell
        #: Shows an unhandled failure (tests replace it, like ``MainWindow.report_error``).
        self.report_error: Callable[[QWidget | None, BaseException], None] = show_error
        self._tasks: list[Task[Any]] = []   # functions not yet returned
        self._latest: dict[str, Task[Any]] = {}
        self._busy = False
        self._note: QMessageBox | None = None
        if self.guard is not None:
            self.guard.installEventFilter(self)

    # --- submitting -----------------------------------------------------------------

    def run(self, fn: Callable[[TaskControl], T], *, on_success: Callable[[T], None],
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            key: str | None = None, blocks_close: bool = False, busy_text: str = "",
            name: str = "") -> Task[T]:
        """Run ``fn(control)`` on a worker thread; one of the callbacks follows on the GUI
        thread. With ``key``, a running task of the same key is cancelled (newest wins)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("tasks are started from the GUI thread")
        refuse_qt_objects(fn)
        if key is not None and key in self._latest:
            self._latest[key].cancel()
        control = TaskControl()
        task: Task[T] = Task(
            self, control, key=key, name=name or key or str(getattr(fn, "__qualname__", "task")),
            blocks_close=blocks_close, busy_text=busy_text, on_success=on_success,
            on_failure=on_failure, on_progress=on_progress, on_cancelled=on_cancelled)
        self._tasks.append(task)
        if key is not None:
            self._latest[key] = task
        self._changed()
        submit(task, fn)
        return task

    # --- state ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A task's outcome is still awaited."""
        return any(t.live for t in self._tasks)

    def running(self, key: str) -> bool:
        """The newest task of ``key`` is still awaited."""
        task = self._latest.get(key)
        return task is not None and task.live

    def newest(self, key: str) -> Task[Any] | None:
        """The newest task of ``key`` whose function has not returned yet."""
        return self._latest.get(key)

    def cancel(self, key: str | None = None) -> None:
        """Cancel the task of ``key``, or every task (a dialog that gives up)."""
        for task in list(self._tasks):
            if key is None or task.key == key:
                task.cancel()

    # --- the busy guard ---------------------------------------------------------------

    def refuse_close(self) -> bool:
        """True (and the person is told why) while a ``blocks_close`` task runs. Dialogs
        call it first thing in ``done()``; window closes are caught by the event filter."""
        blocking = [t for t in self._tasks if t.blocks_close]
        if not blocking:
            return False
        text = blocking[-1].busy_text or default_busy_text()
        self.tell(text)
        self.close_refused.emit(text)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.guard and event.type() == QEvent.Type.Close and self.refuse_close():
            event.ignore()
            return True
        return False

    def _tell(self, text: str) -> None:
        if isinstance(self.guard, QMainWindow):
            self.guard.statusBar().showMessage(text, 10_000)
        elif self._note is None or not shiboken6.isValid(self._note) or not self._note.isVisible():
            self._note = tell_in_box(self.guard, text)

    # --- from the tasks (GUI thread) ---------------------------------------------------

    def _changed(self) -> None:
        busy = self.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _ended(self, task: Task[Any]) -> None:
        self._tasks.remove(task)
        if task.key is not None and self._latest.get(task.key) is task:
            del self._latest[task.key]
        if not any(t.blocks_close for t in self._tasks) and self._note is not None:
            if shiboken6.isValid(self._note):
                self._note.close()  # the wait it asked for is over
            self._note = None
        self._changed()

    def _failed(self, task: Task[Any], error: BaseException,
                on_failure: Callable[[BaseException], None] | None) -> None:
        # Where it failed (file, line, function), not the lines or values: those can hold data.
        where = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}"
                          for f in traceback.extract_tb(error.__traceback__))
        if isinstance(error, NapError):
            log.info("task %s refused: %s", task.name, type(error).__name__)
        else:
            log.error("task %s failed: %s\n%s", task.name, type(error).__name__, where)
        if on_failure is not None:
            on_failure(error)
        else:
            self.report_error(self.guard, error)
