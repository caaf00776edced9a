"""Helpers of the capture/apply tests: a tiny in-memory ordered log standing in for the
server (the session part runs the same against PostgreSQL), a permissive policy, and
replicas made team replicas."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from nap_desktop.services.base import ServiceContext
from nap_desktop.sync import capture
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.changeset import (
    ApplyReport,
    AuthorView,
    ChangeSetPlain,
    PulledChangeSet,
    ReadRow,
    Refusal,
)
from nap_desktop.sync.dump import canonical_dump


class AllowAll:
    """The permissive stand-in for ``sync/policy.py`` (used only in these tests)."""

    def check(self, author: AuthorView, cs: ChangeSetPlain,
              read_row: ReadRow) -> Refusal | None:
        return None


@dataclass
class RefuseAuthor:
    """Refuses every change set of one author."""

    author: str
    seen: list[str] = field(default_factory=list)

    def check(self, author: AuthorView, cs: ChangeSetPlain,
              read_row: ReadRow) -> Refusal | None:
        self.seen.append(cs.id)
        if author.user_id == self.author:
            return Refusal("forbidden", "Not allowed.")
        return None


def make_team(engine: Engine, device_id: str, vault_id: str = "v") -> None:
    """Turn on capture in this replica (what ``nap team init``/join do)."""
    with engine.begin() as conn:
        capture.enable(conn, device_id=device_id, vault_id=vault_id, server=None)


@dataclass
class MemoryLog:
    """An append-only, totally ordered log of change-set bodies (plaintext here)."""

    entries: list[tuple[str, str, bytes]] = field(default_factory=list)

    def push(self, device: str, sync: SyncEngine) -> int:
        items = sync.pending()
        for item in items:
            self.entries.append((item.cs.id, device, item.cs.to_bytes()))
            sync.mark_pushed(item.cs.id, len(self.entries))
        return len(items)

    def pull(self, sync: SyncEngine, limit: int | None = None) -> ApplyReport:
        cursor = sync.state().cursor
        chosen = self.entries[cursor:] if limit is None else self.entries[cursor:cursor + limit]
        return sync.apply_pulled([
            PulledChangeSet(seq=cursor + 1 + i, cs_id=cs_id, device_id=device,
                            body_sha256=hashlib.sha256(body).digest(),
                            cs=ChangeSetPlain.from_bytes(body))
            for i, (cs_id, device, body) in enumerate(chosen)])

    def sync(self, device: str, sync: SyncEngine) -> ApplyReport:
        self.push(device, sync)
        return self.pull(sync)


def rows(engine: Engine, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.exec_driver_sql(sql, params).all())


@dataclass
class Device:
    """One desktop of a team: its services (``side``) and its sync engine."""

    name: str
    side: Any
    sync: SyncEngine

    @property
    def engine(self) -> Engine:
        return self.side.ctx.source.engine  # type: ignore[no-any-return]

    def dump(self) -> bytes:
        return canonical_dump(self.engine)


def plain_team(path: Path, names: Sequence[str], clock: Any,
               policy: Any = None) -> list[Device]:
    """A team of plain-SQLite replicas that start from the same data (the first one's
    file copied, as a join from a snapshot would), capture on in each."""
    from tests.services.conftest import plain_engine
    from tests.transfer.transfer_helpers import Side, plain_side

    first = plain_side(path / f"{names[0]}.db", "Casa", clock)
    actor = first.ctx.actor
    make_team(first.ctx.source.engine, f"dev-{names[0]}")
    first.close()
    devices = []
    for name in names:
        if name != names[0]:
            shutil.copy(path / f"{names[0]}.db", path / f"{name}.db")
        engine = plain_engine(path / f"{name}.db")

        class Source:
            pass

        source = Source()
        source.engine = engine  # type: ignore[attr-defined]
        ctx = ServiceContext(source=source, actor=actor, clock=clock)  # type: ignore[arg-type]
        side = Side(name, ctx, engine.dispose)
        devices.append(Device(name, side, SyncEngine(engine, policy=policy or AllowAll())))
    return devices
