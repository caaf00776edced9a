"""The signed user-grant chain, verified from stored rows (``services/grants.py`` writes
it; this module only reads). Kept below ``services`` so the team sync policy
(``sync/policy.py``) verifies the grants of the replica with the very same code as unlock
does. The format is in ``docs/vault-format.md`` section 9.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nap_desktop.domain.enums import Role
from nap_desktop.store.signing import PUBLIC_KEY_BYTES, SIGNATURE_BYTES, unb64, verify
from nap_desktop.store.signing import fingerprint as key_fingerprint

GENESIS_HASH = "0" * 64
RECOVERY = "recovery"
SIGN_DOMAIN = b"nap grant v1\x00"
_HASH_DOMAIN = b"nap grant hash v1\x00"
_KINDS = ("genesis", "user", "recovery", "key")
_FIELDS = {"v", "vault_id", "seq", "prev", "at", "kind", "user_id", "name", "role", "active",
           "key", "signer", "audit_from", "adopted"}


@dataclass(slots=True)
class Grantee:
    """A user (or the recovery key) as the verified grants describe them."""

    user_id: str
    name: str
    role: Role
    active: bool
    key: bytes  #: the current signing key; empty until bound (upgraded vaults)
    keys: set[bytes] = field(default_factory=set)  #: every key ever granted (old events)


@dataclass(slots=True)
class Authority:
    """The result of verifying the grant chain."""

    grant_count: int = 0
    users: dict[str, Grantee] = field(default_factory=dict)
    recovery: Grantee | None = None
    root_key: bytes = b""
    root_user_id: str = ""
    audit_from: int = 0  #: audit events from this seq on must be signed
    adopted_at: datetime | None = None  #: set when the root adopted unsigned (legacy) roles
    problems: list[str] = field(default_factory=list)
    head: str = GENESIS_HASH
    hashes: list[str] = field(default_factory=list)  #: of each verified grant, in order

    @property
    def legacy(self) -> bool:
        """No grant at all: a vault from before signed grants."""
        return self.grant_count == 0

    @property
    def root_fingerprint(self) -> str:
        return key_fingerprint(self.root_key) if self.root_key else ""

    def name_of(self, principal: str | None) -> str:
        if principal == RECOVERY:
            return "the recovery key"
        who = self.users.get(principal or "")
        return who.name if who else (principal or "nobody")

    def keys_of(self, principal: str) -> set[bytes]:
        who = self.recovery if principal == RECOVERY else self.users.get(principal)
        return who.keys if who else set()

    def admin_key(self, principal: str) -> bytes:
        """The key an active administrator (or the recovery key) signs grants with."""
        if principal == RECOVERY:
            return self.recovery.key if self.recovery else b""
        who = self.users.get(principal)
        return who.key if who and who.active and who.role is Role.ADMIN else b""


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def grant_hash(body: str, signature: str) -> str:
    return hashlib.sha256(_HASH_DOMAIN + body.encode() + b"\x00" + signature.encode()).hexdigest()


class _Refused(Exception):
    """A grant that breaks the chain: its message names it."""


def verify_rows(rows: Iterable[tuple[int, str, str]], vault_id: str) -> Authority:
    """Walk the chain of (seq, body, signature) rows, in seq order, from the root; stop at
    the first bad grant (it and every later grant are ignored, and the problem is named)."""
    authority = Authority()
    for seq, body, signature in rows:
        if extend(authority, seq, body, signature, vault_id):
            break
    return authority


def extend(authority: Authority, seq: int, body: str, signature: str, vault_id: str) -> str:
    """Verify one more grant on top of ``authority`` and record it; "" when it holds, else
    the problem (also appended to ``authority.problems``; the grant is not recorded)."""
    authority.grant_count += 1
    try:
        _apply(authority, _Row(seq, body, signature), vault_id)
    except _Refused as refused:
        problem = f"User grant {seq}: {refused}; it and every later grant are ignored."
        authority.problems.append(problem)
        return problem
    authority.head = grant_hash(body, signature)
    authority.hashes.append(authority.head)
    return ""


@dataclass(frozen=True, slots=True)
class _Row:
    seq: int
    body: str
    signature: str


def _parse(row: _Row) -> dict[str, Any]:
    try:
        body = json.loads(row.body)
    except ValueError:
        raise _Refused("it is not a valid grant") from None
    if not isinstance(body, dict) or set(body) != _FIELDS or canonical(body) != row.body:
        raise _Refused("it is not a valid grant")
    texts = ("vault_id", "prev", "at", "kind", "user_id", "name", "role", "key", "signer")
    if any(not isinstance(body[k], str) for k in texts) \
            or any(type(body[k]) is not int for k in ("v", "seq", "audit_from")) \
            or any(not isinstance(body[k], bool) for k in ("active", "adopted")):
        raise _Refused("it is not a valid grant")
    if body["kind"] not in _KINDS or body["role"] not in {r.value for r in Role}:
        raise _Refused("it is not a valid grant")
    try:
        datetime.fromisoformat(body["at"].replace("Z", "+00:00"))
    except ValueError:
        raise _Refused("it is not a valid grant") from None
    return body


def _apply(auth: Authority, row: _Row, vault_id: str) -> None:
    body = _parse(row)
    expected_seq = auth.grant_count
    if body["vault_id"] != vault_id:
        raise _Refused("it belongs to another vault")
    if body["seq"] != row.seq or row.seq != expected_seq or body["prev"] != auth.head:
        raise _Refused("it is out of place (deleted, reordered or copied from elsewhere in "
                       "the chain: an old grant replayed)")
    key = unb64(body["key"], PUBLIC_KEY_BYTES) if body["key"] else b""
    signature = unb64(row.signature, SIGNATURE_BYTES)
    if key is None or signature is None:
        raise _Refused("it is not a valid grant")
    signer_key = _signer_key(auth, body, key)
    if not verify(signer_key, signature, SIGN_DOMAIN + row.body.encode()):
        raise _Refused(f"its signature is not {auth.name_of(body['signer'])}'s (forged or "
                       "altered)")
    _record(auth, body, key)


def _signer_key(auth: Authority, body: dict[str, Any], key: bytes) -> bytes:
    kind, signer, user_id = body["kind"], body["signer"], body["user_id"]
    if kind == "genesis":
        if auth.grant_count != 1 or signer != user_id or body["role"] != Role.ADMIN.value \
                or not body["active"] or not key:
            raise _Refused("only the first grant may be the vault creator's own")
        return key
    if auth.grant_count == 1:
        raise _Refused("the first grant is not the vault creator's own grant")
    if kind == "key":
        target = auth.recovery if user_id == RECOVERY else auth.users.get(user_id)
        if signer != user_id or target is None or target.key or not key or not target.active:
            raise _Refused("it binds a signing key to a user who already has one")
        if (body["role"], body["active"], body["name"]) != (target.role.value, target.active,
                                                            target.name):
            raise _Refused("a user's own key grant changes their role or account")
        return key
    admin_key = auth.admin_key(signer)
    if not admin_key:
        raise _Refused(f"{auth.name_of(signer)} was not an active administrator when it was "
                       "signed")
    if (kind == "recovery") != (user_id == RECOVERY):
        raise _Refused("it is not a valid grant")
    return admin_key


def _record(auth: Authority, body: dict[str, Any], key: bytes) -> None:
    user_id = body["user_id"]
    role, active = Role(body["role"]), bool(body["active"])
    if body["kind"] == "genesis":
        auth.root_key, auth.root_user_id = key, user_id
        auth.audit_from = int(body["audit_from"])
        if body["adopted"]:
            auth.adopted_at = datetime.fromisoformat(body["at"].replace("Z", "+00:00"))
    old = auth.recovery if user_id == RECOVERY else auth.users.get(user_id)
    keys = (old.keys if old else set()) | ({key} if key else set())
    grantee = Grantee(user_id=user_id, name=body["name"], role=role, active=active, key=key,
                      keys=keys)
    if user_id == RECOVERY:
        auth.recovery = grantee
    else:
        auth.users[user_id] = grantee
