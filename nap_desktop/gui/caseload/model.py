"""The caseload table: one source model over SQL pages, never the whole list in memory.

Sorting, filtering and search happen in SQL (``CaseloadFilter``, services/caseload_queries)
and off the GUI thread (``caseload_loader``). The model holds the keys of every match (one
integer each) and an LRU cache of a few pages of rows keyed by page number, so the list
never holds more than ``max_pages * page_size`` rows (see shared/perf-notes.md and
docs/benchmarks.md).

Painting never waits for the vault: a row whose page is not held shows a calm placeholder
("…" in the case column) while its page is read on the loader's thread
(``caseload_pages`` decides which pages, newest screen first); when it arrives, exactly its
rows change. Each row's cell texts are made once, on that thread (``cells``), so answering
the view is a tuple look-up.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.gui.caseload.cells import (
    COLUMNS,
    GONE,
    READING,
    CaseloadSource,
    Cell,
    masked_text,
    read_first,
    read_pages,
    tr,
)
from nap_desktop.gui.caseload.loader import QueryRunner
from nap_desktop.gui.caseload.pages import PageWindow
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

#: Overdue next-due dates are painted in this colour.
OVERDUE_COLOR = "#b3261e"
#: How many pages past the screen are read ahead in the direction of scrolling.
AHEAD_PAGES = 2

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


class CaseloadModel(QAbstractTableModel):
    """The caseload as the view sees it: a window of rows over a query run in SQL.

    A new query (``set_filter``, ``sort``, ``refresh``) runs on the loader's threads; its
    first rows replace the model's rows when they arrive (``loaded``), unless a newer
    query has started since. When the first rows did not come with every match's key, the
    keys are found next, in the background, and the missing rows are inserted at once
    (``settled``; until then ``count_exact`` is False and the row count is only the first
    page). With the keys, any page is a look-up of 50 keys on the loader's thread; until
    it lands its rows read as placeholders (``row_held`` is False). The view says which
    rows are on screen (``show_rows``), so that those are read first and the next ones
    in the direction of scrolling after them.
    """

    #: The number of rows changed (a new query's first rows, or its full count arriving).
    count_changed = Signal(int)
    #: The current query's first rows are in the model.
    loaded = Signal()
    #: The current query's full count is known (``count_exact``).
    settled = Signal()
    #: The current query failed (the error is for ``messages.error_text``).
    load_failed = Signal(object)
    #: A result (first rows, count or pages) of an older query or list arrived and was
    #: dropped: the generation it belonged to. Tests wait on it to prove the dropping.
    dropped = Signal(int)
    #: The warm-up (``warm_up``) is over: every filter given was read once, or a query
    #: of the person's own stopped it.
    warmed = Signal()

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
        self._today_cache: tuple[float, Any] = (-1.0, None)
        self._page_size = page_size
        self._filter = CaseloadFilter()
        self._count = 0
        self._exact = True
        self._keys: Sequence[int] | None = None
        self._first_keys: list[int] = []
        self._window: PageWindow[Cell] = PageWindow(
            page_size=page_size, max_pages=max_pages, ahead=AHEAD_PAGES
        )
        self._pages = self._window.pages  # the same dict: looked up for every cell
        self._last_page = -1  # the page looked at last (kept fresh in the LRU order)
        self._epoch = 0  # grows whenever the held pages are forgotten
        self._generation = 0
        self._shown = 0  # the generation whose rows the model holds
        self._cancel: Cancellation | None = None
        self._masked = masked_text()
        self._overdue = QBrush(QColor(OVERDUE_COLOR))
        # Rows asked for outside the screen are read once the current paint is over.
        self._read_soon = QTimer(self)
        self._read_soon.setSingleShot(True)
        self._read_soon.setInterval(0)
        self._read_soon.timeout.connect(self._read_next)
        self._read_pending = False
        self.loader = QueryRunner(self)
        self.fetches = 0  # pages read in the background since creation (tests, bench)
        self._warm: list[CaseloadFilter] = []  # filters to read once while idle
        self._warm_generation = -1
        self.warm_reads = 0  # filters read by the warm-up (tests, bench)
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

    @property
    def warming(self) -> bool:
        """The warm-up still has filters to read."""
        return bool(self._warm)

    def warm_up(self, filters: Sequence[CaseloadFilter]) -> None:
        """Read these filters' first rows once, in the background, as soon as the current
        list is settled, and drop them: the first time a person picks one, its
        statements are prepared and its index pages decrypted in the page cache already
        (the first filter change of a session took 71-76 ms at p95 at 100k referrals,
        the second 36-46). One filter at a time, behind anything the list itself reads;
        a query of the person's own cancels it (it reads what it needs itself)."""
        self._warm = list(filters)
        self._warm_generation = self._generation
        if self._source is None or not self._warm:
            self._stop_warming()
        elif not self.busy:
            self._warm_next()

    def set_source(self, source: CaseloadSource | None) -> None:
        """A new workspace after unlocking (None while locked: the model is empty). The
        first rows are read at once: the window shows them when it appears."""
        self._source = source
        self._start(wait=True)

    def clear(self) -> None:
        """Forget every row and the search (on lock: no search text, often a name, stays
        in memory, and the list after unlocking is the whole caseload again, as the
        cleared filter bar says). The sort order stays. The model shows nothing until a
        source is set."""
        sort, descending = self._filter.sort, self._filter.descending
        self._filter = replace(CaseloadFilter(), sort=sort, descending=descending)
        self.set_source(None)

    def refresh(self) -> None:
        """Re-read the current query (after a save elsewhere), in the background."""
        self._start(wait=False)

    def set_discreet(self, discreet: bool) -> None:
        if discreet == self._discreet:
            return
        self._discreet = discreet
        self._masked = masked_text()
        if self._count:
            self.dataChanged.emit(self.index(0, 1), self.index(self._count - 1, 1))

    def show_rows(self, first: int, last: int) -> None:
        """The view shows rows ``first``–``last`` now: read their pages first, then the
        next ones in the direction of scrolling. Pages asked for earlier that are off the
        screen now are not read."""
        if self._count:
            self._window.show(max(0, first), min(max(first, last), self._count - 1))
            # After this frame's paint: starting the read hands the GIL to the loader's
            # thread, and the paint then waited for it (1-3 ms in 3 frames of 10).
            self._read_later()

    def row_held(self, row: int) -> bool:
        """The row is read (False while it shows a placeholder). Asks for nothing."""
        return 0 <= row < self._count and row // self._page_size in self._pages

    def row_at(self, row: int) -> CaseloadRow | None:
        """The row, if its page is held (else None, and the page is read soon)."""
        if not 0 <= row < self._count:
            return None
        return self._cell(row).row

    def display(self, row: int, column: int) -> tuple[str, bool]:
        """What a cell shows (the view's delegate paints it): its text, and whether it
        is an overdue date."""
        cell = self._cell(row)
        if column == 1 and self._discreet and cell.row is not None:
            return self._masked, False
        due = cell.next_due
        return cell.texts[column], column == 5 and due is not None and due < self._today_date()

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

    # flags() is Qt's own (enabled, selectable): asked for every cell of every paint, it
    # costs nothing in C++ and a Python call here.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks every cell for about eight roles: answer the ones we never set
        # before looking anything up. Never a query here: a row not held is READING.
        if role not in _ROLES or not index.isValid():
            return None
        cell = self._cell(index.row())
        column = index.column()
        if role in _TEXT_ROLES:
            if column == 1 and self._discreet and cell.row is not None:
                return self._masked
            return cell.texts[column]
        if role == CLIENT_ID_ROLE:
            return cell.client_id
        if role == REFERRAL_ID_ROLE:
            return cell.referral_id
        due = cell.next_due  # ForegroundRole
        if column == 5 and due is not None and due < self._today_date():
            return self._overdue
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

    def _cell(self, row: int) -> Cell:
        """The row's cell texts, or READING (its page is then read soon)."""
        page_no, offset = divmod(row, self._page_size)
        page = self._pages.get(page_no)
        if page_no != self._last_page:
            self._last_page = page_no
            self._window.touch(page_no)
        if page is None:
            if 0 <= row < self._count:
                self._window.miss(page_no)
                self._read_later()
            return READING
        return page[offset] if offset < len(page) else GONE

    def _today_date(self) -> Any:
        # Asked for every overdue-coloured cell of a paint: looked up once a second.
        now = time.monotonic()
        if now - self._today_cache[0] > 1.0:
            today = self._today() if self._today is not None else None
            self._today_cache = (now, today or datetime.now().date())
        return self._today_cache[1]

    # --- queries -----------------------------------------------------------------------

    def _start(self, *, wait: bool) -> None:
        """A new generation: cancel the running query, then read the first rows (at once
        with ``wait``, else on the loader)."""
        self._generation += 1
        generation = self._generation
        if self._warm:
            self._stop_warming()
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
                lambda: read_first(source, flt, size, cancel),
                self._apply_first,
                self._failed,
            )
            return
        try:
            first = read_first(source, flt, size, cancel)
        except QueryCancelled:
            return
        except Exception as error:  # shown by the view; the model stays empty
            self._apply_first(generation, None)
            self._failed(generation, error)
            return
        self._apply_first(generation, first)

    def _apply_first(
        self, generation: int, first: tuple[CaseloadWindow, list[Cell]] | None
    ) -> None:
        if generation != self._generation:
            self.dropped.emit(generation)
            return  # an older query answered late: a newer one owns the model
        self._shown = generation
        window, cells = first if first is not None else (None, [])
        self.beginResetModel()
        self._first_keys = [] if window is None else window.row_keys
        self._keys = [] if window is None else window.keys
        self._exact = self._keys is not None
        self._count = len(self._keys) if self._keys is not None else len(cells)
        self._forget_pages()
        if cells:
            self._window.store(0, cells)
        self.endResetModel()
        self.count_changed.emit(self._count)
        self.loaded.emit()
        if self._exact:
            self.settled.emit()
            self._read_next()
            self._warm_next()
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
            self.dropped.emit(generation)
            return
        if list(keys[: len(self._first_keys)]) != self._first_keys:
            # Something was saved between the first rows and the count: start over from
            # the keys, so that every row is where the count says it is.
            self.beginResetModel()
            self._keys, self._count, self._exact = keys, len(keys), True
            self._forget_pages()
            self.endResetModel()
        else:
            self._keys, self._exact = keys, True
            self._window.resize(len(keys))
            if len(keys) > self._count:
                self.beginInsertRows(QModelIndex(), self._count, len(keys) - 1)
                self._count = len(keys)
                self.endInsertRows()
        self.count_changed.emit(self._count)
        self.settled.emit()
        self._read_next()
        self._warm_next()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.load_failed.emit(error)

    # --- warm-up ----------------------------------------------------------------------

    def _warm_next(self) -> None:
        """Read the next warm-up filter (queued behind the list's own reads)."""
        if not self._warm:
            return
        source, cancel = self._source, self._cancel
        if source is None or cancel is None or self._warm_generation != self._generation:
            self._stop_warming()
            return
        flt, size = self._warm[0], self._page_size

        def done(generation: int, _result: object) -> None:
            if generation != self._generation or not self._warm:
                return
            self._warm.pop(0)
            self.warm_reads += 1
            if self._warm:
                self._warm_next()
            else:
                self.warmed.emit()

        self.loader.submit(
            self._generation,
            lambda: read_first(source, flt, size, cancel),
            done,
            lambda _generation, _error: self._stop_warming(),  # nothing to tell anyone
        )

    def _stop_warming(self) -> None:
        self._warm = []
        self.warmed.emit()

    # --- pages ----------------------------------------------------------------------

    def _forget_pages(self) -> None:
        """A new list: no page is held, and pages still being read are dropped when they
        land (they belong to the old one)."""
        self._epoch += 1
        self._window.reset(self._count)
        self._last_page = -1

    def _read_later(self) -> None:
        """``_read_next`` once the event being handled (a scroll, a paint) is over."""
        if not self._read_pending:
            self._read_pending = True
            self._read_soon.start()

    def _read_next(self) -> None:
        """Read the next wanted pages on the loader's thread (one read at a time)."""
        self._read_pending = False
        source, keys, size = self._source, self._keys, self._page_size
        if source is None or keys is None or self._shown != self._generation:
            return  # a new query is coming: its rows replace these
        pages = self._window.next_pages()
        if not pages:
            return
        wanted = [(p, list(keys[p * size : (p + 1) * size])) for p in pages]
        epoch, cancel = self._epoch, self._cancel
        assert cancel is not None
        self.loader.submit(
            self._generation,
            lambda: read_pages(source, wanted, cancel),
            lambda generation, found: self._land(generation, epoch, found),
            lambda generation, error: self._page_failed(generation, epoch, pages, error),
        )

    def _land(self, generation: int, epoch: int, found: list[tuple[int, list[Cell]]]) -> None:
        """Pages arrived from the loader: show exactly their rows, then read on."""
        if generation != self._generation or epoch != self._epoch:
            self.dropped.emit(generation)
            return  # read for an older query (or list): never shown in this one
        last_column = len(COLUMNS) - 1
        for page_no, cells in found:
            self._window.store(page_no, cells)
            rows = self._window.rows_of(page_no)
            if rows:
                self.dataChanged.emit(
                    self.index(rows[0], 0), self.index(min(rows[-1], self._count - 1), last_column)
                )
        self.fetches += len(found)
        self._read_next()

    def _page_failed(
        self, generation: int, epoch: int, pages: list[int], error: BaseException
    ) -> None:
        if generation != self._generation or epoch != self._epoch:
            return
        self._window.failed(pages)  # their placeholders stay; the view shows the error
        self.load_failed.emit(error)
        self._read_next()
