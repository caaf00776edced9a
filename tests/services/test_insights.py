"""The Insights figures against the hand-counted fixture (tests/services/insights_fixture.py)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services import insights as ins
from nap_desktop.services.base import Actor
from nap_desktop.services.insights import InsightsService
from tests.services.conftest import Services
from tests.services.insights_fixture import (
    CANARY,
    CANARY_CASE,
    END,
    EXPECTED_COLLECTED,
    EXPECTED_CONTINUING,
    EXPECTED_DISBURSED,
    EXPECTED_MEDIAN,
    EXPECTED_MOVE_IN,
    EXPECTED_NEW,
    EXPECTED_ORDERED,
    EXPECTED_OUTCOMES,
    EXPECTED_SERVICES,
    FEB,
    JAN,
    MAR,
    START,
    plant,
)


@pytest.fixture
def insights(svc: Services) -> InsightsService:
    plant(svc.ctx, ana=svc.users["ana"], sofia=svc.users["sofia"])
    return InsightsService(svc.ctx)


def test_new_and_continuing_clients_per_month(insights: InsightsService) -> None:
    figures = insights.new_vs_continuing(START, END)
    assert figures.months == (JAN, FEB, MAR)
    assert {mo: figures.value(mo, ins.NEW) for mo in figures.months} == EXPECTED_NEW
    assert {mo: figures.value(mo, ins.CONTINUING) for mo in figures.months} == \
        EXPECTED_CONTINUING


def test_services_by_category_per_month(insights: InsightsService) -> None:
    figures = insights.services_by_month(START, END)
    assert figures.keys == ("case_management", "crisis_intervention", "safety_planning")
    got = {(mo, key): figures.value(mo, key) for mo in figures.months for key in figures.keys
           if figures.value(mo, key)}
    assert got == EXPECTED_SERVICES
    assert figures.total("crisis_intervention") == 2  # the voided one left out


def test_referral_outcomes_of_the_period(insights: InsightsService) -> None:
    outcomes = insights.referral_outcomes(START, END)
    assert dict(outcomes.counts) == EXPECTED_OUTCOMES
    assert [key for key, _n in outcomes.counts] == list(ins.OUTCOME_KEYS)
    assert outcomes.total == 5


def test_days_from_project_start_to_move_in(insights: InsightsService) -> None:
    days = insights.days_to_move_in(START, END)
    assert days.placements == 4
    assert days.median == EXPECTED_MEDIAN
    assert dict(days.buckets.counts) == EXPECTED_MOVE_IN


def test_restitution_in_exact_cents(insights: InsightsService) -> None:
    money = insights.restitution_money(START, END)
    for key, expected in ((ins.ORDERED, EXPECTED_ORDERED), (ins.COLLECTED, EXPECTED_COLLECTED),
                          (ins.DISBURSED, EXPECTED_DISBURSED)):
        got = {mo: money.value(mo, key) for mo in money.months}
        assert got == expected, key
        assert all(isinstance(v, int) for v in got.values())
    assert (money.total(ins.ORDERED), money.total(ins.COLLECTED),
            money.total(ins.DISBURSED)) == (1_234_567, 10_306, 10_000)


def test_caseload_per_worker(svc: Services) -> None:
    planted = plant(svc.ctx, ana=svc.users["ana"], sofia=svc.users["sofia"])
    rows = InsightsService(svc.ctx).caseload_per_worker()
    assert {(w.display_name or None): w.open_cases for w in rows} == planted.caseload
    assert rows[0].display_name == "Ana"  # most open cases first
    assert rows[-1].user_id is None  # nobody's cases last among equals


def test_a_month_outside_the_period_counts_nothing(insights: InsightsService) -> None:
    april = insights.overview(date(2026, 4, 1), date(2026, 4, 30))
    assert april.clients.value(date(2026, 4, 1), ins.NEW) == 1  # client 5's intake
    assert april.outcomes.count("expired") == 1
    assert april.restitution.value(date(2026, 4, 1), ins.DISBURSED) == 50
    assert april.move_in.placements == 1


def test_no_result_holds_a_name_or_a_case_number(insights: InsightsService) -> None:
    overview = insights.overview(START, END)
    text = repr(asdict(overview))
    assert CANARY not in text and CANARY_CASE not in text


def test_overview_reports_progress_and_stops_when_cancelled(
        insights: InsightsService) -> None:
    seen: list[tuple[int, int]] = []
    insights.overview(START, END, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 6) for n in range(1, 7)]
    with pytest.raises(ins.Cancelled):
        insights.overview(START, END, cancel=lambda: True)


def test_a_backwards_or_huge_period_is_refused(insights: InsightsService) -> None:
    with pytest.raises(ValidationError):
        insights.referral_outcomes(END, START)
    with pytest.raises(ValidationError):
        insights.referral_outcomes(date(2010, 1, 1), END)


def test_nobody_signed_in_reads_nothing(svc: Services) -> None:
    svc.ctx.actor = Actor(user=None, agency=svc.ctx.actor.agency)
    with pytest.raises(PermissionDenied):
        InsightsService(svc.ctx).caseload_per_worker()
