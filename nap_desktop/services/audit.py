"""The append-only, hash-chained audit log.

Each event's hash covers the previous event's hash and the event's own fields, so an
edited, inserted or deleted event breaks the chain. The head (last seq and hash) is
also kept in ``settings`` so that deleting the newest events is detected too.

The chain alone is unkeyed: anyone holding the data key (every user) could rewrite it and
recompute it. So every event is also signed by its author's own Ed25519 key (the unlocked
slot's ``Signer``), and verification (``audit_verify.py``) checks each signature against
the keys the signed user grants name. Events from before signing (an upgraded vault)
stay unsigned; the root grant says from which event on signatures are required.
Details never contain survivor data: ids, statuses, counts and reasons only.

In a team vault (``sync/audit_chain.py``) an event's author signs its content instead of
its chain hash: its place is decided by the server's order, and every device chains the
events itself as it applies the log.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.entities import AuditEvent
from nap_desktop.store.models import AuditRow, Setting
from nap_desktop.store.signing import Signer, b64
from nap_desktop.store.types import utc_text
from nap_desktop.sync import audit_chain
from nap_desktop.sync.audit_chain import stored_event_hash

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
_SIGN_DOMAIN = b"nap audit v1\x00"


def signed_message(event_hash_hex: str, signer: str) -> bytes:
    """What an event's author signs: its chain hash (which covers every field and the
    previous event) and who signs it."""
    return _SIGN_DOMAIN + json.dumps([event_hash_hex, signer], separators=(",", ":")).encode()


def event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    user_id: str | None,
    action: str,
    record_type: str,
    record_id: str | None,
    detail: str,
) -> str:
    return stored_event_hash(
        prev_hash, seq, utc_text(at), user_id, action, record_type, record_id, detail
    )


def _head(session: OrmSession) -> tuple[int, str]:
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        return 0, GENESIS
    seq, _, digest = row.value.partition(":")
    return int(seq), digest


def append(
    session: OrmSession,
    *,
    at: datetime,
    user_id: str | None,
    action: str,
    record_type: str,
    record_id: str | None,
    detail: str,
    signer: Signer | None = None,
) -> None:
    """Append one event; signed by ``signer`` (None only where no vault key exists: the
    plain-database service tests)."""
    seq, prev = _head(session)
    seq += 1
    digest = event_hash(prev, seq, at, user_id, action, record_type, record_id, detail)
    principal = signer.principal if signer else ""
    if signer is None:
        signature = ""
    elif _team_mode(session):  # its place is the server's to decide: sign the content
        signature = audit_chain.sign_content(signer, utc_text(at), user_id, action,
                                             record_type, record_id, detail)
    else:
        signature = b64(signer.sign(signed_message(digest, principal)))
    session.add(
        AuditRow(
            seq=seq,
            at=at,
            user_id=user_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            prev_hash=prev,
            hash=digest,
            signer=principal,
            signature=signature,
        )
    )
    head = session.get(Setting, HEAD_KEY)
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=f"{seq}:{digest}"))
    else:
        head.value = f"{seq}:{digest}"
    session.flush()


def _team_mode(session: OrmSession) -> bool:
    mode = session.get(Setting, audit_chain.MODE_KEY)
    return mode is not None and mode.value == audit_chain.TEAM_MODE


def verify_chain(session: OrmSession) -> list[str]:
    """Problems found in the chain (empty when intact)."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for row in session.scalars(select(AuditRow).order_by(AuditRow.seq)):
        if row.seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing")
        recomputed = event_hash(
            prev,
            row.seq,
            row.at,
            row.user_id,
            row.action,
            row.record_type,
            row.record_id,
            row.detail,
        )
        if row.prev_hash != prev or row.hash != recomputed:
            problems.append(f"audit event {row.seq} has been altered")
        prev, expected_seq = row.hash, row.seq + 1
    head_seq, head_hash = _head(session)
    if head_seq != expected_seq - 1 or (head_seq and head_hash != prev):
        problems.append("the newest audit events have been removed or altered")
    return problems


def to_entity(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        at=row.at,
        user_id=row.user_id,
        action=row.action,
        record_type=row.record_type,
        record_id=row.record_id,
        detail=row.detail,
    )


def events_for(session: OrmSession, record_ids: list[str], limit: int = 500) -> list[AuditEvent]:
    rows = session.scalars(
        select(AuditRow)
        .where(AuditRow.record_id.in_(record_ids))
        .order_by(AuditRow.seq.desc())
        .limit(limit)
    )
    return [to_entity(r) for r in rows]
