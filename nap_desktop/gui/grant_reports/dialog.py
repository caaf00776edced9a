"""Reports ▸ Grant reports…: which report, the period (federal quarters, TIMS half-years),
the funding source, for use outside the agency or not, the language and the file type;
Make report asks where to save it and runs it in the background with progress and Stop.
On success it says where the file is and the start of its SHA-256; the data-quality report
lists the cases to fix, and Enter on one opens it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from nap_desktop.gui.case.field_labels import field_label
from nap_desktop.gui.forms.ui_grant_reports import Ui_GrantReportsDialog
from nap_desktop.gui.grant_reports import jobs
from nap_desktop.gui.insights import periods
from nap_desktop.gui.insights.table_model import FiguresModel, Table
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.files import PDF_FILTER, ask_save_path

ChoosePath = Callable[[QWidget, str, str], str]


def choose_output(parent: QWidget, title: str, suggested: str) -> str:
    """The system's save dialog: a PDF, a CSV file, or the name of a new folder (HMIS)."""
    filters = {".pdf": PDF_FILTER, ".csv": parent.tr("CSV files (*.csv)")}
    return ask_save_path(parent, title, suggested,
                         filters.get(Path(suggested).suffix, parent.tr("Folders (*)")))
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _field_name(key: str) -> str:
    """A client field the data-quality report names, as the Client tab labels it."""
    return field_label("client", key if key == "trafficking_type" else f"personal.{key}")


class GrantReportsDialog(QDialog):
    """``finished_report`` fires with the :class:`jobs.ReportOutcome` of a report made;
    ``open_case`` with a client id when Enter is pressed on a case to fix."""

    finished_report = Signal(object)
    stopped = Signal()
    open_case = Signal(str)

    def __init__(self, *, workspace: Any, choose_path: ChoosePath | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: Asks for the file (or, for HMIS, the new folder); tests replace it.
        self.choose_path: ChoosePath = choose_path or choose_output
        self.outcome: jobs.ReportOutcome | None = None
        self.ui = Ui_GrantReportsDialog()
        self.ui.setupUi(self)
        self.tasks = TaskRunner(self)
        self.cases_model = FiguresModel(self, numbers=False)
        self.ui.cases.setModel(self.cases_model)
        self.ui.cases.verticalHeader().hide()
        self.ui.cases.horizontalHeader().setStretchLastSection(True)
        self.ui.cases.installEventFilter(self)
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.setAccessibleName(self.tr("Make the report"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop making the report"))
        self.ui.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.clicked.connect(self.make_report)
        self.stop_button.clicked.connect(self.stop)
        self.setTabOrder(self.ui.outside, self.make_button)
        self._fill_choices()
        self._set_running(False)
        self._show_cases([])
        self.ui.progress.hide()

    # --- choices ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for key, text in zip(jobs.KINDS, (self.tr("VOCA quarterly (federal fiscal year)"),
                                          self.tr("OVC TIMS semi-annual"),
                                          self.tr("Data quality"),
                                          self.tr("HUD HMIS CSV export (a folder)")),
                             strict=True):
            ui.report.addItem(text, key)
        ui.funding.addItem(self.tr("All funding sources"), None)
        for source in self.workspace.funding.sources(active_only=False):
            ui.funding.addItem(str(source.name), str(source.id))
        ui.hmis_version.addItem(self.tr("FY2026 (from October 2025)"), 2026)
        ui.hmis_version.addItem(self.tr("FY2024"), 2024)
        ui.language.addItem("English", "en")
        ui.language.addItem("Español", "es")
        if QLocale().language() == QLocale.Language.Spanish:
            ui.language.setCurrentIndex(1)
        ui.file_type.addItem(self.tr("PDF"), "pdf")
        ui.file_type.addItem(self.tr("CSV (for a spreadsheet)"), "csv")
        ui.report.currentIndexChanged.connect(self._report_changed)
        ui.period.activated.connect(self._apply_period)
        self._report_changed()
        for edit in (ui.from_date, ui.to_date):
            edit.dateChanged.connect(self._dates_edited)

    def _today(self) -> date:
        today = getattr(self.workspace, "today", None)
        return today() if callable(today) else date.today()

    def _presets(self) -> list[tuple[str, tuple[date, date]]]:
        """The periods offered for the report chosen: quarters for VOCA, half-years for
        TIMS, fiscal years and quarters for the others; always "Custom" last."""
        today, kind = self._today(), self.ui.report.currentData()
        fy, quarter = periods.quarter_of(today)
        quarters = []
        for back in range(1, 5):  # the last four whole quarters, newest first
            q_fy, q = (fy, quarter - back) if quarter - back >= 1 else (fy - 1, quarter - back + 4)
            quarters.append((self.tr("FY%1 Q%2").replace("%1", str(q_fy)).replace("%2", str(q)),
                             periods.federal_quarter(q_fy, q)))
        half = periods.last_whole_tims_half(today)
        before = periods.tims_half(half[0].year - (half[0].month == 1),
                                   half[0].month == 7)
        halves = [(self._half_name(p), p) for p in (half, before)]
        years = [(self.tr("This federal fiscal year"), periods.this_fiscal_year(today)),
                 (self.tr("Last federal fiscal year"), periods.last_fiscal_year(today))]
        chosen = {"voca": quarters + years, "tims": halves + years}.get(kind, years + quarters)
        return chosen

    def _half_name(self, period: tuple[date, date]) -> str:
        start, end = period
        text = self.tr("January–June %1") if start.month == 1 else self.tr("July–December %1")
        return text.replace("%1", str(end.year))

    def _report_changed(self, *_args: object) -> None:
        kind = self.ui.report.currentData()
        self.ui.period.clear()
        for text, span in self._presets():
            self.ui.period.addItem(text, span)
        self.ui.period.addItem(self.tr("Custom"), None)
        self._apply_period()
        hmis = kind == "hmis"
        self.ui.hmis_version.setEnabled(hmis)
        for widget in (self.ui.file_type, self.ui.language):
            widget.setEnabled(not hmis)
        # The cases to fix name case numbers: the data-quality report stays inside.
        self.ui.outside.setEnabled(kind in ("voca", "tims"))
        if not self.ui.outside.isEnabled():
            self.ui.outside.setChecked(False)
        self.ui.funding.setEnabled(kind in ("voca", "tims"))

    def _apply_period(self, *_args: object) -> None:
        span = self.ui.period.currentData()
        if span is None:
            return
        for edit, day in ((self.ui.from_date, span[0]), (self.ui.to_date, span[1])):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_edited(self, *_args: object) -> None:
        """Dates typed by hand: the period says which preset they are, or "Custom"."""
        start, end = self.ui.from_date.date(), self.ui.to_date.date()
        chosen = (date(start.year(), start.month(), start.day()),
                  date(end.year(), end.month(), end.day()))
        for index in range(self.ui.period.count()):
            if self.ui.period.itemData(index) in (chosen, None):
                self.ui.period.setCurrentIndex(index)
                return

    def request(self, path: Path) -> jobs.ReportRequest:
        ui = self.ui
        start, end = ui.from_date.date(), ui.to_date.date()
        return jobs.ReportRequest(
            kind=ui.report.currentData(), path=path,
            start=date(start.year(), start.month(), start.day()),
            end=date(end.year(), end.month(), end.day()),
            funding_source_id=ui.funding.currentData(), for_outside=ui.outside.isChecked(),
            lang=ui.language.currentData(), fmt=ui.file_type.currentData(),
            hmis_fy=int(ui.hmis_version.currentData()))

    # --- making it ---------------------------------------------------------------------

    def _suggested(self) -> str:
        ui = self.ui
        kind, start, end = (ui.report.currentData(), ui.from_date.date().toString("yyyy-MM-dd"),
                            ui.to_date.date().toString("yyyy-MM-dd"))
        if kind == "hmis":
            return f"hmis-fy{ui.hmis_version.currentData()}-{start}-{end}"
        return f"{kind}-{start}-{end}.{ui.file_type.currentData()}"

    def make_report(self) -> bool:
        """Ask where, then make the report in the background."""
        hmis = self.ui.report.currentData() == "hmis"
        title = self.tr("Folder to create for the HMIS files") if hmis else self.tr(
            "Save the report")
        chosen = self.choose_path(self, title, self._suggested())
        if not chosen:
            return False
        path = Path(chosen)
        if not hmis and path.suffix.lower() != "." + self.ui.file_type.currentData():
            path = path.with_name(path.name + "." + self.ui.file_type.currentData())
        if hmis and path.exists():
            self._say(self.tr("Choose a folder name that does not exist yet: the HMIS files "
                              "go into a new folder."), error=True)
            return False
        self.outcome = None
        self._show_cases([])
        self.ui.result.clear()
        self._set_running(True)
        self.tasks.run(jobs.make_job(self.workspace, self.request(path)),
                       on_success=self._made, on_failure=self._failed,
                       on_progress=self.ui.progress.setValue, on_cancelled=self._stopped,
                       key="grant-report", blocks_close=True,
                       busy_text=self.tr("Making the report… press Stop to give up."))
        return True

    def stop(self) -> None:
        """Stop the report: nothing is written (a finished file is removed)."""
        self.tasks.cancel("grant-report")
        self._say(self.tr("Stopping…"))

    def _set_running(self, running: bool) -> None:
        self.make_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.ui.progress.setVisible(running)
        self.ui.progress.setValue(0)
        if running:
            self._say(self.tr("Making the report…"))

    def _made(self, outcome: jobs.ReportOutcome) -> None:
        self._set_running(False)
        self.outcome = outcome
        short = outcome.sha256[:12] if outcome.sha256 else "—"
        self._say(self.tr("The report is ready."))
        self.ui.result.setText(self.tr("Saved in %1 (SHA-256 %2…)").replace(
            "%1", str(outcome.path)).replace("%2", short))
        self._show_cases(outcome.cases)
        if self.ui.report.currentData() == "quality" and not outcome.cases:
            self._say(self.tr("The report is ready. No case needs fixing in this period."))
        self.finished_report.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._say(error_text(error), error=True)

    def _stopped(self) -> None:
        self._set_running(False)
        self._say(self.tr("Stopped: no file was written."))
        self.stopped.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.status.setText(text)
        self.ui.status.setProperty("styleClass", "error" if error else "hint")
        self.ui.status.style().polish(self.ui.status)

    # --- the cases to fix --------------------------------------------------------------

    def _show_cases(self, cases: list[jobs.CaseToFix]) -> None:
        self._case_ids = [c.client_id for c in cases]
        self.cases_model.set_table(Table(
            [self.tr("Case"), self.tr("What to fix")],
            [[c.case_number, ", ".join(_field_name(f) for f in c.fields)] for c in cases]))
        for widget in (self.ui.cases_label, self.ui.cases):
            widget.setVisible(bool(cases))
        self.ui.cases.resizeColumnToContents(0)

    def open_selected_case(self) -> bool:
        index = self.ui.cases.currentIndex()
        if not index.isValid() or index.row() >= len(self._case_ids):
            return False
        self.open_case.emit(self._case_ids[index.row()])
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a case opens it (and must not reach the dialog: it would make the
        # report again).
        ui = self.__dict__.get("ui")
        if (ui is not None and watched is ui.cases and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            return self.open_selected_case() or True
        return False

    def done(self, code: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(code)
