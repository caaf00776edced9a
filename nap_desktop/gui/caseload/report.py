"""File ▸ Caseload report…: the caseload as the filter bar shows it, as a landscape PDF
(supervisors). Made off the GUI thread; saved owner-only where the person chooses; in
discreet mode the client column shows case numbers only. The service audits it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.gui.widgets.files import ask_save_path
from nap_desktop.services.locations import save_private_file


def choose_save_file(parent: QWidget, title: str, suggested: str) -> str:
    return ask_save_path(parent, title, suggested)


class CaseloadReportAction(QObject):
    """The menu action and the work behind it. Tests replace ``choose_save``."""

    saved = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.choose_save: Callable[[QWidget, str, str], str] = choose_save_file
        self.action = QAction(self.tr("Caseload &report…"), window)
        self.action.triggered.connect(lambda *_a: self.run())
        #: The main window does not close while the PDF is written.
        self.tasks = TaskRunner(self, guard=window if isinstance(window, QWidget) else None)

    def update_role(self) -> None:
        ws = self.window.workspace
        user = ws.user if ws is not None else None
        allowed = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        self.action.setEnabled(allowed)
        self.action.setToolTip("" if allowed else self.tr("Caseload reports are for supervisors."))

    def run(self) -> bool:
        ws = self.window.workspace
        if ws is None or self.tasks.busy:
            return False
        filters = self.window.caseload.filters
        discreet = bool(self.window.discreet)
        flt, description = filters.current_filter(), filters.describe(discreet=discreet)
        suggested = f"caseload-{date.today().isoformat()}.pdf"
        path = self.choose_save(self.window, self.tr("Save the caseload report"), suggested)
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        lang = "es" if QLocale().language() == QLocale.Language.Spanish else "en"
        reports = ws.reports
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(self.tr("Making the caseload report…"))

        def work(_task: TaskControl) -> Any:  # on a worker thread: no widgets here
            result = reports.caseload_report(flt, description=description, lang=lang,
                                             discreet=discreet)
            save_private_file(target, result.pdf)
            return result

        self.tasks.run(work, on_success=lambda r: self._done(target, r),
                       on_failure=self._failed, blocks_close=True)
        return True

    def _finish(self) -> None:
        QGuiApplication.restoreOverrideCursor()

    def _done(self, target: Path, result: Any) -> None:
        self._finish()
        self.window.statusBar().showMessage(
            self.tr("Caseload report saved (%n page(s)): %1", "", result.pages)
            .replace("%1", str(target)), 10_000)
        self.saved.emit(str(target))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.window.statusBar().clearMessage()
        self.failed.emit(type(error).__name__)
        self.window.report_error(self.window, error)
