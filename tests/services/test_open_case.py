"""Opening a case from an intake: client and first referral in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.enums import (
    ReferralDirection,
    ReferralStatus,
    ServiceType,
    TraffickingType,
    Urgency,
)
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.services import audit
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.referrals import ReferralInput
from nap_desktop.store import models as m
from tests.services.conftest import Services


def count(svc: Services, model: type) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def incoming(svc: Services, **changes: object) -> ReferralInput:
    data = ReferralInput(
        from_agency_id=svc.partner_id,
        to_agency_id=svc.self_id,
        direction=ReferralDirection.LE_TO_VSP,
        services=(ServiceType.HOUSING, ServiceType.INTERPRETATION),
        urgency=Urgency.PRIORITY,
        referring_person="SA Quinn",
        external_case_number="HSI-2026-0042",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_open_case_stores_client_and_referral_together(svc: Services) -> None:
    client, referral = svc.cases.open_case(
        PersonalInput(legal_name="Rosa Intake", languages=["Spanish", "K'iche'"]),
        trafficking_type=TraffickingType.LABOR,
        first_referral=incoming(svc),
    )
    assert referral is not None
    case = svc.cases.get_case(client.id)
    assert case.client.case_number == client.case_number
    assert case.client.trafficking_type is TraffickingType.LABOR
    assert case.client.personal.languages == ["Spanish", "K'iche'"]
    [stored] = case.referrals
    assert stored.id == referral.id
    assert (stored.from_agency_id, stored.to_agency_id) == (svc.partner_id, svc.self_id)
    assert stored.services == frozenset({ServiceType.HOUSING, ServiceType.INTERPRETATION})
    assert stored.status is ReferralStatus.RECEIVED  # incoming: received, ours to answer
    assert stored.urgency is Urgency.PRIORITY
    assert stored.external_case_number == "HSI-2026-0042"
    assert stored.assigned_user_id == svc.users["ana"]
    actions = {event.action for event in svc.cases.history(client.id)}
    assert {"client.create", "referral.create"} <= actions
    with svc.ctx.read() as s:
        assert audit.verify_chain(s) == []


def test_open_case_without_referral(svc: Services) -> None:
    client, referral = svc.cases.open_case(PersonalInput(preferred_name="Li"))
    assert referral is None
    assert svc.cases.get_case(client.id).referrals == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"services": ()}, "services"),
        ({"direction": "sideways"}, "direction"),
        ({"external_case_number": "x" * 81}, "external_case_number"),
    ],
)
def test_refused_referral_leaves_no_half_created_client(
    svc: Services, changes: dict[str, object], field: str
) -> None:
    before = (count(svc, m.ClientRow), count(svc, m.ReferralRow), count(svc, m.AuditRow))
    with pytest.raises(ValidationError) as info:
        svc.cases.open_case(
            PersonalInput(legal_name="Half Made"), first_referral=incoming(svc, **changes)
        )
    assert info.value.field == field
    after = (count(svc, m.ClientRow), count(svc, m.ReferralRow), count(svc, m.AuditRow))
    assert after == before
    # No case number was used up by the refused attempt.
    client = svc.cases.create_client(PersonalInput(legal_name="Next One"))
    assert client.case_number.endswith("-00001")


def test_referral_to_ourselves_or_an_unknown_agency_is_refused(svc: Services) -> None:
    with pytest.raises(ValidationError) as info:
        svc.cases.open_case(
            PersonalInput(legal_name="Loop"),
            first_referral=incoming(svc, from_agency_id=svc.self_id),
        )
    assert info.value.field == "to_agency"
    with pytest.raises(NotFound):
        svc.cases.open_case(
            PersonalInput(legal_name="Ghost"),
            first_referral=incoming(svc, from_agency_id="no-such-agency"),
        )
    assert count(svc, m.ClientRow) == 0


def test_personal_details_are_checked_before_anything_is_stored(svc: Services) -> None:
    with pytest.raises(ValidationError) as info:
        svc.cases.open_case(PersonalInput(), first_referral=incoming(svc))
    assert info.value.field == "legal_name"
    assert count(svc, m.ClientRow) == count(svc, m.ReferralRow) == 0


def test_open_case_needs_a_user(svc: Services) -> None:
    svc.ctx.actor.user = None
    with pytest.raises(PermissionDenied):
        svc.cases.open_case(PersonalInput(legal_name="Nobody"))
