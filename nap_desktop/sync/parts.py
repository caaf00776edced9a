"""Transactions too large for one change set (documents' file contents): split on
capture into consecutive parts ``(i, n)``, applied only when all n are in, together.

The parts of one transaction come from one device, in order, with nothing of that device
between them (a device pushes its outbox in commit order). Parts before the last wait in
``sync_held`` (the cursor moves past them: a held part is in the replica's transaction,
so a crash keeps or loses it with the cursor); the last part applies them all.
"""

from __future__ import annotations

from sqlalchemy import Connection

from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet, RowOp, canonical

#: Bytes of op JSON per change set. A 1 MiB BLOB is ~1.4 MB of base64: a part holds a
#: few, and compresses and seals far below the envelope's 8 MB cap.
PART_BUDGET = 4 * 1024 * 1024


def split(ops: list[RowOp], budget: int | None = None) -> list[list[RowOp]]:
    """Consecutive groups of ops, each under ``budget`` bytes (default
    :data:`PART_BUDGET`; an op larger than the budget alone makes a part of its own)."""
    budget = PART_BUDGET if budget is None else budget
    parts: list[list[RowOp]] = [[]]
    size = 0
    for op in ops:
        cost = len(canonical(op.to_json()))
        if parts[-1] and size + cost > budget:
            parts.append([])
            size = 0
        parts[-1].append(op)
        size += cost
    return parts


def is_part(item: PulledChangeSet) -> bool:
    return item.cs is not None and item.cs.part[1] > 1


def hold(conn: Connection, item: PulledChangeSet) -> None:
    """Keep a part before the last one until its transaction is complete."""
    assert item.cs is not None
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_held (seq, cs_id, device_id, body_sha256, body) "
        "VALUES (?, ?, ?, ?, ?)", (item.seq, item.cs_id, item.device_id, item.body_sha256,
                                   item.cs.to_bytes().decode("utf-8")))


def gather(conn: Connection, last: PulledChangeSet) -> list[PulledChangeSet] | None:
    """All parts of ``last``'s transaction in order (and no longer held), or None when
    some are missing or out of order (the whole transaction is then refused)."""
    assert last.cs is not None
    n = last.cs.part[1]
    rows = conn.exec_driver_sql(
        "SELECT seq, cs_id, device_id, body_sha256, body FROM sync_held WHERE device_id = ? "
        "AND seq < ? ORDER BY seq DESC LIMIT ?", (last.device_id, last.seq, n - 1)).all()
    held = [PulledChangeSet(seq=r[0], cs_id=r[1], device_id=r[2], body_sha256=bytes(r[3]),
                            cs=ChangeSetPlain.from_bytes(r[4].encode("utf-8")))
            for r in reversed(rows)]
    for item in held:
        conn.exec_driver_sql("DELETE FROM sync_held WHERE seq = ?", (item.seq,))
    group = [*held, last]
    indexes = [item.cs.part if item.cs else (0, 0) for item in group]
    if indexes != [(i, n) for i in range(1, n + 1)]:
        return None
    return group
