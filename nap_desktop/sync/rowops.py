"""Applying one row op to the replica: the merge rules of ``docs/sync-format.md``.

Deterministic: the outcome depends only on the replica's state, the op and the ids of
the change set it came in (no clock, no randomness), so every device that applies the
same log in the same order ends in the same state, conflicts included.

Per op — the values decide, column by column, against what the author saw (``old``).
``base`` names the revision the author saw (``sync_rows.rev``) and is kept for the record
and the policy, but it cannot decide alone: an author whose own earlier change was merged
differently in the log (a counter kept at the larger value) holds a base that is current
while its view was not. So:

- insert, row absent: inserted. Row present with the same values: nothing. Present with
  other values: an append-only table with an integer key takes the next free key (two
  devices both appended); otherwise a conflict (both versions kept, ours stays live).
- update: per changed column, taken where the live value is still the one the author
  saw; nothing where it already equals theirs; else contested: the live value (earlier
  in the log) stays and a conflict keeps both. Row gone: a conflict.
- delete: applied when the row is still what the author saw; a row changed since is kept
  and the delete is a conflict.
A constraint the op would break (a parent deleted meanwhile) makes the op a conflict too:
nothing is ever dropped silently.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, exc

from nap_desktop.sync import audit_chain, tables
from nap_desktop.sync.changeset import ChangeSetPlain, RowOp, canonical

#: Team conflict ids: uuid5 of (change set id, table, key) in this namespace.
CONFLICT_NS = uuid.UUID("5b0f3c2e-8a47-4f4e-9a59-6f1d2a7c9e10")


def to_db(value: Any, blob: bool) -> Any:
    """An op's JSON value as SQLite stores it."""
    if blob and isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"])
    if isinstance(value, bool):
        return int(value)
    return value


def to_json(value: Any) -> Any:
    """A stored value as an op carries it."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


@dataclass(slots=True)
class Context:
    """One change set being applied. ``confirm``: applying the log (revisions move,
    conflicts are recorded); False: redoing a local pending change on top (provisional:
    neither)."""

    cs: ChangeSetPlain
    seq: int
    confirm: bool
    shapes: Mapping[str, tables.Shape]
    device_id: str = ""
    conflicts: list[str] = field(default_factory=list)
    clients: set[str] = field(default_factory=set)


def _where(shape: tables.Shape) -> str:
    return " AND ".join(f'"{c}" = ?' for c in shape.pk)


def read_row(conn: Connection, shape: tables.Shape,
             key: Mapping[str, Any]) -> dict[str, Any] | None:
    """The row's stored values, or None."""
    cols = ", ".join(f'"{c}"' for c in shape.columns)
    row = conn.exec_driver_sql(
        f'SELECT {cols} FROM "{shape.name}" WHERE {_where(shape)}',  # noqa: S608 (schema names)
        tuple(to_db(key[c], c in shape.blobs) for c in shape.pk)).first()
    return None if row is None else dict(zip(shape.columns, row, strict=True))


def _set_rev(conn: Connection, t: str, k: str, ctx: Context) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_rows (t, k, rev, pending, rev_by, rev_device) "
        "VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT (t, k) DO UPDATE SET rev = excluded.rev, "
        "rev_by = excluded.rev_by, rev_device = excluded.rev_device, "
        "pending = CASE WHEN sync_rows.pending = ? THEN NULL ELSE sync_rows.pending END",
        (t, k, ctx.cs.id, ctx.cs.author, ctx.device_id, ctx.cs.id))


def _writer(conn: Connection, t: str, k: str) -> tuple[str | None, str | None]:
    """Who last wrote the row in the log (author, device), where known."""
    row = conn.exec_driver_sql("SELECT rev_by, rev_device FROM sync_rows WHERE t = ? AND k = ?",
                               (t, k)).first()
    return (None, None) if row is None else (row[0], row[1])


def _insert(conn: Connection, shape: tables.Shape, values: Mapping[str, Any]) -> None:
    cols = [c for c in shape.columns if c in values]
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    conn.exec_driver_sql(
        f'INSERT INTO "{shape.name}" ({names}) VALUES ({marks})',  # noqa: S608 (schema names)
        tuple(to_db(values[c], c in shape.blobs) for c in cols))


def _update(conn: Connection, shape: tables.Shape, key: Mapping[str, Any],
            values: Mapping[str, Any]) -> None:
    sets = ", ".join(f'"{c}" = ?' for c in values)
    conn.exec_driver_sql(
        f'UPDATE "{shape.name}" SET {sets} WHERE {_where(shape)}',  # noqa: S608 (schema names)
        (*(to_db(v, c in shape.blobs) for c, v in values.items()),
         *(to_db(key[c], c in shape.blobs) for c in shape.pk)))


def _delete(conn: Connection, shape: tables.Shape, key: Mapping[str, Any]) -> None:
    conn.exec_driver_sql(f'DELETE FROM "{shape.name}" WHERE {_where(shape)}',  # noqa: S608
                         tuple(to_db(key[c], c in shape.blobs) for c in shape.pk))


def conflict(conn: Connection, ctx: Context, op: RowOp, kind: str, *, ours: Mapping[str, Any],
             theirs: Mapping[str, Any], base: Mapping[str, Any]) -> None:
    """Record a team conflict in ``transfer_conflicts`` (id derived from the change set,
    the table and the key: the same row on every device)."""
    if not ctx.confirm:
        return
    cid = str(uuid.uuid5(CONFLICT_NS, f"{ctx.cs.id}|{op.t}|{op.key_text}"))
    record_id = str(next(iter(op.k.values()))) if len(op.k) == 1 else op.key_text

    def doc(data: Mapping[str, Any], by: str | None, device: str | None) -> str:
        return canonical({"kind": kind, "op": op.op, "by": by, "device": device,
                          "data": {c: to_json(v) for c, v in data.items()}}).decode("utf-8")

    live_by, live_device = _writer(conn, op.t, op.key_text)

    inserted = conn.exec_driver_sql(
        "INSERT OR IGNORE INTO transfer_conflicts (id, record_type, record_id, "
        "partner_agency_id, export_id, local_revision, local_json, remote_json, base_json, "
        "created_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'team')",
        (cid, op.t, record_id, ctx.cs.author or "", ctx.cs.id, ctx.seq,
         doc(ours, live_by, live_device), doc(theirs, ctx.cs.author, ctx.device_id),
         doc(base, None, None), ctx.cs.at)).rowcount
    if inserted:
        ctx.conflicts.append(cid)
        _set_rev(conn, "transfer_conflicts", canonical({"id": cid}).decode("utf-8"), ctx)


def _note_client(ctx: Context, t: str, *rows: Mapping[str, Any] | None) -> None:
    for row in rows:
        if not row:
            continue
        cid = row.get("id") if t == "clients" else row.get("client_id")
        if isinstance(cid, str):
            ctx.clients.add(cid)


def apply_op(conn: Connection, ctx: Context, op: RowOp) -> RowOp | None:
    """Apply ``op``; returns what it changed here (for undoing it later), or None."""
    shape = ctx.shapes.get(op.t)
    if shape is None or set(op.k) != set(shape.pk):
        return None  # not a synced table of this schema: never written by an op
    if op.t == "audit_events" and op.op == "i":  # one chain, in log order (policy)
        seq = audit_chain.append_event(conn, op.new)
        return RowOp(op.t, {"seq": seq}, "i", None, {}, {})
    cols = set(shape.columns)
    new = {c: to_db(v, c in shape.blobs) for c, v in op.new.items() if c in cols}
    old = {c: to_db(v, c in shape.blobs) for c, v in op.old.items() if c in cols}
    k = op.key_text
    cur = read_row(conn, shape, op.k)
    _note_client(ctx, op.t, cur, new, old)
    conn.exec_driver_sql("SAVEPOINT nap_op")
    try:
        done = _dispatch(conn, ctx, op, shape, cur, new, old)
    except exc.IntegrityError:
        conn.exec_driver_sql("ROLLBACK TO nap_op")
        done = None
        conflict(conn, ctx, op, "constraint", ours=cur or {}, theirs=new, base=old)
    conn.exec_driver_sql("RELEASE nap_op")
    if ctx.confirm:
        _set_rev(conn, op.t, k, ctx)
    return done


def _dispatch(conn: Connection, ctx: Context, op: RowOp, shape: tables.Shape,
              cur: dict[str, Any] | None, new: dict[str, Any],
              old: dict[str, Any]) -> RowOp | None:
    if op.op == "i":
        return _apply_insert(conn, ctx, op, shape, cur, new)
    if op.op == "d":
        if cur is None:
            return None
        if all(cur.get(c) == v for c, v in old.items()):
            _delete(conn, shape, op.k)
            return RowOp(op.t, op.k, "d", None, {c: to_json(v) for c, v in cur.items()}, {})
        changed = {c: v for c, v in cur.items() if old.get(c, v) != v}
        conflict(conn, ctx, op, "delete", ours=changed, theirs={}, base=old)
        return None
    if cur is None:
        conflict(conn, ctx, op, "gone", ours={}, theirs=new, base=old)
        return None
    return _apply_update(conn, ctx, op, shape, cur, new, old)


def _apply_insert(conn: Connection, ctx: Context, op: RowOp, shape: tables.Shape,
                  cur: dict[str, Any] | None, new: dict[str, Any]) -> RowOp | None:
    spec = tables.BY_NAME[op.t]
    if cur is not None:
        differs = {c: v for c, v in new.items() if cur.get(c) != v
                   and c not in spec.incidental}
        if not differs:
            return None
        if spec.append_only and shape.integer_pk:  # both appended: the later one moves on
            pk = shape.pk[0]
            top = conn.exec_driver_sql(f'SELECT max("{pk}") FROM "{shape.name}"').scalar()  # noqa: S608
            moved = {**new, pk: int(top or 0) + 1}
            _insert(conn, shape, moved)
            return RowOp(op.t, {pk: moved[pk]}, "i", None, {},
                         {c: to_json(v) for c, v in moved.items()})
        conflict(conn, ctx, op, "exists", ours={c: cur.get(c) for c in differs},
                 theirs=differs, base={})
        return None
    if spec.renamable and spec.renamable in new and _taken(conn, shape, spec.renamable,
                                                           new[spec.renamable]):
        original = new[spec.renamable]
        new = {**new, spec.renamable: f"{original}-{ctx.cs.id[:4]}"}
        conflict(conn, ctx, op, "renamed", ours={spec.renamable: new[spec.renamable]},
                 theirs={spec.renamable: original}, base={})
    _insert(conn, shape, new)
    return RowOp(op.t, op.k, "i", None, {}, {c: to_json(v) for c, v in new.items()})


def _taken(conn: Connection, shape: tables.Shape, column: str, value: Any) -> bool:
    return conn.exec_driver_sql(
        f'SELECT 1 FROM "{shape.name}" WHERE "{column}" = ?', (value,)).first() is not None  # noqa: S608


def _apply_update(conn: Connection, ctx: Context, op: RowOp, shape: tables.Shape,
                  cur: dict[str, Any], new: dict[str, Any],
                  old: dict[str, Any]) -> RowOp | None:
    spec = tables.BY_NAME[op.t]
    counter = bool(spec.counter_prefix) and str(cur.get("key", "")).startswith(
        spec.counter_prefix)
    take: dict[str, Any] = {}
    contested: dict[str, Any] = {}
    for c, v in new.items():
        if c in shape.pk or cur.get(c) == v:
            continue
        if c in old and cur.get(c) == old[c]:
            take[c] = v
        elif counter or c == "revision":  # two offline increments: the larger, never a conflict
            if _as_int(v) > _as_int(cur.get(c)):
                take[c] = v
        elif c == "updated_at":  # bookkeeping both edits touched: the later, never a conflict
            if str(v) > str(cur.get(c) or ""):
                take[c] = v
        else:
            contested[c] = v
    if contested:
        conflict(conn, ctx, op, "fields", ours={c: cur.get(c) for c in contested},
                 theirs=contested, base={c: old.get(c) for c in contested})
    if not take:
        return None
    _update(conn, shape, op.k, take)
    return RowOp(op.t, op.k, "u", None, {c: to_json(cur.get(c)) for c in take},
                 {c: to_json(v) for c, v in take.items()})


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def undo_op(conn: Connection, shapes: Mapping[str, tables.Shape], op: RowOp) -> None:
    """Reverse an op this replica applied (its old image back)."""
    shape = shapes.get(op.t)
    if shape is None:
        return
    if op.t == "audit_events" and op.op == "i":  # a pending event: the chain closes up
        audit_chain.remove_seq(conn, int(op.k["seq"]))
        return
    if op.op == "i":
        _delete(conn, shape, op.k)
    elif op.op == "d":
        _insert(conn, shape, {c: to_db(v, c in shape.blobs) for c, v in op.old.items()})
    else:
        _update(conn, shape, op.k, {c: to_db(v, c in shape.blobs) for c, v in op.old.items()})


def ops_json(ops: list[RowOp]) -> str:
    return json.dumps([o.to_json() for o in ops], separators=(",", ":"), ensure_ascii=False)
