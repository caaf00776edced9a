"""Applying the team log: deterministic, in server order (``docs/sync-format.md``,
"Change sets and applying").

One ``apply_pulled`` call is ONE SQLite transaction: the local change sets not yet seen
back from the log are undone (their old images, newest first), the pulled change sets
are applied in seq order (each in a savepoint: all of it, a refusal, or a conflict per
op; never half), the pending ones are redone on top, and the cursor and log hash move
in the same commit. A process killed anywhere leaves the replica as it was before the
call, and the next call starts again from the same cursor.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, exc, text

from nap_desktop.domain.messages import N_
from nap_desktop.store import indexing, match_index
from nap_desktop.store.engine import read_only, translate_db_error
from nap_desktop.sync import capture, documents_check, parts, rowops, tables
from nap_desktop.sync.changeset import (
    SCHEMA,
    ApplyPolicy,
    ApplyReport,
    AuthorView,
    ChangeSetPlain,
    OutboxItem,
    PulledChangeSet,
    Refusal,
    RowOp,
    SyncState,
    canonical,
)
from nap_desktop.sync.errors import SchemaTooNew, SyncError

#: Called inside the apply transaction for each control change set (``sync_devices``).
ControlHook = Callable[[Connection, PulledChangeSet], None]
#: Called inside the apply transaction for EVERY pulled change set, with whether it was
#: applied (session: the device chain moves with each genuine one, controls act only when
#: applied).
AppliedHook = Callable[[Connection, PulledChangeSet, bool], None]
_GENESIS = b"\0" * 32


def log_hash(prev: bytes, seq: int, cs_id: str, body_sha256: bytes) -> bytes:
    """``H(n) = SHA256(b"nap log v1" || H(n-1) || n || change set id || SHA256(body))``."""
    return hashlib.sha256(b"nap log v1" + prev + seq.to_bytes(8, "big")
                          + uuid.UUID(cs_id).bytes + body_sha256).digest()


class GapInLog(SyncError):
    """The pulled change sets do not follow the cursor (never applied out of order)."""

    default_message = N_("The team log arrived out of order; nothing was applied. "
                         "Sync again.")


INCOMPLETE = N_("A change from the team arrived incomplete; it was refused on every "
                "device.")
UNOPENED = N_("A change from the team could not be opened; it was refused on every device.")
CONTENT_MISMATCH = N_("A document from the team does not match its content (its bytes were "
                      "changed or are incomplete); it was refused on every device.")
PARTS_NO_AUDIT = N_("A change from the team carries no audit event saying who made it; it "
                    "was refused on every device.")
UNAPPLIABLE = N_("A change from the team does not fit this vault's records; it was refused "
                 "on every device.")


class _ContentMismatch(Exception):
    """A transaction's document contents do not verify (``documents_check``)."""


class ApplyFailed(SyncError):
    """The database refused the apply transaction (nothing of it was kept)."""

    default_message = N_("Changes from the team could not be applied here; nothing was "
                         "changed. Sync again; if it keeps failing, run “nap check”.")


class SyncEngine:
    """The local side of sync, used by the session: the outbox, the cursor, applying."""

    def __init__(self, engine: Engine, *, policy: ApplyPolicy,
                 on_control: ControlHook | None = None,
                 on_applied: AppliedHook | None = None) -> None:
        self.engine = engine
        self.policy = policy
        self.on_control = on_control
        self.on_applied = on_applied

    # --- the outbox ----------------------------------------------------------------

    def outbox(self) -> list[OutboxItem]:
        """Every local change set not yet seen back from the log, in commit order."""
        with read_only(self.engine).connect() as conn:  # never waits for a writer
            rows = conn.exec_driver_sql(
                "SELECT body, n, created_at, pushed_seq, dseq, sealed FROM sync_outbox "
                "ORDER BY n").all()
        return [OutboxItem(ChangeSetPlain.from_bytes(r[0].encode("utf-8")), r[1], r[2], r[3],
                           r[4], None if r[5] is None else bytes(r[5])) for r in rows]

    def pending(self) -> list[OutboxItem]:
        """Local change sets not yet pushed (the server has not given them a seq)."""
        return [item for item in self.outbox() if item.pushed_seq is None]

    def set_sealed(self, cs_id: str, dseq: int, body: bytes) -> None:
        """Keep the sealed body of an outbox change set (a retry resends these bytes)."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sync_outbox SET dseq = ?, sealed = ? WHERE cs_id = ?",
                                 (dseq, body, cs_id))

    def mark_pushed(self, cs_id: str, seq: int) -> None:
        """The server accepted it at ``seq`` (it stays until it is pulled back)."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sync_outbox SET pushed_seq = ? WHERE cs_id = ?",
                                 (seq, cs_id))

    def refusals(self) -> list[tuple[int, str, Refusal]]:
        """Every change set of the log this replica skipped: (seq, device id, why), the
        same on every device; render ``refusal.translatable()``."""
        with read_only(self.engine).connect() as conn:  # never waits for a writer
            found = conn.exec_driver_sql(
                "SELECT seq, device_id, reason, message, args FROM sync_refused ORDER BY seq")
            return [(r[0], r[1], Refusal(r[2], r[3], json.loads(r[4]))) for r in found]

    def log_hash_at(self, seq: int) -> bytes | None:
        """H(seq) as this replica computed it when it applied ``seq`` (``H(0)``: zeros;
        None: not applied here, e.g. below a snapshot this device started from)."""
        if seq == 0:
            return _GENESIS
        with read_only(self.engine).connect() as conn:  # never waits for a writer
            row = conn.exec_driver_sql("SELECT hash FROM sync_log WHERE seq = ?", (seq,)).first()
        return None if row is None else bytes(row[0])

    def state(self) -> SyncState:
        with read_only(self.engine).connect() as conn:  # never waits for a writer
            r = conn.exec_driver_sql(
                "SELECT server, vault_id, device_id, cursor, log_hash, epoch, last_sync, "
                "last_error, online, snapshot_seq FROM sync_state WHERE id = 1").one()
            pending = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL").scalar()
            team = capture.is_team(conn)
        return SyncState(server=r[0], vault_id=r[1], device_id=r[2], cursor=int(r[3]),
                         log_hash=bytes(r[4]), epoch=int(r[5]), last_sync=r[6],
                         last_error=r[7], online=bool(r[8]), snapshot_seq=int(r[9]),
                         pending=int(pending or 0), capture=team)

    # --- applying ------------------------------------------------------------------

    def apply_pulled(self, items: Sequence[PulledChangeSet]) -> ApplyReport:
        """Apply change sets in seq order (``items[0].seq`` must be cursor + 1), each
        all-or-nothing; the cursor and log hash move in the same transaction. A change
        set from a newer schema stops the apply after the ones before it
        (:class:`SchemaTooNew`, raised once those are committed)."""
        report = ApplyReport()
        too_new = next((i for i, item in enumerate(items)
                        if item.cs is not None and item.cs.schema > SCHEMA), None)
        batch = list(items if too_new is None else items[:too_new])
        try:
            with self.engine.begin() as conn:
                cursor, head = self._position(conn)
                report.cursor, report.log_hash = cursor, head
                for offset, item in enumerate(batch):
                    if item.seq != cursor + 1 + offset:
                        raise GapInLog()
                if batch:
                    self._apply_batch(conn, batch, report)
        except exc.DBAPIError as error:
            # The driver's message quotes the row's values: never let it travel further.
            damage = translate_db_error(error)
            raise (damage if damage is not error else ApplyFailed()) from None
        if too_new is not None:
            raise SchemaTooNew()
        return report

    @staticmethod
    def _position(conn: Connection) -> tuple[int, bytes]:
        row = conn.exec_driver_sql("SELECT cursor, log_hash FROM sync_state WHERE id = 1").one()
        return int(row[0]), bytes(row[1])

    def _apply_batch(self, conn: Connection, batch: list[PulledChangeSet],
                     report: ApplyReport) -> None:
        leftover = capture.journal_ops(conn)  # a write outside a unit of work: kept
        if leftover:
            capture.write_change_set(conn, leftover, author=None, signer=None,
                                     at=datetime.now(UTC))
        conn.exec_driver_sql("UPDATE sync_flags SET applying = 1 WHERE id = 1")
        shapes = tables.shapes(conn)
        local = _load_local(conn)
        # Undoing restores a state that held, but its steps may pass through one that
        # does not (a row's final values naming one inserted later in its transaction):
        # references are checked once the undo is complete.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for _cs, effective in reversed(local):
            for op in reversed(effective):
                rowops.undo_op(conn, shapes, op)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
        clients: set[str] = set()
        for item in batch:
            if parts.is_part(item) and item.cs is not None and item.cs.part[0] < item.cs.part[1]:
                parts.hold(conn, item)  # applied with its last part
                if self.on_applied is not None:
                    # its device's chain moves now, with the cursor: the last part may
                    # come in a later sync, read by a new opener
                    self.on_applied(conn, item, False)
            else:
                group = parts.gather(conn, item) if parts.is_part(item) else [item]
                clients |= self._apply_group(conn, group or [item], shapes, report,
                                             complete=group is not None)
            report.log_hash = log_hash(report.log_hash, item.seq, item.cs_id, item.body_sha256)
            report.cursor = item.seq
            conn.exec_driver_sql("INSERT OR REPLACE INTO sync_log (seq, hash) VALUES (?, ?)",
                                 (item.seq, report.log_hash))
        remaining = {r[0] for r in conn.exec_driver_sql("SELECT cs_id FROM sync_outbox")}
        for cs, _ in local:
            if cs.id in remaining:
                clients |= _redo(conn, cs, shapes)
        _reindex(conn, clients)
        _follow_audit_head(conn)
        conn.exec_driver_sql("UPDATE sync_flags SET applying = 0 WHERE id = 1")
        conn.exec_driver_sql("UPDATE sync_state SET cursor = ?, log_hash = ? WHERE id = 1",
                             (report.cursor, report.log_hash))
        report.conflict_ids = list(dict.fromkeys(report.conflict_ids))

    def _apply_group(self, conn: Connection, group: list[PulledChangeSet],
                     shapes: dict[str, tables.Shape], report: ApplyReport, *,
                     complete: bool) -> set[str]:
        """Apply one transaction (one change set, or all parts of a split one): all of
        it, or a refusal recorded for each of its change sets."""
        refusal = None if complete else Refusal("incomplete-parts", INCOMPLETE)
        for item in group:
            refusal = refusal or item.refusal or (None if item.cs is not None else Refusal(
                "unopened", UNOPENED))
            if refusal is None and item.cs is not None:
                refusal = self.policy.check(_author(conn, item.cs, item.device_id), item.cs,
                                            lambda t, k: _read(conn, shapes, t, k))
        if refusal is None and len(group) > 1 and not any(
                op.t == "audit_events" for item in group if item.cs for op in item.cs.ops):
            # the policy checks this per change set, which a part alone cannot say
            refusal = Refusal("no-audit", PARTS_NO_AUDIT)
        clients: set[str] = set()
        if refusal is None:
            conn.exec_driver_sql("SAVEPOINT nap_cs")
            counts = (report.applied, report.conflicts, len(report.conflict_ids),
                      len(report.controls))
            try:
                for item in group:
                    clients |= self._apply_ops(conn, item, shapes, report)
                if not documents_check.verify(conn, (op for item in group if item.cs
                                                     for op in item.cs.ops)):
                    raise _ContentMismatch
                conn.exec_driver_sql("RELEASE nap_cs")
            except (exc.DBAPIError, _ContentMismatch) as error:
                # an op this schema cannot hold, a content not named by its bytes: the
                # same on every device
                conn.exec_driver_sql("ROLLBACK TO nap_cs")
                conn.exec_driver_sql("RELEASE nap_cs")
                refusal, clients = (
                    Refusal("document-content", CONTENT_MISMATCH)
                    if isinstance(error, _ContentMismatch)
                    else Refusal("unappliable", UNAPPLIABLE)), set()
                report.applied, report.conflicts = counts[0], counts[1]
                del report.conflict_ids[counts[2]:], report.controls[counts[3]:]
        for item in group:
            if refusal is not None:
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO sync_refused (seq, cs_id, device_id, reason, "
                    "message, args) VALUES (?, ?, ?, ?, ?, ?)",
                    (item.seq, item.cs_id, item.device_id, refusal.code, refusal.message,
                     canonical(dict(refusal.args)).decode("utf-8")))
                report.refused += 1
                report.refusals.append((item.seq, refusal))
            if self.on_applied is not None:
                self.on_applied(conn, item, refusal is None)
            gone = conn.exec_driver_sql("DELETE FROM sync_outbox WHERE cs_id = ?",
                                        (item.cs_id,)).rowcount
            report.confirmed += gone
        return clients

    def _apply_ops(self, conn: Connection, item: PulledChangeSet,
                   shapes: dict[str, tables.Shape], report: ApplyReport) -> set[str]:
        cs = item.cs
        assert cs is not None
        ctx = rowops.Context(cs=cs, seq=item.seq, confirm=True, shapes=shapes,
                             device_id=item.device_id)
        for op in cs.ops:
            rowops.apply_op(conn, ctx, op)
        if cs.control is not None:
            report.controls.append(item)
            if self.on_control is not None:
                self.on_control(conn, item)
        report.applied += 1
        report.conflicts += len(dict.fromkeys(ctx.conflicts))
        report.conflict_ids += ctx.conflicts
        return ctx.clients


def _load_local(conn: Connection) -> list[tuple[ChangeSetPlain, list[RowOp]]]:
    """The outbox in commit order, each with the ops it last really applied here."""
    out = []
    for body, undo in conn.exec_driver_sql(
            "SELECT body, undo FROM sync_outbox ORDER BY n").all():
        cs = ChangeSetPlain.from_bytes(body.encode("utf-8"))
        effective = list(cs.ops) if undo is None else [
            RowOp(o["t"], o["k"], o["op"], None, o["old"], o["new"]) for o in json.loads(undo)]
        out.append((cs, effective))
    return out


def _redo(conn: Connection, cs: ChangeSetPlain, shapes: dict[str, tables.Shape]) -> set[str]:
    """Re-apply a pending local change set on top, provisionally (what it really changed
    is kept, to undo it next time)."""
    ctx = rowops.Context(cs=cs, seq=0, confirm=False, shapes=shapes)
    done = [d for op in cs.ops if (d := rowops.apply_op(conn, ctx, op)) is not None]
    conn.exec_driver_sql("UPDATE sync_outbox SET undo = ? WHERE cs_id = ?",
                         (rowops.ops_json(done), cs.id))
    return ctx.clients


def _read(conn: Connection, shapes: dict[str, tables.Shape], t: str,
          key: Any) -> dict[str, Any] | None:
    if t == "sync_devices" and set(key) == {"device_id"}:  # local, read by the policy
        found = conn.exec_driver_sql(
            "SELECT device_id, user_id, state, approved_seq, removed_seq FROM sync_devices "
            "WHERE device_id = ?", (key["device_id"],)).first()
        return None if found is None else dict(found._mapping)
    shape = shapes.get(t)
    if shape is None or set(key) != set(shape.pk):
        return None
    return rowops.read_row(conn, shape, key)


def _author(conn: Connection, cs: ChangeSetPlain, device_id: str) -> AuthorView:
    """The author as this replica knows them at this point of the log."""
    row = None if cs.author is None else conn.exec_driver_sql(
        "SELECT role, active FROM users WHERE id = ?", (cs.author,)).first()
    return AuthorView(user_id=cs.author, device_id=device_id,
                      role=None if row is None else str(row[0]),
                      active=bool(row is not None and row[1]))


def _follow_audit_head(conn: Connection) -> None:
    """The local audit head (``settings.audit_head``, never synced) follows the newest
    event of the replica, so the next local event is numbered after what arrived. (The
    chain across devices is verified in log order: ``docs/sync-format.md``, "Audit".)"""
    last = conn.exec_driver_sql(
        "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").first()
    if last is not None:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (f"{last[0]}:{last[1]}",))


def _reindex(conn: Connection, clients: set[str]) -> None:
    """The derived indexes (case search, duplicate match keys) of the applied clients."""
    for cid in sorted(clients):
        params = {"id": cid}
        conn.execute(text(indexing.DELETE_ROWS_SQL + " = :id)"), params)
        conn.execute(text(indexing.KEYS_SQL + " WHERE c.id = :id"), params)
        conn.execute(text(indexing.SEARCH_ROWS_SQL + " WHERE c.id = :id"), params)
    match_index.refresh(conn, sorted(clients))
