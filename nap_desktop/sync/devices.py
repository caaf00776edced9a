"""The team's devices as the log says (``sync_devices``), this device's secrets
(``sync_secrets``) and the :class:`TeamOpener` the session seals and opens with.

Trust comes from the signed log, never from the server's ``devices`` table: a device is
approved by a control change set an administrator's device signed (the first change set of
a vault approves the device that founded it), removed by another; its change sets must
follow each other (``dseq`` 1, 2, 3 …, each naming the hash of the one before). Every
device keeps this directory in the same transaction as the change set that moved it, so a
crash never leaves the chain and the cursor apart.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from nap_desktop.domain.messages import N_
from nap_desktop.sync import envelope as env
from nap_desktop.sync.changeset import ChangeSetPlain, OutboxItem, PulledChangeSet, Refusal

if TYPE_CHECKING:
    from nap_desktop.sync.server import LogRow

APPROVED, REMOVED = "approved", "removed"
CONTROL_APPROVE = "device-approved"
CONTROL_ROTATE = "key-rotation"

REMOVED_DEVICE = N_("A change from a device that was removed from the team was ignored.")
UNKNOWN_DEVICE = N_("A change from a device that was never approved was ignored.")
CHAIN_BROKEN = N_("A change that does not follow its device's previous change (dropped, "
                  "replayed or reordered by the server) was ignored.")


@dataclass(frozen=True, slots=True)
class Device:
    """One row of ``sync_devices``."""

    device_id: str
    signing_key: bytes
    box_key: bytes
    user_id: str
    state: str
    approved_seq: int
    removed_seq: int | None
    last_dseq: int
    last_hash: bytes


def load_devices(conn: Connection) -> dict[str, Device]:
    rows = conn.execute(text(
        "SELECT device_id, signing_key, box_key, user_id, state, approved_seq, removed_seq, "
        "last_dseq, last_hash FROM sync_devices")).all()
    return {r[0]: Device(r[0], bytes(r[1]), bytes(r[2]), r[3] or "", r[4], r[5] or 0, r[6],
                         r[7] or 0, bytes(r[8] or b"")) for r in rows}


def save_device(conn: Connection, d: Device) -> None:
    conn.execute(text(
        "INSERT OR REPLACE INTO sync_devices (device_id, signing_key, box_key, user_id, state, "
        "approved_seq, removed_seq, last_dseq, last_hash) VALUES (:i, :s, :b, :u, :st, :a, "
        ":r, :d, :h)"), {"i": d.device_id, "s": d.signing_key, "b": d.box_key,
                         "u": d.user_id, "st": d.state, "a": d.approved_seq,
                         "r": d.removed_seq, "d": d.last_dseq, "h": d.last_hash})


# --- secrets inside the replica (rekeyed with it) ------------------------------------


def get_secret(conn: Connection, name: str) -> bytes | None:
    row = conn.execute(text("SELECT value FROM sync_secrets WHERE name = :n"),
                       {"n": name}).first()
    return None if row is None else bytes(row[0])


def put_secret(conn: Connection, name: str, value: bytes) -> None:
    conn.execute(text("INSERT OR REPLACE INTO sync_secrets (name, value) VALUES (:n, :v)"),
                 {"n": name, "v": value})


def epoch_keys(conn: Connection) -> dict[int, bytes]:
    """The data key of every epoch this device knows, by epoch."""
    rows = conn.execute(text("SELECT name, value FROM sync_secrets WHERE name LIKE 'dek:%'"))
    return {int(name.split(":", 1)[1]): bytes(value) for name, value in rows}


def epoch_keys_of(engine: Engine) -> dict[int, bytes]:
    with engine.connect() as conn:
        return epoch_keys(conn)


def epoch_in_force(conn: Connection) -> int:
    """The epoch the log is at (the newest rotation applied here)."""
    raw = get_secret(conn, "epoch")
    return int(raw.decode("ascii")) if raw else 0


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value, validate=True)


# --- the opener ------------------------------------------------------------------------


class TeamOpener:
    """Seals this device's change sets and opens the log's, keeping the device directory
    and the epoch keys in step with the apply (``on_applied`` runs inside each change
    set's transaction)."""

    def __init__(self, engine: Engine, *, vault_id: str, device: env.DeviceKeys,
                 device_id: str) -> None:
        self.vault_id = vault_id
        self.device_id = device_id
        self.device = device
        with engine.connect() as conn:
            self.devices = load_devices(conn)
            self.deks = epoch_keys(conn)
            self.epoch = epoch_in_force(conn)
        self._sync_keys = {g: env.sync_key(k, vault_id, g) for g, k in self.deks.items()}
        #: What each opened row changes in the directory or the keys, applied by
        #: ``on_applied`` in the change set's own transaction.
        self._effects: dict[int, list[tuple[str, Any]]] = {}

    # --- sealing ----------------------------------------------------------------------

    def chain_tip(self) -> tuple[int, bytes]:
        """Our last change set the log confirmed: its ``dseq`` and body hash."""
        me = self.devices.get(self.device_id)
        return (me.last_dseq, me.last_hash) if me else (0, b"")

    def seal(self, item: OutboxItem, *, dseq: int, prev: bytes,
             seen: tuple[int, bytes]) -> bytes:
        """Our change set, sealed under the newest epoch; a control change set that
        approves a device or rotates the key carries the data key sealed to the devices
        that may read on (the only thing in a header that is not public)."""
        return env.seal_change_set(
            item.cs, vault_id=self.vault_id, device=self.device, dseq=dseq,
            prev=prev.hex() if dseq > 1 else "", epoch=self.epoch,
            sync_key=self._sync_keys[self.epoch], seen=seen, seal=self._seals_for(item.cs))

    def _seals_for(self, cs: ChangeSetPlain) -> dict[str, str] | None:
        control = cs.control or {}
        kind = control.get("type")
        if kind == CONTROL_APPROVE:
            target = self.devices.get(control["device"]) or _pending_device(control)
            epoch = self.epoch
            return {target.device_id: b64(env.seal_data_key(
                self.deks[epoch], to_box_key=target.box_key, vault_id=self.vault_id,
                device_id=target.device_id, epoch=epoch))}
        if kind == CONTROL_ROTATE:
            epoch = int(control["epoch"])
            dek = self.deks[epoch]
            gone = set(control.get("remove_devices", []))
            return {d.device_id: b64(env.seal_data_key(
                dek, to_box_key=d.box_key, vault_id=self.vault_id, device_id=d.device_id,
                epoch=epoch)) for d in self.devices.values()
                if d.state == APPROVED and d.device_id not in gone}
        return None

    # --- opening ----------------------------------------------------------------------

    def seen_by_author(self, row: LogRow) -> tuple[int, bytes] | None:
        try:
            header = env.parse_header(bytes(row.body))
        except env.EnvelopeRefused:
            return None
        return header.seen

    def open(self, row: LogRow) -> PulledChangeSet:
        body = bytes(row.body)
        digest = hashlib.sha256(body).digest()
        refused = self._check(row, body)
        if isinstance(refused, Refusal):
            return PulledChangeSet(row.seq, str(row.id), str(row.device_id), digest, None,
                                   refused)
        return PulledChangeSet(row.seq, str(row.id), str(row.device_id), digest, refused)

    def _check(self, row: LogRow, body: bytes) -> ChangeSetPlain | Refusal:
        try:
            header = env.parse_header(body)
        except env.EnvelopeRefused as exc:
            return Refusal(exc.code, exc.message)
        device = self.devices.get(header.device)
        genesis = device is None and row.seq == 1 and not self.devices
        if device is None and not genesis:
            return Refusal("unknown-device", UNKNOWN_DEVICE)
        if device is not None and device.state == REMOVED:
            return Refusal("removed-device", REMOVED_DEVICE)
        public = (env.DevicePublic(signing_key=device.signing_key, box_key=device.box_key)
                  if device is not None else None)
        try:
            opened = env.open_change_set(
                body, vault_id=self.vault_id, expected_id=str(row.id),
                device_public=public, sync_keys=self._sync_keys)
        except env.EnvelopeRefused as exc:
            return Refusal(exc.code, exc.message)
        cs = opened.cs
        if genesis:
            device = self._genesis(row, cs, header)
            if device is None:
                return Refusal("unknown-device", UNKNOWN_DEVICE)
        assert device is not None
        if header.dseq != device.last_dseq + 1 or (
                header.dseq > 1 and header.prev != device.last_hash.hex()):
            return Refusal("device-gap", CHAIN_BROKEN)
        moved = replace(device, last_dseq=header.dseq, last_hash=hashlib.sha256(body).digest())
        self.devices[moved.device_id] = moved
        effects: list[tuple[str, Any]] = [("device", moved)]
        effects += self._control_effects(row.seq, cs, header)
        self._effects[row.seq] = effects
        return cs

    def _genesis(self, row: LogRow, cs: ChangeSetPlain, header: env.Header) -> Device | None:
        """The first change set of a vault approves the device that wrote it."""
        control = cs.control or {}
        if control.get("type") != CONTROL_APPROVE or control.get("device") != header.device:
            return None
        device = _pending_device(control)
        return replace(device, approved_seq=row.seq)

    def _control_effects(self, seq: int, cs: ChangeSetPlain,
                         header: env.Header) -> list[tuple[str, Any]]:
        control = cs.control or {}
        kind = control.get("type")
        out: list[tuple[str, Any]] = []
        if kind == CONTROL_APPROVE:
            new = replace(_pending_device(control), approved_seq=seq)
            old = self.devices.get(new.device_id)
            if old is None or old.state != REMOVED:
                new = replace(new, last_dseq=old.last_dseq if old else 0,
                              last_hash=old.last_hash if old else b"")
                self.devices[new.device_id] = new
                out.append(("device", new))
        elif kind == CONTROL_ROTATE:
            for gone in control.get("remove_devices", []):
                d = self.devices.get(gone)
                if d is not None:
                    d = replace(d, state=REMOVED, removed_seq=seq)
                    self.devices[gone] = d
                    out.append(("device", d))
            sealed = (header.seal or {}).get(self.device_id)
            epoch = int(control["epoch"])
            if sealed is not None and epoch not in self.deks:
                dek = env.open_data_key(unb64(sealed), device=self.device,
                                        vault_id=self.vault_id, device_id=self.device_id,
                                        epoch=epoch)
                self.deks[epoch] = dek
                self._sync_keys[epoch] = env.sync_key(dek, self.vault_id, epoch)
                out.append(("dek", (epoch, dek)))
            if epoch > self.epoch and epoch in self.deks:
                self.epoch = epoch  # what we seal under from now on
                out.append(("epoch", epoch))
        return out

    def on_applied(self, conn: Connection, item: PulledChangeSet) -> None:
        """Inside the change set's transaction: persist what opening it changed."""
        for kind, value in self._effects.pop(item.seq, []):
            if kind == "device":
                save_device(conn, value)
            elif kind == "dek":
                put_secret(conn, f"dek:{value[0]}", value[1])
            elif kind == "epoch":
                put_secret(conn, "epoch", str(value).encode("ascii"))

    def after_control(self, item: PulledChangeSet) -> None:
        """Nothing to do between batches: the effects went in with the change set."""


def _pending_device(control: dict[str, Any]) -> Device:
    """The device a control change set approves, from its own fields."""
    return Device(device_id=str(control["device"]),
                  signing_key=unb64(control["signing_key"]),
                  box_key=unb64(control["box_key"]), user_id=str(control.get("user", "")),
                  state=APPROVED, approved_seq=0, removed_seq=None, last_dseq=0,
                  last_hash=b"")
