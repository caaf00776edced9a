"""Authority at apply: may the author of a change set make every row change in it?

A change set that arrives from the team's server is signed by an approved device and by
its author's own key (envelope and ``user_sig``): that proves who made it, never that they
were allowed to, exactly as a partner's signed package proves who sent it
(``transfer/authority.py``). Every device rules each change set, in server order, with
the same rules the services apply (``sync/policy_rules.py``: one table, cross-checked
against the services by a test) and reads only its replica as it stands at that point of
the log: the same log gives every device the same verdicts. The author's role is the one
the *verified* signed grants give (``store/grant_chain.py``), never the ``users`` table.

A refused change set is skipped whole (never half-applied) and recorded with a code and a
message naming whose device it came from; a later change set that needed it (an edit of a
row it inserted) finds the row missing and is refused in turn ("missing-row"), or meets a
conflict, the same on every device. ``docs/sync-format.md``, "Authority at apply".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nap_desktop.domain.enums import Role
from nap_desktop.store.grant_chain import RECOVERY, Authority, verify_rows
from nap_desktop.store.signing import SIGNATURE_BYTES, unb64, verify
from nap_desktop.sync import tables
from nap_desktop.sync.changeset import AuthorView, ChangeSetPlain, ReadRow, Refusal, RowOp
from nap_desktop.sync.policy_checks import CHECKS
from nap_desktop.sync.policy_judged import Denied, Judged
from nap_desktop.sync.policy_messages import refusal
from nap_desktop.sync.policy_rules import (
    CONTROLS,
    IMPORT_ACTIONS,
    LOCAL_SETTINGS,
    LOCAL_TABLE_PREFIXES,
    LOCAL_TABLES,
    RULES,
    TableRule,
)
from nap_desktop.sync.rowops import to_db


class Policy:
    """The team's authority at apply (``sync.changeset.ApplyPolicy``)."""

    def __init__(self) -> None:
        self._grants = _GrantCache()

    def check(self, author: AuthorView, cs: ChangeSetPlain,
              read_row: ReadRow) -> Refusal | None:
        """None when every op of ``cs`` is one its author may make, else why not."""
        try:
            judged = self._judge(author, cs, read_row)
            for op in cs.ops:
                _check_op(judged, op)
                judged.lay(op)
            _check_whole(judged)
        except Denied as denied:
            return refusal(denied.code, who=_device_user_name(read_row, author.device_id),
                           **denied.args_)
        return None

    def authority(self, read_row: ReadRow) -> Authority:
        """The verified grants of the replica as it stands (cached while unchanged)."""
        return self._grants.get(read_row)

    def _judge(self, author: AuthorView, cs: ChangeSetPlain, read_row: ReadRow) -> Judged:
        authority = self.authority(read_row)
        if authority.legacy or authority.problems:
            raise Denied("grants-unverified")
        device = read_row("sync_devices", {"device_id": author.device_id})
        if cs.author is None:
            return _system(cs, read_row, authority, device, author.device_id)
        if device is not None or not _self_approval(cs, author.device_id):
            if device is None:
                raise Denied("device-unknown")
            if device.get("state") != "approved":
                raise Denied("device-removed")
            if device.get("user_id") != cs.author:
                raise Denied("wrong-author", author=_user_name(read_row, cs.author))
        grantee = authority.users.get(cs.author)
        if grantee is None:
            raise Denied("no-grant")
        if not grantee.active:
            raise Denied("user-removed")
        if not _user_sig_valid(cs, authority.keys_of(cs.author) | _recovery_keys(authority)):
            raise Denied("bad-user-sig")
        importing = _importing(cs)
        judged = Judged(cs=cs, read_row=read_row, authority=authority, grantee=grantee,
                        device_id=author.device_id, importing=importing)
        _check_control(judged)
        return judged


def _system(cs: ChangeSetPlain, read_row: ReadRow, authority: Authority,
            device: Mapping[str, Any] | None, device_id: str) -> Judged:
    """A change set without an author (writes a device made outside any user action, at
    unlock: the audit events of a restored backup, an accepted loss) holds nothing but
    audit events, each signed by the device's own user (events carry their own
    signatures; nothing else may travel without an author's)."""
    if device is None or device.get("state") != "approved" or cs.control is not None \
            or any(op.t != "audit_events" or op.op != "i" for op in cs.ops):
        raise Denied("no-author")
    grantee = authority.users.get(str(device.get("user_id")))
    if grantee is None or not grantee.active:
        raise Denied("user-removed")
    return Judged(cs=cs, read_row=read_row, authority=authority, grantee=grantee,
                  device_id=device_id, importing=False)


def _check_op(j: Judged, op: RowOp) -> None:
    rule = _rule(op)
    current = j.row(op.t, op.k)
    if op.op == "i":
        if current is not None and not rule.rekeyed and not (
                rule.same_again and _same(current, op)):
            raise Denied("duplicate-row", what=rule.what)
        _need(j, rule.insert, rule)
        _authored(j, rule, op)
    elif op.op == "u":
        if current is None:
            raise Denied("missing-row", what=rule.what)
        for column in op.new:
            if column not in rule.update:
                code = "append-only" if rule.append_only else rule.codes.get(column, "immutable")
                raise Denied(code, what=rule.what)
            _need(j, rule.update[column], rule)
    else:
        if current is None:
            raise Denied("missing-row", what=rule.what)
        if rule.delete is None:
            raise Denied("append-only" if rule.append_only else "no-delete", what=rule.what)
        _need(j, rule.delete, rule)
    if rule.check is not None:
        CHECKS[rule.check](j, op, current)


def _same(current: Mapping[str, Any], op: RowOp) -> bool:
    """Whether an insert repeats the row exactly (BLOBs compared as bytes)."""
    values = {**op.k, **op.new}
    incidental = tables.BY_NAME[op.t].incidental if op.t in tables.BY_NAME else frozenset()
    return set(values) == set(current) and all(
        to_db(values[c], isinstance(current[c], bytes)) == current[c]
        for c in values if c not in incidental)


def _check_whole(j: Judged) -> None:
    """Every change set that changes data carries its author's audit event."""
    if j.cs.ops and not any(op.t == "audit_events" for op in j.cs.ops) \
            and j.cs.part == (1, 1):
        raise Denied("no-audit")


def _rule(op: RowOp) -> TableRule:
    table = op.t
    if table in LOCAL_TABLES or table.startswith(LOCAL_TABLE_PREFIXES) or (
            table == "settings" and str(op.k.get("key", "")).startswith(LOCAL_SETTINGS)):
        raise Denied("local-table")
    rule = RULES.get(table)
    if rule is None:
        raise Denied("unknown-table")
    return rule


def _need(j: Judged, role: Role | None, rule: TableRule) -> None:
    if role is None:
        raise Denied("append-only", what=rule.what)
    if not j.at_least(role):
        raise Denied({Role.CASEWORKER: "needs-caseworker", Role.SUPERVISOR: "needs-supervisor",
                      Role.ADMIN: "needs-admin"}[role], what=rule.what)


def _authored(j: Judged, rule: TableRule, op: RowOp) -> None:
    """Author columns name the change set's author (a partner's record in an import:
    nobody of ours)."""
    for column in rule.author_columns:
        value = op.new.get(column)
        if value == j.author or (value is None and j.importing):
            continue
        raise Denied("not-author", what=rule.what)


def _check_control(j: Judged) -> None:
    control = j.cs.control
    if control is None:
        return
    kind = control.get("type")
    needed = CONTROLS.get(kind) if isinstance(kind, str) else None
    if needed is None:
        raise Denied("control-unknown")
    if not j.at_least(needed):
        raise Denied("control-admin")
    user = control.get("user_id")
    if kind == "device-approved" and user is not None:
        target = j.authority.users.get(str(user))
        if target is None or not target.active:
            raise Denied("approve-inactive")


def _importing(cs: ChangeSetPlain) -> bool:
    """Whether ``cs`` applies a partner's package (or keeps a partner's side of a
    conflict): its author's event says so and it records the package imported (or the
    conflict resolved), as ``services/transfer/imports.py`` does in the same transaction."""
    actions = {op.new.get("action") for op in cs.ops if op.t == "audit_events"}
    tables = {(op.t, op.op) for op in cs.ops}
    return bool(actions & IMPORT_ACTIONS) and (
        ("transfer_imported_packages", "i") in tables or ("transfer_conflicts", "u") in tables)


def _self_approval(cs: ChangeSetPlain, device_id: str) -> bool:
    """The team's first device (or an administrator's new one, never one known here, so
    never a removed one) approved by its own change set: its author must be an active
    administrator (checked with the control)."""
    control = cs.control or {}
    return control.get("type") == "device-approved" and control.get("device_id") == device_id


def _user_sig_valid(cs: ChangeSetPlain, keys: set[bytes]) -> bool:
    signature = unb64(cs.user_sig, SIGNATURE_BYTES) if cs.user_sig else None
    if signature is None:
        return False
    digest = cs.ops_digest()
    return any(verify(key, signature, digest) for key in keys)


def _recovery_keys(authority: Authority) -> set[bytes]:
    """A recovery-key session acts as the first administrator and signs with the
    recovery key (``services/authority.py``)."""
    return authority.keys_of(RECOVERY)


def _device_user_name(read_row: ReadRow, device_id: str) -> str:
    """Whose device, as a person reads it: the display name of the user it was approved
    for ("" when the device is unknown: the message then says so)."""
    device = read_row("sync_devices", {"device_id": device_id})
    return _user_name(read_row, device.get("user_id") if device else None)


def _user_name(read_row: ReadRow, user_id: object) -> str:
    user = read_row("users", {"id": user_id}) if isinstance(user_id, str) else None
    name = user.get("display_name") if user else None
    return str(name) if name else str(user_id or "")


class _GrantCache:
    """The verified grant chain of the replica, re-verified only when it changed (grants
    are only ever appended: the newest one and the absence of a next one are checked)."""

    def __init__(self) -> None:
        self._rows: list[tuple[int, str, str]] = []
        self._authority: Authority | None = None
        self._vault_id = ""

    def get(self, read_row: ReadRow) -> Authority:
        vault = read_row("settings", {"key": "vault_id"})
        vault_id = str(vault.get("value", "")) if vault else ""
        if self._authority is not None and vault_id == self._vault_id and self._same(read_row):
            return self._authority
        rows: list[tuple[int, str, str]] = []
        while (found := _grant_row(read_row, len(rows) + 1)) is not None:
            rows.append(found)
        self._rows, self._vault_id = rows, vault_id
        self._authority = verify_rows(rows, vault_id)
        return self._authority

    def _same(self, read_row: ReadRow) -> bool:
        n = len(self._rows)
        if _grant_row(read_row, n + 1) is not None:
            return False
        return n == 0 or _grant_row(read_row, n) == self._rows[-1]


def _grant_row(read_row: ReadRow, seq: int) -> tuple[int, str, str] | None:
    found = read_row("user_grants", {"seq": seq})
    if found is None:
        return None
    return seq, str(found.get("body", "")), str(found.get("signature", ""))
