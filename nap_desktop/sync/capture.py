"""Capturing local changes: SQLite triggers into ``sync_journal``, assembled into one
outbox change set per committed transaction (``docs/sync-format.md``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.store.signing import Signer


def assemble(session: OrmSession, *, author: str | None, signer: Signer | None,
             at: datetime) -> str | None:
    """Turn this transaction's journal into one outbox change set (before commit).
    Returns its id, or None when nothing was captured (a non-team vault: always)."""
    raise NotImplementedError


def install_triggers(conn: Connection) -> None:
    """(Re)create the capture triggers of every synced table from the ORM metadata."""
    raise NotImplementedError


def enable(conn: Connection, *, device_id: str, vault_id: str, server: str | None) -> None:
    """Make this vault a team vault: state row, triggers, capture on."""
    raise NotImplementedError
