"""Which caseload pages are read next (``PageWindow``: plain Python, no Qt, no vault)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nap_desktop.gui.caseload.pages import PageWindow


def window(rows: int = 1000, *, page_size: int = 10, max_pages: int = 8) -> PageWindow[int]:
    w: PageWindow[int] = PageWindow(page_size=page_size, max_pages=max_pages, ahead=2)
    w.reset(rows)
    return w


def land(w: PageWindow[int], pages: list[int]) -> None:
    for p in pages:
        w.store(p, list(range(p * w.page_size, (p + 1) * w.page_size)))


def test_the_pages_on_screen_are_read_first_all_in_one_read() -> None:
    w = window()
    w.show(25, 44)  # rows 25–44: pages 2, 3, 4
    assert w.next_pages() == [2, 3, 4]
    assert w.next_pages() == []  # one read in flight at a time
    land(w, [2, 3, 4])
    assert w.next_pages() == [5, 6]  # then ahead, downwards (nothing scrolled yet)


def test_reading_ahead_follows_the_direction_of_scrolling() -> None:
    w = window()
    w.show(500, 519)
    land(w, w.next_pages())
    land(w, w.next_pages())  # ahead, down
    w.show(490, 509)  # one page up
    assert w.next_pages() == [49]
    land(w, [49])
    assert w.next_pages() == [48, 47]


def test_a_jump_across_the_list_reads_nothing_ahead() -> None:
    w = window()
    w.show(0, 19)
    land(w, w.next_pages())
    w.show(700, 719)  # the scroll bar dragged: the next jump goes elsewhere
    assert w.next_pages() == [70, 71]
    land(w, [70, 71])
    assert w.next_pages() == []
    assert not w.pending


def test_a_page_asked_for_off_screen_is_read_after_the_screen_and_then_forgotten() -> None:
    w = window()
    w.show(0, 9)
    w.miss(90)
    assert w.next_pages() == [0]
    land(w, [0])
    assert w.next_pages() == [90]  # asked for before reading ahead
    land(w, [90])
    w.miss(30)
    w.show(200, 209)  # the screen moved on: the old request is dropped
    assert w.next_pages() == [20]
    land(w, [20])
    assert 30 not in w.next_pages(peek=True)


def test_requests_outside_the_list_or_for_held_pages_are_ignored() -> None:
    w = window(rows=95)  # pages 0–9, the last one half full
    w.miss(10)
    w.miss(-1)
    assert w.next_pages() == []
    w.miss(9)
    assert w.next_pages() == [9]
    land(w, [9])
    w.miss(9)
    assert w.next_pages() == []


def test_the_pages_on_screen_are_never_the_ones_forgotten() -> None:
    w = window(max_pages=4)
    w.show(0, 29)  # pages 0–2 on screen
    land(w, w.next_pages())
    for p in (50, 60, 70):  # asked for elsewhere, newer than the screen
        w.miss(p)
        land(w, w.next_pages())
    assert {0, 1, 2} <= set(w.pages)
    assert len(w.pages) == 4


def test_a_failed_page_is_asked_for_again_once_the_screen_moves_or_a_query_starts() -> None:
    w = window()
    w.show(0, 9)
    assert w.next_pages() == [0]
    w.failed([0])
    assert 0 not in w.next_pages()  # no loop of failing reads
    w.show(10, 19)
    w.show(0, 9)  # scrolled away and back: a passing failure (a busy moment) is retried
    assert 0 in w.next_pages(peek=True)
    w.failed([0])
    w.reset(1000)  # a new query
    assert w.next_pages() == [0]  # the same screen, read again


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("show"), st.integers(0, 999), st.integers(0, 40)),
            st.tuples(st.just("miss"), st.integers(-5, 110), st.just(0)),
            st.tuples(st.just("land"), st.just(0), st.just(0)),
            st.tuples(st.just("fail"), st.just(0), st.just(0)),
        ),
        max_size=60,
    )
)
def test_whatever_happens_the_window_holds_at_most_its_pages_and_reads_each_once(
    steps: list[tuple[str, int, int]],
) -> None:
    w = window(max_pages=6)
    in_flight: list[int] = []
    for op, a, b in steps:
        if op == "show":
            w.show(a, min(999, a + b))
        elif op == "miss":
            w.miss(a)
        elif in_flight:
            if op == "land":
                land(w, in_flight)
            else:
                w.failed(in_flight)
            in_flight = []
        pages = w.next_pages()
        assert not (pages and in_flight), "a second read while one is in flight"
        assert all(0 <= p < 100 and p not in w.pages for p in pages)
        assert len(set(pages)) == len(pages)
        in_flight = in_flight or pages
        assert len(w.pages) <= 6
