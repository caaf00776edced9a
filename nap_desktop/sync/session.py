"""One sync: push the outbox, then pull everything after the cursor and apply it in server
order (docs/sync-format.md "Session").

- **Push** seals each pending change set once and keeps the sealed bytes in the outbox
  (``SyncEngine.set_sealed``): a retry after a timeout resends the very same bytes under the
  same change-set id, which the server accepts once (idempotent), and the device's chain
  (``dseq``/``prev``) never forks.
- **Pull** reads in batches after the cursor, checks that the positions follow each other
  without a gap, opens every envelope (signature, vault, device chain, epoch), extends the
  log hash and compares it with what the author had seen, then hands the batch to
  ``SyncEngine.apply_pulled`` (each change set all-or-nothing, the cursor moving with it).
  A cut anywhere leaves the replica at the last applied change set: the next sync resumes.
- **Honest failure**: anything that stops a sync raises :class:`SyncFailed` naming what
  failed and saying that nothing was lost; nothing is counted as synced that was not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from nap_desktop.domain.messages import N_
from nap_desktop.sync.changeset import OutboxItem, PulledChangeSet, Refusal
from nap_desktop.sync.errors import SyncFailed
from nap_desktop.sync.log_chain import log_hash

if TYPE_CHECKING:
    from nap_desktop.sync.apply import SyncEngine
    from nap_desktop.sync.server import LogRow, LogServer

#: Change sets per push transaction and per pull batch (~1 KB each: well below a megabyte).
PUSH_BATCH = 200
PULL_BATCH = 500

Progress = Callable[[int, int], None]



UNREACHABLE = N_("The team's server could not be reached ({reason}). Nothing was lost: "
                 "your changes stay on this computer and are sent at the next sync.")
PUSH_CUT = N_("The connection to the team's server broke while sending ({reason}). Nothing "
              "was lost: the next sync sends the rest without duplicating anything.")
PULL_CUT = N_("The connection to the team's server broke while receiving ({reason}). "
              "Nothing was lost: the changes received so far were applied and the next sync "
              "goes on from there.")
LOG_GAP = N_("The team's server skipped a position in its log (expected {expected}, got "
             "{got}). Nothing was applied past {last}; nothing was lost. Tell your "
             "administrator: the server may have been tampered with.")
NOT_OURS = N_("The team's server holds a different change under the id of one of ours "
              "(position {seq}). Nothing was applied from there on; nothing was lost. Tell "
              "your administrator: the server may have been tampered with.")


@dataclass(slots=True)
class Outcome:
    """What one sync did."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0
    #: Control change sets applied, in order (device approved, removed, key rotation),
    #: for the team layer to act on once the pull is done (rekey the replica).
    controls: list[PulledChangeSet] = field(default_factory=list)
    #: The refusals, in order (what the CLI and the status report).
    refusals: list[Refusal] = field(default_factory=list)


class Opener(Protocol):
    """Seals our change sets and opens pulled ones. ``sync/team.py`` builds it from the
    device keys, the device directory and the vault's sync keys; ``sync/envelope.py`` does
    the cryptography. ``open`` never raises for a bad change set: it returns it refused
    (the refusal is recorded and the same on every device)."""

    vault_id: str
    device_id: str

    def seal(self, item: OutboxItem, *, dseq: int, prev: bytes,
             seen: tuple[int, bytes]) -> bytes: ...
    def chain_tip(self) -> tuple[int, bytes]: ...
    def open(self, row: LogRow, hash_at: Callable[[int], bytes | None],
             ) -> PulledChangeSet: ...
    def after_control(self, item: PulledChangeSet) -> None: ...


def run(server: LogServer, engine: SyncEngine, opener: Opener, *,
        progress: Progress | None = None) -> Outcome:
    """Push, then pull. :class:`SyncFailed` on anything that stops it."""
    outcome = Outcome()
    outcome.pushed = push(server, engine, opener)
    pull(server, engine, opener, outcome, progress=progress)
    return outcome


def push(server: LogServer, engine: SyncEngine, opener: Opener) -> int:
    """Seal what was never sealed (kept before sending), send in batches; returns how many
    change sets this sync sent (one the server already held from a cut attempt counts
    once: the server answers its existing position)."""
    from nap_desktop.sync.errors import ServerUnreachable

    pending = engine.outbox()  # sent or not: the chain runs through all of them
    if all(i.pushed_seq is not None for i in pending):
        return 0
    state = engine.state()
    seen = (state.cursor, state.log_hash)
    bodies: list[tuple[str, str, bytes]] = []
    dseq, prev = opener.chain_tip()
    sealed: list[tuple[str, int, bytes]] = []
    for item in pending:
        body = item.sealed
        if body is None:
            body = opener.seal(item, dseq=dseq + 1, prev=prev, seen=seen)
            sealed.append((item.cs.id, dseq + 1, body))
            dseq += 1
        elif item.dseq is not None and item.dseq > dseq:
            dseq = item.dseq
        prev = hashlib.sha256(body).digest()
        if item.pushed_seq is None:
            bodies.append((item.cs.id, opener.device_id, body))
    _keep_sealed(engine, sealed)  # before any of them can leave this computer
    pushed = 0
    for start in range(0, len(bodies), PUSH_BATCH):
        batch = bodies[start:start + PUSH_BATCH]
        try:
            seqs = server.push(opener.vault_id, batch)
        except ServerUnreachable as exc:
            raise SyncFailed(PUSH_CUT if pushed else UNREACHABLE,
                             reason=reason(exc)) from exc
        _mark_pushed(engine, [(cs_id, seq) for (cs_id, _d, _b), seq
                              in zip(batch, seqs, strict=True)])
        pushed += len(batch)
    return pushed


def _keep_sealed(engine: SyncEngine, sealed: list[tuple[str, int, bytes]]) -> None:
    """``SyncEngine.set_sealed`` for many change sets in one commit (one fsync, not one
    per change set)."""
    if sealed:
        with engine.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sync_outbox SET dseq = ?, sealed = ? WHERE cs_id = ?",
                                 [(dseq, body, cs_id) for cs_id, dseq, body in sealed])


def _mark_pushed(engine: SyncEngine, done: list[tuple[str, int]]) -> None:
    """``SyncEngine.mark_pushed`` for one pushed batch in one commit."""
    with engine.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_outbox SET pushed_seq = ? WHERE cs_id = ?",
                             [(seq, cs_id) for cs_id, seq in done])


def pull(server: LogServer, engine: SyncEngine, opener: Opener, outcome: Outcome, *,
         progress: Progress | None = None) -> None:
    """Everything after the cursor, in batches, applied in server order."""
    from nap_desktop.sync.errors import ServerUnreachable

    try:
        head = server.head(opener.vault_id)
    except ServerUnreachable as exc:
        raise SyncFailed(UNREACHABLE if not outcome.pushed else PULL_CUT,
                         reason=reason(exc)) from exc
    state = engine.state()
    cursor, start = state.cursor, state.cursor
    history = {cursor: state.log_hash}
    while cursor < head:
        try:
            rows = server.pull(opener.vault_id, cursor, PULL_BATCH)
        except ServerUnreachable as exc:
            raise SyncFailed(PULL_CUT, reason=reason(exc)) from exc
        if not rows:
            break
        cursor = _apply_rows(rows, engine, opener, outcome, cursor, history)
        if progress is not None:
            progress(cursor - start, head - start)


def _apply_rows(rows: Sequence[LogRow], engine: SyncEngine, opener: Opener,
                outcome: Outcome, cursor: int, history: dict[int, bytes]) -> int:
    """Open and apply one batch; a control change set is applied alone and acted on before
    the next row is opened (it may approve the device or bring the key of what follows)."""
    own = {i.cs.id: i for i in engine.outbox()}
    run_: list[PulledChangeSet] = []
    for row in rows:
        if row.seq != cursor + 1:
            raise SyncFailed(LOG_GAP, expected=cursor + 1, got=row.seq, last=cursor)
        mine = own.get(str(row.id))
        if mine is not None and mine.sealed is not None and mine.sealed != bytes(row.body):
            raise SyncFailed(NOT_OURS, seq=row.seq)
        item = opener.open(row, lambda n: history.get(n) or engine.log_hash_at(n))
        history[row.seq] = log_hash(history[row.seq - 1], row.seq, item.cs_id,
                                    bytes(row.body))
        run_.append(item)
        cursor = row.seq
        if item.cs is not None and item.cs.control is not None:
            _apply(engine, run_, outcome)
            run_ = []
            opener.after_control(item)
    _apply(engine, run_, outcome)
    return cursor


def _apply(engine: SyncEngine, items: list[PulledChangeSet], outcome: Outcome) -> None:
    if not items:
        return
    report = engine.apply_pulled(items)
    outcome.pulled += len(items)
    outcome.conflicts += report.conflicts
    outcome.refused += report.refused
    outcome.controls += report.controls
    outcome.refusals += [refusal for _seq, refusal in report.refusals]


def reason(exc: BaseException) -> str:
    """A short reason from a server error (its message never holds a password)."""
    return str(exc).rstrip(".") or type(exc).__name__
