"""Paints the caseload's cells from text laid out once (``QStaticText``).

Qt's own delegate asks the model for seven roles per cell and lays each text out anew on
every paint; for the caseload's 21 rows × 8 columns that was most of an 8 ms frame. Here a
cell is one call to the model (``CaseloadModel.display``, a tuple look-up) and one
``drawStaticText`` of a text elided and laid out the first time it was shown at that
width. It looks the same as Qt's delegate (same margins, elision, colours; the test
compares the pixels); the rare cells it does not cover the same way (selected, focused,
disabled, right-to-left) are left to Qt's delegate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

if TYPE_CHECKING:
    from nap_desktop.gui.caseload_model import CaseloadModel

#: Prepared texts kept (texts × widths): a few screens' worth; then they are made again.
MAX_TEXTS = 4096
_S = QStyle.StateFlag
#: States painted by Qt's delegate; the fast path needs exactly "enabled".
_OWN = (_S.State_Selected | _S.State_HasFocus | _S.State_Enabled).value
_PLAIN = _S.State_Enabled.value


class CaseloadDelegate(QStyledItemDelegate):
    def __init__(self, model: CaseloadModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        # (text, width) → the text elided to that width and laid out, and its height.
        self._texts: dict[tuple[str, int], tuple[QStaticText, int]] = {}
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        self._margin = 0
        self._overdue = QColor(model.overdue_color)

    def forget(self) -> None:
        """The font or style changed: lay every text out again."""
        self._texts.clear()
        self._font = None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if (
            option.state.value & _OWN != _PLAIN
            or option.direction != Qt.LayoutDirection.LeftToRight
        ):
            super().paint(painter, option, index)
            return
        text, overdue = self._model.display(index.row(), index.column())
        if not text:
            return
        rect = option.rect
        if self._font is None:
            self._set_font(option)
        width = rect.width() - 2 * self._margin
        prepared = self._texts.get((text, width))
        if prepared is None:
            prepared = self._prepare(text, width)
        static, height = prepared
        palette = option.palette
        painter.setPen(self._overdue if overdue else palette.color(QPalette.ColorRole.Text))
        # Centred as Qt's delegate centres it (a half pixel rounds down the page).
        top = rect.y() + (rect.height() - height + 1) // 2
        painter.drawStaticText(rect.x() + self._margin, top, static)

    def _set_font(self, option: Any) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        # Qt's item text margin (QCommonStyle: the focus frame's margin plus one).
        self._margin = (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            if style is not None
            else 3
        )
        self._font = QFont(option.font)
        self._metrics = QFontMetrics(self._font)
        self._texts.clear()

    def _prepare(self, text: str, width: int) -> tuple[QStaticText, int]:
        assert self._metrics is not None and self._font is not None
        if len(self._texts) >= MAX_TEXTS:
            self._texts.clear()
        elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        static = QStaticText(elided)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), self._font)
        # A line's height depends on the fonts its letters come from (a fallback font for
        # Chinese names is taller): measured as Qt's delegate measures it.
        layout = QTextLayout(elided, self._font)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(width)
        layout.endLayout()
        prepared = (static, layout.boundingRect().size().toSize().height())
        self._texts[(text, width)] = prepared
        return prepared
