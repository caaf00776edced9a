"""My tasks, the team's and the calendar give exactly what the queries gave before the
per-kind bound (``Scope.until``, December 2026): the same tasks in the same order, on a
demo vault of many cases, open and closed, several workers, every kind of derived task,
overdue and not, for several days and page sizes. The oracle is the old code, verbatim
(``old_task_queries.py``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from nap_desktop.domain import ics
from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import TaskKind
from nap_desktop.domain.labels import source
from nap_desktop.i18n import translator
from nap_desktop.services import tasks as tasks_module
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.tasks import HORIZON_DAYS, ICS_PAST_DAYS, TaskService
from nap_desktop.store import models as m
from tests.services import old_task_queries as old
from tests.services.conftest import Services, as_demo_vault

PAGES = (1, 7, 60, 500)
CLOSED = "('completed', 'declined', 'expired', 'withdrawn')"
#: Ties at every page's edge: half of every kind's dates moved to the first of their year
#: (a case's intake to 30 days before it, its plan due date with it, as the demo
#: and the plan service set it), so many tasks of different kinds fall due the same day.
_FIRST = "date({0}, 'start of year')"
_EARLIEST = "(SELECT date(min(created_at), '+30 days') FROM clients WHERE rowid % 2 = 0)"
TIES = (
    "UPDATE clients SET created_at = strftime('%Y-%m-%dT12:00:00.000000Z', "
    "date(created_at, 'start of year', '-30 days')) WHERE rowid % 2 = 0",
    "UPDATE case_plans SET due_on = (SELECT date(c.created_at, '+30 days') FROM clients c "
    "WHERE c.id = case_plans.client_id)",
    f"UPDATE case_plans SET next_review_on = {_FIRST.format('next_review_on')} "
    "WHERE rowid % 2 = 0",
    f"UPDATE releases SET expires_on = {_FIRST.format('expires_on')} WHERE rowid % 2 = 0",
    f"UPDATE restitution_steps SET due_on = {_FIRST.format('due_on')} WHERE rowid % 2 = 0",
    f"UPDATE placements SET start_date = {_FIRST.format('start_date')}, expected_exit_date "
    f"= {_FIRST.format('expected_exit_date')} WHERE rowid % 2 = 0",
    f"UPDATE service_records SET provided_on = {_FIRST.format('provided_on')} "
    "WHERE rowid % 2 = 0",
    f"UPDATE tasks SET due_on = {_FIRST.format('due_on')} WHERE rowid % 2 = 0",
    # and kinds that sort before "plan_due" on the first day plans fall due in bulk
    f"UPDATE tasks SET due_on = {_EARLIEST} WHERE rowid % 3 = 1",
    f"UPDATE placements SET expected_exit_date = {_EARLIEST} WHERE rowid % 3 = 1",
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Services:
    from tests.services.conftest import svc as make_svc

    made = make_svc.__wrapped__(tmp_path_factory.mktemp("oracle"))  # type: ignore[attr-defined]
    svc: Services = next(made)
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=11).run(900)
    with svc.ctx.unit_of_work() as s:  # more planned services past their date than the
        s.execute(text("UPDATE service_records SET status = 'planned' "  # demo's few
                       "WHERE rowid % 29 = 0"))
        for sql in TIES:
            s.execute(text(sql))
    return svc


def _days(svc: Services) -> list[date]:
    today = svc.ctx.today()
    return [today, today - timedelta(days=400), today + timedelta(days=75)]


def _workers(svc: Services) -> dict[str, str]:
    return dict(svc.users)


def _oracle(svc: Services, scope: old.Scope, day: date) -> list[se.TaskItem]:
    with svc.ctx.read() as s:
        names = {str(u): str(n) for u, n in s.execute(select(m.UserRow.id,
                                                              m.UserRow.display_name))}
        return old.old_list(s, scope, day, HORIZON_DAYS, names)


def test_the_demo_vault_has_what_the_comparison_needs(vault: Services) -> None:
    everything = _oracle(vault, old.Scope(), vault.ctx.today())
    assert {i.kind for i in everything} == set(TaskKind)
    assert any(i.overdue for i in everything) and not all(i.overdue for i in everything)
    assert len({i.assigned_user_id for i in everything}) >= 3
    with vault.ctx.read() as s:
        closed_with_plans = s.scalar(text(
            "SELECT count(*) FROM case_plans p WHERE EXISTS (SELECT 1 FROM referrals r "
            "WHERE r.client_id = p.client_id) AND NOT EXISTS (SELECT 1 FROM referrals r "
            f"WHERE r.client_id = p.client_id AND r.status NOT IN {CLOSED})"))
    assert closed_with_plans and closed_with_plans > 20
    mine = _oracle(vault, old.Scope(owner=_workers(vault)["admin"]), vault.ctx.today())
    assert len(mine) > max(PAGES[:-1])  # the smaller pages are cut


def test_mine_is_what_it_was_for_every_worker_day_and_page(vault: Services) -> None:
    tasks = TaskService(vault.ctx)
    compared = 0
    for name, uid in _workers(vault).items():
        vault.act_as(name)
        for day in _days(vault):
            for most in PAGES:
                expected = _oracle(vault, old.Scope(owner=uid, most=most), day)
                assert tasks.mine(day, most=most) == expected, (name, day, most)
                compared += len(expected)
    assert compared > 1000


def test_the_team_and_one_case_are_what_they_were(vault: Services) -> None:
    tasks = TaskService(vault.ctx)
    vault.act_as("sofia")
    for day in _days(vault):
        for most in (*PAGES, 2000):
            assert tasks.team(day, most=most) == _oracle(vault, old.Scope(most=most), day)
    with vault.ctx.read() as s:
        clients = list(s.scalars(select(m.ClientRow.id).order_by(m.ClientRow.id).limit(40)))
    for client_id in clients:
        expected = _oracle(vault, old.Scope(client_id=client_id), vault.ctx.today())
        assert tasks.for_client(client_id) == expected


def test_the_calendar_is_what_it_was(vault: Services) -> None:
    tasks = TaskService(vault.ctx)
    gettext = translator("en").gettext
    for name, uid in _workers(vault).items():
        vault.act_as(name)
        today = vault.ctx.today()
        since, limit = today - timedelta(days=ICS_PAST_DAYS), today + timedelta(days=90)
        with vault.ctx.read() as s:
            found: list[old.Found] = []
            for query in old.QUERIES:
                found += query(s, old.Scope(owner=uid, since=since), today, limit)
        events = [ics.AllDayEvent(uid=tasks_module._uid(f.key), on=f.due_on, stamp=f.due_on,
                                  summary=tasks_module._summary(gettext(source(f.kind)),
                                                                f.case_number))
                  for f in sorted(found, key=lambda f: (f.due_on, f.key))
                  if since <= f.due_on <= limit]
        expected = ics.calendar(events, name=gettext("NAP Desktop tasks"))
        assert tasks.ics() == expected, name
