"""Which pages of the caseload are held, wanted and being read (no Qt, no queries).

The caseload model keeps a few pages of rows (an LRU cache) and reads the others on the
loader's thread. This class decides what to read next:

1. the pages of the rows on screen (``show``), all in one read;
2. pages someone else asked for (``miss``: a ``data()`` call outside the visible rows),
   newest first;
3. the pages just past the screen in the direction of scrolling, so that scrolling on
   finds them held (not after a jump across the list: the next jump goes elsewhere).

Only one read is in flight at a time, and what is wanted is worked out again when it
lands: while the scroll bar is dragged, a page that has left the screen before its turn
is never read.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

C = TypeVar("C")


class PageWindow(Generic[C]):
    """Pages of ``page_size`` rows, at most ``max_pages`` of them held."""

    def __init__(self, *, page_size: int, max_pages: int, ahead: int = 2) -> None:
        self.page_size = page_size
        self.max_pages = max(2, max_pages)
        self.ahead = ahead
        #: Held pages, least recently used first. The model reads it directly: a paint
        #: asks for every cell.
        self.pages: OrderedDict[int, list[C]] = OrderedDict()
        self._page_count = 0
        self._missed: dict[int, None] = {}  # asked for outside the screen, newest last
        self._visible: tuple[int, int] | None = None  # first and last page on screen
        self._direction = 1  # +1 scrolling down, -1 up
        self._jumped = False  # the screen moved by more than a page: nothing read ahead
        self._reading: set[int] = set()
        self._failed: set[int] = set()  # not asked again until the screen moves

    # --- state -------------------------------------------------------------------------

    def reset(self, rows: int) -> None:
        """A new list of ``rows`` rows: forget every page and request."""
        self.pages.clear()
        self._missed.clear()
        self._reading.clear()
        self._failed.clear()
        self.resize(rows)

    def resize(self, rows: int) -> None:
        """The same list with more rows (its full count arrived)."""
        self._page_count = -(-rows // self.page_size)

    @property
    def pending(self) -> bool:
        """Some page is being read or waits for its turn."""
        return bool(self._reading) or bool(self.next_pages(peek=True))

    def rows_of(self, page_no: int) -> range:
        start = page_no * self.page_size
        return range(start, start + len(self.pages.get(page_no, ())))

    # --- what the list looks at --------------------------------------------------------

    def touch(self, page_no: int) -> None:
        """A held page was looked at: it is the last to go."""
        if page_no in self.pages:
            self.pages.move_to_end(page_no)

    def miss(self, page_no: int) -> None:
        """Someone asked for a row of a page not held."""
        if page_no in self.pages or not 0 <= page_no < self._page_count:
            return
        self._missed.pop(page_no, None)
        self._missed[page_no] = None
        while len(self._missed) > self.max_pages // 2:
            del self._missed[next(iter(self._missed))]

    def show(self, first_row: int, last_row: int) -> None:
        """These rows are on screen now. Requests for pages that left the screen are
        dropped; the direction of scrolling decides which pages are read ahead."""
        first, last = first_row // self.page_size, max(first_row, last_row) // self.page_size
        if (first, last) == self._visible:
            return
        if self._visible is not None and first != self._visible[0]:
            self._direction = 1 if first > self._visible[0] else -1
        # Dragging the scroll bar across the list: the next jump goes elsewhere, so reading
        # ahead of this one would only delay it.
        self._jumped = self._visible is not None and not (
            self._visible[0] - 1 <= first <= self._visible[1] + 1
        )
        self._visible = (first, last)
        self._missed.clear()
        self._failed.clear()  # a failed read is tried again once the screen moves

    # --- reading -------------------------------------------------------------------------

    def next_pages(self, *, peek: bool = False) -> list[int]:
        """The pages to read next (nothing while a read is in flight), marked as being
        read unless ``peek``."""
        if self._reading and not peek:
            return []
        # No screen (no view has said what it shows): only what was asked for.
        first, last = self._visible if self._visible is not None else (0, -1)
        # Never so far ahead that reading it would push a page on screen out.
        count = max(0, min(self.ahead, self.max_pages - (last - first + 1) - 1))
        if self._visible is None or self._jumped:
            ahead = range(0)
        elif self._direction > 0:
            ahead = range(last + 1, last + 1 + count)
        else:
            ahead = range(first - 1, first - 1 - count, -1)
        for wanted in (
            [p for p in range(first, last + 1) if self._wanted(p)],
            [p for p in reversed(self._missed) if self._wanted(p)][:1],
            [p for p in ahead if self._wanted(p)],
        ):
            if wanted:
                if not peek:
                    self._reading.update(wanted)
                return wanted
        return []

    def _wanted(self, page_no: int) -> bool:
        return (
            0 <= page_no < self._page_count
            and page_no not in self.pages
            and page_no not in self._reading
            and page_no not in self._failed
        )

    def store(self, page_no: int, rows: list[C]) -> None:
        """A page was read: hold it (the least recently used page goes if need be)."""
        self._reading.discard(page_no)
        self._missed.pop(page_no, None)
        self.pages[page_no] = rows
        self.pages.move_to_end(page_no)
        first, last = self._visible if self._visible is not None else (0, -1)
        while len(self.pages) > self.max_pages:
            # The least recently used page goes, unless it is on screen.
            gone = next((p for p in self.pages if not first <= p <= last), None)
            del self.pages[next(iter(self.pages)) if gone is None else gone]

    def failed(self, pages: list[int]) -> None:
        """Reading these pages failed: not asked again (no loop of failing reads) until
        the screen moves or a new query starts."""
        self._reading.difference_update(pages)
        self._failed.update(pages)
