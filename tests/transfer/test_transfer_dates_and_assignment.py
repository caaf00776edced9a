"""Issue #11 at the border between agencies.

Dates: a partner holding valid keys sends a placement whose expected exit is before its
project start, or a restitution order entered before the sentencing hearing: the package
is refused with the rule it breaks and nothing is imported (``transfer/date_order.py``
says why refused rather than flagged). A package with the dates in order imports.

Assignment is local: the worker who holds a case, the assignments and their reasons never
travel in a package, and a partner's package never changes who holds a case here."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

import nap_desktop.transfer.errors as te
from nap_desktop.domain.enums import AgencyKind, RestitutionStepKind
from nap_desktop.services.assignment import AssignmentService
from nap_desktop.services.base import new_id
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.store import models as m
from nap_desktop.transfer import age
from tests.transfer.forge import Record, forge
from tests.transfer.transfer_helpers import Side, add_case, agencies, clock, pair, to

__all__ = ["agencies", "clock"]  # fixtures

REASON = "Ana-Canary-Reason speaks K'iche'"


@pytest.fixture
def ab(agencies: Any) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("Harbor Housing", AgencyKind.HOUSING)
    pair(a, b)
    return a, b


def shared_case(a: Side, b: Side) -> dict[str, str]:
    ids = add_case(a, to(a, b), categories=["housing", "restitution"], housing=False)
    today = a.ctx.today()
    placement = a.housing.add_placement(ids["client"], PlacementInput(
        program_type="transitional_housing", provider="Safe House",
        referred_on=today - timedelta(days=20), start_date=today - timedelta(days=10),
        expected_exit_date=today + timedelta(days=170)), "started")
    restitution = RestitutionService(a.ctx)
    matter = restitution.open_matter(ids["client"], court="U.S. District Court",
                                     docket_number="1:26-cr-7")
    steps = {s.kind: s.id for s in matter.steps}
    restitution.update_step(matter.id, steps[RestitutionStepKind.SENTENCING], status="done",
                            due_on=None, completed_on=today - timedelta(days=30))
    restitution.update_step(matter.id, steps[RestitutionStepKind.ORDER_ENTERED],
                            status="done", due_on=None, completed_on=today - timedelta(days=5))
    return {**ids, "placement": placement.id, "matter": matter.id}


def add_worker(side: Side, name: str) -> str:
    with side.ctx.unit_of_work() as s:
        row = m.UserRow(id=new_id(), name=name, display_name=name.title(), role="caseworker",
                        active=True, created_at=side.ctx.now())
        s.add(row)
    return row.id


def test_a_signed_package_with_an_expected_exit_before_the_start_is_refused(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    shared_case(a, b)
    data = a.exports.export(to(a, b))

    def swap(records: list[Record]) -> list[Record]:
        for r in records:
            if r["type"] == "placement":
                r["data"]["expected_exit_date"] = "2026-11-01"  # start: 2026-11-13
        return records

    before = b.counts()
    with pytest.raises(te.SchemaViolation) as caught:
        b.imports.import_package(forge(data, sender=a, receiver=b, edit=swap))
    message = caught.value.message
    assert "The expected exit (1 Nov 2026) is before the project start (13 Nov 2026)." in message
    assert "Nothing was imported" in message and "ask the sender to correct" in message
    assert b.counts() == before
    assert b.imports.import_package(data).applied  # the honest package imports


def test_a_signed_package_with_the_order_before_sentencing_is_refused(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    shared_case(a, b)

    def early_order(records: list[Record]) -> list[Record]:
        for r in records:
            if r["type"] == "restitution":
                for step in r["data"]["steps"]:
                    if step["kind"] == "order_entered":
                        step["completed_on"] = "2026-10-01"  # sentencing: 2026-10-24
        return records

    with pytest.raises(te.SchemaViolation, match="entered before the sentencing hearing"):
        b.imports.import_package(forge(a.exports.export(to(a, b)), sender=a, receiver=b,
                                       edit=early_order))


def test_our_own_export_of_out_of_order_dates_stops_before_sending(
        ab: tuple[Side, Side]) -> None:
    """A placement saved by an earlier version with its dates out of order: the export
    says which rule, instead of sending what the partner would refuse."""
    a, b = ab
    ids = shared_case(a, b)
    with a.ctx.unit_of_work() as s:
        row = s.get(m.PlacementRow, ids["placement"])
        assert row is not None and row.start_date is not None
        row.expected_exit_date = row.start_date - timedelta(days=3)
    with pytest.raises(te.SchemaViolation, match=r"expected exit .* is before the project start"):
        a.exports.export(to(a, b))


def test_assignment_never_travels_and_an_import_never_changes_it(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = shared_case(a, b)
    luis = add_worker(a, "luis-canary-worker")
    AssignmentService(a.ctx).assign([ids["client"]], luis, reason=REASON)
    plain = age.decrypt(a.exports.export(to(a, b)), b.identities())
    for secret in (luis, "luis-canary-worker", "Ana-Canary-Reason", "assigned_user_id",
                   "case_assignment"):
        assert secret.encode() not in plain, secret
    assert b.imports.import_package(a.exports.export(to(a, b))).applied

    mai = add_worker(b, "mai")
    AssignmentService(b.ctx).assign([ids["client"]], mai, reason="Harbor's own worker")
    a.housing.update_placement(ids["placement"], PlacementInput(
        program_type="transitional_housing", provider="Safe House",
        referred_on=a.ctx.today() - timedelta(days=20),
        start_date=a.ctx.today() - timedelta(days=10),
        expected_exit_date=a.ctx.today() + timedelta(days=60)))
    assert b.imports.import_package(a.exports.export(to(a, b))).applied
    case = b.cases.get_case(ids["client"])
    assert case.placements[0].expected_exit_date == b.ctx.today() + timedelta(days=60)
    assert case.client.assigned_user_id == mai  # and the assignment did not move
    assert {r.assigned_user_id for r in case.referrals} == {mai}
    assert [x.reason for x in AssignmentService(b.ctx).history(ids["client"])] == [
        "Harbor's own worker"]
