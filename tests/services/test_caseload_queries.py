"""The caseload's two plans (walk the order, or sort the matches) give the same rows for
every order and filter; counts agree with the keys; long statements can be stopped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import text

from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.services import caseload_cancel, caseload_sql
from nap_desktop.services import caseload_queries as cq
from nap_desktop.services.caseload_queries import SORT_KEYS, Cancellation, CaseloadFilter
from nap_desktop.services.demo import DemoGenerator
from tests.services.conftest import Services, as_demo_vault

FILTERS = {
    "everything": CaseloadFilter(),
    "status": CaseloadFilter(statuses=frozenset({ReferralStatus.IN_PROGRESS})),
    "two statuses": CaseloadFilter(statuses=frozenset({ReferralStatus.DRAFT, ReferralStatus.SENT})),
    "awaiting": CaseloadFilter(awaiting_response=True),
    "overdue": CaseloadFilter(overdue=True),
    "consent": CaseloadFilter(consent_expiring=True),
    "search": CaseloadFilter(search="ma"),
    "search and status": CaseloadFilter(
        search="ga", statuses=frozenset({ReferralStatus.IN_PROGRESS})
    ),
}


@pytest.fixture
def demo(svc: Services) -> Iterator[Services]:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=3).run(400)
    yield svc


def plans(svc: Services, flt: CaseloadFilter, limit: int) -> tuple[list[int], list[int]]:
    """(the first ``limit`` keys by walking, every key by sorting)."""
    q = svc.queries.caseload
    with svc.ctx.read() as s:
        token = Cancellation()
        query = q._resolve(s, flt, token)
        return q._walk(s, query, limit), list(q._keys(s, query, token))


def with_partner(svc: Services, flt: CaseloadFilter) -> list[CaseloadFilter]:
    return [flt, replace(flt, partner_id=svc.partner_id)]


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [True, False])
def test_walking_the_order_and_sorting_the_matches_agree(
    demo: Services, sort: str, descending: bool
) -> None:
    for name, base in FILTERS.items():
        for flt in with_partner(demo, replace(base, sort=sort, descending=descending)):
            walked, keys = plans(demo, flt, 30)
            assert walked == keys[:30], (name, flt)
            assert len(keys) == demo.queries.caseload_count(flt), (name, flt)
            if name == "everything" and flt.partner_id is None:
                assert len(keys) == 400


def test_first_rows_are_the_same_whichever_plan_answers(demo: Services) -> None:
    q = demo.queries.caseload
    for flt in FILTERS.values():
        full = q.keys(flt)
        for budget in (None, 0.0):  # 0: every walk runs out of time and sorts instead
            window = q.first(flt, limit=25, walk_budget_s=budget)
            assert window.row_keys == list(full[:25])
            assert [r.referral_id for r in window.rows] == [
                r.referral_id for r in q.rows(full[:25]) if r
            ]
            if window.keys is not None:
                assert list(window.keys) == list(full)


def test_pages_anywhere_match_the_keys(demo: Services) -> None:
    flt = CaseloadFilter(sort="client", descending=False)
    keys = demo.queries.caseload_keys(flt)
    page = demo.queries.caseload_page(flt, offset=370, limit=50)
    assert [r.referral_id for r in page] == [
        r.referral_id for r in demo.queries.caseload_rows(keys[370:]) if r
    ]
    assert len(page) == 30
    names = [r.client_name for r in demo.queries.caseload_rows(keys) if r]
    assert names == sorted(names)


def test_rows_keep_the_order_of_the_keys_and_mark_missing_ones(demo: Services) -> None:
    keys = list(demo.queries.caseload_keys(CaseloadFilter()))
    picked = [keys[7], 10**9, keys[3]]
    rows = demo.queries.caseload_rows(picked)
    assert rows[1] is None and rows[0] is not None and rows[2] is not None
    assert [rows[0].referral_id, rows[2].referral_id] == [
        r.referral_id for r in demo.queries.caseload_page(CaseloadFilter(), limit=8)
    ][7:2:-4]


def test_a_search_every_client_matches_filters_nothing_and_none_matches_nothing(
    demo: Services,
) -> None:
    everything = demo.queries.caseload_count(CaseloadFilter())
    assert demo.queries.caseload_count(CaseloadFilter(search="NAP")) == everything
    assert demo.queries.caseload_count(CaseloadFilter(search="NAP zzqx")) == 0
    window = demo.queries.caseload_first(CaseloadFilter(search="zzqx"))
    assert window.rows == [] and window.keys is not None and len(window.keys) == 0


def test_a_running_statement_stops_when_cancelled_or_out_of_time(svc: Services) -> None:
    endless = text(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )
    token = Cancellation()
    timer = threading.Timer(0.05, token.cancel)
    timer.start()
    with pytest.raises(cq.QueryCancelled), svc.ctx.read() as s, token.guard(s):
        s.execute(endless)
    timer.join()
    with pytest.raises(cq.QueryCancelled):  # a cancelled token refuses new statements
        svc.queries.caseload_keys(CaseloadFilter(), cancel=token)
    over_budget = pytest.raises(caseload_cancel.OverBudget)
    with over_budget, svc.ctx.read() as s, Cancellation().guard(s, 0.05):
        s.execute(endless)
    # The connection is fine afterwards (the interrupt does not linger).
    assert svc.queries.caseload_count(CaseloadFilter()) == 0


@pytest.mark.parametrize("chunk", [3, 7, 64 * 1024])
def test_keys_parse_whole_across_slices(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(caseload_sql, "PARSE_CHARS", chunk)
    for keys in ([], [5], [12, 3], list(range(1, 2000, 7)), [10**12, 1, 99]):
        assert list(caseload_sql.parse_keys(",".join(map(str, keys)))) == keys


@pytest.mark.parametrize(
    "search", ["ma", "ga", "NA", "NAP", "NAP 26", "mar", "interp", "interp ma", "maría", "zq"]
)
@pytest.mark.parametrize("spell_out", [cq.SPELL_OUT_WORDS, 1])
def test_a_broad_search_gives_the_same_first_rows_without_its_count(
    demo: Services, monkeypatch: pytest.MonkeyPatch, search: str, spell_out: int
) -> None:
    """Past BROAD_HITS people the first rows do not wait for the count: each walked
    referral's client is asked about (short words as prefixes, long ones spelled out as
    the whole words they stand for), or, for a word that cannot be spelled out (not plain
    ASCII, or standing for too many words), the set of hits is walked. The rows are the
    ones every match's keys (counted exactly) put first."""
    monkeypatch.setattr(cq, "BROAD_HITS", 5)
    monkeypatch.setattr(cq, "NARROW_ROWS", 1)  # walk, as for a big caseload
    monkeypatch.setattr(cq, "SPELL_OUT_WORDS", spell_out)
    q = demo.queries.caseload
    for sort in ("updated", "client", "status"):
        flt = CaseloadFilter(search=search, sort=sort)
        full = q.keys(flt)
        with demo.ctx.read() as s:
            resolved = q._resolve(s, flt, Cancellation(), exact=False)
        if resolved.hits >= 5 and search in ("interp", "interp ma"):
            # "interp" stands for "interprete" and "interpreter" in the demo's notes.
            assert resolved.broad == (spell_out > 1), resolved
            if resolved.broad:
                assert resolved.probe is not None and '"interpreter"' in resolved.probe
        if search == "maría":
            assert not resolved.broad  # not plain ASCII: the set of hits is walked
        if resolved.hits >= 5 and all(len(w) <= 3 for w in search.split()):
            assert resolved.broad
        window = q.first(flt, limit=25)
        assert window.row_keys == list(full[:25]), (search, sort)
        if search == "zq":
            assert window.rows == [] and len(full) == 0
