"""The facts the grant reports count, read in three aggregate statements (no per-client
ORM loads): the clients served in the period with their first counted service ever, in
the fiscal year and in the period; their counted services per category; the program
activities. A counted service is ``delivered`` and not voided, whoever provided it (staff
or a partner through a referral); with a funding source, only that source's services.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, UnaryExpression, and_, case, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql.operators import custom_op

from nap_desktop.reports.grants.facts import ActivityFacts, ClientFacts, ServiceCount
from nap_desktop.store import models as m

S = m.ServiceRecordRow


def _scanned(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not reach it through an index, so the
    statement reads the table in order (see :func:`served_clients`)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _counted(funding_source_id: str | None) -> ColumnElement[bool]:
    """The services every report counts."""
    clauses = [_scanned(S.status) == "delivered", S.voided_at.is_(None)]
    if funding_source_id is not None:
        clauses.append(S.funding_source_id == funding_source_id)
    return and_(*clauses)


def served_clients(session: OrmSession, start: date, end: date, year_start: date,
                   funding_source_id: str | None) -> list[ClientFacts]:
    """Every client with a counted service in ``start``..``end``, with the dates that
    make them new (their services after ``end`` are not looked at).

    One pass over the service records in table order (no index): in an encrypted
    vault, reaching most rows through an index costs a page decryption per row, several
    times a sequential scan (docs/benchmarks.md)."""
    day = _scanned(S.provided_on)
    in_period = and_(S.provided_on >= start, S.provided_on <= end)
    first_in_period = func.min(case((in_period, S.provided_on))).label("first_in_period")
    client = _scanned(S.client_id).label("client_id")
    firsts = (select(
        client,
        func.min(S.provided_on).label("first_ever"),
        func.min(case((S.provided_on >= year_start, S.provided_on))).label("first_in_year"),
        first_in_period)
        .where(_counted(funding_source_id), day <= end)
        .group_by(client)
        .having(first_in_period.is_not(None)).subquery())
    c, p = m.ClientRow, m.ClientPersonalRow
    # Core rows, not ORM ones: building 20,000 ORM rows costs as much as the statement.
    rows = session.connection().execute(
        select(c.id.label("client_id"), c.case_number, c.trafficking_type, p.date_of_birth,
               p.is_minor, p.gender, p.race_ethnicity, p.sex, p.citizenship,
               p.referral_source, firsts.c.first_ever, firsts.c.first_in_year,
               firsts.c.first_in_period)
        .join(firsts, firsts.c.client_id == c.id)
        .join(p, p.client_id == c.id)
        .order_by(c.case_number))
    # the thirteen columns above, in ClientFacts' field order
    return [ClientFacts(*row) for row in rows]  # type: ignore[call-arg]


def service_counts(session: OrmSession, start: date, end: date,
                   funding_source_id: str | None) -> list[ServiceCount]:
    """Counted services in ``start``..``end`` per client and category."""
    client = _scanned(S.client_id).label("client_id")
    rows = session.connection().execute(
        select(client, S.category, func.count())
        .where(_counted(funding_source_id), _scanned(S.provided_on) >= start,
               _scanned(S.provided_on) <= end)
        .group_by(client, S.category))
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
