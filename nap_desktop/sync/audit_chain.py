"""The audit log of a team vault: events signed over their content, chained in log order.

A vault's audit events are hash-chained (``services/audit.py``): each event's hash covers
the previous one's and its own seq. In a vault on one computer the author signs that
chain hash. In a team vault an event is written on a laptop long before the server has
put its change set in order, so its author cannot know its final place: the author signs
the event's *content* (time, user, action, record, detail, signer), never its place, and
the signature is stored as ``"c:" + base64`` so it is never mistaken for a chain
signature. Every device appends the events of each change set it applies, in server
order, at its own head (:func:`append_event`), computing seq, previous hash and hash
itself: the same log in the same order gives every device the same chain. The device's
own events not yet seen back from the server sit at the end, in provisional places;
undoing them before a pull (:func:`remove_event`) and applying them again after it puts
them where the server put them.

What the content signature alone cannot show (an event removed from the middle of the
log and the chain recomputed around it) the server's log shows: ``services/audit_verify``
compares the device's events with those the server's change sets carry
(``compare_with_server``). ``docs/sync-format.md``, "Audit".

Settings ``audit_head``, ``audit_verified:*`` and ``audit_mode`` are the device's own and
never travel in a change set.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from nap_desktop.store.signing import SIGNATURE_BYTES, Signer, b64, unb64, verify

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
MODE_KEY = "audit_mode"
TEAM_MODE = "team"
#: Marks a content signature in ``audit_events.signature`` (a chain signature is bare b64).
CONTENT_PREFIX = "c:"
_CONTENT_DOMAIN = b"nap audit content v1\x00"
#: The columns an event's change-set op carries (seq, prev_hash and hash are local).
CONTENT_COLUMNS = ("at", "user_id", "action", "record_type", "record_id", "detail", "signer",
                   "signature")
#: Settings that never travel: every device keeps its own.
LOCAL_SETTINGS = (HEAD_KEY, MODE_KEY, "audit_verified:")


def stored_event_hash(prev_hash: str, seq: int, at_text: object, *fields: object) -> str:
    """An event's chain hash from the stored column values (``at`` as its stored text),
    so a verifier never parses what an attacker may have written there."""
    payload = json.dumps([prev_hash, seq, at_text, *fields], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def content_message(content: Sequence[object], signer: object) -> bytes:
    """What a team event's author signs: every field of the event but its place
    (``content``: the stored at, user_id, action, record_type, record_id, detail)."""
    payload = json.dumps([*content, signer], ensure_ascii=False, separators=(",", ":"))
    return _CONTENT_DOMAIN + payload.encode("utf-8", "surrogatepass")


def sign_content(signer: Signer, at_text: str, user_id: str | None, action: str,
                 record_type: str, record_id: str | None, detail: str) -> str:
    """The stored form of a content signature (``"c:" + b64``)."""
    message = content_message((at_text, user_id, action, record_type, record_id, detail),
                              signer.principal)
    return CONTENT_PREFIX + b64(signer.sign(message))


def is_content_signature(signature: object) -> bool:
    return isinstance(signature, str) and signature.startswith(CONTENT_PREFIX)


def content_signature_valid(keys: set[bytes], values: Mapping[str, Any]) -> bool:
    """Whether ``values`` (an event's content columns) carry a content signature made
    with one of ``keys`` by the event's ``signer``."""
    signature = values.get("signature")
    if not is_content_signature(signature):
        return False
    assert isinstance(signature, str)
    raw = unb64(signature[len(CONTENT_PREFIX):], SIGNATURE_BYTES)
    if raw is None:
        return False
    message = content_message([values.get(c) for c in CONTENT_COLUMNS[:6]], values.get("signer"))
    return any(verify(key, raw, message) for key in keys)


def is_team(conn: Connection) -> bool:
    """Whether this vault's new events are signed over their content (a team vault)."""
    return _setting(conn, MODE_KEY) == TEAM_MODE


def enable_team(conn: Connection) -> None:
    """From now on, events are content-signed (called once when a vault joins a team:
    ``team init`` / ``team join``). Events already in the log keep their chain
    signatures and stay verifiable as they are."""
    _put_setting(conn, MODE_KEY, TEAM_MODE)


def head(conn: Connection) -> tuple[int, str]:
    """The newest event's seq and hash, as the head setting records them."""
    value = _setting(conn, HEAD_KEY)
    if value is None:
        return 0, GENESIS
    seq, _, digest = value.partition(":")
    return int(seq), digest


def append_event(conn: Connection, values: Mapping[str, Any]) -> int:
    """Append one event of an applied change set (or one redone) at the local head: its
    seq, previous hash and hash are computed here, its content and signature kept as
    they came. Returns its seq. The caller (the policy) has verified the signature."""
    seq, prev = head(conn)
    seq += 1
    content = [values.get(c) for c in CONTENT_COLUMNS]
    digest = stored_event_hash(prev, seq, *content[:6])
    conn.execute(text(
        "INSERT INTO audit_events (seq, at, user_id, action, record_type, record_id, detail, "
        "prev_hash, hash, signer, signature) VALUES (:seq, :at, :user_id, :action, "
        ":record_type, :record_id, :detail, :prev, :hash, :signer, :signature)"),
        {"seq": seq, "prev": prev, "hash": digest,
         **{c: values.get(c, "" if c in ("record_type", "detail", "signer") else None)
            for c in CONTENT_COLUMNS}})
    _put_setting(conn, HEAD_KEY, f"{seq}:{digest}")
    return seq


def remove_event(conn: Connection, signature: str) -> bool:
    """Take out a local event not yet seen back from the server (undo before a pull),
    re-chaining what follows it (normally nothing: pending events are the newest).
    False when no event has this signature."""
    found = conn.execute(text("SELECT seq FROM audit_events WHERE signature = :s "
                              "ORDER BY seq DESC LIMIT 1"), {"s": signature}).scalar()
    if found is None:
        return False
    conn.execute(text("DELETE FROM audit_events WHERE seq = :q"), {"q": found})
    rechain(conn, int(found))
    return True


def remove_seq(conn: Connection, seq: int) -> None:
    """Undo of a pending local event by its (provisional) seq: removed, what follows it
    re-chained (normally nothing: pending events are the newest)."""
    conn.execute(text("DELETE FROM audit_events WHERE seq = :q"), {"q": seq})
    rechain(conn, seq)


def rechain(conn: Connection, from_seq: int) -> None:
    """Renumber the events from ``from_seq`` on without gaps and recompute their chain
    links and the head (their content and signatures are unchanged)."""
    prev_row = conn.execute(text("SELECT seq, hash FROM audit_events WHERE seq < :q "
                                 "ORDER BY seq DESC LIMIT 1"), {"q": from_seq}).first()
    seq, prev = (int(prev_row[0]), str(prev_row[1])) if prev_row else (0, GENESIS)
    rows = conn.execute(text(
        "SELECT seq, CAST(at AS TEXT), user_id, action, record_type, record_id, detail "
        "FROM audit_events WHERE seq >= :q ORDER BY seq"), {"q": from_seq}).all()
    for old_seq, at, user_id, action, rtype, rid, detail in rows:
        seq += 1
        digest = stored_event_hash(prev, seq, at, user_id, action, rtype, rid, detail)
        conn.execute(text("UPDATE audit_events SET seq = :n, prev_hash = :p, hash = :h "
                          "WHERE seq = :o"), {"n": seq, "p": prev, "h": digest, "o": old_seq})
        prev = digest
    _put_setting(conn, HEAD_KEY, f"{seq}:{prev}" if seq else f"0:{GENESIS}")


def _setting(conn: Connection, key: str) -> str | None:
    value = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
    return None if value is None else str(value)


def _put_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {"k": key, "v": value})
