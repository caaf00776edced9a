"""The caseload table: one source model over SQL pages, never the whole list in memory.

Sorting, filtering and search happen in SQL (``CaseloadFilter``); the model keeps an LRU
cache of a few pages keyed by page number, so scrolling to row 99,999 fetches one page and
the list never holds more than ``max_pages * page_size`` rows (see shared/perf-notes.md).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.gui.labels import due_label, label, services_text
from nap_desktop.services.queries import CaseloadFilter

Index = QModelIndex | QPersistentModelIndex
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    "case_number",
    "client",
    "partner",
    "status",
    "services",
    "next_due",
    "updated",
    "assigned",
)
#: The SQL sort key behind each column (``QueryService.SORT_KEYS``); None: not sortable.
SORT_KEY_BY_COLUMN: dict[int, str | None] = {
    0: "case_number",
    1: "client",
    2: "partner",
    3: "status",
    4: None,
    5: "next_due",
    6: "updated",
    7: "assigned",
}


class CaseloadSource(Protocol):
    """What the model needs from ``QueryService`` (a fake in tests is fine)."""

    def caseload_page(
        self, flt: CaseloadFilter, *, offset: int = 0, limit: int = 200
    ) -> list[CaseloadRow]: ...

    def caseload_count(self, flt: CaseloadFilter) -> int: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


def masked_text() -> str:
    return tr("•••• masked")


def local_time(moment: datetime) -> str:
    """A stored UTC time as a short local date and time."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class CaseloadModel(QAbstractTableModel):
    """Rows of ``QueryService.caseload_page``; ``set_filter`` resets the model."""

    #: Emitted after every reset with the new row count (for the "N referrals" label).
    count_changed = Signal(int)

    def __init__(
        self,
        *,
        source: CaseloadSource | None,
        discreet: bool = True,
        today: Any = None,
        page_size: int = 200,
        max_pages: int = 6,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._discreet = discreet
        self._today = today  # callable returning a date; None → date.today
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = CaseloadFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseloadRow]] = OrderedDict()
        self.fetches = 0  # pages fetched since creation (for tests and the bench)
        self._reload()

    # --- public API ----------------------------------------------------------------

    @property
    def filter(self) -> CaseloadFilter:
        return self._filter

    @property
    def discreet(self) -> bool:
        return self._discreet

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def set_filter(self, flt: CaseloadFilter) -> None:
        self._filter = flt
        self._reset()

    def set_source(self, source: CaseloadSource | None) -> None:
        """A new workspace after unlocking (None while locked: the model is empty)."""
        self._source = source
        self._reset()

    def clear(self) -> None:
        """Forget every row (on lock). The model shows nothing until a source is set."""
        self.set_source(None)

    def refresh(self) -> None:
        """Re-read the current query (after a save elsewhere)."""
        self._reset()

    def set_discreet(self, discreet: bool) -> None:
        if discreet == self._discreet:
            return
        self._discreet = discreet
        if self._count:
            self.dataChanged.emit(self.index(0, 1), self.index(self._count - 1, 1))

    def row_at(self, row: int) -> CaseloadRow | None:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self._page_size)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    # --- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, COLUMNS[index.column()])
        if role == CLIENT_ID_ROLE:
            return row.client_id
        if role == REFERRAL_ID_ROLE:
            return row.referral_id
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and COLUMNS[index.column()] == "next_due"
            and row.next_due is not None
            and row.next_due < self._today_date()
        ):
            return QBrush(QColor("#b3261e"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_BY_COLUMN.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self.set_filter(replace(self._filter, sort=key, descending=descending))

    # --- internals -------------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (
            tr("Case"),
            tr("Client"),
            tr("Direction and partner"),
            tr("Status"),
            tr("Services requested"),
            tr("Next due"),
            tr("Last update"),
            tr("Assigned to"),
        )

    def _text(self, row: CaseloadRow, column: str) -> str:
        if column == "case_number":
            return row.case_number
        if column == "client":
            return masked_text() if self._discreet else row.client_name
        if column == "partner":
            return f"{label(row.direction)} · {row.partner_name}"
        if column == "status":
            return label(row.status)
        if column == "services":
            return services_text(row.services)
        if column == "next_due":
            if row.next_due is None:
                return ""
            return f"{row.next_due.isoformat()} — {due_label(row.next_due_label)}"
        if column == "updated":
            return local_time(row.updated_at)
        return row.assigned_user

    def _today_date(self) -> Any:
        if self._today is not None:
            return self._today()
        return datetime.now().date()

    def _reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()
        self.count_changed.emit(self._count)

    def _reload(self) -> None:
        self._pages.clear()
        self._count = 0 if self._source is None else self._source.caseload_count(self._filter)

    def _page(self, page_no: int) -> list[CaseloadRow]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        if self._source is None:
            return []
        page = self._source.caseload_page(
            self._filter, offset=page_no * self._page_size, limit=self._page_size
        )
        self.fetches += 1
        self._pages[page_no] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page
