"""The windowed caseload model: queries run off the GUI thread, the first rows arrive
first and the full count after; a stale answer never replaces a newer one; filters,
search and sorting happen in SQL and give the rows a person expects."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.domain.enums import ReferralStatus, ReleaseStatus
from nap_desktop.domain.errors import VaultDamaged
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE, REFERRAL_ID_ROLE, CaseloadModel
from nap_desktop.gui.caseload.view import CaseloadView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.queries import (
    Cancellation,
    CaseloadFilter,
    CaseloadWindow,
    QueryCancelled,
)
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.conftest import PLANTED_NAME, make_overdue, plant_case

WAIT_MS = 10_000
T = TypeVar("T")


def read_every_row(qtbot: QtBot, model: CaseloadModel, read: Callable[[int], T]) -> list[T]:
    """``read(row)`` for every row, each once its page is in: the model reads pages on the
    loader's thread only (a row not read yet shows a placeholder)."""
    found = []
    for r in range(model.rowCount()):
        if not model.row_held(r):
            assert model.row_at(r) is None  # not read yet: asks for its page
            qtbot.waitUntil(lambda r=r: model.row_held(r), timeout=WAIT_MS)  # type: ignore[misc]
        found.append(read(r))
    return found


def texts(qtbot: QtBot, model: CaseloadModel, column: int) -> list[str]:
    return read_every_row(qtbot, model, lambda r: model.index(r, column).data())


def referral_ids(qtbot: QtBot, model: CaseloadModel) -> list[str]:
    return read_every_row(qtbot, model, lambda r: model.index(r, 0).data(REFERRAL_ID_ROLE))


def settle(qtbot: QtBot, model: CaseloadModel, action: Callable[[], object]) -> None:
    """Run ``action`` and wait until the model holds the full answer to it."""
    with qtbot.waitSignal(model.settled, timeout=WAIT_MS):
        action()
    assert model.count_exact


def apply(qtbot: QtBot, model: CaseloadModel, flt: CaseloadFilter) -> None:
    settle(qtbot, model, lambda: model.set_filter(flt))


# --- an oracle: the same questions answered in Python over every row -------------------


def expected_ids(ws: Workspace, keep: Callable[[Any, Any, set[str]], bool]) -> set[str]:
    """Referral ids for which ``keep(referral_row, client_row, clients_with_expiring)``."""
    today = ws.ctx.today()
    with ws.ctx.read() as s:
        clients = {c.id: c for c in s.query(m.ClientRow)}
        expiring = {
            rel.client_id
            for rel in s.query(m.ReleaseRow)
            if rel.status == ReleaseStatus.ACTIVE.value
            and rel.expires_on is not None
            and today <= rel.expires_on <= today + timedelta(days=30)
        }
        return {r.id for r in s.query(m.ReferralRow) if keep(r, clients[r.client_id], expiring)}


# --- the model ---------------------------------------------------------------------------


def test_model_passes_qtmodeltester_through_a_count_arriving_later(
    qtbot: QtBot,
    qtmodeltester: Any,
    demo_workspace: Workspace,
) -> None:
    queries = demo_workspace.queries
    everything = queries.caseload_count(CaseloadFilter())
    model = CaseloadModel(source=None, discreet=False, page_size=50)
    qtmodeltester.check(model)  # stays attached: checks every later signal too
    with qtbot.waitSignal(model.settled, timeout=WAIT_MS):
        model.set_source(queries)
        # Unfiltered: the first page comes from walking the order, the count after it.
        assert model.rowCount() == 50 and not model.count_exact
    assert model.rowCount() == everything == 300
    qtmodeltester.check(model)
    apply(qtbot, model, CaseloadFilter(statuses=frozenset({ReferralStatus.DRAFT})))
    assert 0 < model.rowCount() < everything
    qtmodeltester.check(model)
    model.set_discreet(True)
    qtmodeltester.check(model)


def test_the_count_is_right_when_it_lands_and_every_row_is_reachable(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    queries = demo_workspace.queries
    model = CaseloadModel(source=queries, discreet=False, page_size=40, max_pages=3)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    assert model.count_exact and model.rowCount() == 300
    assert referral_ids(qtbot, model) == [
        r.referral_id for r in queries.caseload_page(CaseloadFilter(), limit=300)
    ]
    assert model.cached_rows() <= 3 * 40  # only a window of pages is kept
    fetched = model.fetches
    model.index(model.rowCount() - 1, 0).data()  # the last page is still cached
    assert model.fetches == fetched
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows() == 0


def test_search_finds_the_planted_client_by_name_and_case_number(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    planted = plant_case(demo_workspace)
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    apply(qtbot, model, CaseloadFilter(search="zyxw"))  # a prefix, lower case
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == PLANTED_NAME
    assert model.index(0, 0).data(CLIENT_ID_ROLE) == planted.client_id
    apply(qtbot, model, CaseloadFilter(search=planted.case_number))
    assert texts(qtbot, model, 0) == [planted.case_number]
    apply(qtbot, model, CaseloadFilter(search="Plantedname Zyxwvut"))  # any word order
    assert texts(qtbot, model, 0) == [planted.case_number]
    apply(qtbot, model, CaseloadFilter(search="Zyxwvut Nosuchword"))
    assert model.rowCount() == 0


def test_quick_filters_return_exactly_the_right_referrals(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    ws = demo_workspace
    planted = plant_case(ws)
    make_overdue(ws, planted)
    partner = ws.agencies.list(include_self=False)[0]
    assert ws.user is not None
    today = ws.ctx.today()
    model = CaseloadModel(source=ws.queries, discreet=False, page_size=25)
    cases: list[tuple[CaseloadFilter, Callable[[Any, Any, set[str]], bool]]] = [
        (
            CaseloadFilter(overdue=True),
            lambda r, c, _e: c.next_due_on is not None and c.next_due_on < today,
        ),
        (CaseloadFilter(consent_expiring=True), lambda r, _c, e: r.client_id in e),
        (
            CaseloadFilter(awaiting_response=True),
            lambda r, _c, _e: r.status in ("sent", "received"),
        ),
        (
            CaseloadFilter(assigned_user_id=ws.user.id),
            lambda r, _c, _e: r.assigned_user_id == ws.user.id,  # type: ignore[union-attr]
        ),
        (
            CaseloadFilter(statuses=frozenset({ReferralStatus.IN_PROGRESS})),
            lambda r, _c, _e: r.status == "in_progress",
        ),
        (
            CaseloadFilter(partner_id=partner.id),
            lambda r, _c, _e: partner.id in (r.from_agency_id, r.to_agency_id),
        ),
        (
            CaseloadFilter(overdue=True, partner_id=partner.id),
            lambda r, c, _e: (
                partner.id in (r.from_agency_id, r.to_agency_id)
                and c.next_due_on is not None
                and c.next_due_on < today
            ),
        ),
    ]
    for flt, keep in cases:
        expected = expected_ids(ws, keep)
        apply(qtbot, model, flt)
        shown = referral_ids(qtbot, model)
        assert len(shown) == len(set(shown)) == model.rowCount()
        assert set(shown) == expected, flt
        assert 0 < len(expected) < 301, flt  # each filter is tested on real rows
    assert planted.client_id in {
        model.index(r, 0).data(CLIENT_ID_ROLE) for r in range(model.rowCount())
    }  # the planted overdue step is the partner's and overdue


@pytest.mark.parametrize(
    ("column", "key"),
    [
        (0, "case_number"),
        (1, "client"),
        (2, "partner"),
        (3, "status"),
        (5, "next_due"),
        (6, "updated"),
        (7, "assigned"),
    ],
)
def test_every_sortable_column_sorts_in_sql_both_ways(
    qtbot: QtBot, demo_workspace: Workspace, column: int, key: str
) -> None:
    model = CaseloadModel(source=demo_workspace.queries, discreet=False, page_size=60)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    rows = read_every_row(qtbot, model, model.row_at)
    assert all(rows)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "updated" and descending:  # the starting order: nothing to do
            continue
        settle(qtbot, model, lambda o=order: model.sort(column, o))  # type: ignore[misc]
        assert model.filter.sort == key and model.filter.descending == descending
        got = read_every_row(qtbot, model, model.row_at)
        assert [r.referral_id for r in got if r] == [
            r.referral_id for r in sort_like_sql(rows, key, descending)
        ]


def sort_like_sql(
    rows: Sequence[CaseloadRow | None], key: str, descending: bool
) -> list[CaseloadRow]:
    """The documented order: the column (by name: then the person), then last update and
    id the same way; undated
    next-due rows last either way; partners and workers by name (then by their id, which
    the rows do not carry: the demo's names are unique)."""
    present = [r for r in rows if r is not None]

    def column(r: CaseloadRow) -> Any:
        return {
            "case_number": r.case_number,
            "client": (r.client_name, r.client_id),  # namesakes apart, each together
            "partner": r.partner_name,
            "status": r.status.value,
            "next_due": r.next_due,
            "updated": "",
            "assigned": r.assigned_user,
        }[key]

    def tie(r: CaseloadRow) -> tuple[Any, ...]:
        return (column(r), r.updated_at, r.referral_id)

    if key == "next_due":
        dated = sorted((r for r in present if r.next_due), key=tie, reverse=descending)
        undated = sorted((r for r in present if not r.next_due), key=tie, reverse=descending)
        return dated + undated
    return sorted(present, key=tie, reverse=descending)


# --- stale answers and failures ------------------------------------------------------------


class SlowSource:
    """A source that holds back answers: the marker searches "slow" (first rows) and
    "slowcount" (the full count) answer for the whole caseload, but only once released,
    so that a newer query can overtake them."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.release = threading.Event()
        self.started = threading.Event()

    def _hold(self, flt: CaseloadFilter, marker: str) -> CaseloadFilter:
        if flt.search != marker:
            return flt if flt.search not in ("slow", "slowcount") else replace(flt, search="")
        self.started.set()
        self.release.wait(WAIT_MS / 1000)
        return replace(flt, search="")

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow:
        return self.real.caseload_first(self._hold(flt, "slow"), limit=limit)  # type: ignore[no-any-return]

    def caseload_keys(self, flt: CaseloadFilter, *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_keys(self._hold(flt, "slowcount"))

    def caseload_rows(self, keys: Sequence[int], *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_rows(keys)


def test_a_late_answer_to_an_older_query_never_replaces_a_newer_one(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    planted = plant_case(demo_workspace)
    source = SlowSource(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False)
    # A real query stops when a newer one starts; this one ignores that and answers late
    # anyway (as a statement that finishes just before the interrupt does), so give the
    # newer query a thread of its own.
    model.loader.pool.setMaxThreadCount(2)
    model.set_filter(CaseloadFilter(search="slow"))  # everything, but only once released
    slow = model.generation
    assert source.started.wait(WAIT_MS / 1000)
    apply(qtbot, model, CaseloadFilter(search="zyxwvut"))
    assert texts(qtbot, model, 0) == [planted.case_number]
    with qtbot.waitSignal(model.dropped, timeout=WAIT_MS, check_params_cb=slow.__eq__):
        source.release.set()  # the old answer arrives now, is delivered...
    assert texts(qtbot, model, 0) == [planted.case_number]  # ...and is dropped
    assert model.filter.search == "zyxwvut"


def test_a_late_count_of_an_older_query_is_dropped_too(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    source = SlowSource(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False, page_size=50)
    model.loader.pool.setMaxThreadCount(2)  # as above: the late answer ignores cancelling
    # Unfiltered, 300 rows: the first 50 come at once, the count later (held back here).
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_filter(CaseloadFilter(search="slowcount"))
    slow = model.generation
    assert source.started.wait(WAIT_MS / 1000)
    assert model.busy and model.rowCount() == 50
    apply(qtbot, model, CaseloadFilter(statuses=frozenset({ReferralStatus.DRAFT})))
    drafts = model.rowCount()
    with qtbot.waitSignal(model.dropped, timeout=WAIT_MS, check_params_cb=slow.__eq__):
        source.release.set()  # the old count arrives, is delivered and dropped
    assert model.rowCount() == drafts and set(texts(qtbot, model, 3)) == {"Draft"}
    assert not model.busy


class WaitsForCancel:
    """A first-rows query that runs until it is cancelled (as an interrupted statement
    does), for the marker search "endless"."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.tokens: list[Cancellation] = []

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow:
        if flt.search == "endless":
            assert cancel is not None
            self.tokens.append(cancel)
            while not cancel.cancelled:
                time.sleep(0.005)
            raise QueryCancelled()
        return self.real.caseload_first(flt, limit=limit, cancel=cancel)  # type: ignore[no-any-return]

    def caseload_keys(self, flt: CaseloadFilter, *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_keys(flt, cancel=cancel)

    def caseload_rows(self, keys: Sequence[int], *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_rows(keys, cancel=cancel)


def test_a_newer_query_stops_the_running_one(qtbot: QtBot, demo_workspace: Workspace) -> None:
    planted = plant_case(demo_workspace)
    source = WaitsForCancel(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False)
    model.set_filter(CaseloadFilter(search="endless"))
    qtbot.waitUntil(lambda: bool(source.tokens), timeout=WAIT_MS)
    # One query thread: the newer search runs only because the endless one stopped.
    apply(qtbot, model, CaseloadFilter(search="zyxwvut"))
    assert source.tokens[0].cancelled
    assert texts(qtbot, model, 0) == [planted.case_number]


class BrokenSource:
    def caseload_first(self, flt: CaseloadFilter, **_kw: Any) -> CaseloadWindow:
        raise VaultDamaged("The vault database is damaged or has been altered.")

    def caseload_keys(self, flt: CaseloadFilter, **_kw: Any) -> Any:
        raise AssertionError("not reached")

    def caseload_rows(self, keys: Sequence[int], **_kw: Any) -> Any:
        raise AssertionError("not reached")


def test_a_failing_query_shows_a_message_not_a_traceback(qtbot: QtBot) -> None:
    model = CaseloadModel(source=None)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    with qtbot.waitSignal(model.load_failed, timeout=WAIT_MS):
        model.set_source(BrokenSource())  # type: ignore[arg-type]
    assert model.rowCount() == 0
    assert view.count_label.text() == "The vault file is damaged or has been altered."
    with qtbot.waitSignal(model.load_failed, timeout=WAIT_MS):
        model.set_filter(CaseloadFilter(search="anything"))
    assert "Traceback" not in view.count_label.text()


# --- the view --------------------------------------------------------------------------------


def test_typing_searches_at_once_and_quick_filters_apply(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    plant_case(demo_workspace)
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    view.filters.user_id = demo_workspace.user.id if demo_workspace.user else None
    view.filters.set_partners(demo_workspace.agencies.list(include_self=False))
    everything = model.rowCount()
    assert view.count_label.text() == f"{everything:,} referrals"
    qtbot.keyClicks(view.filters.search_edit, "Zyxw")
    qtbot.waitUntil(lambda: model.filter.search == "Zyxw" and not model.busy, timeout=WAIT_MS)
    assert model.rowCount() == 1
    assert view.count_label.text() == "1 referral"
    settle(qtbot, model, view.filters.search_edit.clear)
    assert model.rowCount() == everything

    settle(qtbot, model, lambda: view.filters.set_quick("mine"))
    assert model.rowCount() >= 1  # the administrator planted one case and owns it
    assert model.filter.assigned_user_id == view.filters.user_id
    settle(qtbot, model, lambda: view.filters.set_quick("awaiting"))
    assert set(texts(qtbot, model, 3)) <= {"Sent", "Received"}
    settle(qtbot, model, lambda: view.filters.set_quick("all"))
    settle(qtbot, model, lambda: view.filters.partner_combo.setCurrentIndex(1))
    assert 0 < model.rowCount() < everything


def test_the_count_line_says_when_the_count_is_still_coming(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    model = CaseloadModel(source=None, page_size=50)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    with qtbot.waitSignal(model.settled, timeout=WAIT_MS):
        model.set_source(demo_workspace.queries)
        assert view.count_label.text() == "50+ referrals (counting…)"
    assert view.count_label.text() == "300 referrals"


def test_enter_opens_the_case(qtbot: QtBot, demo_workspace: Workspace) -> None:
    model = CaseloadModel(source=demo_workspace.queries)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    view.table.setCurrentIndex(model.index(3, 0))
    with qtbot.waitSignal(view.open_case, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [
        model.index(3, 0).data(CLIENT_ID_ROLE), model.index(3, 0).data(REFERRAL_ID_ROLE)
    ]


def test_sorting_keeps_the_filter_and_filters_keep_the_sort(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    settle(qtbot, model, lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    settle(qtbot, model, lambda: view.filters.set_quick("awaiting"))
    assert model.filter.awaiting_response
    assert (model.filter.sort, model.filter.descending) == ("case_number", False)
    numbers = texts(qtbot, model, 0)
    assert numbers == sorted(numbers)


# --- reading pages off the GUI thread ---------------------------------------------------


class RecordingSource:
    """The real queries, noting on which thread each page of rows is read; a read can be
    held back until ``release`` is set."""

    def __init__(self, queries: Any) -> None:
        self.queries = queries
        self.row_threads: list[int] = []
        self.release = threading.Event()
        self.release.set()
        self.reading = threading.Event()

    def caseload_first(self, flt: CaseloadFilter, **kw: Any) -> CaseloadWindow:
        return self.queries.caseload_first(flt, **kw)  # type: ignore[no-any-return]

    def caseload_keys(self, flt: CaseloadFilter, **kw: Any) -> Any:
        return self.queries.caseload_keys(flt, **kw)

    def caseload_rows(self, keys: Sequence[int], **kw: Any) -> Any:
        self.row_threads.append(threading.get_ident())
        self.reading.set()
        assert self.release.wait(WAIT_MS / 1000)
        return self.queries.caseload_rows(keys, **kw)


def shown_view(qtbot: QtBot, model: CaseloadModel) -> CaseloadView:
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_scrolling_never_reads_the_vault_on_the_gui_thread(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    source = RecordingSource(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False, page_size=20)  # type: ignore[arg-type]
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    bar = view.table.verticalScrollBar()
    last = model.rowCount() - 1
    source.release.clear()  # every page read from now on waits
    bar.setValue(bar.maximum())
    view.table.viewport().repaint()  # painted at once: the rows are not there yet
    assert not model.row_held(last)
    assert model.index(last, 0).data() == "…"  # a placeholder, not a wait
    assert model.index(last, 1).data() == ""
    assert model.index(last, 0).data(CLIENT_ID_ROLE) is None
    source.release.set()
    qtbot.waitUntil(lambda: model.row_held(last), timeout=WAIT_MS)
    expected = demo_workspace.queries.caseload_page(CaseloadFilter(), limit=300)[last]
    assert model.index(last, 0).data() == expected.case_number
    assert source.row_threads and threading.get_ident() not in source.row_threads


def test_a_scroll_starts_its_page_read_once_the_frame_is_painted(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """Starting a read hands the GIL to the loader's thread: it starts after the scroll
    and its paint, not inside them, and the rows still arrive."""
    model = CaseloadModel(source=demo_workspace.queries, discreet=False, page_size=20)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    # Quiet first: the reads the first paint asked for have landed, none is in flight.
    qtbot.waitUntil(lambda: model.row_held(0) and not model._window._reading
                    and not model._read_pending)
    submitted: list[int] = []
    real_submit = model.loader.submit

    def submit(generation: int, *args: Any) -> None:
        submitted.append(generation)
        real_submit(generation, *args)

    model.loader.submit = submit  # type: ignore[method-assign]
    bar = view.table.verticalScrollBar()
    last = model.rowCount() - 1
    bar.setValue(bar.maximum())  # the view tells the model which rows it shows now
    view.table.viewport().repaint()
    assert submitted == []  # nothing started inside the scroll or the paint
    qtbot.waitUntil(lambda: model.row_held(last), timeout=WAIT_MS)
    assert submitted


class ReadsDespiteCancel(RecordingSource):
    """Pages whose read finishes although a newer query cancelled it (as a statement that
    completes just before the interrupt does): they are delivered, late."""

    def caseload_rows(self, keys: Sequence[int], **kw: Any) -> Any:
        kw.pop("cancel", None)
        return super().caseload_rows(keys, **kw)


def test_rows_read_for_an_older_query_are_never_shown_in_a_newer_one(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    planted = plant_case(demo_workspace)
    source = ReadsDespiteCancel(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False, page_size=20)  # type: ignore[arg-type]
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    source.release.clear()
    source.reading.clear()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # pages of the full list, never read yet, are asked for
    qtbot.waitUntil(source.reading.is_set, timeout=WAIT_MS)  # the loop runs: reads land
    old = model.generation
    with (
        qtbot.waitSignal(model.dropped, timeout=WAIT_MS, check_params_cb=old.__eq__),
        qtbot.waitSignal(model.settled, timeout=WAIT_MS),
    ):
        model.set_filter(CaseloadFilter(search="zyxwvut"))
        source.release.set()  # the old pages land now (the new query waits for them)...
    # ...and were delivered and dropped (``dropped``), before or after the new rows
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == planted.case_number
    assert model.index(0, 1).data() == PLANTED_NAME


def test_the_caseload_paints_exactly_as_qts_own_delegate_would(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

    planted = plant_case(demo_workspace, name="Zyxwvut 李小龍 Plantedname")  # a fallback font
    make_overdue(demo_workspace, planted)  # an overdue date: painted red
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    settle(qtbot, model, lambda: view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder))
    ids = read_every_row(qtbot, model, lambda r: model.index(r, 0).data(CLIENT_ID_ROLE))
    row = ids.index(planted.client_id)  # the Chinese name and the red date: on top
    shown = range(row, row + 15)
    for discreet in (False, True):
        model.set_discreet(discreet)
        view.table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        view.table.clearSelection()
        view.table.setCurrentIndex(model.index(-1, -1))  # no focus frame, no selection
        qtbot.waitUntil(lambda: all(model.row_held(r) for r in shown), timeout=WAIT_MS)
        assert view.table.rowAt(0) == row
        ours = view.table.viewport().grab().toImage()
        own = view.table.itemDelegate()
        view.table.setItemDelegate(QStyledItemDelegate(view.table))
        theirs = view.table.viewport().grab().toImage()
        view.table.setItemDelegate(own)
        assert ours == theirs, f"discreet={discreet}"
        assert model.index(row, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert (model.index(row, 1).data() == "Zyxwvut 李小龍 Plantedname") is not discreet


def test_the_keyboard_moves_between_search_and_results_and_out_of_the_list(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    view.activateWindow()
    table, search = view.table, view.filters.search_edit
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)  # to the results, the first one chosen
    assert view.focusWidget() is table and table.currentIndex().row() == 0
    table.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == model.rowCount() - 1
    assert table.currentIndex().column() == 2  # the column stays: no sideways jump
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves the list (not cell by cell)
    assert view.focusWidget() is not table

    search.setFocus()
    with qtbot.waitSignal(model.settled, timeout=WAIT_MS):
        qtbot.keyClicks(search, "Zyxwvut Nosuchword")
    qtbot.waitUntil(lambda: model.filter.search == "Zyxwvut Nosuchword" and not model.busy)
    assert model.rowCount() == 0
    assert "No referrals match" in view.count_label.text()
    with qtbot.waitSignal(model.settled, timeout=WAIT_MS):
        qtbot.keyClick(search, Qt.Key.Key_Escape)  # clears the search
    assert search.text() == "" and model.rowCount() == 300


def test_no_column_title_is_cut_off_even_by_widths_saved_earlier(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from PySide6.QtCore import QSettings

    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    view = shown_view(qtbot, model)
    header = view.table.horizontalHeader()

    def title_fits(table: Any, column: int) -> bool:
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        return bool(table.columnWidth(column) >= header.fontMetrics().horizontalAdvance(title))

    assert all(title_fits(view.table, c) for c in range(model.columnCount()))
    for column in range(model.columnCount()):
        view.table.setColumnWidth(column, 40)  # saved narrow (or in a shorter language)
    settings = QSettings()
    view.save_state(settings)
    again = shown_view(qtbot, model)
    again.restore_state(settings)
    # The last column stretches to the edge: not checked.
    assert all(title_fits(again.table, c) for c in range(model.columnCount() - 1))


def test_rows_read_ahead_are_laid_out_before_they_are_scrolled_to(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    from nap_desktop.gui.caseload.delegate import CaseloadDelegate

    model = CaseloadModel(source=demo_workspace.queries, discreet=False, page_size=20)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    view = shown_view(qtbot, model)
    delegate = view.table.itemDelegate()
    assert isinstance(delegate, CaseloadDelegate)
    view.table.viewport().repaint()  # the first paint sets the font up
    last_shown = view.table.rowAt(view.table.viewport().height() - 1)
    ahead = last_shown + 25  # on a page read ahead, below the screen
    qtbot.waitUntil(lambda: model.row_held(ahead), timeout=WAIT_MS)
    number = model.index(ahead, 0).data()
    width = view.table.columnWidth(0) - 2 * delegate._margin

    def laid_out() -> bool:
        return (number, width) in delegate._texts

    qtbot.waitUntil(laid_out, timeout=WAIT_MS)  # while idle, before any paint of it
    assert view.table.rowAt(view.table.viewport().height() - 1) == last_shown


class CountingSource:
    """The real source, noting every first-rows read (the warm-up's among them)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.firsts: list[CaseloadFilter] = []

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow:
        self.firsts.append(flt)
        return self.real.caseload_first(flt, limit=limit, cancel=cancel)  # type: ignore[no-any-return]

    def caseload_keys(self, flt: CaseloadFilter, *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_keys(flt, cancel=cancel)

    def caseload_rows(self, keys: Sequence[int], *, cancel: Cancellation | None = None) -> Any:
        return self.real.caseload_rows(keys, cancel=cancel)


def test_the_quick_filters_are_read_once_at_start_and_the_list_stays_as_it_is(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """Issue #16: the first pick of a quick filter in a session was the slow one (its
    statements prepared, its pages decrypted). The window reads each once in the
    background after the list settles; the list shown does not change."""
    window = MainWindow(workspace=demo_workspace)
    qtbot.addWidget(window)
    model = window.caseload_model
    qtbot.waitUntil(lambda: not model.warming and not model.busy, timeout=WAIT_MS)
    assert model.warm_reads == 4  # mine, awaiting, overdue, consent expiring
    assert model.filter == CaseloadFilter()
    everything = demo_workspace.queries.caseload_count(CaseloadFilter())
    assert model.rowCount() == everything
    window.autolock.shutdown()


def test_a_query_of_the_persons_own_stops_the_warm_up(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    source = CountingSource(demo_workspace.queries)
    model = CaseloadModel(source=source, discreet=False)
    qtbot.waitUntil(lambda: not model.busy, timeout=WAIT_MS)
    warm = [CaseloadFilter(overdue=True), CaseloadFilter(consent_expiring=True),
            CaseloadFilter(awaiting_response=True)]
    with qtbot.waitSignal(model.warmed, timeout=WAIT_MS):
        model.warm_up(warm)
        model.set_filter(CaseloadFilter(search="zyxwvut"))  # typed before it finished
    qtbot.waitUntil(lambda: not model.busy, timeout=WAIT_MS)
    model.loader.wait(WAIT_MS)
    assert model.warm_reads == 0 and not model.warming
    assert source.firsts.count(warm[1]) == 0 and source.firsts.count(warm[2]) == 0
    assert model.filter.search == "zyxwvut" and model.rowCount() == 0
    # Untouched, it reads every filter once, in order, and the list stays the same.
    apply(qtbot, model, CaseloadFilter())
    with qtbot.waitSignal(model.warmed, timeout=WAIT_MS):
        model.warm_up(warm)
    assert model.warm_reads == 3
    assert [f for f in source.firsts if f in warm][-3:] == warm
    assert model.filter == CaseloadFilter()
