"""Documents' contents at apply: the receiver recomputes what the sender claims.

A content is named by the HMAC of its bytes under the team's content key (a synced
setting, ``store/documents.py``), so every device can check a content it receives: after a
transaction's ops are applied (inside its savepoint), every content it inserted a chunk or
a content row of, and every content a document it inserted names, must be complete
(chunks ``0..n-1``, each at most ``CHUNK_BYTES``, sizes adding up) and hash to its id; a
document's size must be its content's. Otherwise the whole transaction is refused, the same
on every device (the check reads only the replica). The policy has already refused an
update or delete of a chunk or a content row and a second insert with other bytes
(``policy_rules.RULES``), so a content, once verified, never changes.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from sqlalchemy import Connection

from nap_desktop.store.documents import CHUNK_BYTES, KEY_SETTING
from nap_desktop.sync.changeset import RowOp

CONTENT_TABLES = ("document_chunks", "document_contents")


def contents_touched(ops: Iterable[RowOp]) -> tuple[set[str], list[RowOp]]:
    """The content ids a transaction writes or names, and its document inserts."""
    ids: set[str] = set()
    documents: list[RowOp] = []
    for op in ops:
        if op.op != "i":
            continue
        values = {**op.k, **op.new}
        if op.t in CONTENT_TABLES:
            ids.add(str(values.get("content_id")))
        elif op.t == "documents":
            ids.add(str(values.get("content_id")))
            documents.append(op)
    return ids, documents


def verify(conn: Connection, ops: Iterable[RowOp]) -> bool:
    """Whether every content the applied ``ops`` wrote or named is whole and named by
    its bytes, and every document inserted has its content's size."""
    ids, documents = contents_touched(ops)
    if not ids:
        return True
    found = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                 (KEY_SETTING,)).first()
    try:
        key = bytes.fromhex(str(found[0])) if found else b""
    except ValueError:
        key = b""
    if len(key) != 32:
        return False
    sizes = {cid: _content_size(conn, key, cid) for cid in sorted(ids)}
    if any(size is None for size in sizes.values()):
        return False
    return all({**op.k, **op.new}.get("size") == sizes[str(op.new.get("content_id"))]
               for op in documents)


def _content_size(conn: Connection, key: bytes, cid: str) -> int | None:
    """The content's size when it is whole and its id is the HMAC of its bytes."""
    row = conn.exec_driver_sql("SELECT size, chunks FROM document_contents WHERE "
                               "content_id = ?", (cid,)).first()
    if row is None:
        return None
    mac = hmac.new(key, digestmod=hashlib.sha256)
    total = expected = 0
    # one chunk in memory at a time: a content is up to 25 MB
    for n, data in conn.exec_driver_sql("SELECT n, data FROM document_chunks WHERE "
                                        "content_id = ? ORDER BY n", (cid,)):
        if n != expected or not isinstance(data, bytes) or len(data) > CHUNK_BYTES:
            return None
        mac.update(data)
        total += len(data)
        expected += 1
    if expected != row[1] or total != row[0] or \
            not hmac.compare_digest(mac.hexdigest(), cid):
        return None
    return int(total)
