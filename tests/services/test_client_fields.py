"""The reported client fields (issue #13): gender and race/ethnicity take several answers
or exactly one of "doesn't know" / "refused" / "not collected"; the intake and the client
form take them; a form that does not show them changes none; they round-trip."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from nap_desktop.domain.enums import Citizenship, Gender, RaceEthnicity, ReferralSource, Sex
from nap_desktop.domain.errors import ValidationError
from nap_desktop.i18n import render
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.referrals import ReferralInput
from nap_desktop.store import models as m
from tests.services.conftest import Services


def test_a_new_intake_is_not_collected_until_asked(svc: Services) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Rosa"))
    p = client.personal
    assert p.gender == frozenset({Gender.NOT_COLLECTED})
    assert p.race_ethnicity == frozenset({RaceEthnicity.NOT_COLLECTED})
    assert (p.sex, p.citizenship, p.referral_source) == (
        Sex.NOT_COLLECTED, Citizenship.NOT_COLLECTED, ReferralSource.NOT_COLLECTED)


def test_the_intake_takes_them_and_they_round_trip(svc: Services) -> None:
    client, _referral = svc.cases.open_case(
        PersonalInput(legal_name="Rosa", gender=frozenset({"woman", "transgender"}),
                      race_ethnicity=frozenset({"hispanic_latina", "white"}), sex="female",
                      citizenship="foreign_national", referral_source="law_enforcement"),
        first_referral=ReferralInput(from_agency_id=svc.partner_id, to_agency_id=svc.self_id,
                                     direction=None, services=("housing",)))
    got = svc.cases.get_case(client.id).client.personal
    assert got.gender == frozenset({Gender.WOMAN, Gender.TRANSGENDER})
    assert got.race_ethnicity == frozenset({RaceEthnicity.HISPANIC_LATINA, RaceEthnicity.WHITE})
    assert got.citizenship is Citizenship.FOREIGN_NATIONAL
    with svc.ctx.read() as s:
        stored = s.scalars(select(m.ClientPersonalRow.gender)).one()
    assert stored == "transgender,woman"  # a sorted comma list


def test_a_form_without_the_fields_changes_none_of_them(svc: Services) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Rosa", sex="female",
                                                   gender=frozenset({"refused"})))
    updated = svc.cases.update_client(client.id, PersonalInput(legal_name="Rosa M."),
                                      expected_revision=client.revision)
    assert updated.personal.sex is Sex.FEMALE
    assert updated.personal.gender == frozenset({Gender.REFUSED})
    changed = svc.cases.update_client(client.id, PersonalInput(
        legal_name="Rosa M.", gender=frozenset({"woman"}), referral_source="hotline"),
        expected_revision=updated.revision)
    assert changed.personal.gender == frozenset({Gender.WOMAN})
    with svc.ctx.read() as s:
        detail = s.scalars(select(m.AuditRow.detail).where(
            m.AuditRow.action == "client.update").order_by(m.AuditRow.seq.desc())).first()
    assert detail is not None and "personal.gender" in detail and "woman" not in detail


@pytest.mark.parametrize(("field", "value", "says"), [
    ("gender", frozenset({"refused", "woman"}), "stand alone"),
    ("race_ethnicity", frozenset({"not_collected", "doesnt_know"}), "stand alone"),
    ("gender", frozenset(), "choose at least one answer"),
    ("gender", frozenset({"wizard"}), "valid value"),
    ("sex", "unknown", "valid value"),
    ("citizenship", "martian", "valid value"),
])
def test_refused_and_not_collected_stand_alone(svc: Services, field: str, value: object,
                                               says: str) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Rosa"))
    with pytest.raises(ValidationError) as refused:
        svc.cases.update_client(client.id, PersonalInput(legal_name="Rosa", **{field: value}))
    assert refused.value.field == field and says in render(refused.value)
    assert svc.cases.get_case(client.id).client.revision == client.revision
