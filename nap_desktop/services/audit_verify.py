"""Verifying the audit log: its hash chain, its head, and each event's author signature.

``nap check`` verifies every event's chain link and signature. Unlocking verifies only
the events after a checkpoint: the seq and hash of the newest event that a previous
verification accepted, signed by the user who made it. Only the unlocking user's own
checkpoint and those of active administrators count (a caseworker can neither forge nor
advance them; a deleted or rolled-back checkpoint only makes the next unlock verify more),
and only if that event still has that hash: a chain recomputed behind the checkpoint
changes it, and then every event is verified. An event altered behind the checkpoint
*without* recomputing the chain up to it is found by ``nap check``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import String, func, select, text, type_coerce
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.services.audit import GENESIS, HEAD_KEY, signed_message
from nap_desktop.services.grants import RECOVERY, Authority
from nap_desktop.store.models import AuditRow, Setting
from nap_desktop.store.signing import SIGNATURE_BYTES, Signer, b64, unb64, verify
from nap_desktop.sync import audit_chain
from nap_desktop.sync.apply import log_hash
from nap_desktop.sync.audit_chain import stored_event_hash
from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet

LOG_GENESIS = bytes(32)
CHECKPOINT_KEY = "audit_verified"  #: + ":" + principal
_CHECKPOINT_DOMAIN = b"nap audit checkpoint v1\x00"
_MAX_LINES = 20


@dataclass(slots=True)
class _Findings:
    """Problems per event, merged into ranges of the same problem when reported."""

    items: list[tuple[int, str]] = field(default_factory=list)

    def add(self, seq: int, what: str) -> None:
        self.items.append((seq, what))

    def lines(self) -> list[str]:
        merged: list[list[object]] = []
        for seq, what in self.items:
            if merged and merged[-1][2] == what and merged[-1][1] == seq - 1:
                merged[-1][1] = seq
            else:
                merged.append([seq, seq, what])
        out = [f"audit event {a}: {w}" if a == b else f"audit events {a}-{b}: {w}"
               for a, b, w in merged]
        if len(out) > _MAX_LINES:
            out = [*out[:_MAX_LINES], f"... and {len(out) - _MAX_LINES} more audit problems"]
        return out


class _Keys:
    """Public key objects built once per key (building one costs as much as a verify)."""

    def __init__(self) -> None:
        self._cache: dict[bytes, Ed25519PublicKey] = {}

    def verifies(self, keys: set[bytes], signature: bytes, message: bytes) -> bool:
        for raw in keys:
            key = self._cache.get(raw)
            if key is None:
                key = self._cache[raw] = Ed25519PublicKey.from_public_bytes(raw)
            try:
                key.verify(signature, message)
            except InvalidSignature:
                continue
            return True
        return False


@dataclass(slots=True)
class ChainReport:
    problems: list[str]
    verified: int  #: events checked in this pass
    head_seq: int
    head_hash: str


def _checkpoint_message(principal: str, seq: int, digest: str) -> bytes:
    return _CHECKPOINT_DOMAIN + f"{principal}:{seq}:{digest}".encode()


def checkpoint(session: OrmSession, signer: Signer, authority: Authority) -> tuple[int, str]:
    """The newest genuine checkpoint whose event is unchanged (seq, hash), else the start.
    Trusted: the unlocking user's own and active administrators'."""
    best = (0, GENESIS)
    rows = session.scalars(select(Setting).where(Setting.key.like(f"{CHECKPOINT_KEY}:%")))
    for row in rows:
        principal = row.key.split(":", 1)[1]
        key = signer.public_key if principal == signer.principal else \
            authority.admin_key(principal)
        parts = row.value.split(":")
        if not key or len(parts) != 3 or not parts[0].isdigit() or int(parts[0]) <= best[0]:
            continue
        seq, digest, signature = int(parts[0]), parts[1], unb64(parts[2], SIGNATURE_BYTES)
        if signature is None or not verify(key, signature,
                                           _checkpoint_message(principal, seq, digest)):
            continue
        if session.scalar(select(AuditRow.hash).where(AuditRow.seq == seq)) == digest:
            best = (seq, digest)
    return best


def verify_events(session: OrmSession, authority: Authority | None, *,
                  start: tuple[int, str] = (0, GENESIS)) -> ChainReport:
    """Problems in the chain, the head and the signatures (empty when all is intact) of
    the events after ``start`` (a checkpoint's seq and hash). ``authority`` None (or a
    vault without grants) checks the hash chain only."""
    (seq0, prev), findings, keys, count = start, _Findings(), _Keys(), 0
    expected = seq0 + 1
    signed_from = authority.audit_from if authority and not authority.legacy else None
    # ``at`` as stored text: a value an attacker wrote there is hashed, never parsed.
    columns = (AuditRow.seq, type_coerce(AuditRow.at, String), AuditRow.user_id, AuditRow.action,
               AuditRow.record_type, AuditRow.record_id, AuditRow.detail, AuditRow.prev_hash,
               AuditRow.hash, AuditRow.signer, AuditRow.signature)
    rows = session.execute(select(*columns).where(AuditRow.seq > seq0).order_by(AuditRow.seq))
    for seq, at, user_id, action, rtype, rid, detail, prev_hash, digest, signer, sig in rows:
        count += 1
        who = authority.name_of(user_id) if authority else (user_id or "nobody")
        for missing in range(expected, min(seq, expected + 100_000)):
            findings.add(missing, "missing (deleted)")
        if prev_hash != prev or digest != stored_event_hash(prev, seq, at, user_id, action,
                                                            rtype, rid, detail):
            findings.add(seq, f"by {who}, altered (its hash or chain link is wrong)")
        elif authority is not None and signed_from is not None and seq >= signed_from:
            content = (at, user_id, action, rtype, rid, detail)
            problem = _signature_problem(authority, keys, content, digest, signer, sig)
            if problem:
                findings.add(seq, f"by {who}, {problem}")
        prev, expected = digest, seq + 1
    problems = findings.lines()
    head = session.get(Setting, HEAD_KEY)
    head_seq, _, head_hash = head.value.partition(":") if head else ("0", "", GENESIS)
    if int(head_seq or 0) != expected - 1 or (expected > 1 and head_hash != prev):
        problems.append("the newest audit events have been removed or altered")
    return ChainReport(problems=problems, verified=count, head_seq=expected - 1,
                       head_hash=prev)


def _signature_problem(authority: Authority, keys: _Keys, content: tuple[object, ...],
                       digest: str, signer: object, signature_text: object) -> str:
    """Why an event's signature does not hold ("" when it does). ``content``: its stored
    at, user_id, action, record_type, record_id and detail. A team vault's events are
    signed over their content (``sync/audit_chain.py``), the others over their chain hash."""
    user_id = content[1]
    if not signer or not signature_text:
        return "not signed"
    if not isinstance(signer, str) or not isinstance(signature_text, str):
        return "not signed (malformed)"
    if user_id is not None and signer not in (user_id, RECOVERY):
        return f"signed by {authority.name_of(signer)}, not by its author (forged)"
    allowed = authority.keys_of(signer)
    if audit_chain.is_content_signature(signature_text):
        signature = unb64(signature_text[len(audit_chain.CONTENT_PREFIX):], SIGNATURE_BYTES)
        message = audit_chain.content_message(content, signer)
    else:
        signature = unb64(signature_text, SIGNATURE_BYTES)
        message = signed_message(digest, signer)
    if signature is None or not keys.verifies(allowed, signature, message):
        return (f"not signed with {authority.name_of(signer)}'s key (forged, or altered "
                "and re-chained)")
    return ""


def save_checkpoint(session: OrmSession, signer: Signer, report: ChainReport) -> None:
    """Remember, signed, the head this verification accepted (only call it when it found
    nothing)."""
    message = _checkpoint_message(signer.principal, report.head_seq, report.head_hash)
    value = f"{report.head_seq}:{report.head_hash}:{b64(signer.sign(message))}"
    key = f"{CHECKPOINT_KEY}:{signer.principal}"
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def last_event_by_user(session: OrmSession) -> dict[str | None, int]:
    """The newest event of each author: a person can tell if their own last work is gone."""
    rows = session.execute(select(AuditRow.user_id, func.max(AuditRow.seq))
                           .group_by(AuditRow.user_id))
    return {user_id: seq for user_id, seq in rows}


def has_signed_events(session: OrmSession) -> bool:
    return session.scalar(select(AuditRow.seq).where(AuditRow.signature != "").limit(1)) \
        is not None


# --- a team vault: the server's log as the outside anchor -------------------------------


@dataclass(slots=True)
class ServerComparison:
    """What comparing this device with the team server's log found."""

    problems: list[str]
    compared: int  #: change sets of the server's log compared
    events: int  #: audit events of the server's log found here, in its order


def compare_with_server(session: OrmSession, log: Iterable[PulledChangeSet], *,
                        start_hash: bytes = LOG_GENESIS) -> ServerComparison:
    """Compare this device with the server's log (``log``: its change sets from the
    first after ``start_hash``'s seq — 1, or a snapshot's — in seq order, opened by the
    session; ``cs`` None where the envelope refused one).

    The log hash recomputed from the server's rows must equal the one this device
    stored at its cursor (else its history was rolled back, cut or altered, or the
    server's was), and the audit events of the change sets this device applied must be
    here, in the server's order, right before this device's own pending ones (else
    events were deleted, altered or added here). The server holds only ciphertext, so
    rewriting it means forging every device's signatures: it is the anchor a device's
    own files cannot be."""
    cursor, local_hash = _sync_position(session)
    refused = set(session.execute(text("SELECT seq FROM sync_refused")).scalars())
    problems: list[str] = []
    digest, seq, compared, expected = start_hash, None, 0, []
    for item in log:
        if item.seq > cursor:
            break
        digest, seq, compared = log_hash(digest, item.seq, item.cs_id, item.body_sha256), \
            item.seq, compared + 1
        if item.cs is not None and item.seq not in refused:
            expected += [_content(op.new) for op in item.cs.ops if op.t == "audit_events"]
    if cursor and seq != cursor:
        problems.append(f"The server's log ends at change {seq or 0}, before this device's "
                        f"position ({cursor}): the server lost changes or was restored from "
                        "an old backup.")
    elif digest != local_hash:
        problems.append(f"This device's record of the team log differs from the server's "
                        f"at or before change {cursor}: its history was rolled back, cut or "
                        "altered (or the server's was).")
    problems += _event_problems(session, expected)
    return ServerComparison(problems=problems, compared=compared, events=len(expected))


def _event_problems(session: OrmSession, expected: list[tuple[Any, ...]]) -> list[str]:
    local = [tuple(r) for r in session.execute(text(
        "SELECT CAST(at AS TEXT), user_id, action, record_type, record_id, detail, signer, "
        "signature FROM audit_events WHERE signature LIKE 'c:%' ORDER BY seq"))]
    pending = _pending_events(session)
    applied = local[:len(local) - pending] if pending else local
    if len(applied) < len(expected):
        return [f"{len(expected) - len(applied)} audit events of the team's log are missing "
                "here: this device's audit history was cut or rolled back."]
    tail = applied[len(applied) - len(expected):]
    wrong = sum(1 for mine, theirs in zip(tail, expected, strict=True) if mine != theirs)
    problems = []
    if wrong:
        problems.append(f"{wrong} audit events here differ from the team's log (deleted, "
                        "altered or reordered on this device).")
    return problems


def _content(values: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(c) for c in audit_chain.CONTENT_COLUMNS)


def _pending_events(session: OrmSession) -> int:
    """Audit events of this device's change sets the server has not given back yet."""
    count = 0
    for body in session.execute(text("SELECT body FROM sync_outbox")).scalars():
        cs = ChangeSetPlain.from_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        count += sum(1 for op in cs.ops if op.t == "audit_events")
    return count


def _sync_position(session: OrmSession) -> tuple[int, bytes]:
    row = session.execute(text("SELECT cursor, log_hash FROM sync_state WHERE id = 1")).first()
    return (int(row[0]), bytes(row[1])) if row is not None else (0, LOG_GENESIS)
