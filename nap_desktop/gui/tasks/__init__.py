"""One runner for the GUI's background work (as Anki's ``CollectionOp``/``QueryOp``).

A window or dialog owns a :class:`TaskRunner`; ``runner.run(fn, on_success=...)`` runs
``fn(control)`` on a worker thread and calls back on the GUI thread::

    users, user_id = self.ws.users, user.id          # read the widgets *here*
    self.tasks.run(lambda _task: users.deactivate(user_id),
                   on_success=self._deactivated, on_failure=self._failed,
                   blocks_close=True)

Do not call UI routines in the task. ``fn`` gets a :class:`TaskControl` and whatever plain
values it closed over; a function that holds a widget or any other Qt object (``self`` of a
dialog, a bound slot) is refused when it is submitted. Everything that shows something
(``on_success``, ``on_failure``, ``on_progress``, ``on_cancelled``) runs on the GUI thread.

What the runner does for every task:

- progress: ``control.progress(n)`` in the task reaches ``on_progress(n)``, in order;
- cancel: ``task.cancel()`` (or ``runner.cancel(key)``) sets a flag the task reads with
  ``control.cancelled()``/``control.check()``; after that nothing is delivered but
  ``on_cancelled`` once the function has returned;
- newest wins: a task started with the ``key`` of a running one cancels it, so an older
  result never overwrites a newer one, whichever finishes last;
- busy guard: while a ``blocks_close`` task runs, the owner's window does not close and the
  person is told why (dialogs also call :meth:`TaskRunner.refuse_close` in ``done()``);
- errors: without ``on_failure`` the person sees ``messages.error_text`` in a box
  (``runner.report_error``, replaceable like ``ask``); the log gets the error's type and the
  code locations of its traceback, never its text (which may hold data).

The caseload keeps its own one-thread query pool (``caseload/loader.py``): its queries are
interrupted in SQLite rather than flagged, and must never wait behind a PDF or an import.
"""

from nap_desktop.gui.tasks.runner import Task, TaskRunner, default_busy_text
from nap_desktop.gui.tasks.worker import TaskCancelled, TaskControl, wait_for_all

__all__ = ["Task", "TaskCancelled", "TaskControl", "TaskRunner", "default_busy_text",
           "wait_for_all"]
