"""Print… of the Insights tab: each chart with its numbers, one chart to a page, drawn
with QPainter on the printer (a PDF file when the person chooses "Print to PDF")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtPrintSupport import QPrinter

from nap_desktop.gui.insights.panel import ChartPanel


def print_panels(printer: QPrinter, panels: Sequence[ChartPanel], heading: str) -> bool:
    """Every panel on a page of its own: heading, title, chart, then its table."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for i, panel in enumerate(panels):
            if i:
                printer.newPage()
            _page(painter, printer, panel, heading)
    finally:
        painter.end()
    return True


def _page(painter: QPainter, printer: QPrinter, panel: ChartPanel, heading: str) -> None:
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    width, y = float(page.width()), 0.0
    scale = printer.resolution() / 72.0  # points to device pixels
    y = _text(painter, heading, QRectF(0, y, width, 0), 9, scale)
    y = _text(painter, panel.title.text().replace("&", ""), QRectF(0, y, width, 0), 14,
              scale, bold=True)
    y = _text(painter, panel.summary.text(), QRectF(0, y, width, 0), 9, scale)
    chart_height = min(page.height() * 0.45, width * 0.6)
    panel.view.render(painter, QRectF(0, y, width, chart_height))
    y += chart_height + 12 * scale
    _table(painter, panel, QRectF(0, y, width, page.height() - y), scale)


def _text(painter: QPainter, text: str, rect: QRectF, points: float, scale: float,
          *, bold: bool = False) -> float:
    """Draw wrapped text at the top of ``rect``; returns the y below it."""
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    painter.setFont(font)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    bounds = painter.boundingRect(QRectF(rect.x(), rect.y(), rect.width(), 10_000), flags, text)
    painter.drawText(bounds, flags, text)
    return bounds.bottom() + 4 * scale


def _table(painter: QPainter, panel: ChartPanel, rect: QRectF, scale: float) -> None:
    """The numbers, as rows of text in columns (the first column is wider)."""
    table = panel.table_data()
    if not table.headers:
        return
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    line = QFontMetricsF(font, painter.device()).height() * 1.3
    first = rect.width() * 0.34
    rest = (rect.width() - first) / max(1, len(table.headers) - 1)
    y = rect.y()
    for n, row in enumerate([table.headers, *table.rows]):
        if y + line > rect.bottom():
            break  # a chart's table that does not fit ends on its page
        font.setBold(n == 0)
        painter.setFont(font)
        x = rect.x()
        for i, cell in enumerate(row):
            cell_width = first if i == 0 else rest
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(x, y, cell_width - 4 * scale, line),
                             int(align | Qt.AlignmentFlag.AlignVCenter), cell)
            x += cell_width
        y += line
