"""My tasks (issue #13): derived tasks appear and disappear as the records change, manual
tasks are added, done and cancelled; the .ics export parses and carries no name, title
or note — only the task kind and the case number."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import Role, TaskKind
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.plans import PlanService
from nap_desktop.services.service_records import ServiceRecordService
from nap_desktop.services.tasks import TaskService
from nap_desktop.store import models as m
from tests.services.conftest import Services

TODAY = date(2026, 11, 23)


@pytest.fixture
def tasks(svc: Services) -> TaskService:
    with svc.ctx.unit_of_work() as s:
        svc.users["luis"] = new_id()
        s.add(m.UserRow(id=svc.users["luis"], name="luis", display_name="Luis Ortega",
                        role=Role.CASEWORKER.value, active=True, created_at=svc.clock()))
    svc.act_as("ana")
    return TaskService(svc.ctx)


def _my_case(svc: Services, name: str = "Rosa Example", worker: str = "ana") -> str:
    client = svc.cases.create_client(PersonalInput(legal_name=name)).id
    with svc.ctx.unit_of_work() as s:
        row = s.get(m.ClientRow, client)
        assert row is not None
        row.assigned_user_id = svc.users[worker]
    return client


def _kinds(items: list[se.TaskItem]) -> list[str]:
    return [i.kind.value for i in items]


def test_a_plan_due_task_appears_and_goes_when_the_plan_is_written(
        svc: Services, tasks: TaskService) -> None:
    client = _my_case(svc)
    assert _kinds(tasks.mine()) == ["plan_due"]  # due in 30 days: within the horizon
    [due] = tasks.mine()
    assert due.due_on == TODAY + timedelta(days=30) and not due.overdue
    assert due.case_number.startswith("NAP-") and due.worker_name == "Ana"
    PlanService(svc.ctx).mark_written(client)
    assert tasks.mine() == []
    svc.clock.advance(days=85)  # the first review is due 90 days after writing
    [review] = tasks.mine()
    assert review.kind is TaskKind.PLAN_REVIEW and review.due_on == TODAY + timedelta(days=90)
    PlanService(svc.ctx).mark_reviewed(client, TODAY + timedelta(days=85))
    assert tasks.mine() == []


def test_only_my_cases_tasks_are_mine_and_the_team_sees_all(svc: Services,
                                                          tasks: TaskService) -> None:
    _my_case(svc)
    _my_case(svc, "Luis's client", worker="luis")
    assert len(tasks.mine()) == 1
    with pytest.raises(PermissionDenied):
        tasks.team()
    svc.act_as("sofia")
    team = tasks.team()
    assert sorted(i.worker_name for i in team) == ["Ana", "Luis Ortega"]


def test_consent_housing_and_service_tasks_follow_their_records(svc: Services,
                                                               tasks: TaskService) -> None:
    client = _my_case(svc)
    PlanService(svc.ctx).mark_written(client)
    release = svc.releases.create(client_id=client, recipient_agency_id=svc.partner_id,
                                  categories=["identity"], purpose="Referral",
                                  expires_on=TODAY + timedelta(days=20), signed_on=TODAY)
    place = svc.housing.add_placement(client, PlacementInput(
        program_type="rapid_rehousing", provider="Casa", referred_on=TODAY - timedelta(5),
        start_date=TODAY - timedelta(days=3), expected_exit_date=TODAY + timedelta(days=10)),
        status="started")
    services = ServiceRecordService(svc.ctx)
    planned = services.add(client, se.ServiceInput(provided_on=TODAY + timedelta(days=2),
                                                   category="accompaniment_court",
                                                   status="planned"))
    assert _kinds(tasks.mine()) == ["move_in_due", "exit_due", "consent_expiring"]
    svc.clock.advance(days=3)
    kinds = _kinds(tasks.mine())
    assert "service_follow_up" in kinds and kinds[0] == "move_in_due"  # overdue first
    services.update(planned.id, se.ServiceInput(provided_on=TODAY + timedelta(days=2),
                                                category="accompaniment_court",
                                                status="delivered"),
                    expected_revision=planned.revision)
    svc.releases.revoke(release.id)
    svc.housing.update_placement(place.id, PlacementInput(
        program_type="rapid_rehousing", provider="Casa", referred_on=TODAY - timedelta(5),
        start_date=TODAY - timedelta(days=3), move_in_date=TODAY,
        expected_exit_date=TODAY + timedelta(days=60)), status="moved_in")
    assert tasks.mine() == []


def test_manual_tasks_are_added_done_and_cancelled(svc: Services, tasks: TaskService) -> None:
    client = _my_case(svc)
    PlanService(svc.ctx).mark_written(client)
    task = tasks.add(se.TaskInput(title="Call Rosa's lawyer about the hearing",
                                  due_on=TODAY - timedelta(days=1), client_id=client))
    assert task.kind is TaskKind.MANUAL and task.overdue and task.title.startswith("Call")
    assert [i.task_id for i in tasks.for_client(client)] == [task.task_id]
    assert task.task_id is not None
    with pytest.raises(PermissionDenied):
        tasks.add(se.TaskInput(title="x", due_on=TODAY,
                               assigned_user_id=svc.users["luis"]))
    svc.act_as("luis")
    with pytest.raises(PermissionDenied, match="Only the person the task is assigned to"):
        tasks.complete(task.task_id)
    svc.act_as("ana")
    tasks.complete(task.task_id)
    assert tasks.mine() == []
    with pytest.raises(ValidationError, match="already done"):
        tasks.cancel(task.task_id, "no longer needed")
    other = tasks.add(se.TaskInput(title="Renew bus pass", due_on=TODAY))
    with pytest.raises(ValidationError, match="Reason is required"):
        tasks.cancel(str(other.task_id), " ")
    tasks.cancel(str(other.task_id), "Rosa got a car")
    assert tasks.mine() == []


def _unfold(data: bytes) -> list[str]:
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    for raw in data.split(b"\r\n")[:-1]:
        assert len(raw) <= 75
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def test_the_ics_parses_and_carries_kind_and_case_number_only(svc: Services,
                                                             tasks: TaskService) -> None:
    client = _my_case(svc, "Rosa Secretname")
    tasks.add(se.TaskInput(title="Visit Rosa Secretname at 12 Hidden Lane, room 4",
                           due_on=TODAY + timedelta(days=5), client_id=client))
    with svc.ctx.read() as s:
        number = s.get(m.ClientRow, client).case_number  # type: ignore[union-attr]
    data = tasks.ics()
    assert b"Secretname" not in data and b"Hidden" not in data and b"Rosa" not in data
    lines = _unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    events = [i for i, line in enumerate(lines) if line == "BEGIN:VEVENT"]
    assert len(events) == 2  # the manual task and the plan due
    summaries = sorted(line[len("SUMMARY:"):] for line in lines if line.startswith("SUMMARY:"))
    assert summaries == [f"Case plan due — {number}", f"Task — {number}"]
    starts = [line for line in lines if line.startswith("DTSTART;VALUE=DATE:")]
    assert "DTSTART;VALUE=DATE:20261128" in starts
    assert len({line for line in lines if line.startswith("UID:")}) == 2
    assert tasks.ics() == data  # deterministic: same tasks, same bytes
    spanish = _unfold(tasks.ics(lang="es"))
    assert f"SUMMARY:Tarea — {number}" in spanish


def test_the_ics_uid_stays_when_other_tasks_change(svc: Services, tasks: TaskService) -> None:
    client = _my_case(svc)
    before = {line for line in _unfold(tasks.ics()) if line.startswith("UID:")}
    tasks.add(se.TaskInput(title="x", due_on=TODAY, client_id=client))
    after = {line for line in _unfold(tasks.ics()) if line.startswith("UID:")}
    assert before < after
