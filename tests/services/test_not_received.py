"""Fields a partner agency withheld when it sent a case: they may stay blank (nobody has
to invent a name to save an edit), and one entered here becomes known, audited by name."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from nap_desktop.domain.errors import ValidationError
from nap_desktop.services import audit
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

IDENTITY = "date_of_birth,is_minor,legal_name,preferred_name"


@pytest.fixture
def received(svc: Services) -> dict[str, str]:
    """A case as an import leaves it when the sender's release to us covered only
    languages and housing: blanks, marked as not received from the partner."""
    client = svc.cases.create_client(PersonalInput(legal_name="placeholder"))
    referral = svc.referrals.create(client_id=client.id, from_agency_id=svc.partner_id,
                                    to_agency_id=svc.self_id, direction="le_to_vsp",
                                    services=["legal"])
    placement = svc.housing.add_placement(client.id, PlacementInput(
        program_type="emergency_shelter", provider="placeholder"))
    personal = ("contact_info,continued_presence,continued_presence_expires,date_of_birth,"
                "hhs_letter,is_minor,legal_name,location,preferred_name,"
                "safe_contact_instructions,t_visa")
    with svc.ctx.unit_of_work() as s:
        s.execute(update(m.ClientPersonalRow).where(m.ClientPersonalRow.client_id == client.id)
                  .values(legal_name="", not_received=personal,
                          not_received_from=svc.partner_id))
        s.execute(update(m.ReferralRow).where(m.ReferralRow.id == referral.id)
                  .values(not_received="safety_notes", not_received_from=svc.partner_id))
        s.execute(update(m.PlacementRow).where(m.PlacementRow.id == placement.id)
                  .values(provider="", not_received="provider,safety_notes",
                          not_received_from=svc.partner_id))
    return {"client": client.id, "referral": referral.id, "placement": placement.id}


def test_the_case_says_what_was_not_received_and_from_whom(svc: Services,
                                                          received: dict[str, str]) -> None:
    case = svc.cases.get_case(received["client"])
    assert "legal_name" in case.client.not_received
    assert "languages" not in case.client.not_received
    assert case.client.not_received.sender_agency_id == svc.partner_id
    assert case.referrals[0].not_received.fields == {"safety_notes"}
    assert case.placements[0].not_received.fields == {"provider", "safety_notes"}


def test_a_client_edit_saves_without_inventing_a_name(svc: Services,
                                                       received: dict[str, str]) -> None:
    client = svc.cases.get_case(received["client"]).client
    saved = svc.cases.update_client(received["client"], PersonalInput(languages=["Mam"]),
                                    expected_revision=client.revision)
    assert saved.personal.languages == ["Mam"] and saved.personal.legal_name == ""
    assert saved.not_received.fields >= set(IDENTITY.split(","))


def test_a_name_is_still_required_for_a_case_with_known_names(svc: Services) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Ana"))
    with pytest.raises(ValidationError, match="legal name"):
        svc.cases.update_client(client.id, PersonalInput(), expected_revision=client.revision)


def test_a_value_entered_makes_that_field_known_and_only_that_one(
        svc: Services, received: dict[str, str]) -> None:
    client = svc.cases.get_case(received["client"]).client
    saved = svc.cases.update_client(received["client"], PersonalInput(preferred_name="Luz"),
                                    expected_revision=client.revision)
    assert "preferred_name" not in saved.not_received
    assert {"legal_name", "date_of_birth", "is_minor"} <= saved.not_received.fields
    with svc.ctx.read() as s:
        details = [e.detail for e in audit.events_for(s, [received["client"]])]
    assert "changed: personal.preferred_name; entered here (withheld by the sender): " \
        "preferred_name" in details  # field names, never the value
    assert not any("Luz" in d for d in details)


def test_a_default_value_can_be_entered_deliberately(svc: Services,
                                                      received: dict[str, str]) -> None:
    """"Not a minor" looks like the blank it replaces: it is known only when entered."""
    client = svc.cases.get_case(received["client"]).client
    saved = svc.cases.update_client(received["client"], PersonalInput(
        is_minor=False, entered=frozenset({"is_minor"})), expected_revision=client.revision)
    assert "is_minor" not in saved.not_received and "legal_name" in saved.not_received


def test_a_date_of_birth_entered_decides_the_minor_flag(svc: Services,
                                                         received: dict[str, str]) -> None:
    client = svc.cases.get_case(received["client"]).client
    saved = svc.cases.update_client(received["client"], PersonalInput(
        date_of_birth=date(1990, 1, 2)), expected_revision=client.revision)
    assert not saved.not_received.fields & {"date_of_birth", "is_minor"}
    assert saved.personal.is_minor is False


def test_the_last_field_entered_forgets_the_sender(svc: Services,
                                                    received: dict[str, str]) -> None:
    ref = svc.cases.get_case(received["client"]).referrals[0]
    saved = svc.referrals.update(ref.id, services=["legal"], urgency="routine",
                                 referring_person="", external_case_number="",
                                 safety_notes="Gate code 4411", release_id=None,
                                 expected_revision=ref.revision)
    assert saved.not_received.fields == frozenset()
    assert saved.not_received.sender_agency_id is None


def test_unchanged_safety_notes_stay_withheld(svc: Services, received: dict[str, str]) -> None:
    ref = svc.cases.get_case(received["client"]).referrals[0]
    saved = svc.referrals.update(ref.id, services=["legal", "housing"], urgency="priority",
                                 referring_person="", external_case_number="",
                                 safety_notes="", release_id=None,
                                 expected_revision=ref.revision)
    assert "safety_notes" in saved.not_received
    cleared = svc.referrals.update(ref.id, services=["legal"], urgency="priority",
                                   referring_person="", external_case_number="",
                                   safety_notes="", release_id=None,
                                   expected_revision=saved.revision, entered=["safety_notes"])
    assert "safety_notes" not in cleared.not_received  # "there are no safety concerns"


def test_a_placement_saves_without_its_withheld_provider(svc: Services,
                                                          received: dict[str, str]) -> None:
    placement = svc.cases.get_case(received["client"]).placements[0]
    saved = svc.housing.update_placement(placement.id, PlacementInput(
        program_type="transitional_housing", provider=""), expected_revision=placement.revision)
    assert saved.provider == "" and saved.not_received.fields == {"provider", "safety_notes"}
    with pytest.raises(ValidationError, match="Provider"):
        svc.housing.update_placement(placement.id, PlacementInput(
            program_type="transitional_housing", provider="", entered=frozenset({"provider"})),
            expected_revision=saved.revision)
    named = svc.housing.update_placement(placement.id, PlacementInput(
        program_type="transitional_housing", provider="Casa Norte"),
        expected_revision=saved.revision)
    assert named.provider == "Casa Norte" and named.not_received.fields == {"safety_notes"}
