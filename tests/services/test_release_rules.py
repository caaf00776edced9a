"""Signing a draft release applies the same rules as recording a signed one
(``domain.rules.check_release_terms``): a back-dated signature cannot stretch consent past
a year, a minor's release is not signed by the minor alone, and the survivor must have
been told that services do not depend on signing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nap_desktop.domain.enums import InfoCategory, ReleaseStatus, SignedBy
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.cases import PersonalInput
from tests.services.conftest import Services


def draft(svc: Services, client_id: str, *, days: int = 366, told: bool = True,
          signed_by: SignedBy = SignedBy.SURVIVOR) -> str:
    today = svc.ctx.today()
    return svc.releases.create(
        client_id=client_id, recipient_agency_id=svc.partner_id,
        categories=[InfoCategory.IDENTITY], purpose="Housing", signed_by=signed_by,
        expires_on=today + timedelta(days=days), services_not_conditional=told).id


def adult(svc: Services) -> str:
    return svc.cases.create_client(PersonalInput(legal_name="Ana Adult",
                                                 date_of_birth=date(1990, 1, 1))).id


def minor(svc: Services) -> str:
    return svc.cases.create_client(PersonalInput(legal_name="Mia Minor",
                                                 date_of_birth=date(2012, 5, 5))).id


def status_of(svc: Services, client_id: str) -> list[ReleaseStatus]:
    return [r.status for r in svc.releases.for_client(client_id)]


def test_a_back_dated_signature_cannot_make_consent_last_longer_than_a_year(
        svc: Services) -> None:
    client = adult(svc)
    release = draft(svc, client)
    with pytest.raises(ValidationError, match="at most one year from the date it was signed"):
        svc.releases.sign(release, svc.ctx.today() - timedelta(days=200))
    assert status_of(svc, client) == [ReleaseStatus.DRAFT]  # nothing changed
    signed = svc.releases.sign(release, svc.ctx.today())
    assert signed.status is ReleaseStatus.ACTIVE


def test_a_minors_draft_is_not_signed_by_the_minor_alone(svc: Services) -> None:
    client = minor(svc)
    release = draft(svc, client, signed_by=SignedBy.GUARDIAN)
    with pytest.raises(ValidationError, match="parent or guardian"):
        svc.releases.sign(release, svc.ctx.today(), signed_by=SignedBy.SURVIVOR)
    assert status_of(svc, client) == [ReleaseStatus.DRAFT]
    signed = svc.releases.sign(release, svc.ctx.today())
    assert (signed.status, signed.signed_by) == (ReleaseStatus.ACTIVE, SignedBy.GUARDIAN)


def test_a_draft_that_became_a_minors_is_not_signed_by_the_survivor(svc: Services) -> None:
    """The draft was written for a survivor; the record now says she is 14."""
    client = adult(svc)
    release = draft(svc, client)
    svc.cases.update_client(client, PersonalInput(legal_name="Ana Adult",
                                                    date_of_birth=date(2012, 5, 5)))
    with pytest.raises(ValidationError, match="parent or guardian"):
        svc.releases.sign(release, svc.ctx.today())
    assert status_of(svc, client) == [ReleaseStatus.DRAFT]


def test_signing_needs_the_survivor_told_that_services_do_not_depend_on_it(
        svc: Services) -> None:
    client = adult(svc)
    release = draft(svc, client, told=False)  # a draft may be prepared before the meeting
    with pytest.raises(ValidationError, match="services do not depend on signing"):
        svc.releases.sign(release, svc.ctx.today())
    assert status_of(svc, client) == [ReleaseStatus.DRAFT]
    today = svc.ctx.today()
    with pytest.raises(ValidationError, match="services do not depend on signing"):
        svc.releases.create(client_id=client, recipient_agency_id=svc.partner_id,
                            categories=[InfoCategory.IDENTITY], purpose="Housing",
                            expires_on=today + timedelta(days=30), signed_on=today,
                            services_not_conditional=False)
