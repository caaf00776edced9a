"""Derived data kept up to date inside the same transaction as the change:
the full-text search row of a client and its "next due" date for the caseload."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import PlacementStatus, StepStatus
from nap_desktop.store import match_index
from nap_desktop.store import models as m

OPEN_STEP = (StepStatus.PENDING.value, StepStatus.IN_PROGRESS.value)
OPEN_PLACEMENT = (PlacementStatus.STARTED.value, PlacementStatus.MOVED_IN.value)


#: One search row per client: its case number and the external case numbers of its
#: referrals, its names, and the text of its notes. Its rowid is the client's key in
#: ``case_search_keys`` (migration 0009), which a row must have first (``KEYS_SQL``).
SEARCH_ROWS_SQL = (
    "INSERT INTO case_search (rowid, client_id, case_number, names, notes) "
    "SELECT k.fts_rowid, c.id, c.case_number || ' ' || coalesce((SELECT group_concat("
    "r.external_case_number, ' ') FROM referrals r WHERE r.client_id = c.id), ''), "
    "coalesce(p.legal_name, '') || ' ' || coalesce(p.preferred_name, ''), "
    "coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), '') "
    "FROM clients c JOIN case_search_keys k ON k.client_id = c.id "
    "LEFT JOIN client_personal p ON p.client_id = c.id"
)
#: A search key for every client that has none (a key is never reused or renumbered).
KEYS_SQL = "INSERT OR IGNORE INTO case_search_keys (client_id) SELECT c.id FROM clients c"
#: The search rows of some clients (``WHERE`` and the ids follow), found by key: the
#: search table's own ``client_id`` column is not indexed.
DELETE_ROWS_SQL = (
    "DELETE FROM case_search WHERE rowid IN "
    "(SELECT k.fts_rowid FROM case_search_keys k WHERE k.client_id"
)


def reindex_client(session: OrmSession, client_id: str) -> None:
    """Rewrite the client's row in the FTS5 table ``case_search`` (by its key: a few
    index look-ups, however many clients the vault holds)."""
    session.flush()
    params = {"id": client_id}
    session.execute(text(DELETE_ROWS_SQL + " = :id)"), params)
    session.execute(text(KEYS_SQL + " WHERE c.id = :id"), params)
    session.execute(text(SEARCH_ROWS_SQL + " WHERE c.id = :id"), params)
    match_index.refresh(session, [client_id])


def rebuild_search(session: OrmSession) -> None:
    """Every client's search row written anew (the demo generator, after a bulk insert)."""
    session.execute(text("DELETE FROM case_search"))
    session.execute(text(KEYS_SQL))
    session.execute(text(SEARCH_ROWS_SQL))
    # One bulk insert leaves the index in many segments, each searched on its own; merged
    # into one, asking about one client is one seek (a broad search at a million
    # referrals: 16.6 -> 1.6 ms at 100k for the walk of "in").
    session.execute(text("INSERT INTO case_search (case_search) VALUES ('optimize')"))
    match_index.refresh(session, None)


def next_due(session: OrmSession, client_id: str) -> tuple[date | None, str]:
    """The earliest open due date of a client: a restitution step or a planned housing exit."""
    candidates: list[tuple[date, str]] = []
    # Fetch the client's few open steps and pick in Python: an ORDER BY here tempts the
    # planner into walking the global (status, due_on) index.
    steps = session.execute(
        select(m.RestitutionStepRow.due_on, m.RestitutionStepRow.kind).where(
            m.RestitutionStepRow.matter_id.in_(
                select(m.RestitutionMatterRow.id).where(
                    m.RestitutionMatterRow.client_id == client_id
                )
            ),
            m.RestitutionStepRow.status.in_(OPEN_STEP),
        )
    ).all()
    candidates += [(due, f"step:{kind}") for due, kind in steps if due is not None]
    exit_row = session.execute(
        select(m.PlacementRow.expected_exit_date)
        .where(
            m.PlacementRow.client_id == client_id,
            m.PlacementRow.status.in_(OPEN_PLACEMENT),
            m.PlacementRow.expected_exit_date.is_not(None),
        )
        .order_by(m.PlacementRow.expected_exit_date)
        .limit(1)
    ).first()
    if exit_row is not None and exit_row[0] is not None:
        candidates.append((exit_row[0], "housing_exit"))
    if not candidates:
        return None, ""
    return min(candidates)


def refresh_due(session: OrmSession, client_id: str) -> None:
    session.flush()
    due_on, label = next_due(session, client_id)
    session.execute(
        update(m.ClientRow)
        .where(m.ClientRow.id == client_id)
        .values(next_due_on=due_on, next_due_label=label)
    )


__all__ = ["next_due", "refresh_due", "reindex_client"]
