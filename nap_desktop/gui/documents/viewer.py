"""The document viewer: a PDF's pages rendered from memory through Qt PDF (the bytes in a
``QBuffer``, never a temporary file), a photo or scan shown from a ``QImage`` made from
the bytes; zoom, pages, and printing through Qt. Nothing here writes a file.

Keys: Page Up / Page Down turn pages, Ctrl+Home / Ctrl+End go to the first and last,
Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the page to the window, Ctrl+P prints, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.widgets.common import error_label, hint_label
from nap_desktop.gui.widgets.pdf_preview import PdfPreview, ask_printer, print_pdf

PDF = "application/pdf"
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class ImagePane(QScrollArea):
    """One image at a zoom factor (1.0 = its own pixels), or fitted to the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.zoom = 1.0
        self.fitted = True
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.fit()

    def fit_factor(self) -> float:
        if self.image.isNull():
            return 1.0
        room = self.viewport().size()
        return min(room.width() / self.image.width(), room.height() / self.image.height())

    def fit(self) -> None:
        self.fitted = True
        self._render(self.fit_factor())

    def set_zoom(self, factor: float) -> None:
        self.fitted = False
        self._render(factor)

    def _render(self, factor: float) -> None:
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        if self.image.isNull():
            self.label.clear()
            return
        size = QSize(max(1, round(self.image.width() * self.zoom)),
                     max(1, round(self.image.height() * self.zoom)))
        self.label.setPixmap(QPixmap.fromImage(self.image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)))
        self.label.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self._render(self.fit_factor())

    def clear(self) -> None:
        self.image = QImage()
        self.label.clear()


def print_image(image: QImage, printer: QPrinter) -> int:
    """Paint ``image`` on one page of ``printer``, as large as fits; 1 if printed."""
    painter = QPainter()
    if image.isNull() or not painter.begin(printer):
        return 0
    try:
        target = painter.viewport()
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(target.x(), target.y(), image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
    return 1


class DocumentViewer(QDialog):
    """Shows one document's bytes (non-modal: the case stays usable beside it). Tests
    replace ``ask_printer`` (or call :meth:`print_to` with a printer of their own)."""

    def __init__(self, *, title: str, media_type: str, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.media_type = media_type
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = ask_printer
        self._data = data
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("Document pages"))
        self.preview = PdfPreview(self.pdf_view, self)
        self.image_pane = ImagePane()
        self.image_pane.setAccessibleName(self.tr("Document image"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(self.image_pane)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.error = error_label()
        self._build_buttons()
        self._build_layout()
        self._load(data)
        self._update_pages()

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object],
                keys: tuple[str, ...] = ()) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        for key in keys:
            QShortcut(QKeySequence(key), self, slot)
        if keys:
            native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(native)
        return button

    def _build_buttons(self) -> None:
        tr = self.tr
        self.previous_button = self._button(tr("P&revious page"), tr("Previous page"),
                                            self.previous_page, ("PgUp",))
        self.next_button = self._button(tr("&Next page"), tr("Next page"), self.next_page,
                                        ("PgDown",))
        QShortcut(QKeySequence("Ctrl+Home"), self, lambda: self.go_to(0))
        QShortcut(QKeySequence("Ctrl+End"), self, lambda: self.go_to(self.page_count() - 1))
        self.zoom_out_button = self._button(tr("Zoom &out"), tr("Zoom out"), self.zoom_out,
                                            ("Ctrl+-",))
        self.zoom_in_button = self._button(tr("Zoom &in"), tr("Zoom in"), self.zoom_in,
                                           ("Ctrl++", "Ctrl+="))
        self.fit_button = self._button(tr("&Fit"), tr("Fit the page to the window"), self.fit,
                                       ("Ctrl+0",))
        self.print_button = self._button(tr("&Print…"), tr("Print this document"),
                                         self.print_document, ("Ctrl+P",))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        hint = hint_label(self.tr("Shown from the encrypted vault: no copy is written to disk."))
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.resize(900, 1000)

    # --- content ----------------------------------------------------------------------------

    def is_pdf(self) -> bool:
        return self.media_type == PDF

    def _load(self, data: bytes) -> None:
        if self.is_pdf():
            self.preview.show(data)
            self.stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.pageNavigator().currentPageChanged.connect(self._update_pages)
            ok = self.preview.page_count() > 0
        else:
            image = QImage.fromData(data)
            self.image_pane.set_image(image)
            self.stack.setCurrentWidget(self.image_pane)
            ok = not image.isNull()
        if not ok:
            self.error.setText(self.tr("This document could not be shown: its file is damaged "
                                       "or of a kind this program cannot display."))
            self.error.setVisible(True)
        self.print_button.setEnabled(ok)

    def page_count(self) -> int:
        return self.preview.page_count() if self.is_pdf() else 1

    def current_page(self) -> int:
        return int(self.pdf_view.pageNavigator().currentPage()) if self.is_pdf() else 0

    def _update_pages(self, *_args: object) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(count)))
        self.page_label.setVisible(self.is_pdf())
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def go_to(self, page: int) -> None:
        if not self.is_pdf() or not 0 <= page < self.page_count():
            return
        navigator = self.pdf_view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_pages()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    # --- zoom ------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The scale shown now (1.0: a PDF page at its printed size, an image's own pixels)."""
        if not self.is_pdf():
            return self.image_pane.zoom
        view = self.pdf_view
        if view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(view.zoomFactor())
        points = self.preview.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return 1.0
        return view.viewport().width() / (points.width() * view.logicalDpiX() / 72)

    def set_zoom(self, factor: float) -> None:
        factor = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        if self.is_pdf():
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(factor)
        else:
            self.image_pane.set_zoom(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit(self) -> None:
        """The whole width of the page (a PDF) or the whole image in the window."""
        if self.is_pdf():
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.image_pane.fit()

    # --- printing ----------------------------------------------------------------------------

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(self, printer):
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Pages rendered in memory and painted on ``printer`` (no file of ours)."""
        if self.is_pdf():
            printed = print_pdf(self._data, printer)
        else:
            printed = print_image(self.image_pane.image, printer)
        if not printed:
            self.error.setText(self.tr("The printer could not be started."))
            self.error.setVisible(True)
        return printed > 0

    def done(self, code: int) -> None:
        """Closing forgets the bytes (the buffer's copy too)."""
        self.preview.clear()
        self.image_pane.clear()
        self._data = b""
        super().done(code)
