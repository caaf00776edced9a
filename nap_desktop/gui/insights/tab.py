"""The Insights tab: a period, then six charts of the agency's figures, each with its
numbers in a table beside it; Print… puts them on paper. The figures are read off the GUI
thread (TaskRunner), in one snapshot; nothing here ever holds a survivor's name (the
service returns counts and sums only), in discreet mode or not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.insights import charts, periods
from nap_desktop.gui.insights.panel import ChartPanel
from nap_desktop.gui.insights.printing import print_panels
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.gui.widgets.pdf_preview import ask_printer
from nap_desktop.services.insights import InsightsOverview
from nap_desktop.services.workspace import Workspace

PRESETS = ("this_fy", "last_fy", "last_12", "custom")


def _titles(tab: QWidget) -> dict[str, str]:
    """The six charts' titles; each access key reaches that chart's table."""
    return {
        "services": tab.tr("Services by &category per month"),
        "clients": tab.tr("New and continuing c&lients per month"),
        "outcomes": tab.tr("Referral outcome&s"),
        "move_in": tab.tr("Days from project start to move-&in"),
        "restitution": tab.tr("Restitution: or&dered, collected, disbursed"),
        "caseload": tab.tr("Open cases per &worker"),
    }


class InsightsTab(QWidget):
    """``refreshed`` fires once the charts show the figures of a read (tests wait on it)."""

    refreshed = Signal()

    def __init__(self, *, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.overview: InsightsOverview | None = None
        #: Asks where to print (tests replace it to print to a PDF file).
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = ask_printer
        self.tasks = TaskRunner(self)
        self._build()
        self._retranslate()
        self.period.setCurrentIndex(PRESETS.index("last_12"))  # twelve bars to compare
        self._apply_preset()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.period_label, self.period = QLabel(), QComboBox()
        self.from_label, self.from_date = QLabel(), QDateEdit()
        self.to_label, self.to_date = QLabel(), QDateEdit()
        for label, field in ((self.period_label, self.period), (self.from_label, self.from_date),
                             (self.to_label, self.to_date)):
            label.setBuddy(field)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        self.update_button, self.print_button = QPushButton(), QPushButton()
        self.status = QLabel()
        self.status.setProperty("styleClass", "hint")
        bar = QHBoxLayout()
        for widget in (self.period_label, self.period, self.from_label, self.from_date,
                       self.to_label, self.to_date, self.update_button, self.print_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        self.panels = {key: ChartPanel(key, title) for key, title in _titles(self).items()}
        page = QWidget()
        column = QVBoxLayout(page)
        for panel in self.panels.values():
            column.addWidget(panel)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        self.period.activated.connect(lambda _i: self._apply_preset(refresh=True))
        self.update_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_charts)
        self.print_button.setEnabled(False)

    def _retranslate(self) -> None:
        """Every text, in the language now loaded (also on a language change)."""
        chosen = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for key, text in zip(PRESETS, (self.tr("This federal fiscal year"),
                                       self.tr("Last federal fiscal year"),
                                       self.tr("Last 12 months"), self.tr("Custom")),
                             strict=True):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(max(chosen, 0))
        self.period.blockSignals(False)
        self.period_label.setText(self.tr("&Period:"))
        self.from_label.setText(self.tr("Fro&m:"))
        self.to_label.setText(self.tr("T&o:"))
        self.update_button.setText(self.tr("&Update"))
        self.print_button.setText(self.tr("Pri&nt…"))
        self.period.setAccessibleName(self.tr("Period of the charts"))
        self.from_date.setAccessibleName(self.tr("First day of the period"))
        self.to_date.setAccessibleName(self.tr("Last day of the period"))
        self.update_button.setAccessibleName(self.tr("Update the charts"))
        self.print_button.setAccessibleName(self.tr("Print the charts and their numbers"))
        self.scroller.setAccessibleName(self.tr("Charts"))
        for key, title in _titles(self).items():
            self.panels[key].set_title(title)
        if self.overview is not None:
            self._show(self.overview)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- the period --------------------------------------------------------------------

    def _today(self) -> date:
        return self.workspace.today() if self.workspace is not None else date.today()

    def _apply_preset(self, *, refresh: bool = False) -> None:
        key, today = self.period.currentData(), self._today()
        chosen = {"this_fy": periods.this_fiscal_year, "last_fy": periods.last_fiscal_year,
                  "last_12": periods.last_twelve_months}.get(key)
        if chosen is not None:
            start, end = chosen(today)
            for edit, day in ((self.from_date, start), (self.to_date, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        if refresh:
            self.refresh()

    def _dates_edited(self, *_args: object) -> None:
        self.period.setCurrentIndex(PRESETS.index("custom"))
        self.update_button.setDefault(True)

    def period_dates(self) -> tuple[date, date]:
        start, end = self.from_date.date(), self.to_date.date()
        return (date(start.year(), start.month(), start.day()),
                date(end.year(), end.month(), end.day()))

    def set_period(self, start: date, end: date) -> None:
        """A custom period (tests, and a person typing dates)."""
        self.from_date.setDate(QDate(start.year, start.month, start.day))
        self.to_date.setDate(QDate(end.year, end.month, end.day))

    # --- reading and showing -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures of the period off the GUI thread (a newer read drops an older)."""
        if self.workspace is None:
            return  # locked: never a query
        insights, (start, end) = self.workspace.insights, self.period_dates()

        def read(task: TaskControl) -> InsightsOverview:  # a worker thread: no widgets
            return insights.overview(start, end, progress=lambda done, _n: task.progress(done),
                                     cancel=task.cancelled)

        self.status.setText(self.tr("Reading the figures…"))
        self.tasks.run(read, on_success=self._show, on_failure=self._failed, key="insights")

    def _show(self, overview: InsightsOverview) -> None:
        self.overview = overview
        builders: dict[str, Callable[[Any], charts.Figure]] = {
            "services": charts.services_figure, "clients": charts.clients_figure,
            "outcomes": charts.outcomes_figure, "move_in": charts.move_in_figure,
            "restitution": charts.restitution_figure, "caseload": charts.caseload_figure,
        }
        data = {"services": overview.services, "clients": overview.clients,
                "outcomes": overview.outcomes, "move_in": overview.move_in,
                "restitution": overview.restitution, "caseload": overview.caseload}
        for key, build in builders.items():
            self.panels[key].show_figure(build(data[key]))
        self.status.setText(self.tr("%1 to %2").replace("%1", overview.start.isoformat())
                            .replace("%2", overview.end.isoformat()))
        self.print_button.setEnabled(True)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def clear(self) -> None:
        """The vault locked: stop reading, forget every figure."""
        self.tasks.cancel()
        self.workspace = None
        self.overview = None
        for panel in self.panels.values():
            panel.clear()
        self.status.clear()
        self.print_button.setEnabled(False)

    # --- printing ------------------------------------------------------------------------

    def print_charts(self) -> bool:
        """Print… : every chart with its table, one to a page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.overview is None or not self.ask_printer(self, printer):
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        heading = self.tr("Insights, %1 to %2").replace(
            "%1", self.from_date.date().toString("yyyy-MM-dd")).replace(
            "%2", self.to_date.date().toString("yyyy-MM-dd"))
        return print_panels(printer, list(self.panels.values()), heading)
