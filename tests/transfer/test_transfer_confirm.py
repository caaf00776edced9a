"""Confirming a partner's release (``ReleaseService.confirm_partner_release``) is the one
way a release another agency recorded comes to open what *we* share. It applies the rules a
release we record must pass (``domain.rules.check_release_terms``, through
``services.releases.check_stored_terms``), and it confirms only the revision the person
read: a hostile partner (valid, pinned keys) cannot get a 10-year release, one that does not
record that services were not made conditional, a minor's release signed by the survivor
alone, or a release widened while the dialog was open, counted as our consent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from nap_desktop.domain.entities import Release
from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.errors import InvalidTransition, ReleaseChanged, ValidationError
from nap_desktop.services import audit
from nap_desktop.store import models as m
from tests.transfer.forge import Record, edited, forge, new_release
from tests.transfer.test_transfer_authority import ALL, abc, exchanged, shared_with, to
from tests.transfer.transfer_helpers import Side, agencies, clock

__all__ = ["abc", "agencies", "clock"]  # fixtures

Change = Callable[[Record], None]


def partners_release(a: Side, b: Side, change: Change = lambda r: None,
                     ) -> tuple[dict[str, str], bytes, Record, Release]:
    """A's case exchanged with B; B then sends a release of its own (identity and
    location for B), changed by ``change``, signed with B's key. Returns the case ids,
    B's package, the release as sent and as A reads it."""
    ids, _, back = exchanged(a, b)
    theirs = new_release(client_id=ids["client"], recipient=b.me, today=a.ctx.today(),
                         categories=["identity", "location"])
    change(theirs)
    assert a.imports.import_package(forge(back, sender=b, receiver=a,
                                    edit=lambda rs: [*rs, theirs])).applied
    a.act_as_role(Role.SUPERVISOR)
    return ids, back, theirs, read(a, ids["client"], theirs["id"])


def read(a: Side, client_id: str, release_id: str) -> Release:
    [release] = [r for r in a.releases.for_client(client_id) if r.id == release_id]
    return release


def confirmations(a: Side, release_id: str) -> int:
    with a.ctx.read() as s:
        return sum(e.action == "release.confirm_partner"
                   for e in audit.events_for(s, [release_id]))


def assert_not_confirmed(a: Side, b: Side, ids: dict[str, str], release_id: str) -> None:
    """Nothing changed: the release still counts for nothing, no confirmation is audited,
    and A's next export to B carries housing only (A's own release)."""
    assert not read(a, ids["client"], release_id).counts_for_our_consent
    assert confirmations(a, release_id) == 0
    assert shared_with(a, to(a, b))[ids["client"]] == frozenset({InfoCategory.HOUSING})


def set_birth_date(a: Side, client_id: str, *, years_ago: int, flagged_minor: bool) -> None:
    """The client's date of birth (about ``years_ago`` years before today) and the stored
    "minor" flag, which may be out of date."""
    born = a.ctx.today() - timedelta(days=365 * years_ago)
    with a.ctx.unit_of_work() as s:
        s.execute(update(m.ClientPersonalRow)
                  .where(m.ClientPersonalRow.client_id == client_id)
                  .values(date_of_birth=born, is_minor=flagged_minor))


def lasting(days: int, signed_days_ago: int = 0) -> Change:
    """Signed ``signed_days_ago`` days before today, expiring ``days`` after that."""
    def change(r: Record) -> None:
        today = date.fromisoformat(r["data"]["signed_on"])  # new_release signs today
        signed = today - timedelta(days=signed_days_ago)
        r["data"]["signed_on"] = signed.isoformat()
        r["data"]["expires_on"] = (signed + timedelta(days=days)).isoformat()
    return change


@pytest.mark.parametrize("change", [lasting(3650), lasting(566, signed_days_ago=200)],
                         ids=["ten-years", "signed-200-days-ago-for-566"])
def test_a_partners_release_longer_than_a_year_is_not_confirmed(
        abc: tuple[Side, Side, Side], change: Change) -> None:
    a, b, _ = abc
    ids, _, theirs, release = partners_release(a, b, change)
    with pytest.raises(ValidationError, match="at most one year"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert_not_confirmed(a, b, ids, theirs["id"])


def test_a_partners_release_not_recording_services_not_conditional_is_not_confirmed(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, _, theirs, release = partners_release(
        a, b, lambda r: r["data"].update(services_not_conditional=False))
    with pytest.raises(ValidationError, match="services do not depend on signing"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert_not_confirmed(a, b, ids, theirs["id"])


def test_a_minors_release_signed_by_the_survivor_alone_is_not_confirmed(
        abc: tuple[Side, Side, Side]) -> None:
    """A minor by the date of birth today, though the stored flag says otherwise."""
    a, b, _ = abc
    ids, _, theirs, release = partners_release(a, b)
    set_birth_date(a, ids["client"], years_ago=17, flagged_minor=False)
    with pytest.raises(ValidationError, match="parent or guardian"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert_not_confirmed(a, b, ids, theirs["id"])


def test_a_minors_release_signed_by_a_guardian_is_confirmed(
        abc: tuple[Side, Side, Side]) -> None:
    a, b, _ = abc
    ids, _, theirs, release = partners_release(
        a, b, lambda r: r["data"].update(signed_by="guardian"))
    set_birth_date(a, ids["client"], years_ago=17, flagged_minor=True)
    a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert InfoCategory.LOCATION in shared_with(a, to(a, b))[ids["client"]]


def test_someone_flagged_minor_who_is_18_today_may_have_signed_alone(
        abc: tuple[Side, Side, Side]) -> None:
    """The minor rule reads the date of birth as of today, not a stale flag."""
    a, b, _ = abc
    ids, _, theirs, release = partners_release(a, b)
    set_birth_date(a, ids["client"], years_ago=19, flagged_minor=True)
    a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert confirmations(a, theirs["id"]) == 1


@pytest.mark.parametrize("status", ["draft", "revoked", "refused"])
def test_only_an_active_partners_release_is_confirmed(
        abc: tuple[Side, Side, Side], status: str) -> None:
    a, b, _ = abc
    signed = status != "draft"

    def change(r: Record) -> None:
        r["data"].update(status=status, signed_on=r["data"]["signed_on"] if signed else None,
                         revoked_on=r["data"]["signed_on"] if status == "revoked" else None)

    ids, _, theirs, release = partners_release(a, b, change)
    with pytest.raises(InvalidTransition, match="Only an active, signed release"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert_not_confirmed(a, b, ids, theirs["id"])


def test_a_release_widened_while_the_dialog_was_open_is_not_confirmed(
        abc: tuple[Side, Side, Side]) -> None:
    """The supervisor reads identity and location; before they press Confirm, a package
    from B widens the same release to every category. Nothing is confirmed; confirmed
    against what they read again, it is what they now see."""
    a, b, _ = abc
    ids, back, theirs, release = partners_release(a, b)
    widened = edited(theirs, categories=ALL)
    assert a.imports.import_package(forge(back, sender=b, receiver=a,
                                    edit=lambda rs: [*rs, widened])).applied
    now = read(a, ids["client"], theirs["id"])
    assert now.categories == frozenset(InfoCategory) and now.revision != release.revision
    with pytest.raises(ReleaseChanged, match="changed since you opened it; nothing was"):
        a.releases.confirm_partner_release(theirs["id"], expected_revision=release.revision)
    assert_not_confirmed(a, b, ids, theirs["id"])
    a.releases.confirm_partner_release(theirs["id"], expected_revision=now.revision)
    assert InfoCategory.CONTACT in shared_with(a, to(a, b))[ids["client"]]
