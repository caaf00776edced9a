"""What the caseload does differently so that it holds at a million referrals
(docs/benchmarks.md, "One million referrals"): behaviour only, no timings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from nap_desktop.services import caseload_cancel
from nap_desktop.services import caseload_queries as cq
from nap_desktop.services.caseload_queries import CaseloadFilter
from nap_desktop.services.demo import DemoGenerator
from tests.services.conftest import Services, as_demo_vault


@pytest.fixture
def demo(svc: Services) -> Iterator[Services]:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=3).run(600)
    yield svc


@pytest.mark.parametrize("descending", [False, True])
def test_sorted_by_name_people_who_share_a_name_keep_their_referrals_together(
    demo: Services, descending: bool
) -> None:
    flt = CaseloadFilter(sort="client", descending=descending)
    keys = demo.queries.caseload_keys(flt)
    rows = [r for r in demo.queries.caseload_rows(keys) if r is not None]
    assert len(rows) == len(keys) >= 600
    order = [(r.client_name, r.client_id) for r in rows]
    assert order == sorted(order, reverse=descending)
    # Demo names repeat: several people share one, each in one block, not interleaved.
    shared = {name for name, cid in order if sum(1 for n, c in set(order) if n == name) > 1}
    assert shared
    blocks = [cid for i, (_n, cid) in enumerate(order) if i == 0 or order[i - 1][1] != cid]
    assert len(blocks) == len(set(blocks))
    # The first rows (a walk of the order) are the same as the sorted whole.
    window = demo.queries.caseload_first(flt, limit=50)
    assert window.row_keys == list(keys[:50])


@pytest.mark.parametrize("sort", ["next_due", "case_number", "updated"])
def test_with_nothing_narrowing_a_slow_walk_never_turns_into_sorting_everything(
    demo: Services, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy machine can make any walk outlast its budget; sorting every match instead
    took 30 s at a million referrals. Only a narrowing filter may fall back to it."""
    monkeypatch.setattr(cq, "WALK_BUDGET_S", 0.0)
    monkeypatch.setattr(cq, "WALK_BUDGET_PER_ROW_S", 0.0)
    monkeypatch.setattr(caseload_cancel, "PROGRESS_STEPS", 1)  # look at the clock at once
    flt = CaseloadFilter(sort=sort)
    window = demo.queries.caseload_first(flt, limit=50)
    assert window.keys is None  # walked: every key comes later, in the background
    assert window.row_keys == list(demo.queries.caseload_keys(flt)[:50])
    narrow = demo.queries.caseload_first(replace(flt, overdue=True, search="ma"), limit=50)
    assert narrow.keys is not None  # a narrowing filter still sorts its few matches
