"""The facts the grant reports count, read in three aggregate statements (no per-client
ORM loads): the clients served in the period with their first counted service ever, in
the fiscal year and in the period; their counted services per category; the program
activities. A counted service is ``delivered`` and not voided, whoever provided it (staff
or a partner through a referral); with a funding source, only that source's services.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.reports.grants.facts import ActivityFacts, ClientFacts, ServiceCount
from nap_desktop.store import models as m

S = m.ServiceRecordRow


def _counted(funding_source_id: str | None) -> ColumnElement[bool]:
    """The services every report counts."""
    clauses = [S.status == "delivered", S.voided_at.is_(None)]
    if funding_source_id is not None:
        clauses.append(S.funding_source_id == funding_source_id)
    return and_(*clauses)


def served_clients(session: OrmSession, start: date, end: date, year_start: date,
                   funding_source_id: str | None) -> list[ClientFacts]:
    """Every client with a counted service in ``start``..``end``, with the dates that
    make them new (their services after ``end`` are not looked at)."""
    counted = _counted(funding_source_id)
    in_period = (select(S.client_id)
                 .where(counted, S.provided_on >= start, S.provided_on <= end))
    firsts = (select(
        S.client_id.label("client_id"),
        func.min(S.provided_on).label("first_ever"),
        func.min(case((S.provided_on >= year_start, S.provided_on))).label("first_in_year"),
        func.min(case((S.provided_on >= start, S.provided_on))).label("first_in_period"))
        .where(counted, S.provided_on <= end, S.client_id.in_(in_period))
        .group_by(S.client_id).subquery())
    c, p = m.ClientRow, m.ClientPersonalRow
    rows = session.execute(
        select(c.id.label("client_id"), c.case_number, c.trafficking_type, p.date_of_birth, p.is_minor, p.gender,
               p.race_ethnicity, p.sex, p.citizenship, p.referral_source, firsts.c.first_ever,
               firsts.c.first_in_year, firsts.c.first_in_period)
        .join(firsts, firsts.c.client_id == c.id)
        .join(p, p.client_id == c.id)
        .order_by(c.case_number))
    return [ClientFacts(**row._asdict()) for row in rows]


def service_counts(session: OrmSession, start: date, end: date,
                   funding_source_id: str | None) -> list[ServiceCount]:
    """Counted services in ``start``..``end`` per client and category."""
    rows = session.execute(
        select(S.client_id, S.category, func.count())
        .where(_counted(funding_source_id), S.provided_on >= start, S.provided_on <= end)
        .group_by(S.client_id, S.category))
    return [ServiceCount(client_id, category, n) for client_id, category, n in rows]


def activities(session: OrmSession, start: date, end: date,
               funding_source_id: str | None) -> list[ActivityFacts]:
    """Program activities held in ``start``..``end`` (of one funding source, if given)."""
    a = m.ProgramActivityRow
    query = select(a.kind, a.audience, a.attendees).where(a.held_on >= start, a.held_on <= end)
    if funding_source_id is not None:
        query = query.where(a.funding_source_id == funding_source_id)
    return [ActivityFacts(kind, audience, attendees)
            for kind, audience, attendees in session.execute(query.order_by(a.held_on, a.id))]
