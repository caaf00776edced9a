"""Resolving a team conflict: a person picks, field by field, the live value ("here":
the earlier change in the log) or the other team member's ("partner"). The resolution
writes the row and marks the conflict resolved inside the caller's unit of work, so it is
itself captured into a change set and reaches every device like any other edit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.merge import Merge, Side, merge
from nap_desktop.domain.messages import N_
from nap_desktop.store import transfer_models as tm
from nap_desktop.sync import rowops, tables
from nap_desktop.sync.changeset import RowOp


@dataclass(frozen=True, slots=True)
class TeamConflict:
    """A team conflict as the conflicts view shows it."""

    id: str
    table: str
    record_id: str
    kind: str
    merge: Merge


def _key(shape: tables.Shape, record_id: str) -> dict[str, Any]:
    if len(shape.pk) == 1:
        return {shape.pk[0]: int(record_id) if shape.integer_pk else record_id}
    parsed: dict[str, Any] = json.loads(record_id)
    return parsed


def view(session: OrmSession, conflict_id: str) -> TeamConflict:
    """The three versions of a team conflict as a field-level merge (``domain.merge``):
    base = what the later author saw, ours = the live value now, theirs = theirs."""
    row = session.get(tm.ConflictRow, conflict_id)
    if row is None or row.source != "team":
        raise NotFound(N_("That conflict no longer exists."))
    conn = session.connection()
    shape = tables.shape(conn, row.record_type)
    remote = json.loads(row.remote_json)
    base = json.loads(row.base_json or "{}").get("data", {})
    live = rowops.read_row(conn, shape, _key(shape, row.record_id)) or {}
    theirs = remote["data"]
    ours = {c: rowops.to_json(live[c]) for c in theirs if c in live}
    return TeamConflict(row.id, row.record_type, row.record_id, remote["kind"],
                        merge(base, ours, theirs, order=list(theirs)))


def resolve(session: OrmSession, conflict_id: str, picks: Mapping[str, Side | str], *,
            user_id: str | None, at: datetime) -> TeamConflict:
    """Apply the picks (every contested field needs one) and mark the conflict resolved.
    A conflict whose row is gone, or an insert that met another row, can only be closed
    keeping what is live ("here")."""
    found = view(session, conflict_id)
    conn = session.connection()
    chosen = found.merge.sides(picks) if found.kind == "fields" else {}
    if found.kind != "fields" and any(Side(p) is Side.PARTNER for p in picks.values()):
        raise ValidationError(N_("Only the value kept here can be chosen for this conflict."),
                              field="picks")
    take = {f.name: f.theirs for f in found.merge.fields if chosen.get(f.name) is Side.PARTNER}
    if take:
        _write(conn, found, take)
    row = session.get(tm.ConflictRow, conflict_id)
    assert row is not None
    row.resolved_at = at
    row.resolved_by = user_id
    row.resolution = "remote" if take and len(take) == len(chosen) else (
        "merged" if take else "local")
    session.flush()
    return found


def _write(conn: Connection, found: TeamConflict, values: Mapping[str, Any]) -> None:
    shape = tables.shape(conn, found.table)
    key = _key(shape, found.record_id)
    op = RowOp(found.table, key, "u", None, {}, dict(values))
    sets = ", ".join(f'"{c}" = ?' for c in values if c in shape.columns)
    where = " AND ".join(f'"{c}" = ?' for c in shape.pk)
    conn.exec_driver_sql(
        f'UPDATE "{shape.name}" SET {sets} WHERE {where}',  # noqa: S608 (schema names)
        (*(rowops.to_db(v, c in shape.blobs) for c, v in op.new.items() if c in shape.columns),
         *(key[c] for c in shape.pk)))
