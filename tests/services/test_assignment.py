"""Assigning cases to workers (issue #11): one or many, with a reason, all or nothing,
audited per case; only supervisors and administrators assign, only to active caseworkers
and supervisors; the case's referrals follow it, so "My cases" shows them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.services.assignment import NOT_ALLOWED, AssignmentService
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.referrals import ReferralInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

REASON = "Luis speaks Mam; Ana is on leave"


def add_user(svc: Services, name: str, role: str, *, active: bool = True) -> str:
    with svc.ctx.unit_of_work() as s:
        row = m.UserRow(id=new_id(), name=name, display_name=name.title(), role=role,
                        active=active, created_at=svc.clock())
        s.add(row)
    svc.users[name] = row.id
    return row.id


def open_case(svc: Services, name: str) -> str:
    client, _ = svc.cases.open_case(
        PersonalInput(legal_name=name),
        first_referral=ReferralInput(from_agency_id=svc.partner_id, to_agency_id=svc.self_id,
                                     direction="le_to_vsp", services=("housing",)))
    return client.id


def owners(svc: Services, client_id: str) -> tuple[str | None, set[str | None]]:
    """The case's worker and its referrals' workers."""
    with svc.ctx.read() as s:
        client = s.get(m.ClientRow, client_id)
        assert client is not None
        refs = set(s.scalars(select(m.ReferralRow.assigned_user_id)
                             .where(m.ReferralRow.client_id == client_id)))
        return client.assigned_user_id, refs


def assign_events(svc: Services) -> list[m.AuditRow]:
    with svc.ctx.read() as s:
        return list(s.scalars(select(m.AuditRow).where(m.AuditRow.action == "client.assign")))


@pytest.fixture
def service(svc: Services) -> AssignmentService:
    add_user(svc, "luis", "caseworker")
    return AssignmentService(svc.ctx)


def test_a_supervisor_assigns_one_case_with_its_referrals_and_the_reason(
        svc: Services, service: AssignmentService) -> None:
    case = open_case(svc, "Rosa")
    assert owners(svc, case) == (svc.users["ana"], {svc.users["ana"]})
    svc.act_as("sofia")
    [client] = service.assign([case], svc.users["luis"], reason=REASON)
    assert client.assigned_user_id == svc.users["luis"]
    assert owners(svc, case) == (svc.users["luis"], {svc.users["luis"]})
    [record] = service.history(case)
    assert (record.to_user_id, record.from_user_id, record.by_user_id, record.reason) == (
        svc.users["luis"], svc.users["ana"], svc.users["sofia"], REASON)
    [event] = assign_events(svc)
    assert event.record_id == case and event.user_id == svc.users["sofia"]
    assert "Mam" not in event.detail and "leave" not in event.detail  # ids only
    assert record.id in event.detail


def test_many_cases_in_one_action_audited_per_case(svc: Services,
                                                  service: AssignmentService) -> None:
    cases = [open_case(svc, name) for name in ("Rosa", "Mai", "Li")]
    svc.act_as("admin")
    assigned = service.assign(cases, svc.users["luis"], reason="Caseload balancing")
    assert [c.id for c in assigned] == cases
    assert {e.record_id for e in assign_events(svc)} == set(cases)
    assert len(assign_events(svc)) == 3
    assert all(owners(svc, c)[1] == {svc.users["luis"]} for c in cases)


def test_my_cases_shows_them_to_the_new_worker_and_not_the_old(
        svc: Services, service: AssignmentService) -> None:
    cases = [open_case(svc, name) for name in ("Rosa", "Mai")]
    mine = CaseloadFilter(assigned_user_id=svc.users["luis"])
    assert svc.queries.caseload_count(mine) == 0
    svc.act_as("sofia")
    service.assign(cases, svc.users["luis"], reason="Balancing")
    assert {r.client_id for r in svc.queries.caseload_page(mine)} == set(cases)
    assert svc.queries.caseload_count(CaseloadFilter(assigned_user_id=svc.users["ana"])) == 0


def test_a_caseworker_is_refused_in_the_service_and_nothing_changes(
        svc: Services, service: AssignmentService) -> None:
    case = open_case(svc, "Rosa")
    with pytest.raises(PermissionDenied) as caught:
        service.assign([case], svc.users["luis"], reason="I want to hand it over")
    assert caught.value.message == NOT_ALLOWED
    assert "supervisor" in caught.value.message
    assert owners(svc, case) == (svc.users["ana"], {svc.users["ana"]})
    assert assign_events(svc) == []


def test_one_case_that_fails_leaves_the_whole_batch_unassigned(
        svc: Services, service: AssignmentService) -> None:
    cases = [open_case(svc, name) for name in ("Rosa", "Mai")]
    svc.act_as("sofia")
    with pytest.raises(NotFound):
        service.assign([cases[0], new_id(), cases[1]], svc.users["luis"], reason="Balancing")
    assert all(owners(svc, c) == (svc.users["ana"], {svc.users["ana"]}) for c in cases)
    assert assign_events(svc) == []
    with svc.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(m.CaseAssignmentRow)) == 0


@pytest.mark.parametrize("who", ["admin", "gone"])
def test_only_active_caseworkers_and_supervisors_can_be_chosen(
        svc: Services, service: AssignmentService, who: str) -> None:
    add_user(svc, "gone", "caseworker", active=False)
    case = open_case(svc, "Rosa")
    svc.act_as("sofia")
    assert {u.name for u in service.workers()} == {"ana", "luis", "sofia"}
    with pytest.raises(ValidationError, match="cannot hold cases") as caught:
        service.assign([case], svc.users[who], reason="Balancing")
    assert caught.value.field == "worker"
    assert owners(svc, case)[0] == svc.users["ana"]


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required(svc: Services, service: AssignmentService, reason: str) -> None:
    case = open_case(svc, "Rosa")
    svc.act_as("sofia")
    with pytest.raises(ValidationError, match="Reason is required") as caught:
        service.assign([case], svc.users["luis"], reason=reason)
    assert caught.value.field == "reason"


def test_reassignment_records_who_had_it_and_a_new_referral_follows_the_case(
        svc: Services, service: AssignmentService) -> None:
    case = open_case(svc, "Rosa")
    svc.act_as("sofia")
    service.assign([case], svc.users["luis"], reason="First")
    svc.clock.advance(minutes=5)
    service.assign([case], svc.users["sofia"], reason="Second")
    newest, oldest = service.history(case)
    assert (newest.reason, newest.from_user_id) == ("Second", svc.users["luis"])
    assert (oldest.reason, oldest.from_user_id) == ("First", svc.users["ana"])
    assert newest.at - oldest.at == timedelta(minutes=5)
    svc.act_as("ana")
    referral = svc.referrals.create(client_id=case, from_agency_id=svc.self_id,
                                    to_agency_id=svc.other_partner_id,
                                    direction="between_providers", services=("legal",))
    assert referral.assigned_user_id == svc.users["sofia"]


def test_the_case_service_keeps_assign(svc: Services, service: AssignmentService) -> None:
    case = open_case(svc, "Rosa")
    svc.act_as("sofia")
    [client] = svc.cases.assign([case], svc.users["luis"], reason="Balancing")
    assert client.assigned_user_id == svc.users["luis"]


def test_cases_and_workers_are_found_by_number_and_name(
        svc: Services, service: AssignmentService) -> None:
    case = open_case(svc, "Rosa")
    with svc.ctx.read() as s:
        number = s.get(m.ClientRow, case).case_number  # type: ignore[union-attr]
    assert service.find_cases([number]) == [case]
    with pytest.raises(NotFound, match="no case 2026-9999"):
        service.find_cases([number, "2026-9999"])
    assert service.find_worker("luis") == service.find_worker("Luis") == svc.users["luis"]


def test_one_case_id_given_alone_is_one_case_not_its_characters(
        svc: Services, service: AssignmentService) -> None:
    """A single id is a ``str``, itself a sequence of strings: it must name one case."""
    case = open_case(svc, "Rosa")
    svc.act_as("sofia")
    [client] = svc.cases.assign(case, svc.users["luis"], reason="Balancing")
    assert client.id == case and client.assigned_user_id == svc.users["luis"]
