"""One chart of the Insights tab with its numbers in a table beside it. The table is what
a screen reader reads (it takes Tab focus; its title's Alt+letter reaches it); the chart
has an accessible name and a description that says what it shows."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.insights.charts import Figure
from nap_desktop.gui.insights.table_model import FiguresModel, Table


class ChartPanel(QFrame):
    """``title`` carries the access key ("Services by &category") that reaches the table."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"insights_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("styleClass", "hint")
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(420, 300)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table holds the same numbers
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName(f"{key}_table")
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next chart's table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Widths are measured once per figure (_fit_columns): ResizeToContents would ask
        # the model for every cell's every role on each layout.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.title.setBuddy(self.table)
        body = QHBoxLayout()
        body.addWidget(self.view, 5)
        body.addWidget(self.table, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(body)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        plain = title.replace("&", "")
        self.view.setAccessibleName(self.tr("Chart: %1").replace("%1", plain))
        self.table.setAccessibleName(self.tr("Numbers of the chart: %1").replace("%1", plain))

    def show_figure(self, figure: Figure) -> None:
        """Show a new chart and its numbers (the old chart is freed)."""
        old = self.view.chart()
        self.view.setChart(figure.chart)
        if old is not None and old is not figure.chart:
            old.deleteLater()
        self.model.set_table(figure.table)
        self._fit_columns(figure.table)
        self.summary.setText(figure.description)
        self.view.setAccessibleDescription(
            figure.description + " " + self.tr("The table beside it holds the same numbers."))

    def _fit_columns(self, table: Table) -> None:
        metrics = self.table.fontMetrics()
        bold = self.table.horizontalHeader().fontMetrics()  # headers are drawn bold
        for column, header in enumerate(table.headers):
            cells = [row[column] for row in table.rows if column < len(row)]
            widest = max([bold.horizontalAdvance(header) + 8,
                          *(metrics.horizontalAdvance(text) for text in cells)])
            self.table.setColumnWidth(column, min(widest + 24, 320))

    def clear(self) -> None:
        """Forget the figures (the vault locked)."""
        old = self.view.chart()
        self.view.setChart(QChart())
        if old is not None:
            old.deleteLater()
        self.model.set_table(Table())
        self.summary.clear()
        self.view.setAccessibleDescription("")

    def table_data(self) -> Table:
        return self.model.table
