"""Test kit for the envelope: honest devices and a reference reader (open, chain, log hash),
and a forge that builds bodies by hand, signed with a device's VALID key, for hostile tests."""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from nap_desktop.sync import canonical, envelope, keys, log_chain
from nap_desktop.sync.device_keys import DeviceKeys, DevicePublic
from nap_desktop.sync.envelope import OpenedChangeSet
from nap_desktop.sync.errors import EnvelopeRefused


def change_set(**extra: Any) -> dict[str, Any]:
    """A plaintext change set as capture makes them (the shape does not matter here)."""
    return {"v": 1, "schema": "0017", "id": str(uuid.uuid4()), "author": str(uuid.uuid4()),
            "at": "2026-12-07T16:00:00Z",
            "ops": [{"t": "referrals", "k": {"id": str(uuid.uuid4())}, "op": "u", "base": None,
                     "old": {"status": "open"}, "new": {"status": "closed"}}],
            "user_sig": "c2ln", "control": None} | extra


@dataclass
class Reader:
    """What every device does with the log: open, check the chain, keep H(n)."""

    vault_id: str
    devices: dict[str, DevicePublic]
    sync_keys: dict[int, bytes]
    me: DeviceKeys | None = None
    heads: dict[str, log_chain.DeviceHead] = field(default_factory=dict)
    hashes: list[bytes] = field(default_factory=lambda: [log_chain.GENESIS])
    refused: list[tuple[int, str]] = field(default_factory=list)
    accepted: list[OpenedChangeSet] = field(default_factory=list)

    @property
    def seq(self) -> int:
        return len(self.hashes) - 1

    @property
    def seen(self) -> tuple[int, bytes]:
        return self.seq, self.hashes[-1]

    def _hash_at(self, n: int) -> bytes | None:
        return self.hashes[n] if n < len(self.hashes) else None

    def apply(self, cs_id: str, row_device: str, body: bytes) -> str | None:
        """Apply the next log row; the refusal code, or None if accepted. H always moves."""
        seq = self.seq + 1
        try:
            self._accept(seq, cs_id, row_device, body)
            code = None
        except EnvelopeRefused as exc:
            self.refused.append((seq, exc.code))
            code = exc.code
        self.hashes.append(log_chain.log_hash(self.hashes[-1], seq, cs_id, body))
        return code

    def _accept(self, seq: int, cs_id: str, row_device: str, body: bytes) -> None:
        header = envelope.parse_header(body)
        opened = envelope.open_change_set(
            body, vault_id=self.vault_id, expected_id=cs_id,
            device_public=self.devices.get(header.device), sync_keys=self.sync_keys,
            row_device=row_device)
        head = log_chain.verify_position(opened.header, opened.body_hash, seq=seq,
                                         head=self.heads.get(header.device),
                                         hash_at=self._hash_at)
        control = opened.change_set.get("control")
        if isinstance(control, dict) and control.get("type") == keys.ROTATION_TYPE:
            for gone in control["removed"]:
                self.devices.pop(gone, None)
            if self.me is not None and self.me.device_id in self.devices:
                rot = keys.open_rotation(control, opened.header.seal, device=self.me,
                                         vault_id=self.vault_id, from_epoch=opened.header.epoch)
                self.sync_keys[rot.epoch] = keys.sync_key(rot.data_key, self.vault_id, rot.epoch)
        self.heads[header.device] = head
        self.accepted.append(opened)


@dataclass
class Device:
    """An honest device: its keys, its own chain, and its own reader of the log."""

    keys: DeviceKeys
    reader: Reader
    dseq: int = 0
    prev: bytes = b""

    def write(self, cs: dict[str, Any] | None = None, *,
              seal: Mapping[str, bytes] | None = None) -> tuple[str, str, bytes]:
        cs = cs or change_set()
        epoch = max(self.reader.sync_keys)
        body = envelope.seal_change_set(
            cs, vault_id=self.reader.vault_id, device=self.keys, dseq=self.dseq + 1,
            prev=self.prev, epoch=epoch, sync_key=self.reader.sync_keys[epoch],
            seen=self.reader.seen, seal=seal)
        self.dseq, self.prev = self.dseq + 1, envelope.body_hash(body)
        return cs["id"], self.keys.device_id, body


class Team:
    """A vault shared by ``n`` approved devices, all at epoch 1."""

    def __init__(self, n: int = 3) -> None:
        self.vault_id = str(uuid.uuid4())
        self.dek = secrets.token_bytes(32)
        self.keys = [DeviceKeys.generate(self.vault_id) for _ in range(n)]
        publics = {k.device_id: k.public() for k in self.keys}
        sk = keys.sync_key(self.dek, self.vault_id, 1)
        self.devices = [Device(k, Reader(self.vault_id, dict(publics), {1: sk}, me=k))
                        for k in self.keys]
        self.log: list[tuple[str, str, bytes]] = []

    def push(self, row: tuple[str, str, bytes]) -> None:
        """The server appends a row; every device pulls it."""
        self.log.append(row)
        for d in self.devices:
            d.reader.apply(*row)

    def reader(self) -> Reader:
        """A fresh reader that knows the approved devices and epoch 1."""
        publics = {k.device_id: k.public() for k in self.keys}
        return Reader(self.vault_id, publics, {1: keys.sync_key(self.dek, self.vault_id, 1)})


def forge(signer: DeviceKeys, *, header: Mapping[str, Any] | bytes, plain: bytes | None = None,
          sync_key: bytes, aad: bytes | None = None, raw_plain: bytes | None = None) -> bytes:
    """A body built by hand and signed with ``signer``'s valid key: ``header`` as a JSON
    object (encoded canonically) or exact bytes; ``plain`` zlib-compressed (``raw_plain``
    used as is); ``aad`` defaults to the header bytes."""
    hb = header if isinstance(header, bytes) else canonical.encode(dict(header))
    packed = raw_plain if raw_plain is not None else zlib.compress(plain or b"{}")
    nonce = os.urandom(12)
    ct = nonce + AESGCM(sync_key).encrypt(nonce, packed, hb if aad is None else aad)
    unsigned = envelope.MAGIC + bytes([envelope.VERSION]) + struct.pack(">I", len(hb)) + hb \
        + struct.pack(">I", len(ct)) + ct
    return unsigned + signer.sign(envelope.SIGN_DOMAIN + hashlib.sha256(unsigned).digest())


def header_of(body: bytes) -> dict[str, Any]:
    """The header of ``body`` as a JSON object, to edit and forge again."""
    value = canonical.decode(envelope.parse_header(body).raw, limit=1 << 20)
    assert isinstance(value, dict)
    return value
