"""Document bytes inside the vault: chunks of at most 1 MiB in SQLCipher (issue #14).

A content is named by a keyed HMAC-SHA256 of its bytes. The key is 32 random bytes kept in
the ``settings`` table, so it lives under the vault's data key (no key of its own to
manage) and survives a data-key rotation (a key derived from the data key would rename
every content at each rotation). A plain SHA-256 would let anyone holding a file test
"this vault holds that court order"; the HMAC does not, without the vault key.

Chunk rows are self-contained (content id, n, data) so that team sync can carry one per
change set; a content row is written with its chunks and names their count.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.store import models as m

#: The largest chunk (1 MiB): one row stays far below SQLite's page-overflow costs that
#: grow with a row's size, and a chunk fits one team-sync change set.
CHUNK_BYTES = 1024 * 1024
KEY_SETTING = "documents.content_key"
_KEY_SETTING = KEY_SETTING


def content_key(session: OrmSession) -> bytes:
    """The vault's content-id key, made on first use."""
    row = session.get(m.Setting, _KEY_SETTING)
    if row is None:
        row = m.Setting(key=_KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def ensure_content_key(conn: Connection) -> None:
    """Make the vault's content-id key now if it has none (team init: the key is then in
    the team's first snapshot, so every device of the team names contents alike)."""
    conn.exec_driver_sql("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                         (KEY_SETTING, secrets.token_hex(32)))


def content_id(key: bytes, data: bytes) -> str:
    """The keyed name of ``data`` (hex HMAC-SHA256)."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def put_content(session: OrmSession, data: bytes, now: datetime) -> tuple[str, bool]:
    """Store ``data`` once: (its content id, whether it was there already)."""
    cid = content_id(content_key(session), data)
    if session.get(m.DocumentContentRow, cid) is not None:
        return cid, True
    chunks = max(1, -(-len(data) // CHUNK_BYTES))
    session.add(m.DocumentContentRow(content_id=cid, size=len(data), chunks=chunks,
                                     created_at=now))
    view = memoryview(data)
    for n in range(chunks):
        session.add(m.DocumentChunkRow(content_id=cid, n=n,
                                       data=bytes(view[n * CHUNK_BYTES:(n + 1) * CHUNK_BYTES])))
        session.flush()  # one chunk in memory at a time as the ORM sees it
    return cid, False


def has_content(session: OrmSession, cid: str) -> bool:
    """Whether the content is stored (complete: every chunk there)."""
    row = session.get(m.DocumentContentRow, cid)
    if row is None:
        return False
    count = len(session.scalars(select(m.DocumentChunkRow.n).where(
        m.DocumentChunkRow.content_id == cid)).all())
    return count == row.chunks


class ContentMissing(LookupError):
    """A content or one of its chunks is not (yet) in the vault."""


def read_content(session: OrmSession, cid: str) -> bytes:
    """The bytes of a content, its chunks in order and complete (else ContentMissing)."""
    row = session.get(m.DocumentContentRow, cid)
    if row is None:
        raise ContentMissing(cid)
    parts = session.execute(
        select(m.DocumentChunkRow.n, m.DocumentChunkRow.data)
        .where(m.DocumentChunkRow.content_id == cid).order_by(m.DocumentChunkRow.n)).all()
    if [n for n, _d in parts] != list(range(row.chunks)):
        raise ContentMissing(cid)
    data = b"".join(d for _n, d in parts)
    if len(data) != row.size:
        raise ContentMissing(cid)
    return data
