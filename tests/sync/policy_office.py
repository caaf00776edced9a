"""A real team office for the policy tests, and what a hostile device needs to forge.

A real vault (SQLCipher, key slots, signed grants) with an administrator, a caseworker
(Ana Ruiz), a second caseworker (Bob Lee) and a supervisor (Sofia Diaz), each with their own
passphrase and signing key. Its audit log is in team mode (events signed over their
content). ``Replica`` is a device's copy of the synced tables as plain rows; ``capture``
runs a real service action and turns what it wrote into the row ops of a change set (the
way ``sync/capture.py`` journals them); ``forge`` signs any ops with a user's own key, as
a device holding that user's slot can. ``apply_log`` plays a log through the policy on a
replica, applying what it allows (a stand-in for ``sync/apply.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.signing import Signer, b64
from nap_desktop.store.types import utc_text
from nap_desktop.store.vault import Vault
from nap_desktop.sync import audit_chain
from nap_desktop.sync.changeset import AuthorView, ChangeSetPlain, Refusal, RowOp
from nap_desktop.sync.policy import Policy
from nap_desktop.sync.policy_rules import LOCAL_SETTINGS, LOCAL_TABLE_PREFIXES, LOCAL_TABLES
from nap_desktop.sync.rowops import to_json

TEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASES = {"admin": "lantern orchard pebble 41", "ana": "keeps her own words 7",
               "bob": "remembers this one 55", "sofia": "river window chalk 3"}
NAMES = {"admin": "Alex Admin", "ana": "Ana Ruiz", "bob": "Bob Lee", "sofia": "Sofia Diaz"}
ROLES = {"ana": "caseworker", "bob": "caseworker", "sofia": "supervisor"}
DEVICES = {name: f"{i:08d}-0000-4000-8000-000000000000" for i, name in
           enumerate(("admin", "ana", "bob", "sofia"), 1)}

Row = dict[str, Any]


@dataclass
class Office:
    path: Path
    ids: dict[str, str]
    signers: dict[str, Signer] = field(default_factory=dict)

    def unlock(self, name: str) -> Workspace:
        vault = Vault.open(self.path)
        try:
            return Workspace.unlock(vault, name, PASSPHRASES[name])
        except BaseException:
            vault.close()
            raise

    def devices(self) -> dict[str, Row]:
        """``sync_devices`` as the session keeps it: each device approved for its user."""
        return {DEVICES[n]: {"device_id": DEVICES[n], "user_id": self.ids[n],
                             "state": "approved"} for n in self.ids}


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setattr(kdf, "MIN_KDF", TEST_KDF)
    path = tmp_path / "vault"
    ws, _recovery = Workspace.create(
        path, agency_name="Casa Demo", agency_kind="victim_service_provider",
        admin_name="admin", admin_display_name=NAMES["admin"],
        passphrase=PASSPHRASES["admin"], kdf=TEST_KDF)
    ids = {"admin": ws.user.id if ws.user else ""}
    for name, role in ROLES.items():
        ids[name] = ws.users.add(name=name, display_name=NAMES[name], role=role,
                                 passphrase=PASSPHRASES[name]).id
    with ws.ctx.unit_of_work() as s:
        audit_chain.enable_team(s.connection())
    ws.close()
    office = Office(path=path, ids=ids)
    for name in ids:
        opened = office.unlock(name)
        signer = opened.unlocked.signer
        assert signer is not None
        office.signers[name] = signer
        opened.close()
    yield office


# --- a device's replica ------------------------------------------------------------


def _synced(table: str) -> bool:
    return table not in LOCAL_TABLES and not table.startswith(LOCAL_TABLE_PREFIXES) \
        and not table.startswith("sqlite_")


def _keys(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")) if _synced(r[0])]
        out = {}
        for table in tables:
            info = conn.execute(text(f"PRAGMA table_info('{table}')")).all()
            out[table] = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        return out


@dataclass
class Replica:
    """The synced tables of one device, row by row (key: canonical key tuple)."""

    tables: dict[str, dict[tuple[Any, ...], Row]]
    keys: dict[str, list[str]]
    devices: dict[str, Row]

    @classmethod
    def of(cls, engine: Engine, devices: Mapping[str, Row]) -> Replica:
        keys = _keys(engine)
        tables: dict[str, dict[tuple[Any, ...], Row]] = {}
        with engine.connect() as conn:
            for table, pk in keys.items():
                rows = conn.execute(text(f'SELECT * FROM "{table}"')).mappings().all()
                tables[table] = {tuple(r[c] for c in pk): dict(r) for r in rows
                                 if table != "settings" or _shared_setting(r["key"])}
        return cls(tables=tables, keys={**keys, "audit_events": ["signature"]},
                   devices=dict(devices))

    def read_row(self, table: str, key: Mapping[str, Any]) -> Mapping[str, Any] | None:
        if table == "sync_devices":
            return self.devices.get(str(key.get("device_id")))
        if table == "audit_events" and "signature" in key:
            return next((r for r in self.tables["audit_events"].values()
                         if r["signature"] == key["signature"]), None)
        pk = self.keys.get(table)
        if pk is None or set(key) != set(pk):
            return None
        return self.tables.get(table, {}).get(tuple(key[c] for c in pk))

    def apply(self, cs: ChangeSetPlain) -> None:
        for op in cs.ops:
            rows = self.tables.setdefault(op.t, {})
            if op.t == "audit_events":
                rows[(len(rows) + 10**9,)] = dict(op.new)
                continue
            ident = tuple(op.k[c] for c in self.keys[op.t])
            if op.op == "d":
                del rows[ident]
            elif op.op == "i":
                rows[ident] = {**op.k, **op.new}
            else:
                rows[ident] = {**rows[ident], **op.new}

    def copy(self) -> Replica:
        return Replica(tables={t: {k: dict(r) for k, r in rows.items()}
                               for t, rows in self.tables.items()},
                       keys=dict(self.keys), devices={k: dict(v) for k, v in
                                                      self.devices.items()})


def _shared_setting(key: str) -> bool:
    return not key.startswith(LOCAL_SETTINGS)


def diff(before: Replica, after: Replica) -> list[RowOp]:
    """The row ops that turn ``before`` into ``after`` (audit events as appended)."""
    ops: list[RowOp] = []
    for table, rows in after.tables.items():
        old_rows = before.tables.get(table, {})
        pk = after.keys[table] if table != "audit_events" else ["seq"]
        for ident, row in rows.items():
            old = old_rows.get(ident)
            if table == "audit_events":
                if old is None:
                    new = {c: row[c] for c in audit_chain.CONTENT_COLUMNS}
                    ops.append(RowOp(t=table, k={"signature": row["signature"]}, op="i",
                                     base=None, new=new))
                continue
            key = {c: row[c] for c in pk}
            if old is None:
                ops.append(RowOp(t=table, k=key, op="i", base=None,
                                 new={c: to_json(v) for c, v in row.items() if c not in pk}))
            elif old != row:
                changed = [c for c in row if row[c] != old.get(c)]
                ops.append(RowOp(t=table, k=key, op="u", base=None,
                                 old={c: old.get(c) for c in changed},
                                 new={c: row[c] for c in changed}))
        for ident, row in old_rows.items():
            if ident not in rows and table != "audit_events":
                ops.append(RowOp(t=table, k={c: row[c] for c in pk}, op="d", base=None,
                                 old=dict(row)))
    return ops


# --- change sets ------------------------------------------------------------------------


def forge(office: Office, name: str, ops: Sequence[RowOp], *, author: str | None = None,
          control: dict[str, Any] | None = None, at: datetime | None = None,
          signer_name: str | None = None) -> ChangeSetPlain:
    """A change set by ``author`` (default: ``name``'s user) signed with ``name``'s own
    slot key (or ``signer_name``'s), as that user's device makes one."""
    cs = ChangeSetPlain(id=str(uuid.uuid4()), author=author or office.ids[name],
                        at=utc_text(at or datetime.now(UTC)), ops=tuple(ops),
                        control=control)
    signer = office.signers[signer_name or name]
    signed = ChangeSetPlain(**{**_fields(cs), "user_sig": b64(signer.sign(cs.ops_digest()))})
    return signed


def _fields(cs: ChangeSetPlain) -> dict[str, Any]:
    return {f: getattr(cs, f) for f in ("id", "author", "at", "ops", "user_sig", "control",
                                         "schema", "part", "v")}


def event(office: Office, name: str, action: str, *, record_type: str = "",
          record_id: str | None = None, detail: str = "",
          at: datetime | None = None) -> RowOp:
    """``name``'s own audit event, content-signed with their key."""
    at_text = utc_text(at or datetime.now(UTC))
    user_id = office.ids[name]
    signature = audit_chain.sign_content(office.signers[name], at_text, user_id, action,
                                         record_type, record_id, detail)
    new = {"at": at_text, "user_id": user_id, "action": action, "record_type": record_type,
           "record_id": record_id, "detail": detail, "signer": user_id,
           "signature": signature}
    return RowOp(t="audit_events", k={"signature": signature}, op="i", base=None, new=new)


def capture(office: Office, name: str, action: Callable[[Workspace], object]) -> ChangeSetPlain:
    """Run a real service action as ``name`` and return it as ``name``'s change set."""
    ws = office.unlock(name)
    try:
        before = Replica.of(ws.unlocked.engine, office.devices())
        action(ws)
        # asked again: removing a user rotates the data key and replaces the engine
        after = Replica.of(ws.unlocked.engine, office.devices())
    finally:
        ws.close()
    return forge(office, name, diff(before, after))


def replica(office: Office) -> Replica:
    ws = office.unlock("admin")
    try:
        return Replica.of(ws.unlocked.engine, office.devices())
    finally:
        ws.close()


def judge(office: Office, rep: Replica, cs: ChangeSetPlain, device: str,
          policy: Policy | None = None) -> Refusal | None:
    author = AuthorView(user_id=cs.author, device_id=DEVICES[device], role=None, active=True)
    return (policy or Policy()).check(author, cs, rep.read_row)


def apply_log(office: Office, rep: Replica,
              log: Sequence[tuple[str, ChangeSetPlain]]) -> list[Refusal | None]:
    """Play ``log`` ((sending device, change set) in server order) on ``rep``: each change
    set the policy allows is applied whole, a refused one not at all."""
    policy, verdicts = Policy(), []
    for device, cs in log:
        verdict = judge(office, rep, cs, device, policy)
        if verdict is None:
            rep.apply(cs)
        verdicts.append(verdict)
    return verdicts
