"""The caseload table: one source model over SQL pages, never the whole list in memory.

Sorting, filtering and search happen in SQL (``CaseloadFilter``, services/caseload_queries)
and off the GUI thread (``caseload_loader``). The model holds the keys of every match (one
integer each) and an LRU cache of a few pages of rows keyed by page number, so scrolling to
row 99,999 fetches one page and the list never holds more than ``max_pages * page_size``
rows (see shared/perf-notes.md and docs/benchmarks.md).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
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
from nap_desktop.gui.caseload_loader import QueryRunner
from nap_desktop.gui.labels import due_label, label, services_text
from nap_desktop.services.queries import (
    Cancellation,
    CaseloadFilter,
    CaseloadWindow,
    QueryCancelled,
)

Index = QModelIndex | QPersistentModelIndex
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_ROLES = _TEXT_ROLES | {
    int(Qt.ItemDataRole.ForegroundRole),
    int(CLIENT_ID_ROLE),
    int(REFERRAL_ID_ROLE),
}

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
    """What the model needs from ``QueryService`` (a fake in tests is fine). Every method
    may run on a pool thread."""

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow: ...

    def caseload_keys(
        self, flt: CaseloadFilter, *, cancel: Cancellation | None = None
    ) -> Sequence[int]: ...

    def caseload_rows(
        self, keys: Sequence[int], *, cancel: Cancellation | None = None
    ) -> list[CaseloadRow | None]: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


def masked_text() -> str:
    return tr("•••• masked")


def local_time(moment: datetime) -> str:
    """A stored UTC time as a short local date and time."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class CaseloadModel(QAbstractTableModel):
    """The caseload as the view sees it: a window of rows over a query run in SQL.

    A new query (``set_filter``, ``sort``, ``refresh``) runs on the loader's threads; its
    first rows replace the model's rows when they arrive (``loaded``), unless a newer
    query has started since. When the first rows did not come with every match's key, the
    keys are found next, in the background, and the missing rows are inserted at once
    (``settled``; until then ``count_exact`` is False and the row count is only the first
    page). With the keys, any page is a look-up of 50 keys; pages are kept in a small LRU
    cache and the neighbours of the page in view are fetched ahead.
    """

    #: The number of rows changed (a new query's first rows, or its full count arriving).
    count_changed = Signal(int)
    #: The current query's first rows are in the model.
    loaded = Signal()
    #: The current query's full count is known (``count_exact``).
    settled = Signal()
    #: The current query failed (the error is for ``messages.error_text``).
    load_failed = Signal(object)

    def __init__(
        self,
        *,
        source: CaseloadSource | None,
        discreet: bool = True,
        today: Any = None,
        page_size: int = 50,
        max_pages: int = 32,
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
        self._exact = True
        self._keys: Sequence[int] | None = None
        self._first_keys: list[int] = []
        self._pages: OrderedDict[int, list[CaseloadRow | None]] = OrderedDict()
        # The cells' texts, made once per row on first paint (a page holds its rows').
        self._texts: dict[int, list[tuple[str, ...] | None]] = {}
        self._last_page = -1  # the page read last (prefetch follows the direction)
        self._prefetching: set[int] = set()
        self._generation = 0
        self._shown = 0  # the generation whose rows the model holds
        self._cancel: Cancellation | None = None
        self.loader = QueryRunner(self)
        self.fetches = 0  # pages fetched since creation (for tests and the bench)
        self._start(wait=True)

    # --- public API ----------------------------------------------------------------

    @property
    def filter(self) -> CaseloadFilter:
        return self._filter

    @property
    def discreet(self) -> bool:
        return self._discreet

    @property
    def count_exact(self) -> bool:
        """False while the full count of the current query is still being found."""
        return self._exact

    @property
    def generation(self) -> int:
        """Grows with every new query (a result for an older one is dropped)."""
        return self._generation

    @property
    def busy(self) -> bool:
        """The newest query's rows or full count are still coming."""
        return self._shown != self._generation or not self._exact

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def set_filter(self, flt: CaseloadFilter) -> None:
        """Run a new query in the background (rows change when it answers)."""
        self._filter = flt
        self._start(wait=False)

    def set_source(self, source: CaseloadSource | None) -> None:
        """A new workspace after unlocking (None while locked: the model is empty). The
        first rows are read at once: the window shows them when it appears."""
        self._source = source
        self._start(wait=True)

    def clear(self) -> None:
        """Forget every row (on lock). The model shows nothing until a source is set."""
        self.set_source(None)

    def refresh(self) -> None:
        """Re-read the current query (after a save elsewhere), in the background."""
        self._start(wait=False)

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks every cell for about eight roles: answer the ones we never set
        # before looking anything up.
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role in _TEXT_ROLES:
            texts = self._texts_at(index.row())
            if texts is None or column >= len(COLUMNS):
                return None
            if column == 1 and self._discreet:
                return masked_text()
            return texts[column]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == CLIENT_ID_ROLE:
            return row.client_id
        if role == REFERRAL_ID_ROLE:
            return row.referral_id
        if column == 5 and row.next_due is not None and row.next_due < self._today_date():
            return QBrush(QColor("#b3261e"))  # ForegroundRole: overdue
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

    def _texts_at(self, row_no: int) -> tuple[str, ...] | None:
        row = self.row_at(row_no)
        if row is None:
            return None
        page_no, offset = divmod(row_no, self._page_size)
        texts = self._texts.setdefault(page_no, [None] * len(self._pages[page_no]))
        cell = texts[offset]
        if cell is None:
            cell = texts[offset] = tuple(self._text(row, c) for c in COLUMNS)
        return cell

    def _text(self, row: CaseloadRow, column: str) -> str:
        if column == "case_number":
            return row.case_number
        if column == "client":  # masked in data() while discreet
            # A blank name: the sending agency had no release to share it.
            return row.client_name or self.tr("(name not shared)")
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

    # --- queries -----------------------------------------------------------------------

    def _start(self, *, wait: bool) -> None:
        """A new generation: cancel the running query, then read the first rows (at once
        with ``wait``, else on the loader)."""
        self._generation += 1
        generation = self._generation
        if self._cancel is not None:
            self._cancel.cancel()
        self._cancel = cancel = Cancellation()
        source, flt, size = self._source, self._filter, self._page_size
        if source is None:
            self._apply_first(generation, None)
            return
        if not wait:
            self.loader.submit(
                generation,
                lambda: source.caseload_first(flt, limit=size, cancel=cancel),
                self._apply_first,
                self._failed,
            )
            return
        try:
            window = source.caseload_first(flt, limit=size, cancel=cancel)
        except QueryCancelled:
            return
        except Exception as error:  # shown by the view; the model stays empty
            self._apply_first(generation, None)
            self._failed(generation, error)
            return
        self._apply_first(generation, window)

    def _apply_first(self, generation: int, window: CaseloadWindow | None) -> None:
        if generation != self._generation:
            return  # an older query answered late: a newer one owns the model
        self._shown = generation
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        self._prefetching.clear()
        self._last_page = -1
        rows = [] if window is None else window.rows
        self._first_keys = [] if window is None else window.row_keys
        self._keys = [] if window is None else window.keys
        if rows:
            self._pages[0] = list(rows)
        self._exact = self._keys is not None
        self._count = len(self._keys) if self._keys is not None else len(rows)
        self.endResetModel()
        self.count_changed.emit(self._count)
        self.loaded.emit()
        if self._exact:
            self.settled.emit()
            self._prefetch(1)
            return
        source, flt, cancel = self._source, self._filter, self._cancel
        assert source is not None and cancel is not None
        self.loader.submit(
            generation,
            lambda: source.caseload_keys(flt, cancel=cancel),
            self._apply_keys,
            self._failed,
        )

    def _apply_keys(self, generation: int, keys: Sequence[int]) -> None:
        if generation != self._generation:
            return
        if list(keys[: len(self._first_keys)]) != self._first_keys:
            # Something was saved between the first rows and the count: start over from
            # the keys, so that every row is where the count says it is.
            self.beginResetModel()
            self._pages.clear()
            self._texts.clear()
            self._keys, self._count, self._exact = keys, len(keys), True
            self.endResetModel()
        else:
            self._keys, self._exact = keys, True
            if len(keys) > self._count:
                self.beginInsertRows(QModelIndex(), self._count, len(keys) - 1)
                self._count = len(keys)
                self.endInsertRows()
        self.count_changed.emit(self._count)
        self.settled.emit()
        self._prefetch(1)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.load_failed.emit(error)

    # --- pages ----------------------------------------------------------------------

    def _page(self, page_no: int) -> list[CaseloadRow | None]:
        page = self._pages.get(page_no)
        if page is not None:
            if page_no != self._last_page:
                self._pages.move_to_end(page_no)
                if abs(page_no - self._last_page) == 1:  # reading on: keep ahead
                    self._prefetch(page_no + (page_no - self._last_page))
                self._last_page = page_no
            return page
        keys = self._page_keys(page_no)
        if not keys or self._source is None:
            return []
        try:  # 50 look-ups by key: a few milliseconds, anywhere in the list
            page = self._source.caseload_rows(keys)
        except Exception as error:
            self._failed(self._generation, error)
            return []
        self.fetches += 1
        self._store(page_no, page)
        # Reading on from the page before (or back from the one after): fetch the next
        # one in that direction ahead. A jump across the list prefetches nothing.
        if abs(page_no - self._last_page) == 1:
            self._prefetch(page_no + (page_no - self._last_page))
        self._last_page = page_no
        return page

    def _page_keys(self, page_no: int) -> list[int]:
        if self._keys is None or page_no < 0:
            return []
        start = page_no * self._page_size
        return list(self._keys[start : start + self._page_size])

    def _store(self, page_no: int, page: list[CaseloadRow | None]) -> None:
        self._pages[page_no] = page
        self._texts.pop(page_no, None)
        self._pages.move_to_end(page_no)
        while len(self._pages) > self._max_pages:
            gone, _rows = self._pages.popitem(last=False)
            self._texts.pop(gone, None)

    def _prefetch(self, page_no: int) -> None:
        """Fetch a neighbouring page in the background, so scrolling finds it ready."""
        keys = self._page_keys(page_no)
        source = self._source
        if not keys or source is None or page_no in self._pages or page_no in self._prefetching:
            return
        self._prefetching.add(page_no)
        generation, cancel = self._generation, self._cancel

        def done(gen: int, page: list[CaseloadRow | None]) -> None:
            self._prefetching.discard(page_no)
            if gen == self._generation and page_no not in self._pages:
                self.fetches += 1
                self._store(page_no, page)
                self._pages.move_to_end(page_no, last=False)  # first to go if unused

        def failed(_gen: int, _error: BaseException) -> None:
            self._prefetching.discard(page_no)  # a page read later will report it

        self.loader.submit(
            generation, lambda: source.caseload_rows(keys, cancel=cancel), done, failed
        )
