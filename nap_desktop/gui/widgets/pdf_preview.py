"""A PDF shown from memory in a ``QPdfView``: the bytes go into a ``QBuffer``, never a
temporary file (a document may hold survivor details)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView


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
