"""The demo vault has issue #13's data: awards, two housing projects with their
placements, services on most cases across two federal fiscal years, plans, safety plans,
tasks, program activities and the reported client fields with a realistic share of
"refused" / "doesn't know" / "not collected" — and a second run adds no second award."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from nap_desktop.services import demo_services
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.plans import PlanService
from nap_desktop.services.tasks import TaskService
from nap_desktop.store import models as m
from tests.services.conftest import Services, as_demo_vault


def _fiscal_year(day: date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


def _count(svc: Services, model: type[m.Base]) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_demo_fills_what_grant_reports_and_charts_read(svc: Services) -> None:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=4).run(400)
    with svc.ctx.read() as s:
        clients = int(s.scalar(select(func.count()).select_from(m.ClientRow)) or 0)
        served = int(s.scalar(select(func.count(func.distinct(m.ServiceRecordRow.client_id))))
                     or 0)
        days = list(s.scalars(select(m.ServiceRecordRow.provided_on)))
        funders = {f for f in s.scalars(select(m.FundingSourceRow.funder))}
        linked = s.scalar(select(func.count()).select_from(m.PlacementRow).where(
            m.PlacementRow.project_id.is_(None)))
        genders = Counter(s.scalars(select(m.ClientPersonalRow.gender)))
        citizenship = Counter(s.scalars(select(m.ClientPersonalRow.citizenship)))
        partner = s.scalar(select(func.count()).select_from(m.ServiceRecordRow).where(
            m.ServiceRecordRow.provider == "partner"))
    assert served >= clients * 0.7
    assert len({_fiscal_year(d) for d in days}) >= 2
    assert funders == {"voca", "ovc_trafficking", "hud_coc"}
    assert _count(svc, m.ProjectRow) == 2 and linked == 0
    assert _count(svc, m.CasePlanRow) >= clients * 0.6
    assert _count(svc, m.PlanGoalRow) > _count(svc, m.CasePlanRow)
    assert _count(svc, m.SafetyPlanRow) >= clients * 0.4
    assert _count(svc, m.ProgramActivityRow) >= 40
    assert _count(svc, m.TaskRow) >= 1 and partner
    no_answer = genders["refused"] + genders["doesnt_know"] + genders["not_collected"]
    assert 0.03 * clients <= no_answer <= 0.2 * clients
    assert citizenship["foreign_national"] > citizenship["refused"] > 0
    # the services can read all of it back
    svc.act_as("sofia")
    assert TaskService(svc.ctx).team()
    with svc.ctx.read() as s:
        some = s.scalars(select(m.CasePlanRow.client_id).limit(1)).one()
    assert PlanService(svc.ctx).get(some).goals


def test_a_second_demo_run_adds_cases_but_no_second_award_or_project(svc: Services) -> None:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=4).run(50)
    before = _count(svc, m.ServiceRecordRow)
    DemoGenerator(svc.ctx, seed=5).run(50)
    assert _count(svc, m.FundingSourceRow) == 3 and _count(svc, m.ProjectRow) == 2
    assert _count(svc, m.ServiceRecordRow) > before


def test_a_very_large_demo_gives_services_to_its_newest_cases_only(
        svc: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A million-referral demo must build within ten minutes: issue #13's rows go to the
    newest ``MOST_CASES`` cases (every case of a 100,000-referral vault)."""
    monkeypatch.setattr(demo_services, "MOST_CASES", 25)
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=4).run(200)
    with svc.ctx.read() as s:
        numbers = sorted(s.scalars(select(m.ClientRow.case_number)))
        touched = set(s.scalars(select(m.ClientRow.case_number).join(
            m.ServiceRecordRow, m.ServiceRecordRow.client_id == m.ClientRow.id)))
        touched |= set(s.scalars(select(m.ClientRow.case_number).join(
            m.CasePlanRow, m.CasePlanRow.client_id == m.ClientRow.id)))
    assert len(numbers) > 25
    assert touched and touched <= set(numbers[-25:])
