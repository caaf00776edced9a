"""The caseload tab: filter bar, the windowed table and a count line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.caseload.delegate import CaseloadDelegate
from nap_desktop.gui.caseload.filters import FilterBar
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE, REFERRAL_ID_ROLE, CaseloadModel
from nap_desktop.gui.messages import error_text
from nap_desktop.services.queries import CaseloadFilter

HEADER_KEY = "caseload/header"


class CaseloadTable(QTableView):
    """Enter opens the current row, like a double-click. Tells ``rows_shown`` which rows
    are on screen whenever that changes (the model reads those first)."""

    activated_row = Signal(int)
    rows_shown = Signal(int, int)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End (with or without Ctrl) go to the first and last referral and keep
        the column: the list is read by rows, and jumping to the last column scrolled
        the case number out of sight."""
        index = super().moveCursor(action, modifiers)
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        rows = self.model().rowCount()
        if action in ends and rows:
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else rows - 1
            column = max(0, self.currentIndex().column())
            return self.model().index(row, column)
        return index

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        # Qt repaints the whole table for any range of changed rows; rows read ahead
        # arrive off screen. Assistive technology is still told about every change.
        first, last = self.rowAt(0), self.rowAt(self.viewport().height() - 1)
        if first >= 0 and (bottom_right.row() < first or (last >= 0 and top_left.row() > last)):
            delegate = self.itemDelegate()
            if isinstance(delegate, CaseloadDelegate):
                delegate.warm(top_left.row(), bottom_right.row())  # painted soon, maybe
            if not QAccessible.isActive():
                return
        super().dataChanged(top_left, bottom_right, list(roles))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.tell_rows_shown()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, CaseloadDelegate):
                delegate.forget()

    def tell_rows_shown(self) -> None:
        first = self.rowAt(0)
        if first >= 0:
            last = self.rowAt(self.viewport().height() - 1)
            self.rows_shown.emit(first, last if last >= 0 else self.model().rowCount() - 1)


class CaseloadView(QWidget):
    #: client id, referral id: the row's case, on the row's referral
    open_case = Signal(str, str)

    def __init__(self, *, model: CaseloadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        self.filters = FilterBar()
        layout.addWidget(self.filters)
        self.table = CaseloadTable()
        self.table.setModel(model)
        self.table.setItemDelegate(CaseloadDelegate(model, self.table))
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: a supervisor assigns a selection of cases at once (Edit ▸ Assign…).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100k rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)  # "last update", newest first
        self.table.setSortingEnabled(True)
        # Wide enough for the header too (Spanish headers are longer: "Última
        # actualización"), with room for the sort arrow.
        metrics = header.fontMetrics()
        self._header_widths = [
            metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            + 36
            for c in range(model.columnCount())
        ]
        for column, width in enumerate((110, 160, 270, 95, 180, 240, 130, 150)):
            self.table.setColumnWidth(column, max(width, self._header_widths[column]))
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setAccessibleName(self.tr("Number of referrals shown"))
        layout.addWidget(self.count_label)

        self.filters.filter_changed.connect(self._filter_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_row.connect(self._open_row)
        model.count_changed.connect(self._show_count)
        self.table.rows_shown.connect(model.show_rows)
        self.table.verticalScrollBar().valueChanged.connect(self.table.tell_rows_shown)
        model.modelReset.connect(self.table.tell_rows_shown)
        model.load_failed.connect(self._show_error)
        # Ctrl+F is the main window's "Find in caseload" (one owner: two made it
        # ambiguous, and Qt then ran neither).
        self.filters.search_edit.installEventFilter(self)
        self._show_count(model.rowCount())

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """In the search box: Down or Enter go to the results (the first one chosen);
        Esc clears the search."""
        # The event type first: the filter sees every event of the search box, including
        # those of a teardown after Python's collector has cleared this view's attributes.
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        filters = self.__dict__.get("filters")
        if filters is not None and watched is filters.search_edit:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_results()
                return True
            if key == Qt.Key.Key_Escape and self.filters.search_edit.text():
                self.filters.search_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """Focus the list, on its current row or else the first one."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _filter_changed(self, flt: CaseloadFilter) -> None:
        current = self.model.filter
        self.model.set_filter(replace(flt, sort=current.sort, descending=current.descending))

    def _open_index(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        client_id = self.model.data(index, CLIENT_ID_ROLE)
        if client_id:
            self.open_case.emit(client_id, self.model.data(index, REFERRAL_ID_ROLE) or "")

    def _show_count(self, count: int) -> None:
        if not self.model.count_exact:  # the first page is in; the full count is coming
            text = self.tr("%1+ referrals (counting…)")
        elif count == 0 and self._narrowed():
            text = self.tr(
                "No referrals match. Esc in the search box clears the search; "
                "“Show: All referrals” and “Any status” widen the list."
            )
        else:
            text = self.tr("1 referral") if count == 1 else self.tr("%1 referrals")
        self.count_label.setText(text.replace("%1", QLocale().toString(count)))

    def _narrowed(self) -> bool:
        """A search or filter is narrowing the list."""
        everything = CaseloadFilter()
        return replace(self.model.filter, sort=everything.sort, descending=everything.descending) \
            != everything

    def _show_error(self, error: BaseException) -> None:
        self.count_label.setText(error_text(error))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
            # Widths saved in another language (or before a wider header) never cut
            # a column's title off.
            for column, needed in enumerate(self._header_widths):
                if 0 < self.table.columnWidth(column) < needed:
                    self.table.setColumnWidth(column, needed)
