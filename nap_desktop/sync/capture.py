"""Capturing local changes: SQLite triggers into ``sync_journal``, assembled into ONE
outbox change set per committed transaction (``docs/sync-format.md``, "Change sets and
applying").

Triggers, not ORM events: several write paths use SQL directly (``transfer/bulk_sql``,
client merges, indexing), and a trigger sees every row change whatever wrote it. They are
generated from the live schema of the tables in ``sync/tables.py``, exist only in a team
vault, and record only while ``sync_flags.capture = 1`` and ``applying = 0``. A vault
that is not a team vault has no trigger at all: its writes pay one indexed look-up of an
empty table per transaction (``bench/bench_sync_capture.py``).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, exc
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.store.signing import Signer, b64
from nap_desktop.store.types import utc_text
from nap_desktop.sync import parts, tables
from nap_desktop.sync.changeset import ChangeSetPlain, RowOp, canonical

TRIGGER_PREFIX = "nap_sync_"
_ACTIVE = "(SELECT capture = 1 AND applying = 0 FROM sync_flags WHERE id = 1)"


# --- triggers --------------------------------------------------------------------------


def _value(side: str, column: str, shape: tables.Shape) -> str:
    ref = f'{side}."{column}"'
    if column in shape.blobs:  # JSON cannot hold a BLOB: hex here, base64 in the op
        return (f"json(CASE WHEN {ref} IS NULL THEN NULL "
                f"ELSE '{{\"hex\":\"' || hex({ref}) || '\"}}' END)")
    return ref


def _image(side: str, columns: Sequence[str], shape: tables.Shape) -> str:
    return "json_object(" + ", ".join(f"'{c}', {_value(side, c, shape)}"
                                      for c in columns) + ")"


def trigger_sql(spec: tables.TableSpec, shape: tables.Shape) -> list[str]:
    """The three CREATE TRIGGER statements of one table."""
    t, cols = shape.name, shape.columns
    out = []
    for kind, event, side in (("i", "INSERT", "NEW"), ("u", "UPDATE", "NEW"),
                              ("d", "DELETE", "OLD")):
        when = _ACTIVE
        if spec.local_where:
            when += f" AND NOT ({spec.local_where.replace('r.', side + '.')})"
        if kind == "u":
            when += " AND (" + " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in cols) + ")"
        key_side = "OLD" if kind != "i" else "NEW"
        old = _image("OLD", cols, shape) if kind != "i" else "NULL"
        new = _image("NEW", cols, shape) if kind != "d" else "NULL"
        out.append(
            f'CREATE TRIGGER {TRIGGER_PREFIX}{t}_{kind} AFTER {event} ON "{t}" '  # noqa: S608 (names from the schema)
            f"WHEN {when} BEGIN INSERT INTO sync_journal (t, k, op, old, new) VALUES "
            f"('{t}', {_image(key_side, shape.pk, shape)}, '{kind}', {old}, {new}); END")
    return out


def drop_triggers(conn: Connection) -> None:
    """Remove every capture trigger (before a migration changes the tables)."""
    names = [str(r[0]) for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (TRIGGER_PREFIX + "%",))]
    for name in names:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def install_triggers(conn: Connection) -> None:
    """(Re)create the capture triggers of every synced table from the live schema."""
    drop_triggers(conn)
    for name, shape in tables.shapes(conn).items():
        for sql in trigger_sql(tables.BY_NAME[name], shape):
            conn.exec_driver_sql(sql)


def is_team(conn: Connection) -> bool:
    """Whether this replica captures (a team vault)."""
    try:
        row = conn.exec_driver_sql("SELECT capture FROM sync_flags WHERE id = 1").first()
    except exc.OperationalError:  # a schema before 0017
        return False
    return bool(row and row[0])


def enable(conn: Connection, *, device_id: str, vault_id: str, server: str | None) -> None:
    """Make this vault a team vault: state row, triggers, capture on (one transaction)."""
    conn.exec_driver_sql(
        "UPDATE sync_state SET device_id = ?, vault_id = ?, server = ? WHERE id = 1",
        (device_id, vault_id, server))
    conn.exec_driver_sql("UPDATE sync_flags SET capture = 1, applying = 0 WHERE id = 1")
    install_triggers(conn)


def ensure_triggers(engine: Engine) -> None:
    """Reinstall the triggers of a team vault (after a migration changed its tables);
    nothing at all for any other vault."""
    with engine.begin() as conn:
        if is_team(conn):
            install_triggers(conn)


# --- the journal -> one change set ------------------------------------------------------


@dataclass(slots=True)
class _Net:
    """The net effect of one transaction on one row."""

    t: str
    k: str
    first_n: int
    last_n: int
    existed: bool
    exists: bool
    old: dict[str, Any] | None
    new: dict[str, Any] | None


def _decode(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    row: dict[str, Any] = json.loads(text)
    for column, value in row.items():
        if isinstance(value, dict) and set(value) == {"hex"}:
            row[column] = {"b64": base64.b64encode(bytes.fromhex(value["hex"])).decode()}
    return row


def _net_effects(journal: Sequence[Any]) -> list[_Net]:
    nets: dict[tuple[str, str], _Net] = {}
    for n, t, k, op, old, new in journal:
        net = nets.get((t, k))
        if net is None:
            net = nets[(t, k)] = _Net(t, k, n, n, op != "i", op != "i", _decode(old), None)
        net.last_n, net.exists, net.new = n, op != "d", _decode(new)
    return list(nets.values())


def _ops_of(net: _Net) -> list[tuple[int, RowOp]]:
    key = json.loads(net.k)
    if not net.existed and net.exists:
        assert net.new is not None
        return [(net.first_n, RowOp(net.t, key, "i", None, {}, net.new))]
    if net.existed and not net.exists:
        assert net.old is not None
        return [(net.last_n, RowOp(net.t, key, "d", None, net.old, {}))]
    if not (net.existed and net.exists):
        return []
    assert net.old is not None and net.new is not None
    new_key = {c: net.new[c] for c in key}
    if new_key != key:  # a primary key changed: the old row went, a new one came
        return [(net.last_n, RowOp(net.t, key, "d", None, net.old, {})),
                (net.last_n, RowOp(net.t, new_key, "i", None, {}, net.new))]
    changed = [c for c in net.new if net.old.get(c) != net.new[c]]
    if not changed:
        return []
    return [(net.last_n, RowOp(net.t, key, "u", None, {c: net.old[c] for c in changed},
                               {c: net.new[c] for c in changed}))]


def _with_bases(conn: Connection, ops: list[RowOp], cs_id: str) -> list[RowOp]:
    """Each op's base (the row's pending local writer, else its log revision), and this
    change set recorded as the row's newest pending writer."""
    out = []
    for op in ops:
        k = op.key_text
        row = conn.exec_driver_sql("SELECT rev, pending FROM sync_rows WHERE t = ? AND k = ?",
                                   (op.t, k)).first()
        base = None if row is None else (row[1] or row[0])
        conn.exec_driver_sql(
            "INSERT INTO sync_rows (t, k, rev, pending) VALUES (?, ?, NULL, ?) "
            "ON CONFLICT (t, k) DO UPDATE SET pending = excluded.pending", (op.t, k, cs_id))
        out.append(RowOp(op.t, op.k, op.op, base, op.old, op.new))
    return out


def journal_ops(conn: Connection) -> list[RowOp]:
    """The journal's net row changes, in statement order, and empty the journal."""
    journal = conn.exec_driver_sql(
        "SELECT n, t, k, op, old, new FROM sync_journal ORDER BY n").all()
    if not journal:
        return []
    conn.exec_driver_sql("DELETE FROM sync_journal")
    placed = [pair for net in _net_effects(journal) for pair in _ops_of(net)]
    placed.sort(key=lambda pair: pair[0])
    return [op for _n, op in placed]


def write_change_set(conn: Connection, ops: list[RowOp], *, author: str | None,
                     signer: Signer | None, at: datetime,
                     control: dict[str, Any] | None = None) -> str:
    """Put the change set of ``ops`` in the outbox (consecutive parts if it is too large
    for one: ``sync/parts.py``); returns the (last part's) id. ``control`` (session: a
    device approved, a key rotation) goes with the last part."""
    groups = parts.split(ops) or [[]]
    cs_id = ""
    for i, group in enumerate(groups, start=1):
        cs_id = str(uuid.uuid4())
        cs = ChangeSetPlain(id=cs_id, author=author, at=utc_text(at),
                            ops=tuple(_with_bases(conn, group, cs_id)),
                            part=(i, len(groups)),
                            control=control if i == len(groups) else None)
        if signer is not None and signer.principal == author:
            cs = replace(cs, user_sig=b64(signer.private_key.sign(cs.ops_digest())))
        conn.exec_driver_sql(
            "INSERT INTO sync_outbox (cs_id, n, body, created_at) VALUES "
            "(?, (SELECT coalesce(max(n), 0) + 1 FROM sync_outbox), ?, ?)",
            (cs_id, canonical(cs.to_json()).decode("utf-8"), cs.at))
    return cs_id


def assemble(session: OrmSession, *, author: str | None, signer: Signer | None,
             at: datetime) -> str | None:
    """Turn this transaction's journal into one outbox change set (before commit).
    Returns its id, or None when nothing was captured (a non-team vault: always)."""
    session.flush()
    conn = session.connection()
    control = session.info.pop(CONTROL_KEY, None)
    try:
        ops = journal_ops(conn)
    except exc.OperationalError:  # a schema before 0017 (old vaults being migrated)
        return None
    if not ops and control is None:
        return None
    return write_change_set(conn, ops, author=author, signer=signer, at=at, control=control)


#: Where a unit of work keeps the control object of its change set (``set_control``).
CONTROL_KEY = "nap_sync_control"


def set_control(session: OrmSession, control: dict[str, Any]) -> None:
    """Make this unit of work's change set a control change set (session: a device
    approved, a key rotation), with whatever rows it also changed."""
    session.info[CONTROL_KEY] = control
