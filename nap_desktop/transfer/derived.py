"""Derived data of the clients an import changed: their search rows and "next due".

The set-based form of ``store.indexing.reindex_client`` and ``refresh_due`` (same SQL
for the search row, same rule for the due date), one statement per step for any number
of clients: the ids travel as one JSON array (``json_each``), not a chunk of parameters
at a time.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.store import indexing, match_index
from nap_desktop.transfer import bulk_sql
from nap_desktop.transfer import records as rec

_IDS = " IN (SELECT value FROM json_each(:ids))"
# The shared search-row SQL, not input:
_SEARCH_DELETE = text(indexing.DELETE_ROWS_SQL + _IDS + ")")
_SEARCH_KEYS = text(indexing.KEYS_SQL + " WHERE c.id" + _IDS)
_SEARCH_INSERT = text(indexing.SEARCH_ROWS_SQL + " WHERE c.id" + _IDS)


def refresh(s: OrmSession, client_ids: Sequence[str], *, new: Collection[str] = ()) -> None:
    """Rewrite the search rows and due dates of ``client_ids``. Clients in ``new`` were
    created by this import: they have no search row yet and no due date stored."""
    s.flush()
    if not client_ids:
        return
    new = set(new)
    existing = [c for c in client_ids if c not in new]
    if existing:
        s.execute(_SEARCH_DELETE, {"ids": json.dumps(existing)})
    ids = {"ids": json.dumps(list(client_ids))}
    s.execute(_SEARCH_KEYS, ids)
    s.execute(_SEARCH_INSERT, ids)
    match_index.refresh(s, client_ids)
    due = next_due(s, client_ids)
    changes = [{"id": cid, "next_due_on": on, "next_due_label": label}
               for cid, (on, label) in due.items() if cid not in new or on is not None]
    bulk_sql.update_rows(s, "clients", "id", ("next_due_on", "next_due_label"), changes)


def next_due(s: OrmSession, client_ids: Sequence[str]) -> dict[str, tuple[str | None, str]]:
    """client id -> (earliest open due date as stored text or None, its label), by the
    rule of ``indexing.next_due``: open restitution steps and planned housing exits."""
    candidates: dict[str, list[tuple[str, str]]] = {cid: [] for cid in client_ids}
    ids = json.dumps(list(client_ids))
    matters, steps = rec.RAW["restitution_matters"], rec.RAW["restitution_steps"]
    wanted = select(text("value")).select_from(text("json_each(:ids)"))
    for cid, on, kind in s.execute(
            select(matters.c.client_id, steps.c.due_on, steps.c.kind)
            .join(steps, steps.c.matter_id == matters.c.id)
            .where(matters.c.client_id.in_(wanted), steps.c.status.in_(indexing.OPEN_STEP),
                   steps.c.due_on.is_not(None)), {"ids": ids}):
        candidates[cid].append((rec.day(on) or "", f"step:{kind}"))
    placements = rec.RAW["placements"]
    for cid, on in s.execute(
            select(placements.c.client_id, placements.c.expected_exit_date)
            .where(placements.c.client_id.in_(wanted),
                   placements.c.status.in_(indexing.OPEN_PLACEMENT),
                   placements.c.expected_exit_date.is_not(None)), {"ids": ids}):
        candidates[cid].append((rec.day(on) or "", "housing_exit"))
    out: dict[str, tuple[str | None, str]] = {}
    for cid, found in candidates.items():
        out[cid] = min(found) if found else (None, "")
    return out
