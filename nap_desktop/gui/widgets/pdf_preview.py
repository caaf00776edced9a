"""A PDF shown from memory in a ``QPdfView``: the bytes go into a ``QBuffer``, never a
temporary file (a document may hold survivor details); and printed the same way, its
pages rendered in memory and painted on the printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


class PdfPreview(QObject):
    """Owns the document and buffer behind ``view``; :meth:`show` replaces what it shows,
    :meth:`clear` empties it (and the buffer's copy of the bytes)."""

    def __init__(self, view: QPdfView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def show(self, pdf: bytes) -> None:
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer = None


#: Print at most this resolution: pages are rendered to images first.
PRINT_DPI = 300


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Send every page of ``pdf`` to ``printer``; returns the number of pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        return 0
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages
