"""Corrections, never deletions: money and housing assistance entries and notes are
corrected or voided with a reason; the originals stay, out of every total; who may do it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.corrections import CorrectionService, EntryInput, MatterDetails
from nap_desktop.services.housing import PlacementInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

DAY = date(2026, 11, 2)


@pytest.fixture
def fix(svc: Services) -> CorrectionService:
    """Ana's case with a matter ($1,200 collected, $200 disbursed), a placement with one
    rent entry and a note of hers; a second caseworker, Luis."""
    with svc.ctx.unit_of_work() as s:
        svc.users["luis"] = new_id()
        s.add(m.UserRow(id=svc.users["luis"], name="luis", display_name="Luis Ortega",
                        role=Role.CASEWORKER.value, active=True, created_at=svc.clock()))
    svc.act_as("ana")
    return CorrectionService(svc.ctx)


def _case(svc: Services) -> dict[str, str]:
    client = svc.cases.create_client(PersonalInput(legal_name="Ana Example"))
    matter = svc.restitution.open_matter(client.id, court="E.D. Tex.", docket_number="4:26-cr-1")
    matter = svc.restitution.record_money(matter.id, kind="collected", amount_cents=120_000,
                                          on=DAY)
    matter = svc.restitution.record_money(matter.id, kind="disbursed", amount_cents=20_000,
                                          on=DAY)
    place = svc.housing.add_placement(client.id, PlacementInput(
        program_type="emergency_shelter", provider="Safe House"))
    place = svc.housing.add_assistance(place.id, kind="rent", amount_cents=80_000, paid_on=DAY)
    note = svc.cases.add_note(client.id, "Met at the clinic; wants to call her sister.")
    return {"client": client.id, "matter": matter.id, "collected": matter.money[0].id,
            "disbursed": matter.money[1].id, "placement": place.id,
            "rent": place.ledger[0].id, "note": note.id}


def _rows(svc: Services, model: type[m.Base]) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_corrected_money_entry_stays_voided_and_totals_count_the_new_one(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    matter = fix.correct_money(ids["collected"], EntryInput(kind="collected",
                               amount_cents=125_000, on=DAY), reason="Clerk's receipt says 1,250")
    old = next(x for x in matter.money if x.id == ids["collected"])
    new = next(x for x in matter.money if x.corrects_id == ids["collected"])
    assert old.void is not None and old.void.reason == "Clerk's receipt says 1,250"
    assert old.void.by_user_id == svc.users["ana"] and old.amount_cents == 120_000
    assert new.live and new.amount_cents == 125_000
    assert matter.totals.collected_cents == 125_000
    assert matter.totals.undisbursed_cents == 105_000
    assert _rows(svc, m.MoneyEventRow) == 3  # nothing deleted
    event = svc.cases.history(ids["client"])[0]
    assert event.action == "restitution.money_correct"
    assert event.detail.endswith("collected 120000 -> collected 125000")
    assert "receipt" not in event.detail  # the reason stays in the row


def test_a_voided_money_entry_leaves_the_totals_and_the_case_summary(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    matter = fix.void_money(ids["disbursed"], reason="Entered twice")
    assert matter.totals.disbursed_cents == 0
    assert matter.totals.undisbursed_cents == 120_000
    again = svc.cases.get_case(ids["client"]).restitution[0]
    assert again.totals.disbursed_cents == 0 and len(again.money) == 2
    with pytest.raises(ValidationError, match="voided already"):
        fix.void_money(ids["disbursed"], reason="again")
    with pytest.raises(ValidationError, match="voided already"):
        fix.correct_money(ids["disbursed"], EntryInput(kind="disbursed", amount_cents=1,
                                                       on=DAY), reason="x")


def test_a_correction_or_void_never_leaves_more_disbursed_than_collected(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    with pytest.raises(ValidationError, match=r"disbursed \(\$200.00\) than collected \(\$0.00\)"):
        fix.void_money(ids["collected"], reason="wrong case")
    with pytest.raises(ValidationError, match="more would be disbursed"):
        fix.correct_money(ids["collected"], EntryInput(kind="collected", amount_cents=10_000,
                                                       on=DAY), reason="typo")
    with pytest.raises(ValidationError, match="more would be disbursed"):
        fix.correct_money(ids["disbursed"], EntryInput(kind="disbursed", amount_cents=130_000,
                                                       on=DAY), reason="typo")
    matter = svc.cases.get_case(ids["client"]).restitution[0]
    assert all(x.live for x in matter.money) and matter.totals.collected_cents == 120_000


def test_a_correction_needs_a_reason_and_a_change(svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    with pytest.raises(ValidationError, match="Reason is required"):
        fix.void_money(ids["collected"], reason="  ")
    with pytest.raises(ValidationError, match="changes nothing"):
        fix.correct_money(ids["collected"], EntryInput(kind="collected", amount_cents=120_000,
                                                       on=DAY), reason="same")
    with pytest.raises(NotFound):
        fix.void_money(new_id(), reason="gone")


def test_housing_assistance_is_corrected_and_voided_out_of_the_total(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    place = fix.correct_assistance(ids["rent"], EntryInput(kind="deposit", amount_cents=85_000,
                                   on=DAY, note="deposit, not rent"), reason="Wrong kind")
    assert place.assistance_total_cents == 85_000 and len(place.ledger) == 2
    new = next(x for x in place.ledger if x.live)
    place = fix.void_assistance(new.id, reason="Paid by another program")
    assert place.assistance_total_cents == 0 and len(place.ledger) == 2
    actions = [ev.action for ev in svc.cases.history(ids["client"])[:2]]
    assert actions == ["placement.assistance_void", "placement.assistance_correct"]


def test_a_note_is_corrected_with_its_earlier_text_kept_and_voided(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    note = fix.correct_note(ids["note"], "Met at the clinic; wants to call her cousin.",
                            reason="It was her cousin")
    assert note.body.endswith("cousin.") and note.versions == 1
    versions = fix.note_versions(ids["note"])
    assert [(v.version, v.body, v.reason) for v in versions] == [
        (1, "Met at the clinic; wants to call her sister.", "It was her cousin")]
    assert svc.cases.get_case(ids["client"]).notes[0].versions == 1
    event = svc.cases.history(ids["client"])[0]
    assert (event.action, event.detail) == ("note.correct", "version 2")
    note = fix.void_note(ids["note"], reason="Written on the wrong case")
    assert note.void is not None and not note.live
    with pytest.raises(ValidationError, match="voided already"):
        fix.correct_note(ids["note"], "x", reason="y")


def test_who_may_correct_what(svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    svc.act_as("sofia")
    svc.cases.assign([ids["client"]], svc.users["ana"], reason="Ana takes the case")
    svc.act_as("luis")
    with pytest.raises(PermissionDenied, match="assigned to Ana: only they or a supervisor"):
        fix.void_money(ids["collected"], reason="not mine")
    with pytest.raises(PermissionDenied, match="assigned to Ana"):
        fix.void_assistance(ids["rent"], reason="not mine")
    with pytest.raises(PermissionDenied, match=r"author \(Ana\) or a supervisor"):
        fix.correct_note(ids["note"], "rewritten", reason="not mine")
    with pytest.raises(PermissionDenied, match="assigned to Ana"):
        fix.correct_matter(ids["matter"], MatterDetails(court="X", docket_number="1"),
                           reason="not mine")
    svc.act_as("sofia")  # a supervisor corrects anything, in the history under her name
    fix.correct_note(ids["note"], "Met at the clinic.", reason="Kept to what matters")
    fix.void_money(ids["disbursed"], reason="Duplicate")
    history = svc.cases.history(ids["client"])
    assert history[0].user_id == history[1].user_id == svc.users["sofia"]


def test_an_entry_or_note_from_a_partner_is_only_theirs_to_change(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    with svc.ctx.unit_of_work() as s:
        for model, key in ((m.MoneyEventRow, "collected"), (m.NoteRow, "note")):
            row = s.get(model, ids[key])
            assert row is not None
            row.origin_agency_id = svc.partner_id
    svc.act_as("sofia")
    with pytest.raises(PermissionDenied, match="recorded by HSI Demo: only they"):
        fix.void_money(ids["collected"], reason="x")
    with pytest.raises(PermissionDenied, match="written at HSI Demo"):
        fix.void_note(ids["note"], reason="x")


def test_restitution_matter_details_are_corrected_and_the_history_names_the_fields(
        svc: Services, fix: CorrectionService) -> None:
    ids = _case(svc)
    matter = fix.correct_matter(ids["matter"], MatterDetails(
        court="E.D. Tex.", docket_number="4:26-cr-00017", defendant="J. Doe",
        statute="18 U.S.C. 1593, 3663A"), reason="Docket number from the indictment")
    assert (matter.docket_number, matter.defendant) == ("4:26-cr-00017", "J. Doe")
    event = svc.cases.history(ids["client"])[0]
    assert (event.action, event.detail) == ("restitution.details",
                                            "changed: docket_number, defendant, statute")
    with pytest.raises(ValidationError, match="Docket number is required"):
        fix.correct_matter(ids["matter"], MatterDetails(court="E.D. Tex.", docket_number=""),
                           reason="x")


def test_a_corrected_date_obeys_the_date_rules_table(svc: Services,
                                                     fix: CorrectionService) -> None:
    """docs/date-rules.md: one table, checked by every service (corrections too), with
    its message naming the date and today; nothing is changed."""
    from datetime import timedelta

    ids = _case(svc)
    tomorrow = svc.ctx.today() + timedelta(days=1)
    for correct, entry, words in ((fix.correct_money, "collected", "date of the payment"),
                                  (fix.correct_assistance, "rent", "date paid")):
        kind = "collected" if entry == "collected" else "rent"
        with pytest.raises(ValidationError, match=rf"The {words} \(.*\) is in the future "
                                                  r"\(today is .*\)") as info:
            correct(ids[entry], EntryInput(kind=kind, amount_cents=1_000, on=tomorrow),
                    reason="typo")
        assert info.value.field == "on"
    assert _rows(svc, m.MoneyEventRow) == 2 and _rows(svc, m.AssistanceRow) == 1
