"""Dates a person enters are bounded as a package's are (domain.moments): a year typed as
9999 or 0001 is refused with a message naming the field, and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from nap_desktop.domain import moments
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.store import models as m
from tests.services.conftest import Services

FAR = date(9999, 12, 31)
EARLY = date(1, 1, 1)
JUST_AFTER = date(2201, 1, 1)
JUST_BEFORE = date(1899, 12, 31)
TABLES = (m.ClientRow, m.ClientPersonalRow, m.ReleaseRow, m.PlacementRow, m.AssistanceRow,
          m.RestitutionStepRow, m.MoneyEventRow, m.AuditRow)


def snapshot(svc: Services) -> dict[str, object]:
    with svc.ctx.read() as s:
        counts = {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                  for t in TABLES}
        stored = {"dates": sorted(str(d) for d in s.scalars(select(m.RestitutionStepRow.due_on))),
                  "dobs": sorted(str(d) for d in s.scalars(
                      select(m.ClientPersonalRow.date_of_birth)))}
    return {**counts, **stored}


@pytest.fixture
def case(svc: Services) -> dict[str, str]:
    client = svc.cases.create_client(PersonalInput(legal_name="Ana"))
    placement = svc.housing.add_placement(client.id, PlacementInput(
        program_type="emergency_shelter", provider="Safe House"))
    matter = svc.restitution.open_matter(client.id, court="Court", docket_number="CR-1")
    release = svc.releases.create(client_id=client.id, recipient_agency_id=svc.partner_id,
                                  categories=["identity"], purpose="Coordinate",
                                  expires_on=svc.ctx.today().replace(month=12, day=31))
    return {"client": client.id, "placement": placement.id, "matter": matter.id,
            "step": matter.steps[0].id, "release": release.id}


ENTRIES: dict[str, Callable[[Services, dict[str, str], date], object]] = {
    "date_of_birth": lambda svc, ids, d: svc.cases.create_client(
        PersonalInput(legal_name="Bea", date_of_birth=d)),
    "continued_presence_expires": lambda svc, ids, d: svc.cases.create_client(
        PersonalInput(legal_name="Bea", continued_presence_expires=d)),
    "expected_exit_date": lambda svc, ids, d: svc.housing.add_placement(
        ids["client"], PlacementInput(program_type="emergency_shelter", provider="Shelter",
                                      expected_exit_date=d)),
    "referred_on": lambda svc, ids, d: svc.housing.update_placement(
        ids["placement"], PlacementInput(program_type="emergency_shelter", provider="Shelter",
                                         referred_on=d)),
    "paid_on": lambda svc, ids, d: svc.housing.add_assistance(
        ids["placement"], kind="rent", amount_cents=100, paid_on=d),
    "due_on": lambda svc, ids, d: svc.restitution.update_step(
        ids["matter"], ids["step"], status="pending", due_on=d),
    "on": lambda svc, ids, d: svc.restitution.record_money(
        ids["matter"], kind="collected", amount_cents=100, on=d),
    "signed_on": lambda svc, ids, d: svc.releases.sign(ids["release"], d),
    "revoked_on": lambda svc, ids, d: svc.releases.revoke(ids["release"], d),
}


#: Where a more specific rule speaks first (a birth date cannot be in the future).
PAST_ONLY = {"date_of_birth"}


@pytest.mark.parametrize("value", [FAR, EARLY, JUST_AFTER, JUST_BEFORE])
@pytest.mark.parametrize("field", list(ENTRIES))
def test_a_date_outside_the_span_is_refused_and_nothing_is_saved(
        svc: Services, case: dict[str, str], field: str, value: date) -> None:
    before = snapshot(svc)
    says = "between 1900-01-01 "
    if field in PAST_ONLY:  # the birth date's own rules (``domain.date_rules``) speak first
        says = "in the future" if value > svc.ctx.today() else "more than 120 years ago"
    with pytest.raises(ValidationError, match=says) as caught:
        ENTRIES[field](svc, case, value)
    assert caught.value.field == field
    assert snapshot(svc) == before


def test_the_edges_of_the_span_are_accepted(svc: Services, case: dict[str, str]) -> None:
    # (A date of birth is bounded more narrowly: at most 120 years ago, ``date_rules``.)
    assert svc.cases.create_client(PersonalInput(legal_name="Cy",
                                                 continued_presence_expires=moments.EARLIEST))
    svc.restitution.update_step(case["matter"], case["step"], status="pending",
                                due_on=moments.LATEST)
