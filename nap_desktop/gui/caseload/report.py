"""File ▸ Caseload report…: the caseload as the filter bar shows it, as a landscape PDF
(supervisors). A dialog first says which filters the report uses, makes it off the GUI
thread and previews it from memory; then Save (owner-only, where the person chooses) or
Print. In discreet mode the client column shows case numbers only and the search text is
never shown or printed. The service audits every report made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.gui.widgets.files import ask_save_path
from nap_desktop.services.locations import save_private_file

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# The dialog's form, Qt PDF and Qt Print Support are imported when the dialog first
# opens: the main window builds the menu action at start, and they cost ~50 ms there.


def choose_save_file(parent: QWidget, title: str, suggested: str) -> str:
    return ask_save_path(parent, title, suggested)


class CaseloadReportDialog(QDialog):
    """The filters in words, the language, a preview; Save and Print use the bytes
    previewed (no second report). ``made`` fires when a preview is ready."""

    made = Signal(object)

    def __init__(self, *, action: CaseloadReportAction, description: str, discreet: bool,
                 make: Callable[[str], Callable[[TaskControl], Any]],
                 parent: QWidget | None = None) -> None:
        from nap_desktop.gui.forms.ui_caseload_report import Ui_CaseloadReportDialog
        from nap_desktop.gui.widgets.pdf_preview import PdfPreview, ask_printer

        super().__init__(parent)
        self.action, self.make = action, make
        self.report: Any | None = None
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = ask_printer
        self.ui = Ui_CaseloadReportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Caseload report"))
        self.preview = PdfPreview(self.ui.view, self)
        self.tasks = TaskRunner(self)
        self.ui.filters.setText(description or self.tr("All referrals"))
        hint = self.tr("The report lists the referrals these filters show in the caseload, "
                       "with counts by status and overdue items.")
        if discreet:
            hint += " " + self.tr("Discreet mode: client names are left out.")
        self.ui.hint.setText(hint)
        self.ui.error.hide()
        self.ui.saved_note.hide()
        self.ui.language.addItem("English", "en")
        self.ui.language.addItem("Español", "es")
        if QLocale().language() == QLocale.Language.Spanish:
            self.ui.language.setCurrentIndex(1)
        self.ui.language.currentIndexChanged.connect(self._options_changed)
        self.ui.preview_button.clicked.connect(self.refresh)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.print_button.clicked.connect(self.print_report)
        self._enable_output(False)

    def _options_changed(self, *_args: object) -> None:
        self._enable_output(False)
        self.ui.preview_button.setDefault(True)

    def _enable_output(self, ready: bool) -> None:
        self.ui.save_button.setEnabled(ready)
        self.ui.print_button.setEnabled(ready)

    def refresh(self) -> None:
        """Make the report in the chosen language, off the GUI thread."""
        self._enable_output(False)
        self.ui.error.hide()
        self.ui.preview_button.setEnabled(False)
        self.tasks.run(self.make(self.ui.language.currentData()), on_success=self._made,
                       on_failure=self._failed, key="caseload-report", blocks_close=True,
                       busy_text=self.tr("Making the caseload report…"))

    def _made(self, result: Any) -> None:
        self.report = result
        self.preview.show(result.pdf)
        self.ui.preview_button.setEnabled(True)
        self._enable_output(True)
        self.ui.save_button.setDefault(True)
        self.made.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.ui.preview_button.setEnabled(True)
        self.ui.error.setText(error_text(error))
        self.ui.error.show()
        self.action.failed.emit(type(error).__name__)

    def save(self) -> bool:
        if self.report is None:
            return False
        suggested = f"caseload-{date.today().isoformat()}.pdf"
        path = self.action.choose_save(self, self.tr("Save the caseload report"), suggested)
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            save_private_file(target, self.report.pdf)
        except Exception as error:
            self._failed(error)
            return False
        self.ui.saved_note.setText(
            self.tr("Saved (readable by you only): %1").replace("%1", str(target)))
        self.ui.saved_note.show()
        self.action.saved.emit(str(target))
        return True

    def print_report(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        from nap_desktop.gui.widgets.pdf_preview import print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.report is None or not self.ask_printer(self, printer):
            return False
        return print_pdf(self.report.pdf, printer) > 0

    def done(self, code: int) -> None:
        if self.tasks.refuse_close():
            return
        self.preview.clear()
        self.report = None
        super().done(code)


class CaseloadReportAction(QObject):
    """The menu action: opens the report dialog. Tests replace ``choose_save`` and
    ``show_dialog`` (the dialog is :attr:`dialog`)."""

    saved = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.choose_save: Callable[[QWidget, str, str], str] = choose_save_file
        self.show_dialog: Callable[[QDialog], None] = lambda dialog: dialog.open()
        self.dialog: CaseloadReportDialog | None = None
        self.action = QAction(self.tr("Caseload &report…"), window)
        self.action.triggered.connect(lambda *_a: self.run())

    def update_role(self) -> None:
        ws = self.window.workspace
        user = ws.user if ws is not None else None
        allowed = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        self.action.setEnabled(allowed)
        self.action.setToolTip("" if allowed else self.tr("Caseload reports are for supervisors."))

    def run(self) -> bool:
        """Open the dialog for the caseload's current filters and start the preview."""
        ws = self.window.workspace
        if ws is None:
            return False
        filters = self.window.caseload.filters
        discreet = bool(self.window.discreet)
        flt, description = filters.current_filter(), filters.describe(discreet=discreet)
        reports = ws.reports

        def make(lang: str) -> Callable[[TaskControl], Any]:
            def work(_task: TaskControl) -> Any:  # on a worker thread: no widgets here
                return reports.caseload_report(flt, description=description, lang=lang,
                                               discreet=discreet)
            return work

        if self.dialog is not None:
            self.dialog.close()
        self.dialog = CaseloadReportDialog(action=self, description=description,
                                           discreet=discreet, make=make,
                                           parent=self.window if isinstance(
                                               self.window, QWidget) else None)
        self.show_dialog(self.dialog)
        self.dialog.refresh()
        return True
