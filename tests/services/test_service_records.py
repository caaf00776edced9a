"""Services delivered (issue #13): what a caseworker and a supervisor notice — the 7-day
edit window, a supervisor's correction keeping the previous values, voids, a partner's
service needing a referral, clear refusals that change nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import Role, ServiceCategory, ServiceProvider, ServiceStatus
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.i18n import render
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.service_records import ServiceRecordService
from nap_desktop.store import models as m
from tests.services.conftest import Services

TODAY = date(2026, 11, 23)


@pytest.fixture
def services(svc: Services) -> ServiceRecordService:
    with svc.ctx.unit_of_work() as s:
        svc.users["luis"] = new_id()
        s.add(m.UserRow(id=svc.users["luis"], name="luis", display_name="Luis Ortega",
                        role=Role.CASEWORKER.value, active=True, created_at=svc.clock()))
    svc.act_as("ana")
    return ServiceRecordService(svc.ctx)


def _client(svc: Services, name: str = "Rosa Example") -> str:
    return svc.cases.create_client(PersonalInput(legal_name=name)).id


def _input(**kw: object) -> se.ServiceInput:
    base: dict[str, object] = {"provided_on": TODAY, "category": "crisis_intervention",
                               "minutes": 45, "note": "Called from the clinic."}
    base.update(kw)
    return se.ServiceInput(**base)  # type: ignore[arg-type]


def _count(svc: Services, model: type[m.Base]) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_service_is_recorded_and_listed_newest_first(svc: Services,
                                                       services: ServiceRecordService) -> None:
    client = _client(svc)
    services.add(client, _input(provided_on=TODAY - timedelta(days=3), category="case_management"))
    added = services.add(client, _input())
    listed = services.list_for_client(client)
    assert [r.category for r in listed] == [ServiceCategory.CRISIS_INTERVENTION,
                                            ServiceCategory.CASE_MANAGEMENT]
    assert added.provided_by_name == "Ana" and added.provider is ServiceProvider.STAFF
    assert added.author_user_id == svc.users["ana"] and added.minutes == 45


def test_the_author_edits_at_6_days_23_hours_but_not_at_7_days_1_minute(
        svc: Services, services: ServiceRecordService) -> None:
    client = _client(svc)
    record = services.add(client, _input())
    svc.clock.advance(days=6, hours=23)
    changed = services.update(record.id, _input(minutes=60), expected_revision=record.revision)
    assert changed.minutes == 60
    svc.clock.advance(hours=1, minutes=1)  # 7 days and 1 minute after it was recorded
    with pytest.raises(PermissionDenied) as refused:
        services.update(record.id, _input(minutes=90), expected_revision=changed.revision)
    assert "more than 7 days ago (23 Nov 2026)" in render(refused.value)
    assert services.get(record.id).minutes == 60


def test_only_the_author_edits_and_a_supervisor_corrects_keeping_the_previous_values(
        svc: Services, services: ServiceRecordService) -> None:
    client = _client(svc)
    record = services.add(client, _input(minutes=30))
    svc.act_as("luis")
    with pytest.raises(PermissionDenied, match="Only Ana, who recorded this service"):
        services.update(record.id, _input(minutes=40), expected_revision=record.revision)
    svc.act_as("ana")
    with pytest.raises(PermissionDenied):  # a caseworker never corrects
        services.correct(record.id, _input(minutes=40), reason="typo")
    svc.clock.advance(days=10)
    svc.act_as("sofia")
    corrected = services.correct(record.id, _input(minutes=40, category="safety_planning"),
                                 reason="Was safety planning, 40 minutes")
    assert (corrected.minutes, corrected.category) == (40, ServiceCategory.SAFETY_PLANNING)
    assert corrected.corrected
    [kept] = services.corrections(record.id)
    assert kept.before == {"minutes": 30, "category": "crisis_intervention"}
    assert kept.reason == "Was safety planning, 40 minutes" and kept.by_name == "Sofia"
    with pytest.raises(ValidationError, match="changes nothing"):
        services.correct(record.id, _input(minutes=40, category="safety_planning"),
                         reason="again")
    with pytest.raises(ValidationError, match="Reason is required"):
        services.correct(record.id, _input(minutes=50), reason="  ")
    assert _count(svc, m.ServiceCorrectionRow) == 1


def test_corrections_keep_no_survivor_words_in_the_audit(
        svc: Services, services: ServiceRecordService) -> None:
    client = _client(svc)
    record = services.add(client, _input(note="Rosa stays at 12 Hidden Lane"))
    svc.act_as("sofia")
    services.correct(record.id, _input(note="Rosa moved"), reason="Rosa asked to fix it")
    services.void(record.id, "Rosa said it never happened")
    with svc.ctx.read() as s:
        details = " ".join(r.detail for r in s.scalars(select(m.AuditRow)))
        actions = [r.action for r in s.scalars(select(m.AuditRow).where(
            m.AuditRow.record_id == record.id))]
    assert "Rosa" not in details and "Hidden" not in details
    assert actions == ["service.add", "service.correct", "service.void"]


def test_void_needs_a_reason_and_keeps_the_record_marked(
        svc: Services, services: ServiceRecordService) -> None:
    client = _client(svc)
    record = services.add(client, _input())
    with pytest.raises(ValidationError, match="Reason is required"):
        services.void(record.id, "")
    services.void(record.id, "Entered twice")
    [shown] = services.list_for_client(client)
    assert shown.voided and shown.void_reason == "Entered twice"
    with pytest.raises(ValidationError, match="voided"):
        services.update(record.id, _input(), expected_revision=shown.revision)


def test_after_7_days_only_a_supervisor_voids(svc: Services,
                                              services: ServiceRecordService) -> None:
    client = _client(svc)
    record = services.add(client, _input())
    svc.clock.advance(days=8)
    with pytest.raises(PermissionDenied):
        services.void(record.id, "wrong case")
    svc.act_as("sofia")
    services.void(record.id, "wrong case")
    assert services.get(record.id).voided


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"minutes": -1}, "minutes", "from 0 to 1,440"),
    ({"minutes": 1441}, "minutes", "from 0 to 1,440"),
    ({"category": "massage"}, "category", "valid value"),
    ({"mode": "carrier_pigeon"}, "mode", "valid value"),
    ({"provided_on": TODAY + timedelta(days=1)}, "provided_on",
     "is in the future (today is 23 Nov 2026): record it as planned"),
    ({"provided_on": date(1850, 1, 1)}, "provided_on", "must be between"),
    ({"note": "x" * 2001}, "note", "too long"),
    ({"provider": "partner"}, "referral_id", "needs the referral of this client"),
])
def test_bad_input_is_refused_with_a_specific_message_and_nothing_stored(
        svc: Services, services: ServiceRecordService, change: dict[str, object], field: str,
        words: str) -> None:
    client = _client(svc)
    with pytest.raises(ValidationError) as refused:
        services.add(client, _input(**change))
    assert refused.value.field == field and words in render(refused.value)
    assert _count(svc, m.ServiceRecordRow) == 0


def test_a_planned_service_may_be_in_the_future(svc: Services,
                                                services: ServiceRecordService) -> None:
    record = services.add(_client(svc), _input(provided_on=TODAY + timedelta(days=5),
                                               status="planned"))
    assert record.status is ServiceStatus.PLANNED


def test_a_partners_service_goes_through_a_referral_of_that_client(
        svc: Services, services: ServiceRecordService) -> None:
    client, other = _client(svc), _client(svc, "Other Person")
    referral = svc.referrals.create(
        client_id=other, from_agency_id=svc.self_id, to_agency_id=svc.other_partner_id,
        direction=None, services=("legal",))
    with pytest.raises(ValidationError, match="not one of this case"):
        services.add(client, _input(provider="partner", referral_id=referral.id))
    mine = svc.referrals.create(
        client_id=client, from_agency_id=svc.self_id, to_agency_id=svc.other_partner_id,
        direction=None, services=("legal",))
    record = services.add(client, _input(provider="partner", referral_id=mine.id,
                                         category="legal_assistance"))
    assert record.partner_agency_id == svc.other_partner_id
    assert record.provided_by_name == "Legal Aid Demo" and record.provided_by_user_id is None


def test_a_caseworker_records_services_only_on_cases_they_may_edit(
        svc: Services, services: ServiceRecordService) -> None:
    client = _client(svc)
    with svc.ctx.unit_of_work() as s:
        row = s.get(m.ClientRow, client)
        assert row is not None
        row.assigned_user_id = svc.users["luis"]
    svc.act_as("ana")
    with pytest.raises(PermissionDenied, match="assigned to Luis Ortega"):
        services.add(client, _input())
    svc.act_as("sofia")
    assert services.add(client, _input()).provided_by_name == "Sofia"


def test_an_unknown_record_is_not_found(services: ServiceRecordService) -> None:
    with pytest.raises(NotFound):
        services.get("nope")


def test_the_correction_keeps_dates_as_text(svc: Services,
                                            services: ServiceRecordService) -> None:
    record = services.add(_client(svc), _input())
    svc.act_as("sofia")
    services.correct(record.id, _input(provided_on=TODAY - timedelta(days=1)), reason="date")
    with svc.ctx.read() as s:
        before = s.scalars(select(m.ServiceCorrectionRow.before)).one()
    assert json.loads(before) == {"provided_on": "2026-11-23"}
