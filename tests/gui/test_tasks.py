"""The one background-task runner (gui/tasks/): results on the GUI thread, errors shown
as plain text, cancel, newest wins, the busy guard and progress. Every wait is on a signal
or a threading.Event set by the other side; the order of finishing is forced by events."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.domain.errors import WrongPassphrase
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner, default_busy_text, wait_for_all

WAIT_MS = 10_000
EVENT_S = 10


class GuardedDialog(QDialog):
    """A dialog as the app writes them: ``done()`` asks the runner first."""

    def __init__(self) -> None:
        super().__init__()
        self.told: list[str] = []
        self.tasks = TaskRunner(self, tell=self.told.append)

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(result)


def dialog(qtbot: QtBot) -> GuardedDialog:
    made = GuardedDialog()
    qtbot.addWidget(made)
    made.show()
    return made


def wait_end(qtbot: QtBot, runner: TaskRunner, task: Any = None) -> Any:
    return qtbot.waitSignal(runner.ended, timeout=WAIT_MS,
                            check_params_cb=None if task is None else (lambda t: t is task))


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    got: list[tuple[int, int]] = []
    with wait_end(qtbot, runner):
        runner.run(lambda _c: threading.get_ident(),
                   on_success=lambda worker: got.append((worker, threading.get_ident())))
    [(worker, delivered_on)] = got
    assert worker != threading.get_ident()  # it ran elsewhere...
    assert delivered_on == threading.get_ident()  # ...and came back here


def test_a_failure_shows_the_plain_message_and_logs_no_data(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = dialog(qtbot).tasks
    shown: list[str] = []
    runner.report_error = lambda _parent, error: shown.append(error_text(error))

    def fail(_c: TaskControl) -> None:
        raise RuntimeError("client Zyxwvut Plantedname at 12 Secret Street")

    caplog.set_level(logging.INFO)
    with wait_end(qtbot, runner):
        runner.run(fail, on_success=lambda _r: pytest.fail("delivered a failure as success"))
    assert shown == [error_text(RuntimeError())]
    assert "Something unexpected went wrong" in shown[0] and "Traceback" not in shown[0]
    assert "RuntimeError" in caplog.text and "in fail" in caplog.text  # where, for us
    assert "Zyxwvut" not in caplog.text and "Secret" not in caplog.text  # never the data


def test_on_failure_gets_the_error_instead_of_the_box(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    runner.report_error = lambda *_a: pytest.fail("the box was shown")
    errors: list[BaseException] = []

    def fail(_c: TaskControl) -> None:
        raise WrongPassphrase()

    with wait_end(qtbot, runner):
        runner.run(fail, on_success=lambda _r: None, on_failure=errors.append)
    assert [type(e) for e in errors] == [WrongPassphrase]


def test_cancel_stops_the_work_and_delivers_nothing(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    started, go = threading.Event(), threading.Event()
    reached_the_end: list[bool] = []
    delivered: list[object] = []
    cancelled: list[bool] = []

    def work(control: TaskControl) -> str:
        started.set()
        assert go.wait(EVENT_S)
        control.check()  # raises: cancelled meanwhile
        reached_the_end.append(True)
        return "result"

    task = runner.run(work, on_success=delivered.append, on_failure=delivered.append,
                      on_progress=delivered.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(EVENT_S) and runner.busy
    task.cancel()
    assert not runner.busy and task.control.cancelled()
    with wait_end(qtbot, runner, task):
        go.set()
    assert delivered == [] and reached_the_end == [] and cancelled == [True]


def test_a_cancelled_task_that_finishes_anyway_delivers_nothing(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    go = threading.Event()
    delivered: list[object] = []
    task = runner.run(lambda _c: go.wait(EVENT_S) and "ignored the flag",
                      on_success=delivered.append, on_failure=delivered.append)
    runner.cancel()
    with wait_end(qtbot, runner, task):
        go.set()
    assert delivered == []


def test_newest_wins_even_when_the_older_finishes_last(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    release_old = threading.Event()
    delivered: list[str] = []

    def old(control: TaskControl) -> str:
        assert release_old.wait(EVENT_S)
        return "old"

    first = runner.run(old, on_success=delivered.append, key="preview")
    with wait_end(qtbot, runner) as newer:
        second = runner.run(lambda _c: "new", on_success=delivered.append, key="preview")
    assert newer.args == [second] and delivered == ["new"]
    assert first.control.cancelled()  # the older one was told it is not needed
    with wait_end(qtbot, runner, first):
        release_old.set()  # the older one finishes last...
    assert delivered == ["new"]  # ...and is dropped
    assert not runner.busy


def test_tasks_with_other_keys_do_not_replace_each_other(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    go = threading.Event()
    delivered: list[str] = []
    a = runner.run(lambda _c: go.wait(EVENT_S) and "a", on_success=delivered.append, key="a")
    with wait_end(qtbot, runner):
        runner.run(lambda _c: "b", on_success=delivered.append, key="b")
    assert runner.running("a") and not runner.running("b")
    with wait_end(qtbot, runner, a):
        go.set()
    assert delivered == ["b", "a"]


def test_closing_while_busy_is_refused_with_a_message_and_allowed_after(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    go = threading.Event()
    task = shown.tasks.run(lambda _c: go.wait(EVENT_S), on_success=lambda _r: None,
                           blocks_close=True, busy_text="Writing the package")
    with qtbot.waitSignal(shown.tasks.close_refused, timeout=WAIT_MS):
        assert not shown.close()  # the window's close button
    shown.reject()  # Escape / Cancel
    assert shown.isVisible() and shown.told == ["Writing the package"] * 2
    with wait_end(qtbot, shown.tasks, task):
        go.set()
    assert shown.close() and not shown.isVisible()


def test_a_task_that_does_not_block_closing_lets_the_dialog_go(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    go = threading.Event()
    delivered: list[object] = []
    task = shown.tasks.run(lambda _c: go.wait(EVENT_S), on_success=delivered.append)
    shown.tasks.cancel()  # what a dialog does when it closes: the result is not needed
    shown.reject()
    assert not shown.isVisible() and shown.told == []
    with wait_end(qtbot, shown.tasks, task):
        go.set()
    assert delivered == []


def test_a_main_window_says_why_in_its_status_bar(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    go = threading.Event()
    task = runner.run(lambda _c: go.wait(EVENT_S), on_success=lambda _r: None,
                      blocks_close=True)
    assert not window.close() and window.isVisible()
    assert window.statusBar().currentMessage() == default_busy_text()
    with wait_end(qtbot, runner, task):
        go.set()
    assert window.close()


def test_the_default_note_goes_away_when_the_work_ends(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    runner = TaskRunner(widget)
    go = threading.Event()
    task = runner.run(lambda _c: go.wait(EVENT_S), on_success=lambda _r: None,
                      blocks_close=True)
    assert not widget.close()
    [note] = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert note.text() == default_busy_text()
    with wait_end(qtbot, runner, task):
        go.set()
    assert not note.isVisible()


def test_progress_arrives_in_order_and_stops_at_cancel(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    seen: list[int] = []

    def count(control: TaskControl) -> int:
        for n in range(200):
            control.progress(n)
        return 200

    with wait_end(qtbot, runner):
        runner.run(count, on_success=seen.append, on_progress=seen.append)
    assert seen == [*range(200), 200]

    queued, go = threading.Event(), threading.Event()
    late: list[int] = []

    def stopped(control: TaskControl) -> None:
        control.progress(1)
        control.progress(2)
        queued.set()  # both are on their way to the GUI thread, not yet shown
        assert go.wait(EVENT_S)
        control.progress(3)  # raises: cancelled
        late.append(3)

    task = runner.run(stopped, on_success=seen.append, on_progress=seen.append)
    assert queued.wait(EVENT_S)
    task.cancel()  # before the GUI thread got to the queued progress
    with wait_end(qtbot, runner, task):
        go.set()
    assert seen == [*range(200), 200] and late == []


def test_busy_changes_around_the_work(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    order: list[str] = []
    runner.busy_changed.connect(lambda busy: order.append(f"busy={busy}"))
    with wait_end(qtbot, runner):
        runner.run(lambda _c: 1, on_success=lambda _r: order.append("success"))
    assert states == [True, False]
    assert order == ["busy=True", "busy=False", "success"]  # a dialog may close in success


def test_a_task_may_not_hold_widgets(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    with pytest.raises(TypeError, match="must not hold Qt objects"):
        shown.tasks.run(lambda _c: shown.windowTitle(), on_success=lambda _r: None)
    with pytest.raises(TypeError, match="must not hold Qt objects"):
        shown.tasks.run(shown.windowTitle, on_success=lambda _r: None)  # type: ignore[arg-type]
    title = shown.windowTitle()  # read the widget first: fine
    with wait_end(qtbot, shown.tasks):
        shown.tasks.run(lambda _c: title.upper(), on_success=lambda _r: None)


def test_nothing_is_delivered_to_a_window_that_is_gone(qtbot: QtBot) -> None:
    owner = QWidget()
    runner = TaskRunner(owner)
    go = threading.Event()
    delivered: list[object] = []
    runner.run(lambda _c: go.wait(EVENT_S), on_success=delivered.append)
    with qtbot.waitSignal(runner.destroyed, timeout=WAIT_MS):
        owner.deleteLater()
    go.set()
    assert wait_for_all(WAIT_MS)  # the function returned; its outcome is queued...
    other = dialog(qtbot)  # ...before this one's, so once this one ended, it was handled
    with wait_end(qtbot, other.tasks):
        other.tasks.run(lambda _c: None, on_success=lambda _r: None)
    assert delivered == []


def test_tasks_are_started_from_the_gui_thread_only(qtbot: QtBot) -> None:
    runner = dialog(qtbot).tasks
    refused: list[BaseException] = []

    def from_elsewhere() -> None:
        try:
            runner.run(lambda _c: None, on_success=lambda _r: None)
        except RuntimeError as error:
            refused.append(error)

    elsewhere = threading.Thread(target=from_elsewhere)
    elsewhere.start()
    elsewhere.join(EVENT_S)
    assert [str(e) for e in refused] == ["tasks are started from the GUI thread"]
    assert not runner.busy
