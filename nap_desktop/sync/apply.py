"""Applying the team log: deterministic, in server order (``docs/sync-format.md``,
"Change sets and applying")."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from nap_desktop.sync.changeset import (
    ApplyPolicy,
    ApplyReport,
    OutboxItem,
    PulledChangeSet,
    SyncState,
)


class SyncEngine:
    """The local side of sync, used by the session: the outbox, the cursor, applying."""

    def __init__(self, engine: Engine, *, policy: ApplyPolicy) -> None:
        self.engine = engine
        self.policy = policy

    def pending(self) -> list[OutboxItem]:
        """Local change sets not yet seen back from the log, in commit order."""
        raise NotImplementedError

    def set_sealed(self, cs_id: str, dseq: int, body: bytes) -> None:
        """Keep the sealed body of an outbox change set (a retry resends these bytes)."""
        raise NotImplementedError

    def mark_pushed(self, cs_id: str, seq: int) -> None:
        """The server accepted it at ``seq``."""
        raise NotImplementedError

    def apply_pulled(self, items: Sequence[PulledChangeSet]) -> ApplyReport:
        """Apply change sets in seq order (``items[0].seq`` must be cursor + 1), each
        all-or-nothing; the cursor and log hash move in the same transaction."""
        raise NotImplementedError

    def state(self) -> SyncState:
        raise NotImplementedError
