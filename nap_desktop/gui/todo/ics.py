""""Export my dates (.ics)…": my task dates as a calendar file. The file leaves the
vault, so the person is told what is in it (case numbers and the kind of date only, never
a name or a task's own words) before choosing where; it is written owner-only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nap_desktop import i18n
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.files import ask_save_path
from nap_desktop.services.locations import save_private_file

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

ICS_FILTER = "iCalendar (*.ics)"


def tr(text: str) -> str:
    return QCoreApplication.translate("TasksPanel", text)


def warning_text() -> str:
    return tr("The calendar file is saved OUTSIDE the encrypted vault. It carries only case "
              "numbers and the kind of each date (plan review, release expiring…): no name, "
              "no note, not the words of your own tasks. It is readable by you only. Put it "
              "in a calendar nobody else can see.")


def confirm_export(parent: QWidget, title: str, text: str) -> bool:
    """The warning before the file is written; tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(tr("&Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


class IcsExport(QObject):
    """Asks, then writes off the GUI thread; ``written(path)`` or ``failed(message)``."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.tasks = TaskRunner(self, guard=host)
        #: replaced by tests
        self.confirm: Callable[[QWidget, str, str], bool] = confirm_export
        self.ask_path: Callable[[QWidget, str, str, str], str] = ask_save_path

    def run(self, workspace: Workspace) -> bool:
        """False when the person stopped at the warning or the save dialog."""
        if not self.confirm(self.host, tr("Export my dates"), warning_text()):
            return False
        path = self.ask_path(self.host, tr("Save my dates as a calendar file"),
                             "nap-my-dates.ics", ICS_FILTER)
        if not path:
            return False
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
        tasks_service, lang = workspace.tasks, i18n.language()  # the kinds in my language

        def write(_task: object) -> str:
            save_private_file(target, tasks_service.ics(horizon_days=90, lang=lang))
            return str(target)

        self.tasks.run(write, on_success=self.written.emit,
                       on_failure=lambda error: self.failed.emit(error_text(error)),
                       key="ics", blocks_close=True)
        return True
