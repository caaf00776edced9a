"""Demo data of issue #13: funding sources, housing projects, services delivered across
two federal fiscal years, case plans with goals, safety plans, manual tasks, program
activities and the reported client fields — so every grant report and chart shows
something real in the demo vault.

Called once from the demo generator (``DemoGenerator.run``), inside its transaction, for
the cases that have no services yet (a second ``nap demo`` fills only the new ones).
Rows go in with ``executemany`` in batches; the client fields are set by one UPDATE per
field from the case number (deterministic, no per-row round trip), so a million-referral
demo vault stays within its time budget. Everything is fictional ("(demo)").
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import enums as en
from nap_desktop.services.base import new_id
from nap_desktop.store import models as m
from nap_desktop.store.bulk import insert_rows

BATCH = 5000
SC = en.ServiceCategory
#: (category, weight, usual minutes): what a victim-services program mostly records.
_SERVICES: Sequence[tuple[en.ServiceCategory, int, int]] = (
    (SC.CASE_MANAGEMENT, 30, 45), (SC.CRISIS_INTERVENTION, 8, 60),
    (SC.SAFETY_PLANNING, 8, 40), (SC.INFORMATION_RIGHTS, 8, 20),
    (SC.REFERRAL_OTHER, 8, 15), (SC.ACCOMPANIMENT_COURT, 5, 180),
    (SC.ACCOMPANIMENT_LAW_ENFORCEMENT, 4, 120), (SC.ACCOMPANIMENT_MEDICAL, 3, 150),
    (SC.INTERPRETER, 5, 60), (SC.LEGAL_ASSISTANCE, 4, 60),
    (SC.IMMIGRATION_ASSISTANCE, 5, 90), (SC.EMERGENCY_SHELTER, 4, 0),
    (SC.TRANSITIONAL_HOUSING, 3, 0), (SC.RENTAL_ASSISTANCE, 3, 30),
    (SC.RELOCATION, 1, 120), (SC.EMERGENCY_FINANCIAL, 3, 20), (SC.FOOD_CLOTHING, 4, 20),
    (SC.MEDICAL, 2, 60), (SC.DENTAL, 1, 60), (SC.MENTAL_HEALTH, 5, 50),
    (SC.SUBSTANCE_USE, 1, 60), (SC.SUPPORT_GROUP, 3, 90), (SC.EMPLOYMENT, 3, 60),
    (SC.EDUCATION, 2, 60), (SC.LIFE_SKILLS, 2, 60), (SC.TRANSPORTATION, 4, 45),
    (SC.CHILD_CARE, 1, 240), (SC.VICTIM_COMPENSATION, 2, 45),
    (SC.RESTITUTION_ASSISTANCE, 1, 45), (SC.REPATRIATION, 1, 120), (SC.OTHER, 1, 30),
)
_HOUSING = frozenset({SC.EMERGENCY_SHELTER, SC.TRANSITIONAL_HOUSING, SC.RENTAL_ASSISTANCE,
                      SC.RELOCATION})
_MODES = (en.ServiceMode.IN_PERSON, en.ServiceMode.IN_PERSON, en.ServiceMode.PHONE,
          en.ServiceMode.PHONE, en.ServiceMode.VIDEO, en.ServiceMode.TEXT)
_GOALS = {
    en.PlanDomain.SAFETY: "Keep the safety plan current (demo)",
    en.PlanDomain.HOUSING: "Move into stable housing (demo)",
    en.PlanDomain.LEGAL_IMMIGRATION: "Apply for a T visa with legal aid (demo)",
    en.PlanDomain.MENTAL_HEALTH: "Attend counseling every week (demo)",
    en.PlanDomain.ECONOMIC_EMPLOYMENT: "Finish job training (demo)",
    en.PlanDomain.CRIMINAL_JUSTICE_RESTITUTION: "Prepare the impact statement (demo)",
    en.PlanDomain.EDUCATION: "Enroll in English classes (demo)",
    en.PlanDomain.PHYSICAL_HEALTH: "See a primary care doctor (demo)",
    en.PlanDomain.FAMILY_CHILDREN: "Arrange child care (demo)",
}
_TASKS = ("Call back about the housing application (demo)",
          "Send the benefits paperwork (demo)", "Check in after the court date (demo)",
          "Book an interpreter for the interview (demo)")
_FUNDING = (
    (en.Funder.VOCA, "VOCA Victim Assistance (demo)", "2025-V2-GX-0042"),
    (en.Funder.OVC_TRAFFICKING, "OVC Comprehensive Services for Victims (demo)",
     "15POVC-24-GG-00123-HT"),
    (en.Funder.HUD_COC, "HUD CoC Joint TH/RRH for Survivors (demo)", "TX0123L6E001"),
)


#: Cases given services, plans and tasks: the newest this many. A 100,000-referral demo
#: vault (about 60,000 cases) has them on every case; a 1,000,000-referral one on its newest
#: cases only, so that it builds within issue #16's ten minutes (building these rows in Python
#: costs about 2 ms a case) while every report and chart still has a real caseload to count.
MOST_CASES = 80_000


def fill_services(s: OrmSession, now: datetime, today: date, seed: int = 13) -> int:
    """Issue #13's demo rows for the newest ``MOST_CASES`` cases without services; returns
    how many cases."""
    rng = random.Random(seed)  # noqa: S311 - demo data is not security-relevant
    funding = _funding(s, now, today)
    _projects(s, now, funding)
    _client_fields(s)
    cases = s.execute(text(
        "SELECT id, created_at, assigned_user_id FROM (SELECT c.id, c.created_at, "
        "c.assigned_user_id, c.case_number FROM clients c WHERE NOT EXISTS "
        "(SELECT 1 FROM service_records r WHERE r.client_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM case_plans p WHERE p.client_id = c.id) "
        "ORDER BY c.case_number DESC LIMIT :most) ORDER BY case_number"),
        {"most": MOST_CASES}).all()
    partners = {str(c): str(r) for c, r in s.execute(text(
        "SELECT r.client_id, min(r.id) FROM referrals r JOIN agencies a ON "
        "a.id = r.from_agency_id AND a.is_self GROUP BY r.client_id"))}
    users = list(s.scalars(select(m.UserRow.id).where(m.UserRow.active)))
    maker = _Rows(rng, now, today, funding, partners, users)
    for batch in _chunks(cases, BATCH):
        rows: dict[Table, list[dict[str, Any]]] = {t: [] for t in _TABLES}
        for cid, created, worker in batch:
            maker.case(rows, cid, _as_datetime(created), worker)
        for table, values in rows.items():
            if values:
                insert_rows(s, table, values)  # store/bulk.py: no per-row ORM work
    _activities(s, rng, now, today, funding)
    return len(cases)


def _table(name: str) -> Table:
    return m.Base.metadata.tables[name]


_TABLES = tuple(_table(n) for n in ("service_records", "case_plans", "plan_goals",
                                    "safety_plans", "tasks"))


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _versioned(now: datetime) -> dict[str, Any]:
    return {"id": new_id(), "revision": 1, "created_at": now, "updated_at": now}


def _funding(s: OrmSession, now: datetime, today: date) -> dict[en.Funder, str]:
    """The three demo awards (made once), by funder."""
    found = {en.Funder(f): i for f, i in s.execute(select(
        m.FundingSourceRow.funder, m.FundingSourceRow.id).where(
        m.FundingSourceRow.name.like("%(demo)")))}
    fy_start = date(today.year - (1 if today.month < 10 else 0) - 1, 10, 1)
    for funder, name, award in _FUNDING:
        if funder not in found:
            row = _versioned(now)
            s.execute(insert(_table("funding_sources")), [{
                **row, "funder": funder.value, "name": name, "award_number": award,
                "period_start": fy_start, "period_end": date(fy_start.year + 3, 9, 30),
                "active": True}])
            found[funder] = row["id"]
    return found


def _projects(s: OrmSession, now: datetime, funding: dict[en.Funder, str]) -> None:
    """Two housing projects; every demo placement becomes an enrollment of one."""
    names = set(s.scalars(select(m.ProjectRow.name)))
    made: dict[str, str] = {}
    for key, name, kind, beds in (("th", "Casa Segura Transitional Housing (demo)", 2, 24),
                                  ("rrh", "New Roots Rapid Re-housing (demo)", 13, 30)):
        if name in names:
            made[key] = str(s.scalar(select(m.ProjectRow.id).where(m.ProjectRow.name == name)))
            continue
        row = _versioned(now)
        s.execute(insert(_table("projects")), [{
            **row, "name": name, "hmis_project_type": kind,
            "funding_source_id": funding[en.Funder.HUD_COC],
            "operating_start": date(2020, 1, 1), "operating_end": None, "coc_code": "TX-500",
            "geocode": "481234", "housing_type": 1 if kind == 2 else 3, "household_type": 1,
            "unit_inventory": beds, "bed_inventory": beds, "active": True}])
        made[key] = row["id"]
    s.execute(text(
        "UPDATE placements SET project_id = CASE WHEN program_type IN "
        "('rapid_rehousing', 'permanent_supportive_housing', 'other_permanent') "
        "THEN :rrh ELSE :th END WHERE project_id IS NULL"), made)


#: The reported fields, from the case number's sequence (n): one UPDATE each. About 6%
#: refused, 4% don't know, 5% not collected, as intake data usually has.
_FIELD_SQL = {
    "gender": "CASE n % 50 WHEN 0 THEN 'refused' WHEN 1 THEN 'refused' WHEN 2 THEN "
              "'doesnt_know' WHEN 3 THEN 'not_collected' WHEN 4 THEN 'not_collected' WHEN 5 "
              "THEN 'transgender,woman' WHEN 6 THEN 'non_binary' WHEN 7 THEN 'culturally_"
              "specific,woman' ELSE CASE WHEN n % 7 < 5 THEN 'woman' ELSE 'man' END END",
    "race_ethnicity": "CASE n % 40 WHEN 0 THEN 'refused' WHEN 1 THEN 'refused' WHEN 2 THEN "
                      "'doesnt_know' WHEN 3 THEN 'not_collected' WHEN 4 THEN 'asian,white' "
                      "ELSE CASE n % 6 WHEN 0 THEN 'hispanic_latina' WHEN 1 THEN 'asian' "
                      "WHEN 2 THEN 'black_af_american' WHEN 3 THEN 'hispanic_latina,white' "
                      "WHEN 4 THEN 'white' ELSE 'nh_pacific_islander' END END",
    "sex": "CASE n % 33 WHEN 0 THEN 'refused' WHEN 1 THEN 'not_collected' ELSE "
           "CASE WHEN n % 7 < 5 THEN 'female' ELSE 'male' END END",
    "citizenship": "CASE n % 25 WHEN 0 THEN 'refused' WHEN 1 THEN 'doesnt_know' WHEN 2 THEN "
                   "'not_collected' ELSE CASE n % 4 WHEN 0 THEN 'us_citizen' WHEN 1 THEN "
                   "'permanent_resident' ELSE 'foreign_national' END END",
    "referral_source": "CASE n % 30 WHEN 0 THEN 'doesnt_know' WHEN 1 THEN 'not_collected' "
                       "ELSE CASE n % 8 WHEN 0 THEN 'self' WHEN 1 THEN 'hotline' WHEN 2 THEN "
                       "'service_provider' WHEN 3 THEN 'health_care' WHEN 4 THEN "
                       "'family_friend' WHEN 5 THEN 'legal' ELSE 'law_enforcement' END END",
}


def _client_fields(s: OrmSession) -> None:
    """The demo cases' reported fields (only rows still all "not collected")."""
    sets = ", ".join(f"{k} = ({v})" for k, v in _FIELD_SQL.items())
    s.execute(text(
        f"UPDATE client_personal SET {sets} FROM (SELECT id AS cid, CAST(substr("  # noqa: S608 - fixed SQL
        "case_number, -5) AS INTEGER) AS n FROM clients) AS seq WHERE client_id = seq.cid "
        "AND gender = 'not_collected' AND race_ethnicity = 'not_collected' "
        "AND sex = 'not_collected' AND citizenship = 'not_collected'"))


class _Rows:
    """Builds one case's rows (deterministic for the generator's seed)."""

    def __init__(self, rng: random.Random, now: datetime, today: date,
                 funding: dict[en.Funder, str], partners: dict[str, str],
                 users: list[str]) -> None:
        self.rng, self.now, self.today = rng, now, today
        self.funding, self.partners, self.users = funding, partners, users
        self.weights = [w for _c, w, _m in _SERVICES]

    def case(self, rows: dict[Table, list[dict[str, Any]]], cid: str, created: datetime,
             worker: str | None) -> None:
        rng = self.rng
        intake = created.astimezone().date()
        span = max(1, (self.today - intake).days)
        if rng.random() < 0.85:
            for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5, 6))):
                self._service(rows, cid, intake, span, worker)
        if rng.random() < 0.75:
            self._plan(rows, cid, intake, worker)
        if rng.random() < 0.6:
            self._safety(rows, cid, intake)
        if rng.random() < 0.05:
            rows[_table("tasks")].append({
                **_versioned(self.now), "client_id": cid, "title": rng.choice(_TASKS),
                "due_on": self.today + timedelta(days=rng.randrange(-10, 25)),
                "assigned_user_id": worker or rng.choice(self.users),
                "created_by_user_id": worker, "status": "open", "done_on": None,
                "cancel_reason": ""})

    def _service(self, rows: dict[Table, list[dict[str, Any]]], cid: str, intake: date,
                 span: int, worker: str | None) -> None:
        rng = self.rng
        category, _w, minutes = rng.choices(_SERVICES, self.weights)[0]
        on = intake + timedelta(days=rng.randrange(min(span, 700)))
        planned = on > self.today - timedelta(days=3) and rng.random() < 0.3
        if planned:
            on = self.today + timedelta(days=rng.randrange(-2, 14))
        by_partner = category is SC.LEGAL_ASSISTANCE and cid in self.partners
        funder = (en.Funder.HUD_COC if category in _HOUSING else
                  en.Funder.OVC_TRAFFICKING if rng.random() < 0.3 else en.Funder.VOCA)
        status = ("planned" if planned else rng.choice(("delivered",) * 18 + ("no_show",
                                                                             "declined")))
        when = datetime.combine(min(on, self.today), datetime.min.time(), self.now.tzinfo)
        rows[_table("service_records")].append({
            "id": new_id(), "revision": 1, "created_at": when, "updated_at": when,
            "client_id": cid, "referral_id": self.partners[cid] if by_partner else None,
            "provided_on": on, "category": category.value,
            "provider": "partner" if by_partner else "staff",
            "provided_by_user_id": None if by_partner else (worker or self.users[0]),
            "partner_agency_id": None, "mode": (en.ServiceMode.ACCOMPANIMENT if
                                                category.value.startswith("accompaniment")
                                                else rng.choice(_MODES)).value,
            "minutes": max(0, minutes + rng.randrange(-15, 16)) if minutes else 0,
            "funding_source_id": self.funding[funder], "status": status,
            "note": "", "author_user_id": worker or self.users[0], "voided_at": None,
            "voided_by": None, "void_reason": "", "origin_agency_id": None})

    def _plan(self, rows: dict[Table, list[dict[str, Any]]], cid: str, intake: date,
              worker: str | None) -> None:
        rng = self.rng
        due = intake + timedelta(days=30)
        written = intake + timedelta(days=rng.randrange(5, 45))
        done = written <= self.today and rng.random() < 0.85
        review = None
        last = None
        if done:
            review = written + timedelta(days=90)
            while review < self.today - timedelta(days=20) and rng.random() < 0.8:
                last, review = review, review + timedelta(days=90)
        rows[_table("case_plans")].append({
            **_versioned(self.now), "client_id": cid, "due_on": due,
            "completed_on": written if done else None, "last_reviewed_on": last,
            "next_review_on": review, "author_user_id": worker})
        for position, domain in enumerate(rng.sample(list(_GOALS), rng.randrange(1, 4))):
            rows[_table("plan_goals")].append({
                **_versioned(self.now), "client_id": cid, "domain": domain.value,
                "description": _GOALS[domain],
                "target_date": written + timedelta(days=rng.randrange(30, 240)),
                "status": rng.choice(("not_started", "in_progress", "in_progress",
                                      "achieved", "discontinued")), "position": position})

    def _safety(self, rows: dict[Table, list[dict[str, Any]]], cid: str, intake: date) -> None:
        rng = self.rng

        def maybe(value: str) -> str:
            return value if rng.random() < 0.7 else ""

        rows[_table("safety_plans")].append({
            **_versioned(self.now), "client_id": cid,
            "contact_risk": rng.choice(("none", "low", "medium", "high", "unknown")),
            "safe_contacts": maybe("Case manager; hotline (demo)"),
            "code_word": maybe("sunflower (demo)"),
            "safe_places": maybe("Public library on Example Ave (demo)"),
            "technology_safety": maybe("New phone, location sharing off (demo)"),
            "emergency_numbers": maybe("911; 1-888-373-7888 (demo)"),
            "protective_order": rng.choice(("none", "none", "requested", "granted")),
            "reviewed_on": intake + timedelta(days=rng.randrange(1, 30))})


def _activities(s: OrmSession, rng: random.Random, now: datetime, today: date,
                funding: dict[en.Funder, str]) -> None:
    """About two program activities a month over the last two years (made once)."""
    if s.scalar(select(m.ProgramActivityRow.id).limit(1)) is not None:
        return
    rows = []
    for back in range(0, 730, 15):
        kind = rng.choice(list(en.ActivityKind))
        rows.append({**_versioned(now), "kind": kind.value,
                     "held_on": today - timedelta(days=back + rng.randrange(15)),
                     "audience": rng.choice(list(en.ActivityAudience)).value,
                     "attendees": rng.randrange(8, 120), "minutes": rng.choice((60, 90, 120)),
                     "funding_source_id": funding[en.Funder.OVC_TRAFFICKING],
                     "note": ""})
    s.execute(insert(_table("program_activities")), rows)
