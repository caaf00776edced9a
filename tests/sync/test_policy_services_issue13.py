"""Team sync authority over issue #13's records: services delivered, corrections,
funding, plans, safety plans, tasks.

What the services do is allowed to the role that does it (captured from the real service
on a real vault, as ``test_policy_services.py`` does); what they forbid, forged with a
real team member's own keys (``policy_office.forge``), is refused identically on two
devices while a legitimate change after it still applies (``test_policy_hostile._play``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from nap_desktop.domain import services_entities as se
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.types import utc_text
from nap_desktop.sync.changeset import RowOp
from tests.sync.policy_office import capture, event, forge, judge, office, replica
from tests.sync.test_policy_hostile import Team, _play, _text, _update, team

__all__ = ["office", "team"]

TODAY = date.today()


@dataclass
class Work:
    team: Team
    service: str  #: Ana's service record on the case (made now)
    goal: str  #: a goal of the case's plan
    safety: str  #: the case's safety plan
    task: str  #: Ana's manual task on the case
    created: datetime  #: when the service record was made


def _service(ws: Workspace, client: str) -> str:
    return ws.services.add(client, se.ServiceInput(provided_on=TODAY,
                                                   category="crisis_intervention",
                                                   minutes=30)).id


@pytest.fixture
def work(team: Team) -> Iterator[Work]:
    """Team's case (assigned to Ana) with Ana's service, plan goal, safety plan, task."""
    office = team.office
    sofia = office.unlock("sofia")
    try:
        sofia.cases.assign(team.client, office.ids["ana"], reason="caseload")
    finally:
        sofia.close()
    ana = office.unlock("ana")
    try:
        service = _service(ana, team.client)
        goal = ana.plans.save_goal(team.client, se.GoalInput(domain="housing",
                                                             description="Stable housing")).id
        safety = ana.plans.save_safety_plan(team.client,
                                            se.SafetyPlanInput(code_word="umbrella")).id
        task = ana.tasks.add(se.TaskInput(title="Call back", due_on=TODAY,
                                          client_id=team.client)).task_id
        assert task is not None
        created = ana.services.get(service).created_at
    finally:
        ana.close()
    yield Work(team=team, service=service, goal=goal, safety=safety, task=task,
               created=created)


def test_every_issue_13_action_is_allowed_to_the_role_that_makes_it(work: Work) -> None:
    office, client = work.team.office, work.team.client
    steps: list[tuple[str, str, Any]] = [
        ("sofia", "add a funding source", lambda ws: ws.funding.save_source(
            se.FundingSourceInput(funder="voca", name="VOCA 2026"))),
        ("sofia", "add a project", lambda ws: ws.funding.save_project(se.ProjectInput(
            name="Casa", hmis_project_type=2, operating_start=date(2024, 1, 1)))),
        ("sofia", "add a program activity", lambda ws: ws.funding.save_activity(
            se.ActivityInput(kind="training", held_on=TODAY, audience="health",
                             attendees=20))),
        ("ana", "record a service", lambda ws: _service(ws, client)),
        ("ana", "edit her service", lambda ws: ws.services.update(
            work.service, se.ServiceInput(provided_on=TODAY, category="crisis_intervention",
                                          minutes=45),
            expected_revision=ws.services.get(work.service).revision)),
        ("sofia", "correct Ana's service (supervisor)", lambda ws: ws.services.correct(
            work.service, se.ServiceInput(provided_on=TODAY, category="safety_planning",
                                          minutes=45), reason="category")),
        ("ana", "void her service", lambda ws: ws.services.void(work.service, "twice")),
        ("ana", "add a goal", lambda ws: ws.plans.save_goal(
            client, se.GoalInput(domain="safety", description="Safety"))),
        ("ana", "change the safety plan", lambda ws: ws.plans.save_safety_plan(
            client, se.SafetyPlanInput(code_word="rain", contact_risk="high"))),
        ("ana", "mark the plan written", lambda ws: ws.plans.mark_written(client)),
        ("ana", "add a task", lambda ws: ws.tasks.add(se.TaskInput(title="x", due_on=TODAY,
                                                                   client_id=client))),
        ("ana", "complete her task", lambda ws: ws.tasks.complete(work.task)),
    ]
    seen: set[str] = set()
    for who, what, action in steps:
        before = replica(office)
        cs = capture(office, who, action)
        assert cs.ops, what
        assert judge(office, before, cs, who) is None, what
        seen |= {op.t for op in cs.ops}
    assert {"funding_sources", "projects", "program_activities", "service_records",
            "service_corrections", "case_plans", "plan_goals", "safety_plans",
            "tasks"} <= seen


def _service_row(work: Work) -> dict[str, Any]:
    row = replica(work.team.office).read_row("service_records", {"id": work.service})
    assert row is not None
    return dict(row)


def test_a_caseworker_editing_another_workers_service_record_is_refused(work: Work) -> None:
    office = work.team.office
    row = _service_row(work)
    forged = forge(office, "bob", [
        _update("service_records", {"id": work.service}, minutes=600,
                revision=row["revision"] + 1),
        event(office, "bob", "service.update", record_type="service", record_id=work.service)])
    refusal, rep = _play(work.team, forged, "bob")
    assert refusal.code == "service-record"
    assert _text(refusal) == (
        "A change from Bob Lee's device was refused: a service record is changed only by "
        "its author within 7 days, or by a supervisor's correction that keeps the earlier "
        "values.")
    assert rep.read_row("service_records", {"id": work.service})["minutes"] == 30  # type: ignore[index]


def test_the_author_edits_within_7_days_but_not_after(work: Work) -> None:
    office = work.team.office
    row = _service_row(work)

    def edit(at: datetime) -> Any:
        return forge(office, "ana", [
            _update("service_records", {"id": work.service}, minutes=50,
                    revision=row["revision"] + 1),
            event(office, "ana", "service.update", record_type="service",
                  record_id=work.service, at=at)], at=at)

    in_time = edit(work.created + timedelta(days=6, hours=23))
    assert judge(office, replica(office), in_time, "ana") is None
    refusal, rep = _play(work.team, edit(work.created + timedelta(days=7, minutes=1)), "ana")
    assert refusal.code == "service-record"
    assert rep.read_row("service_records", {"id": work.service})["minutes"] == 30  # type: ignore[index]


def test_a_caseworker_dressing_an_edit_up_as_a_correction_is_refused(work: Work) -> None:
    office = work.team.office
    row = _service_row(work)
    forged = forge(office, "bob", [
        RowOp(t="service_corrections", k={"id": str(uuid.uuid4())}, op="i", base=None, new={
            "service_id": work.service, "at": utc_text(datetime.now(UTC)),
            "by_user_id": office.ids["bob"], "reason": "mine now",
            "before": '{"minutes": 30}'}),
        _update("service_records", {"id": work.service}, minutes=5,
                revision=row["revision"] + 1),
        event(office, "bob", "service.correct", record_type="service",
              record_id=work.service)])
    refusal, _ = _play(work.team, forged, "bob")
    assert refusal.code == "needs-supervisor"


def test_rewriting_a_service_correction_is_refused_even_to_a_supervisor(work: Work) -> None:
    office = work.team.office
    sofia = office.unlock("sofia")
    try:
        sofia.services.correct(work.service, se.ServiceInput(
            provided_on=TODAY, category="safety_planning", minutes=30), reason="category")
    finally:
        sofia.close()
    [correction] = replica(office).tables["service_corrections"].values()
    forged = forge(office, "sofia", [
        _update("service_corrections", {"id": correction["id"]},
                before='{"category": "medical"}'),
        event(office, "sofia", "service.correct", record_type="service",
              record_id=work.service)])
    refusal, rep = _play(work.team, forged, "sofia")
    assert refusal.code == "append-only"
    assert "service corrections are only ever added to" in _text(refusal)
    assert rep.read_row("service_corrections", {"id": correction["id"]}) == correction
    deleted = forge(office, "sofia", [
        RowOp(t="service_corrections", k={"id": correction["id"]}, op="d", base=None,
              old=dict(correction)),
        event(office, "sofia", "service.correct", record_type="service",
              record_id=work.service)])
    refusal, _ = _play(work.team, deleted, "sofia")
    assert refusal.code == "append-only"


@pytest.mark.parametrize("table", ["funding_sources", "projects", "program_activities"])
def test_a_caseworker_writing_funding_or_projects_is_refused(work: Work, table: str) -> None:
    office = work.team.office
    now = utc_text(datetime.now(UTC))
    values: dict[str, dict[str, Any]] = {
        "funding_sources": {"funder": "voca", "name": "Fake", "award_number": "",
                            "period_start": None, "period_end": None, "active": 1},
        "projects": {"name": "Fake", "hmis_project_type": 1, "funding_source_id": None,
                     "operating_start": "2024-01-01", "operating_end": None, "coc_code": "",
                     "geocode": "", "housing_type": None, "household_type": None,
                     "unit_inventory": None, "bed_inventory": 99, "active": 1},
        "program_activities": {"kind": "training", "held_on": "2026-01-01",
                               "audience": "other", "attendees": 5000, "minutes": 60,
                               "funding_source_id": None, "note": ""},
    }
    forged = forge(office, "ana", [
        RowOp(t=table, k={"id": str(uuid.uuid4())}, op="i", base=None,
              new={"revision": 1, "created_at": now, "updated_at": now, **values[table]}),
        event(office, "ana", "funding.save")])
    refusal, rep = _play(work.team, forged, "ana")
    assert refusal.code == "needs-supervisor"
    assert rep.tables.get(table, {}) == {}


@pytest.mark.parametrize(("table", "key", "change"), [
    ("plan_goals", "goal", {"description": "Rewritten by Bob"}),
    ("safety_plans", "safety", {"code_word": "leaked"}),
    ("tasks", "task", {"status": "done"}),
])
def test_a_caseworker_editing_plans_or_tasks_on_a_case_not_theirs_is_refused(
        work: Work, table: str, key: str, change: dict[str, Any]) -> None:
    office = work.team.office
    row_id = getattr(work, key)
    row = replica(office).read_row(table, {"id": row_id})
    assert row is not None
    forged = forge(office, "bob", [
        _update(table, {"id": row_id}, **change, revision=row["revision"] + 1),
        event(office, "bob", "plan.goal", record_type=table, record_id=row_id)])
    refusal, rep = _play(work.team, forged, "bob")
    assert refusal.code in ("case-record", "task-owner")
    assert rep.read_row(table, {"id": row_id}) == row


def test_a_caseworker_giving_a_task_to_someone_else_is_refused(work: Work) -> None:
    office = work.team.office
    now = utc_text(datetime.now(UTC))
    forged = forge(office, "ana", [
        RowOp(t="tasks", k={"id": str(uuid.uuid4())}, op="i", base=None, new={
            "client_id": None, "title": "Do my work", "due_on": TODAY.isoformat(),
            "assigned_user_id": office.ids["bob"], "created_by_user_id": office.ids["ana"],
            "status": "open", "done_on": None, "cancel_reason": "", "revision": 1,
            "created_at": now, "updated_at": now}),
        event(office, "ana", "task.add", record_type="task")])
    refusal, _ = _play(work.team, forged, "ana")
    assert refusal.code == "task-owner"

