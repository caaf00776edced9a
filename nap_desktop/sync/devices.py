"""The team's devices as the log says (``sync_devices``), this device's secrets
(``sync_secrets``) and the :class:`TeamOpener` the session seals and opens with.

Trust comes from the signed log, never from the server's ``devices`` table: a device is
approved by a control change set an administrator's device signed, removed by another (the
founding device trusts itself: ``init`` writes its row; every other device starts from a
snapshot, whose directory came sealed under the team's key); its change sets must
follow each other (``dseq`` 1, 2, 3 …, each naming the hash of the one before). Every
device keeps this directory in the same transaction as the change set that moved it, so a
crash never leaves the chain and the cursor apart.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from nap_desktop.sync import keys as sync_keys_mod
from nap_desktop.sync import log_chain
from nap_desktop.sync.changeset import ChangeSetPlain, OutboxItem, PulledChangeSet, Refusal
from nap_desktop.sync.device_keys import DataKeyWrap, DeviceKeys, DevicePublic
from nap_desktop.sync.envelope import Header, open_change_set, parse_header, seal_change_set
from nap_desktop.sync.errors import ChangeSetInvalid, EnvelopeRefused

if TYPE_CHECKING:
    from nap_desktop.sync.server import LogRow

APPROVED, REMOVED = "approved", "removed"
CONTROL_APPROVE = "device-approved"
CONTROL_ROTATE = "key-rotation"



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
    #: The newest log position this device's change sets said they had seen.
    last_seen: int = 0


def load_devices(conn: Connection) -> dict[str, Device]:
    rows = conn.execute(text(
        "SELECT device_id, signing_key, box_key, user_id, state, approved_seq, removed_seq, "
        "last_dseq, last_hash, last_seen_seq FROM sync_devices")).all()
    return {r[0]: Device(r[0], bytes(r[1]), bytes(r[2]), r[3] or "", r[4], r[5] or 0, r[6],
                         r[7] or 0, bytes.fromhex(r[8] or ""), r[9] or 0) for r in rows}


def save_device(conn: Connection, d: Device) -> None:
    conn.execute(text(
        "INSERT OR REPLACE INTO sync_devices (device_id, signing_key, box_key, user_id, state, "
        "approved_seq, removed_seq, last_dseq, last_hash, last_seen_seq) VALUES (:i, :s, :b, "
        ":u, :st, :a, :r, :d, :h, :n)"), {
            "i": d.device_id, "s": d.signing_key, "b": d.box_key, "u": d.user_id,
            "st": d.state, "a": d.approved_seq, "r": d.removed_seq, "d": d.last_dseq,
            "h": d.last_hash.hex(), "n": d.last_seen})


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


# --- this device's keys inside the replica ----------------------------------------------

#: The device's private keys are kept wrapped under the data key of the epoch they were
#: stored in (``device_keys.DataKeyWrap``) in ``sync_secrets``; a rotation rewraps them.
DEVICE_SECRET = "device"  # noqa: S105 - a row name, not a secret


def store_device(conn: Connection, device: DeviceKeys, dek: bytes, epoch: int) -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix=".nap-device-") as tmp:
        path = Path(tmp) / "device.key"
        device.save(path, wrap_key=DataKeyWrap(bytes(dek), epoch))
        put_secret(conn, DEVICE_SECRET, path.read_bytes())
        put_secret(conn, "device-epoch", str(epoch).encode("ascii"))


def load_device(conn: Connection) -> DeviceKeys | None:
    import tempfile
    from pathlib import Path

    raw = get_secret(conn, DEVICE_SECRET)
    epoch_raw = get_secret(conn, "device-epoch")
    if raw is None or epoch_raw is None:
        return None
    epoch = int(epoch_raw.decode("ascii"))
    dek = epoch_keys(conn)[epoch]
    with tempfile.TemporaryDirectory(prefix=".nap-device-") as tmp:
        path = Path(tmp) / "device.key"
        path.write_bytes(raw)
        return DeviceKeys.load(path, wrap_key=DataKeyWrap(dek, epoch))


# --- the opener ------------------------------------------------------------------------


def public_of(d: Device) -> DevicePublic:
    """The public keys of a device of the directory."""
    return DevicePublic(d.device_id, d.signing_key, d.box_key)


_public = public_of


class TeamOpener:
    """Seals this device's change sets and opens the log's, keeping the device directory
    and the epoch keys in step with the apply (``on_applied`` runs inside each change
    set's transaction)."""

    def __init__(self, engine: Engine, *, vault_id: str, device: DeviceKeys) -> None:
        self.vault_id = vault_id
        self.device_id = device.device_id
        self.device = device
        with engine.connect() as conn:
            self.devices = load_devices(conn)
            self.deks = epoch_keys(conn)
            self.epoch = epoch_in_force(conn)
        self._sync_keys = {g: sync_keys_mod.sync_key(k, vault_id, g)
                           for g, k in self.deks.items()}
        #: Each opened row's moved device head and header, stored by ``on_applied`` in
        #: the change set's own transaction.
        self._effects: dict[int, tuple[Device, Header]] = {}

    # --- sealing ----------------------------------------------------------------------

    def chain_tip(self) -> tuple[int, bytes]:
        """Our last change set the log confirmed: its ``dseq`` and body hash."""
        me = self.devices.get(self.device_id)
        return (me.last_dseq, me.last_hash) if me else (0, b"")

    def seal(self, item: OutboxItem, *, dseq: int, prev: bytes,
             seen: tuple[int, bytes]) -> bytes:
        """Our change set, sealed under the epoch in force; a control change set that
        approves a device or rotates the key carries the data key sealed to the devices
        that may read on (the only thing in a header that is not public)."""
        return seal_change_set(
            item.cs.to_json(), vault_id=self.vault_id, device=self.device, dseq=dseq,
            prev=prev if dseq > 1 else b"", epoch=self.epoch,
            sync_key=self._sync_keys[self.epoch], seen=seen, seal=self._seals_for(item.cs))

    def _seals_for(self, cs: ChangeSetPlain) -> dict[str, bytes] | None:
        control = cs.control or {}
        kind = control.get("type")
        if kind == CONTROL_APPROVE:
            target = _pending_device(control)
            return {target.device_id: sync_keys_mod.seal_data_key(
                self.deks[self.epoch], to_box_key=target.box_key, vault_id=self.vault_id,
                device_id=target.device_id, epoch=self.epoch)}
        if kind == CONTROL_ROTATE:
            epoch = int(control["epoch"])
            gone = set(control.get("removed", []))
            staying = [_public(d) for d in self.devices.values()
                       if d.state == APPROVED and d.device_id not in gone]
            return sync_keys_mod.seal_to_devices(self.deks[epoch], staying,
                                                 vault_id=self.vault_id, epoch=epoch)
        return None

    # --- opening ----------------------------------------------------------------------

    def open(self, row: LogRow, hash_at: Callable[[int], bytes | None]) -> PulledChangeSet:
        """The row opened and checked, or refused (recorded alike on every device)."""
        body = bytes(row.body)
        digest = hashlib.sha256(body).digest()
        try:
            cs = self._check(row, body, hash_at)
        except (EnvelopeRefused, ChangeSetInvalid) as exc:
            code = getattr(exc, "code", "malformed")
            template = exc.translatable.template
            return PulledChangeSet(row.seq, str(row.id), str(row.device_id), digest, None,
                                   Refusal(code, str(template)))
        return PulledChangeSet(row.seq, str(row.id), str(row.device_id), digest, cs)

    def _check(self, row: LogRow, body: bytes,
               hash_at: Callable[[int], bytes | None]) -> ChangeSetPlain:
        header = parse_header(body)
        device = self.devices.get(header.device)
        if device is not None and device.state == REMOVED:
            from nap_desktop.sync.errors import REMOVED_DEVICE
            raise EnvelopeRefused(REMOVED_DEVICE)
        opened = open_change_set(
            body, vault_id=self.vault_id, expected_id=str(row.id),
            device_public=None if device is None else _public(device),
            sync_keys=self._sync_keys, min_epoch=self.epoch,
            row_device=str(row.device_id))
        assert device is not None
        head = log_chain.DeviceHead(device.last_dseq, device.last_hash, device.last_seen)
        moved = log_chain.verify_position(header, opened.body_hash, seq=row.seq, head=head,
                                          hash_at=hash_at)
        cs = ChangeSetPlain.from_json(opened.change_set)
        device = replace(device, last_dseq=moved.dseq, last_hash=moved.body_hash,
                         last_seen=moved.seen_seq)
        self.devices[device.device_id] = device
        self._effects[row.seq] = (device, header)
        return cs

    def _control_effects(self, seq: int, cs: ChangeSetPlain,
                         header: Header) -> list[tuple[str, Any]]:
        control = cs.control or {}
        kind = control.get("type")
        out: list[tuple[str, Any]] = []
        if kind == CONTROL_APPROVE:
            new = replace(_pending_device(control), approved_seq=seq)
            old = self.devices.get(new.device_id)
            if old is None or old.state != REMOVED:
                if old is not None:
                    new = replace(new, last_dseq=old.last_dseq, last_hash=old.last_hash,
                                  last_seen=old.last_seen)
                self.devices[new.device_id] = new
                out.append(("device", new))
        elif kind == CONTROL_ROTATE:
            for gone in control.get("removed", []):
                d = self.devices.get(gone)
                if d is not None:
                    d = replace(d, state=REMOVED, removed_seq=seq)
                    self.devices[gone] = d
                    out.append(("device", d))
            epoch = int(control["epoch"])
            try:
                opened = sync_keys_mod.open_rotation(
                    control, header.seal, device=self.device, vault_id=self.vault_id,
                    from_epoch=header.epoch) if self.device_id in header.seal else None
            except EnvelopeRefused:  # a seal that does not open: no key for us, as removed
                opened = None
            if opened is not None:
                if epoch not in self.deks:
                    self.deks[epoch] = bytes(opened.data_key)
                    self._sync_keys[epoch] = sync_keys_mod.sync_key(opened.data_key,
                                                                    self.vault_id, epoch)
                    out.append(("dek", (epoch, bytes(opened.data_key))))
                kept = sorted({slot.user_id for slot in opened.keyslots.slots})
                out.append(("keep", (epoch, kept)))
            if epoch > self.epoch and epoch in self.deks:
                self.epoch = epoch  # what we seal under from now on
                out.append(("epoch", epoch))
        return out

    def on_applied(self, conn: Connection, item: PulledChangeSet, applied: bool) -> None:
        """Inside the change set's transaction: the device's chain moves with every change
        set the envelope accepted (applied or refused by policy, alike everywhere); a
        control acts only when applied."""
        moved = self._effects.pop(item.seq, None)
        if moved is None:
            return
        device, header = moved
        save_device(conn, device)
        if not applied or item.cs is None or item.cs.control is None:
            return
        for kind, value in self._control_effects(item.seq, item.cs, header):
            if kind == "device":
                save_device(conn, value)
            elif kind == "dek":
                put_secret(conn, f"dek:{value[0]}", value[1])
            elif kind == "epoch":
                put_secret(conn, "epoch", str(value).encode("ascii"))
            elif kind == "keep":  # whose key slots stay (a removed user's go)
                put_secret(conn, f"keep:{value[0]}", ",".join(value[1]).encode("ascii"))

    def after_control(self, item: PulledChangeSet) -> None:
        """Nothing to do between batches: the effects went in with the change set."""


def _pending_device(control: dict[str, Any]) -> Device:
    """The device a control change set approves, from its own fields."""
    return Device(device_id=str(control["device_id"]),
                  signing_key=unb64(control["signing_key"]),
                  box_key=unb64(control["box_key"]), user_id=str(control.get("user_id", "")),
                  state=APPROVED, approved_seq=0, removed_seq=None, last_dseq=0,
                  last_hash=b"")
