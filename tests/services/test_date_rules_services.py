"""The date rules reach every way in: each service a caseworker's form (or the command
line, or an import's own checks) calls refuses the out-of-order date with the rule's
message, at the field to correct, and saves nothing. Today is 23 Nov 2026 (FakeClock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from nap_desktop.domain.enums import RestitutionStepKind
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from tests.services.conftest import Services
from tests.services.test_date_bounds import case, snapshot  # noqa: F401 - the fixture

D = date(2026, 11, 10)
Action = Callable[[Services, dict[str, str]], object]


def placement(**dates: date | None) -> PlacementInput:
    return PlacementInput(program_type="rapid_rehousing", provider="Safe House", **dates)


def _sentencing_then_order(svc: Services, ids: dict[str, str]) -> object:
    matter = svc.cases.get_case(ids["client"]).restitution[0]
    step = {s.kind: s.id for s in matter.steps}
    svc.restitution.update_step(matter.id, step[RestitutionStepKind.SENTENCING],
                                status="done", due_on=None, completed_on=D)
    return svc.restitution.update_step(matter.id, step[RestitutionStepKind.ORDER_ENTERED],
                                       status="done", due_on=None,
                                       completed_on=D - timedelta(days=1))


def _signed_then_revoked(svc: Services, ids: dict[str, str]) -> object:
    svc.releases.sign(ids["release"], D)
    return svc.releases.revoke(ids["release"], D - timedelta(days=1))


CASES: dict[str, tuple[Action, str, str]] = {
    "expected exit before start": (
        lambda svc, ids: svc.housing.add_placement(ids["client"], placement(
            start_date=D, expected_exit_date=D - timedelta(days=2)), "accepted"),
        "expected_exit_date",
        "The expected exit (8 Nov 2026) is before the project start (10 Nov 2026)."),
    "start before referral": (
        lambda svc, ids: svc.housing.add_placement(ids["client"], placement(
            referred_on=D, start_date=D - timedelta(days=3)), "accepted"),
        "start_date",
        "The project start (7 Nov 2026) is before the referral date (10 Nov 2026)."),
    "expected exit before referral": (
        lambda svc, ids: svc.housing.update_placement(ids["placement"], placement(
            referred_on=D, expected_exit_date=D - timedelta(days=1))),
        "expected_exit_date",
        "The expected exit (9 Nov 2026) is before the referral date (10 Nov 2026)."),
    "move-in in the future": (
        lambda svc, ids: svc.housing.add_placement(ids["client"], placement(
            start_date=D, move_in_date=date(2026, 11, 30)), "moved_in"),
        "move_in_date",
        "The move-in date (30 Nov 2026) is in the future (today is 23 Nov 2026)."),
    "paid in the future": (
        lambda svc, ids: svc.housing.add_assistance(
            ids["placement"], kind="rent", amount_cents=100, paid_on=date(2026, 12, 1)),
        "paid_on", "The date paid (1 Dec 2026) is in the future (today is 23 Nov 2026)."),
    "revoked before signed": (
        _signed_then_revoked, "revoked_on",
        "The revocation date (9 Nov 2026) is before the date signed (10 Nov 2026)."),
    "order before sentencing": (
        _sentencing_then_order, "completed_on",
        "The restitution order (9 Nov 2026) is entered before the sentencing hearing "
        "(10 Nov 2026)."),
    "Continued Presence before birth": (
        lambda svc, ids: svc.cases.create_client(PersonalInput(
            legal_name="Bea", date_of_birth=date(1990, 5, 1),
            continued_presence_expires=date(1980, 1, 1))),
        "continued_presence_expires",
        "The Continued Presence expiry (1 Jan 1980) is before the date of birth "
        "(1 May 1990)."),
    "born more than 120 years ago": (
        lambda svc, ids: svc.cases.create_client(PersonalInput(
            legal_name="Bea", date_of_birth=date(1906, 11, 22))),
        "date_of_birth",
        "The date of birth (22 Nov 1906) is more than 120 years ago: check the year."),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_service_refuses_with_the_rule_and_saves_nothing(
        svc: Services, case: dict[str, str], name: str) -> None:  # noqa: F811
    action, field, message = CASES[name]
    before = snapshot(svc)
    with pytest.raises(ValidationError) as caught:
        action(svc, case)
    assert (caught.value.field, caught.value.message) == (field, message)
    if name not in ("revoked before signed", "order before sentencing"):  # a first step saved
        assert snapshot(svc) == before


def test_the_issues_example_no_longer_shows_overdue_at_once(
        svc: Services, case: dict[str, str]) -> None:  # noqa: F811
    """Before: an expected exit before the start was saved and the placement was overdue
    from the moment it was recorded. Now it is refused; the right dates are saved."""
    with pytest.raises(ValidationError):
        svc.housing.add_placement(case["client"], placement(
            referred_on=D, start_date=D, expected_exit_date=D - timedelta(days=5)), "started")
    saved = svc.housing.add_placement(case["client"], placement(
        referred_on=D, start_date=D, expected_exit_date=D + timedelta(days=90)), "started")
    assert saved.expected_exit_date == D + timedelta(days=90)
