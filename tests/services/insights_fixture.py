"""A small, hand-counted set of records for the Insights figures (services and GUI tests).

The period is January to March 2026. Every timestamp is at midday UTC, in the middle of
its day, so the local month is the same in any time zone within twelve hours of UTC.
The expected figures (``EXPECTED_*``) were counted by hand from the rows below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from nap_desktop.services.base import ServiceContext, new_id
from nap_desktop.store import models as m

START, END = date(2026, 1, 1), date(2026, 3, 31)
JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
#: A name no figure may ever show (planted on every client of the fixture).
CANARY = "Qxzy Canarywoman"
CANARY_CASE = "CANARY-CASE-7"

EXPECTED_NEW = {JAN: 1, FEB: 1, MAR: 0}
EXPECTED_CONTINUING = {JAN: 0, FEB: 1, MAR: 2}  # served: a delivered service
#: Delivered, not voided services: {(month, category): count}.
EXPECTED_SERVICES = {(FEB, "case_management"): 2, (FEB, "crisis_intervention"): 1,
                     (MAR, "crisis_intervention"): 1, (MAR, "safety_planning"): 1}
EXPECTED_OUTCOMES = {
    "completed_successful": 1, "completed_not_successful": 1, "completed_no_outcome": 0,
    "declined": 1, "withdrawn": 1, "expired": 1,
}
EXPECTED_MOVE_IN = {"same_day": 1, "1_7": 1, "8_30": 1, "31_90": 1, "91_180": 0,
                    "181_plus": 0}
EXPECTED_MEDIAN = 11.5  # days 0, 3, 20, 45
EXPECTED_ORDERED = {JAN: 0, FEB: 1_234_567, MAR: 0}
EXPECTED_COLLECTED = {JAN: 300, FEB: 10_001, MAR: 5}
EXPECTED_DISBURSED = {JAN: 0, FEB: 0, MAR: 10_000}


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


@dataclass
class Planted:
    """Who holds the open cases: ``{display name or None: open cases}``."""

    caseload: dict[str | None, int]
    worker_names: dict[str, str]  # user id -> display name


def plant(ctx: ServiceContext, *, ana: str, sofia: str) -> Planted:
    """Insert the fixture's rows (``ana``, ``sofia``: two user ids) in one transaction."""
    with ctx.unit_of_work() as s:
        me = s.scalars(select(m.AgencyRow).where(m.AgencyRow.is_self)).one()
        partner = _partner(s, at("2025-01-01"))
        rows = _Rows(s, me.id, partner)
        c1 = rows.client("2025-11-15", ana)
        c2 = rows.client("2026-01-20", ana)
        c3 = rows.client("2026-02-03", sofia)
        c4 = rows.client("2025-06-01", None)
        c5 = rows.client("2026-04-02", sofia)
        c6 = rows.client("2025-01-01", ana)
        rows.referral(c1, "in_progress", "2026-01-10", changes=["2026-01-10"])
        rows.referral(c2, "completed", "2026-02-05", outcome="successful",
                      changes=["2026-01-20", "2026-02-05"])
        rows.referral(c3, "declined", "2026-02-10", changes=["2026-02-10"])
        rows.referral(c4, "sent", "2026-03-20", changes=["2026-03-15", "2026-03-20"])
        rows.referral(c4, "withdrawn", "2026-03-02", changes=["2026-03-02"])
        rows.referral(c5, "expired", "2026-04-03", changes=["2026-04-03"])
        rows.referral(c5, "accepted", "2026-04-02")
        rows.referral(c1, "completed", "2026-03-31", outcome="not_successful",
                      changes=["2026-03-31"])
        rows.referral(c2, "completed", "2025-12-31")
        rows.referral(c2, "expired", "2026-01-31")
        rows.referral(c6, "received", "2025-01-02")
        for client, day, category, status, voided in (
            (c6, "2026-02-10", "case_management", "delivered", False),
            (c6, "2026-02-20", "case_management", "delivered", False),
            (c6, "2026-03-05", "crisis_intervention", "delivered", False),
            (c6, "2026-03-06", "safety_planning", "planned", False),
            (c6, "2026-03-07", "crisis_intervention", "delivered", True),
            (c6, "2026-04-01", "case_management", "delivered", False),
            (c3, "2026-02-03", "crisis_intervention", "delivered", False),
            (c3, "2026-03-10", "safety_planning", "delivered", False),
        ):
            rows.service(client, day, category, status, voided)
        for start, move_in in (("2026-01-05", "2026-01-05"), ("2025-12-20", "2026-01-09"),
                               ("2026-01-01", "2026-02-15"), ("2026-02-01", "2026-02-04"),
                               ("2026-03-01", "2026-04-10"), ("2026-03-10", "2026-03-01"),
                               (None, "2026-03-05")):
            rows.placement(c1, start, move_in)
        m1 = rows.matter(c1, 1_234_567, "done", "2026-02-14")
        m2 = rows.matter(c2, 500_001, "done", "2025-12-01")
        rows.matter(c4, 99, "pending", None)
        for matter, kind, cents, on, voided in (
            (m1, "collected", 10_001, "2026-02-20", False),
            (m1, "collected", 5, "2026-03-01", False),
            (m1, "disbursed", 10_000, "2026-03-03", False),
            (m1, "collected", 777, "2026-03-04", True),
            (m2, "collected", 300, "2026-01-31", False),
            (m2, "disbursed", 50, "2026-04-01", False),
        ):
            rows.money(matter, kind, cents, on, voided)
        names = {u.id: u.display_name for u in s.scalars(select(m.UserRow))}
    return Planted({names[ana]: 2, names[sofia]: 1, None: 1}, names)


def _partner(s: Any, now: datetime) -> str:
    found = s.scalars(select(m.AgencyRow).where(~m.AgencyRow.is_self)).first()
    if found is not None:
        return str(found.id)
    row = m.AgencyRow(id=new_id(), name="Fixture Legal Aid", kind="legal", contacts="",
                      is_victim_service_provider=False, is_self=False, created_at=now,
                      updated_at=now, revision=1)
    s.add(row)
    return row.id


class _Rows:
    def __init__(self, s: Any, me: str, partner: str) -> None:
        self.s, self.me, self.partner, self.n = s, me, partner, 0

    def client(self, created: str, user: str | None) -> str:
        self.n += 1
        cid, when = new_id(), at(created)
        self.s.add(m.ClientRow(id=cid, case_number=f"{CANARY_CASE}-{self.n}",
                               trafficking_type="labor", assigned_user_id=user,
                               next_due_on=None, next_due_label="", created_at=when,
                               updated_at=when, revision=1))
        self.s.add(m.ClientPersonalRow(client_id=cid, legal_name=f"{CANARY} {self.n}",
                                       preferred_name=CANARY))
        self.s.flush()
        return cid

    def referral(self, client: str, status: str, changed: str, *, outcome: str | None = None,
                 changes: list[str] | None = None) -> str:
        rid, when = new_id(), at(changed)
        self.s.add(m.ReferralRow(
            id=rid, client_id=client, from_agency_id=self.me, to_agency_id=self.partner,
            direction="between_providers", urgency="routine", status=status,
            status_changed_at=when, outcome=outcome, reason=None, created_at=when,
            updated_at=when, revision=1, safety_notes=CANARY))
        self.s.flush()
        for day in changes or []:
            self.s.add(m.StatusChangeRow(referral_id=rid, from_status=None, to_status=status,
                                         at=at(day), by_user_id=None, reason=None))
        return rid

    def placement(self, client: str, start: str | None, move_in: str) -> None:
        now = at("2026-01-01")
        self.s.add(m.PlacementRow(
            id=new_id(), client_id=client, program_type="transitional_housing",
            provider=CANARY, status="moved_in", referred_on=None,
            start_date=date.fromisoformat(start) if start else None,
            move_in_date=date.fromisoformat(move_in), expected_exit_date=None,
            exit_date=None, exit_destination=None, created_at=now, updated_at=now,
            revision=1))

    def matter(self, client: str, ordered: int, status: str, done_on: str | None) -> str:
        mid, now = new_id(), at("2025-06-01")
        self.s.add(m.RestitutionMatterRow(
            id=mid, client_id=client, court="Fixture Court", docket_number=CANARY_CASE,
            defendant=CANARY, ordered_cents=ordered, closure=None, created_at=now,
            updated_at=now, revision=1))
        self.s.flush()
        self.s.add(m.RestitutionStepRow(
            id=new_id(), matter_id=mid, position=4, kind="order_entered", status=status,
            due_on=None, completed_on=date.fromisoformat(done_on) if done_on else None))
        return mid

    def service(self, client: str, day: str, category: str, status: str,
                voided: bool) -> None:
        when = at(day)
        self.s.add(m.ServiceRecordRow(
            id=new_id(), client_id=client, provided_on=date.fromisoformat(day),
            category=category, provider="staff", mode="in_person", minutes=30,
            status=status, note=CANARY, created_at=when, updated_at=when, revision=1,
            voided_at=at("2026-03-08") if voided else None))

    def money(self, matter: str, kind: str, cents: int, on: str, voided: bool) -> None:
        self.s.add(m.MoneyEventRow(
            id=new_id(), matter_id=matter, kind=kind, amount_cents=cents,
            on=date.fromisoformat(on), note=CANARY,
            voided_at=at("2026-03-05") if voided else None))
