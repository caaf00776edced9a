"""Fields a partner never received never come back over ours: round trips A → B → A,
A → B → A → B and through a third agency, a package exported twice, and a release that
lapsed while the partner kept an old copy."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from nap_desktop.domain.enums import AgencyKind, InfoCategory
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.transfer import age, schema
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    to,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]
ALL = [c.value for c in InfoCategory]

FULL = PersonalInput(
    legal_name="Marisol Quispe", preferred_name="Mari", date_of_birth=date(2009, 3, 4),
    is_minor=True, languages=["Quechua", "Spanish"], interpreter_needed=True,
    contact_info="555-0142", safe_contact_instructions="Text only after 6 pm",
    location="Room 12, Hidden Motel", continued_presence="granted",
    continued_presence_expires=date(2027, 6, 1), t_visa="requested", hhs_letter="granted")


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Legal Aid", AgencyKind.LEGAL)
    pair(a, b)
    return a, b


def make_case(a: Side, partner: str, categories: list[str]) -> dict[str, str]:
    """A client with every personal detail, a release to ``partner`` covering
    ``categories``, a referral with safety notes and a placement at a named shelter."""
    client = a.cases.create_client(FULL, trafficking_type="labor")
    today = a.ctx.today()
    release = a.releases.create(client_id=client.id, recipient_agency_id=partner,
                                categories=categories, purpose="Legal services",
                                signed_by="guardian",
                                expires_on=today + timedelta(days=60), signed_on=today)
    referral = a.referrals.create(client_id=client.id, from_agency_id=a.me, to_agency_id=partner,
                                  direction="between_providers", services=["legal", "housing"],
                                  safety_notes="Trafficker drives a grey van")
    a.referrals.transition(referral.id, "sent")
    placement = a.housing.add_placement(client.id, PlacementInput(
        program_type="emergency_shelter", provider="Shelter on Example Street",
        safety_notes="Side door only"))
    return {"client": client.id, "release": release.id, "referral": referral.id,
            "placement": placement.id}


def release_back(b: Side, a: Side, client_id: str, categories: list[str]) -> None:
    today = b.ctx.today()
    b.releases.create(client_id=client_id, recipient_agency_id=to(b, a), categories=categories,
                      purpose="Return", signed_by="guardian",
                      expires_on=today + timedelta(days=365), signed_on=today)


def assert_everything_kept(a: Side, ids: dict[str, str]) -> None:
    case = a.cases.get_case(ids["client"])
    p = case.client.personal
    assert (p.legal_name, p.preferred_name, p.date_of_birth, p.is_minor) == (
        "Marisol Quispe", "Mari", date(2009, 3, 4), True)
    assert (p.contact_info, p.safe_contact_instructions, p.location) == (
        "555-0142", "Text only after 6 pm", "Room 12, Hidden Motel")
    assert (p.languages, p.interpreter_needed) == (["Quechua", "Spanish"], True)
    assert (p.continued_presence.value, p.continued_presence_expires, p.t_visa.value,
            p.hhs_letter.value) == ("granted", date(2027, 6, 1), "requested", "granted")
    assert case.referrals[0].safety_notes == "Trafficker drives a grey van"
    [placement] = case.placements
    assert (placement.provider, placement.safety_notes) == ("Shelter on Example Street",
                                                            "Side door only")


def records_of(data: bytes, receiver: Side) -> dict[str, dict[str, Any]]:
    container = open_plain(data, receiver)
    return {r["type"]: r for r in (json.loads(frame) for frame in container.records)
            if r["type"] != "agency"}


def test_a_b_a_keeps_every_value_the_partner_never_received(ab: tuple[Side, Side]) -> None:
    """B holds blanks for what A's release did not cover; B's way back covers everything.
    Its package leaves those fields out (it has no value for them) and A keeps its own,
    while B's own change (the referral accepted) arrives."""
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    got = b.cases.get_case(ids["client"])
    assert got.client.personal.legal_name == "" and got.placements[0].provider == ""
    release_back(b, a, ids["client"], ALL)
    b.referrals.transition(ids["referral"], "received")
    b.referrals.transition(ids["referral"], "accepted")
    back = b.exports.export(to(b, a))
    sent = records_of(back, a)
    assert sent["client"]["withheld"] == [] and sent["client"]["data"]["personal"] == {}
    assert sent["client"]["left_out"] == sorted(schema.WITHHOLDABLE["client"])
    assert sent["referral"]["left_out"] == [
        "external_case_number", "referring_person", "safety_notes"]
    assert sent["placement"]["left_out"] == ["provider", "safety_notes"]
    assert "safety_notes" not in sent["referral"]["data"]
    result = a.imports.import_package(back)
    assert result.plan.count(Action.UPDATED) == 1  # the referral
    assert result.plan.count(Action.CONFLICT) == 0
    assert_everything_kept(a, ids)
    assert a.cases.get_case(ids["client"]).referrals[0].status.value == "accepted"


def test_the_partners_edits_to_what_it_received_still_come_back(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), ["identity", "demographics", "housing", "location"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], PersonalInput(
        legal_name="Marisol Quispe Mamani", preferred_name="Mari",
        date_of_birth=date(2009, 3, 4), is_minor=True, languages=["Quechua"],
        interpreter_needed=True, location="Room 12, Hidden Motel"),
        expected_revision=mine.revision)
    b.housing.update_placement(ids["placement"], PlacementInput(
        program_type="transitional_housing", provider="Second Shelter"))
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.UPDATED) == 2 and result.plan.count(Action.CONFLICT) == 0
    case = a.cases.get_case(ids["client"])
    p = case.client.personal
    assert p.legal_name == "Marisol Quispe Mamani" and p.languages == ["Quechua"]
    assert p.contact_info == "555-0142" and p.continued_presence.value == "granted"
    assert case.placements[0].provider == "Second Shelter"
    assert case.placements[0].program_type.value == "transitional_housing"
    assert case.placements[0].safety_notes == "Side door only"


def test_a_second_export_is_not_a_conflict_when_the_first_never_arrived(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), ["identity", "housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ["identity", "safety", "housing"])
    b.referrals.transition(ids["referral"], "received")
    lost = b.exports.export(to(b, a))
    b.referrals.transition(ids["referral"], "accepted")
    second = b.exports.export(to(b, a))
    third = b.exports.export(to(b, a))  # the same again
    result = a.imports.import_package(second)
    assert result.plan.count(Action.CONFLICT) == 0 and result.plan.count(Action.UPDATED) == 1
    assert a.imports.conflicts() == []
    assert a.cases.get_case(ids["client"]).referrals[0].status.value == "accepted"
    late = a.imports.import_package(lost)
    assert late.plan.count(Action.UPDATED) == 0 and late.plan.count(Action.CONFLICT) == 0
    assert a.imports.import_package(third).plan.count(Action.CONFLICT) == 0
    assert a.cases.get_case(ids["client"]).referrals[0].status.value == "accepted"
    assert_everything_kept(a, ids)


def test_both_sides_changing_the_same_record_is_still_a_conflict(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), ["identity", "housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    b.referrals.transition(ids["referral"], "received")
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="moved")
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.CONFLICT) == 1
    assert a.cases.get_case(ids["client"]).referrals[0].status.value == "withdrawn"


def test_a_b_a_b_chain_loses_nothing_and_conflicts_nowhere(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    b.referrals.transition(ids["referral"], "received")
    assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(Action.UPDATED) == 1
    # A edits what B may not see and what it may; B takes the latter.
    case = a.cases.get_case(ids["client"])
    a.cases.update_client(ids["client"], replace(FULL, location="New safe house"),
                          expected_revision=case.client.revision)
    a.referrals.update(ids["referral"], services=["legal"], urgency="priority",
                       referring_person="", external_case_number="A-7",
                       safety_notes="Trafficker moved away", release_id=None)
    to_b = b.imports.import_package(a.exports.export(to(a, b)))
    assert to_b.plan.count(Action.CONFLICT) == 0 and to_b.plan.count(Action.UPDATED) == 1
    at_b = b.cases.get_case(ids["client"])
    assert at_b.referrals[0].urgency.value == "priority"
    assert at_b.referrals[0].safety_notes == "" and at_b.client.personal.location == ""
    b.referrals.transition(ids["referral"], "accepted")
    again = a.imports.import_package(b.exports.export(to(b, a)))
    assert again.plan.count(Action.CONFLICT) == 0 and again.plan.count(Action.UPDATED) == 1
    case = a.cases.get_case(ids["client"])
    assert case.client.personal.location == "New safe house"
    assert case.referrals[0].safety_notes == "Trafficker moved away"
    assert case.referrals[0].status.value == "accepted"
    assert case.referrals[0].urgency.value == "priority"
    assert b.imports.import_package(a.exports.export(to(a, b))).plan.count(Action.CONFLICT) == 0


def test_a_third_agency_in_between_never_turns_blanks_into_values(agencies: Make) -> None:
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(b, c)
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    today = b.ctx.today()
    b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, c), categories=ALL,
                      purpose="Counselling", signed_by="guardian",
                      expires_on=today + timedelta(days=90), signed_on=today)
    onward = b.referrals.create(client_id=ids["client"], from_agency_id=b.me,
                                to_agency_id=to(b, c), direction="between_providers",
                                services=["mental_health"])
    b.referrals.transition(onward.id, "sent")
    to_c = b.exports.export(to(b, c))
    assert records_of(to_c, c)["client"]["left_out"] == sorted(schema.WITHHOLDABLE["client"])
    c.imports.import_package(to_c)
    at_c = c.cases.get_case(ids["client"])
    assert at_c.client.not_received.fields == frozenset(schema.WITHHOLDABLE["client"])
    assert at_c.client.not_received.sender_agency_id == c.partners["B"].agency_id
    c.referrals.transition(onward.id, "received")
    today = c.ctx.today()
    c.releases.create(client_id=ids["client"], recipient_agency_id=to(c, b), categories=ALL,
                      purpose="Return", signed_by="guardian",
                      expires_on=today + timedelta(days=90), signed_on=today)
    back_at_b = b.imports.import_package(c.exports.export(to(c, b)))
    assert back_at_b.plan.count(Action.CONFLICT) == 0
    assert b.imports.import_package(c.exports.export(to(c, b))).plan.count(Action.CONFLICT) == 0
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.CONFLICT) == 0
    assert_everything_kept(a, ids)


def test_an_old_copy_is_not_sent_back_over_a_newer_value_withheld_since(
        ab: tuple[Side, Side], clock: Clock) -> None:
    """A shared the contact details, then its release lapsed and the survivor's phone
    changed. B still holds the old number and may share contact details with A: sending
    the old number back would overwrite the new one. B leaves it out, as it is still A's
    own value; a number B itself changes does go."""
    a, b = ab
    ids = make_case(a, to(a, b), ["identity", "contact", "housing", "location"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    clock.advance(days=61)  # A's release to B has expired
    case = a.cases.get_case(ids["client"])
    a.cases.update_client(ids["client"], replace(FULL, contact_info="555-0199"),
                          expected_revision=case.client.revision)
    assert b.imports.import_package(a.exports.export(to(a, b))).plan.count(Action.CONFLICT) == 0
    assert b.cases.get_case(ids["client"]).client.personal.contact_info == "555-0142"
    b.referrals.transition(ids["referral"], "received")
    back = b.exports.export(to(b, a))
    assert "contact_info" in records_of(back, a)["client"]["left_out"]
    assert a.imports.import_package(back).plan.count(Action.CONFLICT) == 0
    assert a.cases.get_case(ids["client"]).client.personal.contact_info == "555-0199"
    # B's own correction of a detail A no longer shares with B is not B's to decide
    # (issue #10, "withheld stays withheld"): A keeps its number and says so.
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], replace(
        FULL, contact_info="555-0777", location=""),
        expected_revision=mine.revision)
    result = a.imports.import_package(b.exports.export(to(b, a)))
    [item] = [i for i in result.plan.items if i.record_type == "client"]
    assert (item.action, item.kept) == (Action.REFUSED, ("contact_info", "location"))
    p = a.cases.get_case(ids["client"]).client.personal
    assert (p.contact_info, p.location) == ("555-0199", "Room 12, Hidden Motel")


def test_the_shelter_is_withheld_without_a_location_release(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    assert b"Shelter on Example Street" not in plain and b"Side door" not in plain
    placement = records_of(data, b)["placement"]
    assert placement["withheld"] == ["location", "safety"] and "provider" not in placement["data"]
    b.imports.import_package(data)
    got = b.cases.get_case(ids["client"]).placements[0]
    assert got.provider == "" and got.not_received.fields == {"provider", "safety_notes"}
    a.releases.create(client_id=ids["client"], recipient_agency_id=to(a, b),
                      categories=["housing", "location"], purpose="Shelter", signed_by="guardian",
                      expires_on=a.ctx.today() + timedelta(days=30), signed_on=a.ctx.today())
    again = a.exports.export(to(a, b))
    assert b"Shelter on Example Street" in age.decrypt(again, b.identities())
    b.imports.import_package(again)
    got = b.cases.get_case(ids["client"]).placements[0]
    assert got.provider == "Shelter on Example Street"
    assert got.not_received.fields == {"safety_notes"}


def test_manifest_still_lists_consent_only(ab: tuple[Side, Side]) -> None:
    """What consent withholds stays in the manifest; what B lacks is per record."""
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    manifest = manifest_of(open_plain(b.exports.export(to(b, a)), a))
    assert manifest["clients"][0]["withheld"] == []


def test_a_field_the_partner_fills_in_comes_back_alone(ab: tuple[Side, Side]) -> None:
    """B enters the name the survivor uses (it had none) and, deliberately, "not a
    minor": only those fields travel back, and A, which withholds identity from B, keeps
    its own values for all of them (issue #10: withheld stays withheld)."""
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], PersonalInput(preferred_name="Luz"),
                          expected_revision=mine.revision)
    sent = records_of(b.exports.export(to(b, a)), a)["client"]
    assert sent["data"]["personal"] == {"preferred_name": "Luz"}
    result = a.imports.import_package(b.exports.export(to(b, a)))
    [item] = [i for i in result.plan.items if i.record_type == "client"]
    assert (item.action, item.kept) == (Action.REFUSED, ("preferred_name",))
    p = a.cases.get_case(ids["client"]).client.personal
    assert (p.preferred_name, p.legal_name, p.date_of_birth, p.is_minor) == (
        "Mari", "Marisol Quispe", date(2009, 3, 4), True)
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], PersonalInput(
        preferred_name="Luz", is_minor=False, entered=frozenset({"is_minor"})),
        expected_revision=mine.revision)
    a.imports.import_package(b.exports.export(to(b, a)))
    p = a.cases.get_case(ids["client"]).client.personal
    assert (p.is_minor, p.legal_name, p.date_of_birth) == (True, "Marisol Quispe",
                                                           date(2009, 3, 4))


def test_a_field_filled_in_there_and_changed_here_stays_ours(ab: tuple[Side, Side]) -> None:
    """Changed on both sides, in a category A withholds from B: A's value stays (no
    conflict to resolve: B's version could not be taken anyway)."""
    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], PersonalInput(preferred_name="Luz"),
                          expected_revision=mine.revision)
    ours = a.cases.get_case(ids["client"]).client
    a.cases.update_client(ids["client"], replace(FULL, preferred_name="Mara"),
                          expected_revision=ours.revision)
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.plan.count(Action.CONFLICT) == 0 and result.plan.count(Action.REFUSED) == 1
    assert a.cases.get_case(ids["client"]).client.personal.preferred_name == "Mara"


def test_the_import_preview_names_the_fields_that_would_change(ab: tuple[Side, Side]) -> None:
    """What comes back says what it changes here, never a field the partner lacks."""
    from nap_desktop.services.transfer.views import TransferViews

    a, b = ab
    ids = make_case(a, to(a, b), ["housing"])
    b.imports.import_package(a.exports.export(to(a, b)))
    release_back(b, a, ids["client"], ALL)
    mine = b.cases.get_case(ids["client"]).client
    b.cases.update_client(ids["client"], PersonalInput(preferred_name="Luz"),
                          expected_revision=mine.revision)
    b.referrals.transition(ids["referral"], "received")
    preview = TransferViews(a.ctx).preview_import(b.exports.export(to(b, a)))
    changed = {r.record_type: r.changed for r in preview.records}
    kept = {r.record_type: (r.action, r.kept) for r in preview.records}
    # B's name for the survivor is in a category A withholds from B: shown, not taken
    assert kept["client"] == (Action.REFUSED, ("preferred_name",))
    assert changed["client"] == ()
    assert set(changed["referral"]) == {"status", "history"}
    assert changed["placement"] == ()  # unchanged


def test_the_round_trip_between_two_real_encrypted_vaults(
        tmp_path: Any, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same round trip on SQLCipher vaults (migration 0008 applied on creation),
    twice over, with an edit on each side in between."""
    from tests.transfer.transfer_helpers import vault_side

    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "Harbor Legal Aid", clock, monkeypatch, AgencyKind.LEGAL)
    try:
        pair(a, b)
        ids = make_case(a, to(a, b), ["housing", "demographics"])
        b.imports.import_package(a.exports.export(to(a, b)))
        release_back(b, a, ids["client"], ALL)
        b.referrals.transition(ids["referral"], "received")
        assert a.imports.import_package(b.exports.export(to(b, a))).plan.count(Action.CONFLICT) == 0
        assert_everything_kept(a, ids)
        a.referrals.update(ids["referral"], services=["legal"], urgency="priority",
                           referring_person="", external_case_number="A-9",
                           safety_notes="Trafficker drives a grey van", release_id=None)
        assert b.imports.import_package(a.exports.export(to(a, b))).plan.count(Action.UPDATED) == 1
        mine = b.cases.get_case(ids["client"]).client
        b.cases.update_client(ids["client"], PersonalInput(languages=["Quechua", "Aymara"],
                                                           interpreter_needed=True),
                              expected_revision=mine.revision)
        result = a.imports.import_package(b.exports.export(to(b, a)))
        assert result.plan.count(Action.CONFLICT) == 0
        p = a.cases.get_case(ids["client"]).client.personal
        assert p.languages == ["Quechua", "Aymara"] and p.legal_name == "Marisol Quispe"
        assert p.date_of_birth == date(2009, 3, 4) and p.is_minor
        assert a.cases.get_case(ids["client"]).referrals[0].external_case_number == "A-9"
    finally:
        a.close()
        b.close()
