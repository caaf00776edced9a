"""The redaction plan: which categories a partner may see, decided by releases alone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nap_desktop.domain.entities import Release
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus
from nap_desktop.domain.errors import ValidationError
from nap_desktop.reports.redaction import Audience, plan_redaction
from tests.reports import factories as f

PARTNER = Audience.for_partner(f.PARTNER_ID, "Example County Task Force (demo)")
ALL = frozenset(InfoCategory)


def test_internal_audience_withholds_nothing() -> None:
    plan = plan_redaction(f.make_case(), Audience.internal(), f.TODAY)
    assert plan.withheld == ()
    assert all(plan.shares(c) for c in InfoCategory)
    assert not plan.withholds_anything


def test_partner_without_release_gets_nothing_personal() -> None:
    plan = plan_redaction(f.make_case(), PARTNER, f.TODAY)
    assert plan.withheld == tuple(InfoCategory)
    assert plan.withheld_names == [c.value for c in InfoCategory]
    assert plan.release_ids == ()


def test_release_to_partner_shares_exactly_its_categories() -> None:
    cats = frozenset({InfoCategory.IDENTITY, InfoCategory.HOUSING})
    case = f.make_case(releases=[f.release(categories=cats)])
    plan = plan_redaction(case, PARTNER, f.TODAY)
    assert plan.shared == cats
    assert plan.shares(InfoCategory.IDENTITY)
    assert not plan.shares(InfoCategory.LOCATION)
    assert InfoCategory.LOCATION in plan.withheld
    assert plan.release_ids == ("release-1",)


def test_releases_combine() -> None:
    case = f.make_case(releases=[
        f.release(rid="a", categories=frozenset({InfoCategory.IDENTITY})),
        f.release(rid="b", categories=frozenset({InfoCategory.CONTACT})),
    ])
    plan = plan_redaction(case, PARTNER, f.TODAY)
    assert plan.shared == {InfoCategory.IDENTITY, InfoCategory.CONTACT}
    assert set(plan.release_ids) == {"a", "b"}


@pytest.mark.parametrize("release", [
    f.release(recipient=f.OTHER_ID, categories=ALL),
    f.release(categories=ALL, expires_on=f.TODAY - timedelta(days=1)),
    f.release(categories=ALL, status=ReleaseStatus.EXPIRED),
    f.release(categories=ALL, status=ReleaseStatus.REVOKED, revoked_on=date(2026, 10, 1)),
    f.release(categories=ALL, revoked_on=f.TODAY),  # revocation recorded, status not yet
    f.release(categories=ALL, status=ReleaseStatus.DRAFT),
    f.release(categories=ALL, status=ReleaseStatus.REFUSED),
    f.release(categories=ALL, client_id="someone-else"),
], ids=["other-agency", "past-expiry", "expired", "revoked", "revoked-today", "draft",
        "refused", "other-client"])
def test_releases_that_do_not_count(release: Release) -> None:
    case = f.make_case(releases=[release])
    plan = plan_redaction(case, PARTNER, f.TODAY)
    assert plan.shared == frozenset()
    assert plan.release_ids == ()


def test_release_expiring_today_still_counts() -> None:
    case = f.make_case(releases=[f.release(expires_on=f.TODAY)])
    assert plan_redaction(case, PARTNER, f.TODAY).shares(InfoCategory.IDENTITY)
    tomorrow = f.TODAY + timedelta(days=1)
    assert not plan_redaction(case, PARTNER, tomorrow).shares(InfoCategory.IDENTITY)


def test_release_signed_in_the_future_does_not_count_yet() -> None:
    release = f.release()
    release.signed_on = f.TODAY + timedelta(days=3)
    plan = plan_redaction(f.make_case(releases=[release]), PARTNER, f.TODAY)
    assert plan.shared == frozenset()


def test_supervisor_override_shares_everything() -> None:
    audience = Audience.for_partner(f.PARTNER_ID, "Task force", "  Court order\n 26-CV-1 ")
    plan = plan_redaction(f.make_case(), audience, f.TODAY)
    assert plan.is_override
    assert plan.withheld == ()
    assert audience.override_reason == "Court order 26-CV-1"


@pytest.mark.parametrize("args", [("", "Task force"), ("id", "  "), ("id", "Task force", "  ")])
def test_audience_validation(args: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError):
        Audience.for_partner(*args)


release_strategy = st.builds(
    f.release,
    recipient=st.sampled_from([f.PARTNER_ID, f.OTHER_ID]),
    categories=st.frozensets(st.sampled_from(list(InfoCategory))),
    status=st.sampled_from(list(ReleaseStatus)),
    expires_on=st.integers(-30, 30).map(lambda d: f.TODAY + timedelta(days=d)),
    rid=st.uuids().map(str),
)


@given(st.lists(release_strategy, max_size=6))
def test_plan_matches_the_rule(releases: list[Release]) -> None:
    case = f.make_case(releases=releases)
    plan = plan_redaction(case, PARTNER, f.TODAY)
    expected: set[InfoCategory] = set()
    for r in case.releases:
        if (r.recipient_agency_id == f.PARTNER_ID and r.status is ReleaseStatus.ACTIVE
                and r.expires_on >= f.TODAY):
            expected |= r.categories
    assert plan.shared == expected
    assert set(plan.withheld) == ALL - expected
    assert not set(plan.withheld) & plan.shared
