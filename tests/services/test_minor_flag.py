"""The minor flag follows a known date of birth both ways (a minor gets the guardian
rules, an adult is never left flagged); without a date of birth it is the caseworker's
tick, never cleared behind their back; fields a partner withheld stay withheld."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from nap_desktop.domain import entities as e
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import minor_by_birth_date
from nap_desktop.services.cases import PersonalInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

ADULT = date(2000, 1, 1)
IDENTITY = "date_of_birth,is_minor,legal_name,preferred_name"


def years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years)


def save(svc: Services, client: e.Client, **fields: Any) -> e.Client:
    return svc.cases.update_client(client.id, PersonalInput(**fields),
                                   expected_revision=client.revision)


@pytest.mark.parametrize(("dob", "today", "minor"), [
    (date(2008, 6, 15), date(2026, 6, 14), True),  # the day before the 18th birthday
    (date(2008, 6, 15), date(2026, 6, 15), False),  # the 18th birthday
    (date(2008, 2, 29), date(2026, 2, 28), True),  # born on 29 February
    (date(2008, 2, 29), date(2026, 3, 1), False),
    (None, date(2026, 6, 15), None),  # unknown: nothing to decide
])
def test_under_18_is_counted_in_calendar_years(dob: date | None, today: date,
                                               minor: bool | None) -> None:
    assert minor_by_birth_date(dob, today) is minor


def test_an_adult_birth_date_clears_the_minor_flag(svc: Services) -> None:
    """The service side of the reported bug (a birth date corrected to an adult's left
    "Minor" set): what the editor now sends clears it. The editor's side, the box
    following the date, is tested in tests/gui/test_client_editor.py."""
    kid = years_before(svc.ctx.today(), 10)
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=kid))
    assert client.personal.is_minor
    saved = save(svc, client, legal_name="Ana", date_of_birth=ADULT, is_minor=False)
    assert saved.personal.is_minor is False
    assert svc.cases.get_case(client.id).client.personal.is_minor is False


def test_a_tick_against_an_adult_birth_date_is_refused_not_dropped(svc: Services) -> None:
    """Either could be wrong (ages are forged): a person decides, nothing is guessed."""
    kid = years_before(svc.ctx.today(), 10)
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=kid))
    with pytest.raises(ValidationError, match="18 or over") as info:
        save(svc, client, legal_name="Ana", date_of_birth=ADULT, is_minor=True)
    assert info.value.field == "is_minor"
    personal = svc.cases.get_case(client.id).client.personal
    assert personal.is_minor and personal.date_of_birth == kid  # nothing half-applied
    with pytest.raises(ValidationError, match="18 or over"):
        svc.cases.create_client(
            PersonalInput(legal_name="Bo", date_of_birth=ADULT, is_minor=True))


def test_a_birth_date_under_18_sets_the_flag_on_update(svc: Services) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=ADULT))
    assert not client.personal.is_minor
    kid = years_before(svc.ctx.today(), 16)
    saved = save(svc, client, legal_name="Ana", date_of_birth=kid, is_minor=False)
    assert saved.personal.is_minor is True


def test_without_a_birth_date_the_tick_is_the_caseworkers(svc: Services) -> None:
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", is_minor=True))
    assert client.personal.is_minor  # an age can be known without a date of birth
    client = save(svc, client, legal_name="Ana", is_minor=True, languages=["Mam"])
    assert client.personal.is_minor  # an unrelated edit keeps it
    client = save(svc, client, legal_name="Ana", is_minor=False)
    assert client.personal.is_minor is False  # unticked deliberately


def test_clearing_the_birth_date_keeps_the_flag_the_form_sends(svc: Services) -> None:
    kid = years_before(svc.ctx.today(), 12)
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=kid))
    saved = save(svc, client, legal_name="Ana", date_of_birth=None, is_minor=True)
    assert saved.personal.is_minor and saved.personal.date_of_birth is None


def test_turning_18_clears_the_flag_at_the_next_save(svc: Services) -> None:
    birthday = svc.ctx.today() + timedelta(days=1)
    dob = years_before(birthday, 18)
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=dob))
    assert client.personal.is_minor
    svc.clock.advance(days=2)
    stored = svc.cases.get_case(client.id).client.personal
    assert stored.is_minor and not stored.minor_on(svc.ctx.today())  # 18 before any save
    saved = save(svc, client, legal_name="Ana", date_of_birth=dob, languages=["Mam"])
    assert saved.personal.is_minor is False


def test_a_refused_save_leaves_the_flag_alone(svc: Services) -> None:
    kid = years_before(svc.ctx.today(), 10)
    client = svc.cases.create_client(PersonalInput(legal_name="Ana", date_of_birth=kid))
    with pytest.raises(ValidationError, match="future"):
        save(svc, client, legal_name="Ana", date_of_birth=date(2999, 1, 1))
    personal = svc.cases.get_case(client.id).client.personal
    assert personal.is_minor and personal.date_of_birth == kid


# --- a case whose sender withheld the identity fields -------------------------------------


@pytest.fixture
def withheld(svc: Services) -> e.Client:
    """As an import leaves a case whose release did not cover identity: blanks, marked."""
    client = svc.cases.create_client(PersonalInput(legal_name="placeholder"))
    with svc.ctx.unit_of_work() as s:
        s.execute(update(m.ClientPersonalRow)
                  .where(m.ClientPersonalRow.client_id == client.id)
                  .values(legal_name="", not_received=IDENTITY,
                          not_received_from=svc.partner_id))
    return svc.cases.get_case(client.id).client


def test_an_unrelated_edit_leaves_a_withheld_flag_withheld(svc: Services,
                                                           withheld: e.Client) -> None:
    saved = save(svc, withheld, languages=["Mam"])
    assert {"date_of_birth", "is_minor"} <= saved.not_received.fields
    assert saved.personal.is_minor is False


def test_an_entered_birth_date_decides_a_withheld_flag(svc: Services,
                                                       withheld: e.Client) -> None:
    kid = years_before(svc.ctx.today(), 15)
    saved = save(svc, withheld, date_of_birth=kid, entered=frozenset({"date_of_birth"}))
    assert saved.personal.is_minor is True
    assert not saved.not_received.fields & {"date_of_birth", "is_minor"}
    assert "legal_name" in saved.not_received


def test_a_flag_ticked_by_hand_while_the_birth_date_stays_withheld(
        svc: Services, withheld: e.Client) -> None:
    saved = save(svc, withheld, is_minor=True, entered=frozenset({"is_minor"}))
    assert saved.personal.is_minor is True and saved.personal.date_of_birth is None
    assert "is_minor" not in saved.not_received
    assert "date_of_birth" in saved.not_received


def test_someone_who_has_turned_18_signs_their_own_release(svc: Services) -> None:
    """The guardian rule asks the date of birth today, not the flag saved when the
    survivor was 17 (nothing has been saved on the case since)."""
    from nap_desktop.domain.enums import InfoCategory, SignedBy

    birthday = svc.ctx.today() + timedelta(days=1)
    client = svc.cases.create_client(
        PersonalInput(legal_name="Ana", date_of_birth=years_before(birthday, 18))
    )

    def release() -> e.Release:
        today = svc.ctx.today()
        return svc.releases.create(
            client_id=client.id, recipient_agency_id=svc.partner_id,
            categories=[InfoCategory.IDENTITY], purpose="Housing",
            expires_on=today + timedelta(days=30), signed_on=today, signed_by=SignedBy.SURVIVOR,
        )

    with pytest.raises(ValidationError, match="guardian"):
        release()  # 17 today
    svc.clock.advance(days=2)
    assert release().status.value == "active"  # 18 now: signs for themselves
