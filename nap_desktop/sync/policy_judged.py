"""What the rules of ``sync/policy.py`` read about one change set being judged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.store.grant_chain import Authority, Grantee
from nap_desktop.sync.changeset import ChangeSetPlain, ReadRow, RowOp

Row = dict[str, Any]


class Denied(Exception):
    """One rule refused the change set (raised inside the checks, caught by ``check``)."""

    def __init__(self, code: str, **args: str) -> None:
        super().__init__(code)
        self.code = code
        self.args_ = args


@dataclass(slots=True)
class Judged:
    """What the rules read about one change set: its author as the grants say, the
    replica as it stands with this change set's earlier ops laid over it."""

    cs: ChangeSetPlain
    read_row: ReadRow
    authority: Authority
    grantee: Grantee
    device_id: str
    importing: bool  #: it applies a partner's package (``IMPORT_ACTIONS``)
    overlay: dict[tuple[str, str], Row | None] = field(default_factory=dict)
    #: The grant chain with this change set's earlier grants laid on (``_grant``).
    grant_work: Authority | None = None

    @property
    def author(self) -> str:
        return self.grantee.user_id

    @property
    def role(self) -> Role:
        return self.grantee.role

    def at_least(self, role: Role) -> bool:
        return role_at_least(self.role, role)

    def row(self, table: str, key: Mapping[str, Any]) -> Row | None:
        """The row as it stands before this op (earlier ops of this change set applied)."""
        ident = (table, _key_text(key))
        if ident in self.overlay:
            found = self.overlay[ident]
            return None if found is None else dict(found)
        stored = self.read_row(table, key)
        return None if stored is None else dict(stored)

    def lay(self, op: RowOp) -> None:
        """Lay ``op`` over the replica for the ops that follow it."""
        ident = (op.t, _key_text(op.k))
        if op.op == "d":
            self.overlay[ident] = None
        elif op.op == "i":
            self.overlay[ident] = {**op.k, **op.new}
        else:
            self.overlay[ident] = {**(self.row(op.t, op.k) or {}), **op.new}

    def ops(self, table: str) -> list[RowOp]:
        return [op for op in self.cs.ops if op.t == table]


def _key_text(key: Mapping[str, Any]) -> str:
    return repr(sorted(key.items()))
