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

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
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
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nap_desktop.gui.caseload.model import OVERDUE_COLOR

if TYPE_CHECKING:
    from nap_desktop.gui.caseload.model import CaseloadModel

#: Prepared texts kept (texts × widths): a few screens' worth; then they are made again.
MAX_TEXTS = 4096
#: Laying out texts of rows read ahead takes at most this long at a time.
WARM_BUDGET_S = 0.004
#: Rows read ahead kept for laying out while nothing has been painted yet.
WARM_BACKLOG = 2000
_S = QStyle.StateFlag
#: States painted by Qt's delegate; the fast path needs exactly "enabled".
_OWN = (_S.State_Selected | _S.State_HasFocus | _S.State_Enabled).value
_PLAIN = _S.State_Enabled.value


def _own_font_covers(text: str) -> bool:
    """Latin (Vietnamese too), Greek, Cyrillic and the punctuation and arrows the list
    uses: letters the widget's font (DejaVu Sans, bundled) has, so no fallback font
    changes the line's height."""
    return all(
        (o := ord(ch)) < 0x0590 or 0x1E00 <= o < 0x1F00 or 0x2000 <= o < 0x2200 for ch in text
    )


class CaseloadDelegate(QStyledItemDelegate):
    def __init__(self, model: CaseloadModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        # (text, width) → the text elided to that width and laid out, and its height.
        self._texts: dict[tuple[str, int], tuple[QStaticText, int]] = {}
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        self._margin = 0
        self._overdue = QColor(OVERDUE_COLOR)
        self._text_color = QColor()
        self._rtl = parent.layoutDirection() != Qt.LayoutDirection.LeftToRight
        self._latin_height = 0  # a line of text the widget's own font covers
        # Rows read ahead (off screen) whose texts are laid out while the program is idle,
        # so that scrolling onto them paints from the cache.
        self._warm_rows: list[int] = []
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_some)

    def forget(self) -> None:
        """The font, style or direction changed: lay every text out again."""
        self._texts.clear()
        self._font = None
        parent = self.parent()
        if isinstance(parent, QWidget):
            self._rtl = parent.layoutDirection() != Qt.LayoutDirection.LeftToRight

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Called for every cell of every paint: each enum or palette look-up here costs
        # (PySide makes a Python enum of every flag it hands over), so the direction and
        # the text colour are looked up once per font or style (``forget``).
        if option.state.value & _OWN != _PLAIN or self._rtl:
            super().paint(painter, option, index)
            return
        text, overdue = self._model.display(index.row(), index.column())
        if not text:
            return
        rect = option.rect
        if self._font is None:
            self._set_font(option)
            if self._warm_rows:  # rows read ahead before anything was painted
                self._warm_timer.start()
        width = rect.width() - 2 * self._margin
        prepared = self._texts.get((text, width))
        if prepared is None:
            prepared = self._prepare(text, width)
        static, height = prepared
        painter.setPen(self._overdue if overdue else self._text_color)
        # Centred as Qt's delegate centres it (a half pixel rounds down the page).
        top = rect.y() + (rect.height() - height + 1) // 2
        painter.drawStaticText(rect.x() + self._margin, top, static)

    def warm(self, first_row: int, last_row: int) -> None:
        """These rows arrived off screen: lay their texts out when nothing else waits."""
        self._warm_rows.extend(range(first_row, last_row + 1))
        del self._warm_rows[:-WARM_BACKLOG]  # the newest: a hidden view paints nothing
        if self._font is not None:  # else the first paint sets the font up, then warms
            self._warm_timer.start()

    def _warm_some(self) -> None:
        """A few milliseconds of laying out at a time, then back to the event loop."""
        table = self.parent()
        if self._font is None:
            return  # the first paint starts it again
        if not isinstance(table, QTableView):
            self._warm_rows.clear()
            return
        deadline = time.perf_counter() + WARM_BUDGET_S
        columns = range(self._model.columnCount())
        widths = [table.columnWidth(c) - 2 * self._margin for c in columns]
        while self._warm_rows and time.perf_counter() < deadline:
            row = self._warm_rows.pop()
            if not self._model.row_held(row):
                continue
            for column, width in enumerate(widths):
                text, _overdue = self._model.display(row, column)
                if text and (text, width) not in self._texts:
                    self._prepare(text, width)
        if self._warm_rows:
            self._warm_timer.start()

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
        self._text_color = QColor(option.palette.color(QPalette.ColorRole.Text))
        self._latin_height = self._line_height("Ag", 1000)
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
        # Chinese names is taller): measured as Qt's delegate measures it, except for
        # Latin text, which the widget's own font covers (most cells).
        own = _own_font_covers(elided)
        height = self._latin_height if own else self._line_height(elided, width)
        prepared = (static, height)
        self._texts[(text, width)] = prepared
        return prepared

    def _line_height(self, text: str, width: int) -> int:
        assert self._font is not None
        layout = QTextLayout(text, self._font)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(width)
        layout.endLayout()
        return layout.boundingRect().size().toSize().height()
