"""The consent table (``domain.consent``) in real packages between real vaults: the
referring person, the law-enforcement case number, requested services of a withheld
category, ledger notes and restitution notes never reach a partner without the release
that covers them; a partner's package never overwrites our values there; and a partner
holding valid keys cannot forge them in under a ``withheld`` that says otherwise."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

import nap_desktop.transfer.errors as te
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.transfer import age
from nap_desktop.transfer import package as pkg
from tests.transfer.transfer_helpers import (
    Side,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
    to,
)

__all__ = ["agencies", "clock"]  # fixtures

OFFICER = "Agent Quillfeather-Canary"
LE_NUMBER = "HSI-CANARY-4471"
LEDGER_NOTE = "Rent paid to Safe House, 12 Hidden Lane"
STEP_NOTE = "Survivor's address given to the clerk: 12 Hidden Lane"
MONEY_NOTE = "Check mailed to 12 Hidden Lane"
SHARED = ["housing", "restitution"]  # no identity, location or immigration


@pytest.fixture
def ab(agencies: Any) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Housing", AgencyKind.HOUSING)
    pair(a, b)
    return a, b


def make_case(a: Side, partner: str, categories: list[str]) -> dict[str, str]:
    from nap_desktop.services.cases import PersonalInput

    today = a.ctx.today()
    client = a.cases.create_client(PersonalInput(legal_name="Ana Ruiz"),
                                   trafficking_type="labor")
    release = a.releases.create(client_id=client.id, recipient_agency_id=partner,
                                categories=categories, purpose="Housing",
                                expires_on=today + timedelta(days=90), signed_on=today)
    referral = a.referrals.create(
        client_id=client.id, from_agency_id=a.me, to_agency_id=partner,
        direction="vsp_to_le", services=["housing", "immigration", "legal"],
        referring_person=OFFICER, external_case_number=LE_NUMBER, release_id=release.id)
    a.referrals.transition(referral.id, "sent")
    placement = a.housing.add_placement(client.id, PlacementInput(
        program_type="transitional_housing", provider="Safe House"))
    a.housing.add_assistance(placement.id, kind="rent", amount_cents=80_000, paid_on=today,
                             note=LEDGER_NOTE)
    restitution = RestitutionService(a.ctx)
    matter = restitution.open_matter(client.id, court="U.S. District Court",
                                     docket_number="1:26-cr-1")
    step = matter.steps[0]
    restitution.update_step(matter.id, step.id, status=step.status, due_on=None,
                            note=STEP_NOTE)
    restitution.record_money(matter.id, kind="collected", amount_cents=5_000, on=today,
                             note=MONEY_NOTE)
    return {"client": client.id, "referral": referral.id, "placement": placement.id,
            "matter": matter.id}


def frames(data: bytes, receiver: Side) -> tuple[pkg.Container, list[dict[str, Any]]]:
    container = open_plain(data, receiver)
    return container, [json.loads(f) for f in container.records]


def of_type(records: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r for r in records if r["type"] == kind)


def test_a_package_carries_no_referrer_le_number_governed_service_or_free_text_notes(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), SHARED)
    data = a.exports.export(to(a, b))
    plain = age.decrypt(data, b.identities())
    for secret in (OFFICER, "Quillfeather", LE_NUMBER, "Hidden Lane"):
        assert secret.encode() not in plain
    _container, records = frames(data, b)
    referral = of_type(records, "referral")
    assert referral["data"]["services"] == ["housing", "legal"]
    assert {"identity", "immigration"} <= set(referral["withheld"])
    assert "location" in of_type(records, "placement")["withheld"]
    assert of_type(records, "restitution")["withheld"] == ["location"]
    # the partner imports it, and holds blanks, not our values
    assert b.imports.import_package(data).applied
    case = b.cases.get_case(ids["client"])
    ref = case.referrals[0]
    assert (ref.referring_person, ref.external_case_number) == ("", "")
    assert {s.value for s in ref.services} == {"housing", "legal"}
    assert [x.note for x in case.placements[0].ledger] == [""]
    assert {s.note for s in case.restitution[0].steps} == {""}
    assert [x.note for x in case.restitution[0].money] == [""]


def test_with_the_release_they_travel(ab: tuple[Side, Side]) -> None:
    a, b = ab
    make_case(a, to(a, b), [*SHARED, "identity", "immigration", "location"])
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    for value in (OFFICER, LE_NUMBER, LEDGER_NOTE, STEP_NOTE, MONEY_NOTE, '"immigration"'):
        assert value.encode() in plain


def assert_ours_kept(a: Side, ids: dict[str, str]) -> None:
    case = a.cases.get_case(ids["client"])
    ref = case.referrals[0]
    assert (ref.referring_person, ref.external_case_number) == (OFFICER, LE_NUMBER)
    assert {s.value for s in ref.services} == {"housing", "immigration", "legal"}
    assert LEDGER_NOTE in [x.note for x in case.placements[0].ledger]
    assert STEP_NOTE in {s.note for s in case.restitution[0].steps}
    assert [x.note for x in case.restitution[0].money] == [MONEY_NOTE]


def test_the_partners_changes_come_back_and_our_withheld_values_stay(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = make_case(a, to(a, b), SHARED)
    b.imports.import_package(a.exports.export(to(a, b)))
    today = b.ctx.today()
    b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                      categories=SHARED, purpose="Return", expires_on=today + timedelta(days=90),
                      signed_on=today)
    b.referrals.transition(ids["referral"], "received")
    b.housing.add_assistance(ids["placement"], kind="deposit", amount_cents=10_000,
                             paid_on=today)
    result = a.imports.import_package(b.exports.export(to(b, a)))
    assert result.applied and result.plan.counts["conflict"] == 0
    case = a.cases.get_case(ids["client"])
    assert case.referrals[0].status.value == "received"
    assert len(case.placements[0].ledger) == 2  # the partner's deposit arrived
    assert_ours_kept(a, ids)


def forged(a: Side, b: Side, ids: dict[str, str], edit: Any) -> bytes:
    """B's own package to A, its records edited by ``edit``, signed with B's real key."""
    back = b.exports.export(to(b, a))
    back_container, back_records = frames(back, a)
    manifest = manifest_of(back_container)
    out = []
    for env in back_records:
        edit(env)
        out.append(env)
    raw = [pkg.canonical(env) for env in out]
    for entry, frame in zip(manifest["records"], raw, strict=True):
        entry["sha256"] = pkg.sha256_hex(frame)
    return reseal(manifest, raw, signer=b, receiver=a)


@pytest.fixture
def returned(ab: tuple[Side, Side]) -> tuple[Side, Side, dict[str, str]]:
    a, b = ab
    ids = make_case(a, to(a, b), SHARED)
    b.imports.import_package(a.exports.export(to(a, b)))
    today = b.ctx.today()
    b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                      categories=SHARED, purpose="Return", expires_on=today + timedelta(days=90),
                      signed_on=today)
    b.referrals.transition(ids["referral"], "received")
    return a, b, ids


def test_a_forged_service_under_its_own_withheld_category_is_refused(
        returned: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = returned

    def add_service(env: dict[str, Any]) -> None:
        if env["type"] == "referral":
            assert "immigration" in env["withheld"]
            env["data"]["services"] = sorted([*env["data"]["services"], "immigration"])

    before = {k: v for k, v in a.counts().items() if k != "audit_events"}
    with pytest.raises(te.SchemaViolation, match="withheld category"):
        a.imports.import_package(forged(a, b, ids, add_service))
    assert {k: v for k, v in a.counts().items() if k != "audit_events"} == before
    assert_ours_kept(a, ids)


def test_a_forged_ledger_note_under_withheld_location_is_refused(
        returned: tuple[Side, Side, dict[str, str]]) -> None:
    a, b, ids = returned

    def add_note(env: dict[str, Any]) -> None:
        if env["type"] == "placement":
            assert "location" in env["withheld"]
            for item in env["data"]["ledger"]:
                item["note"] = "ATTACKER-SET"

    with pytest.raises(te.SchemaViolation):
        a.imports.import_package(forged(a, b, ids, add_note))
    assert_ours_kept(a, ids)


def test_a_partner_that_drops_withheld_services_and_notes_changes_nothing_of_ours(
        returned: tuple[Side, Side, dict[str, str]]) -> None:
    """Services and notes of withheld categories are ours whatever the list says."""
    a, b, ids = returned

    def strip(env: dict[str, Any]) -> None:
        if env["type"] == "referral":
            env["data"]["services"] = ["legal"]
        if env["type"] == "placement":
            env["data"]["ledger"] = [{k: v for k, v in x.items() if k != "note"}
                                     for x in env["data"]["ledger"]]

    result = a.imports.import_package(forged(a, b, ids, strip))
    assert result.applied
    case = a.cases.get_case(ids["client"])
    assert {s.value for s in case.referrals[0].services} == {"immigration", "legal"}
    assert [x.note for x in case.placements[0].ledger] == [LEDGER_NOTE]


def test_a_referrer_typed_in_by_the_partner_is_known_there_from_then_on(
        ab: tuple[Side, Side]) -> None:
    """B received the referral without its referring person (identity withheld): the field
    is marked "not received" and left out of B's packages, until B types one in."""
    a, b = ab
    ids = make_case(a, to(a, b), SHARED)
    b.imports.import_package(a.exports.export(to(a, b)))
    ref = b.cases.get_case(ids["client"]).referrals[0]
    assert {"referring_person", "external_case_number"} <= ref.not_received.fields
    b.referrals.update(ids["referral"], services=["legal"], urgency="routine",
                       referring_person="Intake desk", external_case_number="",
                       safety_notes="", release_id=None)
    ref = b.cases.get_case(ids["client"]).referrals[0]
    assert "referring_person" not in ref.not_received.fields
    assert "external_case_number" in ref.not_received.fields


def test_fingerprints_stored_before_the_referral_had_more_withholdable_fields_still_count(
) -> None:
    """Sync state written when a referral had one withholdable field (safety notes) keeps
    its meaning: the fields added since, at the end, were simply never received."""
    from nap_desktop.transfer import records as rec

    stored = rec.fingerprint("Trafficker nearby")  # one field, as stored before
    data = {"safety_notes": "Trafficker nearby", "referring_person": "Agent",
            "external_case_number": "N-1"}
    assert rec.echoes("referral", data, stored) == {"safety_notes"}
    now = rec.fingerprints("referral", {"referring_person": "Agent"}, stored)
    assert now.split(",") == [stored, rec.fingerprint("Agent"), ""]


def test_an_honest_partner_with_a_full_release_back_does_not_blank_our_notes_or_services(
        ab: tuple[Side, Side]) -> None:
    """B holds blanks for what we withheld; its release to us covers everything, so its
    package withholds nothing: our notes and immigration request must still stand."""
    from nap_desktop.domain.enums import InfoCategory

    a, b = ab
    ids = make_case(a, to(a, b), SHARED)
    b.imports.import_package(a.exports.export(to(a, b)))
    today = b.ctx.today()
    b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                      categories=[c.value for c in InfoCategory], purpose="Return",
                      expires_on=today + timedelta(days=90), signed_on=today)
    b.referrals.transition(ids["referral"], "received")
    b.housing.add_assistance(ids["placement"], kind="deposit", amount_cents=10_000,
                             paid_on=today, note="Deposit paid by B")
    assert a.imports.import_package(b.exports.export(to(b, a))).applied
    case = a.cases.get_case(ids["client"])
    assert case.referrals[0].status.value == "received"
    assert "Deposit paid by B" in [x.note for x in case.placements[0].ledger]
    assert_ours_kept(a, ids)
