"""The plaintext of a change set, and the types the sync parts exchange.

A change set is the row changes of ONE committed transaction on one desktop (one user
action: one service call, one unit of work, one audit event), as canonical JSON::

    {"v": 1, "schema": "0017", "id": "<uuid>", "author": "<user id>" | null,
     "at": "<UTC text>", "part": [i, n], "ops": [<op>...], "user_sig": "<b64>" | null,
     "control": null | {"type": ...}}

An op: ``{"t": table, "k": {pk column: value}, "op": "i"|"u"|"d", "base": "<cs id that
last wrote the row>" | null, "old": {changed columns: old values},
"new": {changed columns: new values; every column on an insert}}``. Values are JSON
scalars; a BLOB is ``{"b64": "..."}``; times are the stored text. ``docs/sync-format.md``,
"Change sets and applying".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from nap_desktop.domain.messages import Message
from nap_desktop.sync.errors import ChangeSetInvalid

FORMAT_VERSION = 1
#: The schema revision whose tables the ops name (a newer one stops the apply).
SCHEMA = "0017"
OpKind = Literal["i", "u", "d"]
_OPS = ("i", "u", "d")
_CS_KEYS = {"v", "schema", "id", "author", "at", "part", "ops", "user_sig", "control"}
_OP_KEYS = {"t", "k", "op", "base", "old", "new"}


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class RowOp:
    """One row change: insert, update or delete of the row ``k`` of table ``t``."""

    t: str
    k: dict[str, Any]
    op: OpKind
    base: str | None
    old: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"t": self.t, "k": self.k, "op": self.op, "base": self.base,
                "old": self.old, "new": self.new}

    @property
    def key_text(self) -> str:
        """The primary key as canonical text (``sync_rows.k``)."""
        return canonical(self.k).decode("utf-8")


@dataclass(frozen=True, slots=True)
class ChangeSetPlain:
    """The decrypted content of one change set."""

    id: str
    author: str | None
    at: str
    ops: tuple[RowOp, ...]
    user_sig: str | None = None
    control: dict[str, Any] | None = None
    schema: str = SCHEMA
    #: (i, n): part i of the n parts of one transaction too large for one change set;
    #: parts are applied only together (all-or-nothing). (1, 1) for almost every one.
    part: tuple[int, int] = (1, 1)
    v: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {"v": self.v, "schema": self.schema, "id": self.id, "author": self.author,
                "at": self.at, "part": list(self.part),
                "ops": [op.to_json() for op in self.ops], "user_sig": self.user_sig,
                "control": self.control}

    def to_bytes(self) -> bytes:
        return canonical(self.to_json())

    def ops_digest(self) -> bytes:
        """What the author's ``user_sig`` signs: SHA-256 of the canonical ops (with the
        change set's id, author and time, so a signed op list cannot be re-used)."""
        return hashlib.sha256(b"nap sync ops v1\0" + canonical(
            {"id": self.id, "author": self.author, "at": self.at, "part": list(self.part),
             "ops": [op.to_json() for op in self.ops]})).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> ChangeSetPlain:
        """Parse strictly (:class:`ChangeSetInvalid` on anything unexpected)."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ChangeSetInvalid() from None
        return cls.from_json(raw)

    @classmethod
    def from_json(cls, raw: object) -> ChangeSetPlain:
        if not isinstance(raw, dict) or set(raw) != _CS_KEYS or raw["v"] != FORMAT_VERSION:
            raise ChangeSetInvalid()
        ops, part = raw["ops"], raw["part"]
        if not (_is_str(raw["id"]) and _is_str(raw["at"]) and _is_str(raw["schema"])
                and _opt_str(raw["author"]) and _opt_str(raw["user_sig"])
                and isinstance(ops, list) and isinstance(part, list) and len(part) == 2
                and all(type(p) is int for p in part) and 1 <= part[0] <= part[1]
                and (raw["control"] is None or isinstance(raw["control"], dict))):
            raise ChangeSetInvalid()
        return cls(id=raw["id"], author=raw["author"], at=raw["at"],
                   ops=tuple(_op(o) for o in ops), user_sig=raw["user_sig"],
                   control=raw["control"], schema=raw["schema"], part=(part[0], part[1]))


def _is_str(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


def _opt_str(value: object) -> bool:
    return value is None or _is_str(value)


def _op(raw: object) -> RowOp:
    if not isinstance(raw, dict) or set(raw) != _OP_KEYS:
        raise ChangeSetInvalid()
    if not (_is_str(raw["t"]) and raw["op"] in _OPS and _opt_str(raw["base"])
            and all(isinstance(raw[n], dict) for n in ("k", "old", "new")) and raw["k"]):
        raise ChangeSetInvalid()
    return RowOp(t=raw["t"], k=raw["k"], op=raw["op"], base=raw["base"], old=raw["old"],
                 new=raw["new"])


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One local change set not yet seen back from the log, in commit order."""

    cs: ChangeSetPlain
    order: int
    created_at: str
    pushed_seq: int | None = None
    #: Once sealed (session): the device sequence number and the exact body bytes, so
    #: a retried push resends the same bytes (the device chain never forks).
    dseq: int | None = None
    sealed: bytes | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a whole change set is not applied: a stable code and a marked message.
    ``args`` fill the message's named places: data (a person's name), except ``what``,
    a marked word (``N_("notes")``) translated with it. Identical on every device."""

    code: str
    message: str
    args: Mapping[str, str] = field(default_factory=dict)

    def translatable(self) -> Message:
        """The message to render (``nap_desktop.i18n.render``) in the reader's language."""
        values: dict[str, object] = dict(self.args)
        if "what" in values:
            values["what"] = Message(str(values["what"]))
        return Message(self.message, **values)


@dataclass(frozen=True, slots=True)
class PulledChangeSet:
    """One change set from the log, opened and verified by the envelope (or refused by
    it: ``cs`` None and ``refusal`` set; it is still recorded and counted in the log
    hash, so every device agrees on what was skipped)."""

    seq: int
    cs_id: str
    device_id: str
    body_sha256: bytes
    cs: ChangeSetPlain | None
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class AuthorView:
    """Who wrote a change set, as the replica knows them at this point of the log:
    ``role`` is the author's ``users.role`` as replicated (None: unknown user/system)."""

    user_id: str | None
    device_id: str
    role: str | None
    active: bool


ReadRow = Callable[[str, Mapping[str, Any]], Mapping[str, Any] | None]


class ApplyPolicy(Protocol):
    """Authority at apply time (``sync/policy.py``, part policy): may this author make
    these row changes? Deterministic: it reads only the replica (``read_row``)."""

    def check(self, author: AuthorView, cs: ChangeSetPlain,
              read_row: ReadRow) -> Refusal | None: ...


@dataclass(slots=True)
class ApplyReport:
    """What one ``apply_pulled`` did."""

    applied: int = 0
    refused: int = 0
    conflicts: int = 0
    #: Our own change sets seen back from the log (they leave the outbox).
    confirmed: int = 0
    cursor: int = 0
    log_hash: bytes = b"\0" * 32
    #: Control change sets applied (device approved/removed, key rotation...), in seq
    #: order, for the session to act on.
    controls: list[PulledChangeSet] = field(default_factory=list)
    conflict_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SyncState:
    """The one row of ``sync_state`` and the outbox count."""

    server: str | None
    vault_id: str | None
    device_id: str | None
    cursor: int
    log_hash: bytes
    epoch: int
    last_sync: str | None
    last_error: str | None
    online: bool
    snapshot_seq: int
    pending: int
    capture: bool

