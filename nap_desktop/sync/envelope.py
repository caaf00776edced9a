"""The bytes of one change set on the server (``change_sets.body``): sealed and signed on the
desktop, opened and checked on every reader. The server sees sizes and ids, never content.

Layout (all integers big-endian)::

    "NAPS" | version (1 byte, = 1) | header length (4) | header | ciphertext length (4)
           | nonce (12) || AES-256-GCM ciphertext and tag | Ed25519 signature (64)

* header: canonical JSON (``sync/canonical.py``), exactly the fields of :class:`Header`;
* ciphertext: AES-256-GCM under the sync key of ``epoch``, AAD = the header bytes; the
  plaintext is zlib of the canonical JSON change set, whose ``id`` must be the header's;
* signature: by the device's Ed25519 key over ``"nap sync cs v1\\0" || SHA256(everything
  before the signature)`` (lengths included, so no two splits of a body sign alike).

Caps are checked before anything is allocated or parsed: body <= 8 MiB, header <= 4 KiB plus
1,600 bytes per sealed key (at most 128), decompressed plaintext <= 32 MiB. Every failure is
an :class:`EnvelopeRefused` with a reason code; nothing else escapes.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import struct
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from nap_desktop.sync import canonical
from nap_desktop.sync.device_keys import DeviceKeys, DevicePublic
from nap_desktop.sync.errors import (
    BAD_SIGNATURE,
    MALFORMED,
    NO_KEY,
    STALE_EPOCH,
    TOO_LARGE,
    TOO_NEW,
    UNKNOWN_DEVICE,
    WRONG_ID,
    WRONG_VAULT,
    EnvelopeRefused,
)
from nap_desktop.sync.keys import SEALED_KEY_BYTES

MAGIC = b"NAPS"
VERSION = 1
FORMAT = "nap-sync"
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_HEADER_BYTES = 4 * 1024
SEAL_HEADER_BYTES = 1600
MAX_SEALS = 128
MAX_PLAIN_BYTES = 32 * 1024 * 1024
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
TAG_BYTES = 16
SIGN_DOMAIN = b"nap sync cs v1\x00"
KINDS = ("data", "control")
_PREFIX = len(MAGIC) + 1 + 4
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEADER_KEYS = {"format", "v", "vault", "id", "device", "dseq", "prev", "epoch", "seen", "kind"}

#: A change set's plaintext: a JSON object (its shape belongs to ``sync/capture.py``).
ChangeSetPlain = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Header:
    """The clear part of a change set (signed, and the AEAD's associated data)."""

    vault: str
    id: str
    device: str
    dseq: int
    prev: bytes           # SHA-256 of the device's previous body; b"" for dseq 1
    epoch: int
    seen_seq: int         # the last seq its author had applied …
    seen_hash: bytes      # … and its log hash H(seen_seq)
    kind: str             # "data" | "control"
    seal: Mapping[str, bytes] = field(default_factory=dict)  # device id -> sealed data key
    raw: bytes = b""      # the header bytes as framed


@dataclass(frozen=True, slots=True)
class OpenedChangeSet:
    header: Header
    change_set: dict[str, Any] = field(repr=False)
    body_hash: bytes      # SHA-256 of the whole body: the next change set's ``prev``


def body_hash(body: bytes) -> bytes:
    """SHA-256 of a body: what the device's next change set names as ``prev``."""
    return hashlib.sha256(body).digest()


def _header_json(h: Header) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT, "v": VERSION, "vault": h.vault, "id": h.id, "device": h.device,
        "dseq": h.dseq, "prev": h.prev.hex(), "epoch": h.epoch,
        "seen": [h.seen_seq, h.seen_hash.hex()], "kind": h.kind}
    if h.seal:
        doc["seal"] = {k: base64.b64encode(v).decode("ascii") for k, v in h.seal.items()}
    return doc


def _header_cap(seals: int) -> int:
    return MAX_HEADER_BYTES + SEAL_HEADER_BYTES * seals


def seal_change_set(cs: ChangeSetPlain, *, vault_id: str, device: DeviceKeys, dseq: int,
                    prev: bytes, epoch: int, sync_key: bytes, seen: tuple[int, bytes],
                    seal: Mapping[str, bytes] | None = None) -> bytes:
    """Encrypt and sign one change set. ``kind`` is ``control`` when ``cs["control"]`` is set.
    ValueError for a caller's mistake; ``too-large`` if it exceeds the caps (split it)."""
    header = Header(vault=vault_id, id=str(cs.get("id")), device=device.device_id, dseq=dseq,
                    prev=prev, epoch=epoch, seen_seq=seen[0], seen_hash=seen[1],
                    kind="control" if cs.get("control") else "data", seal=dict(seal or {}))
    raw = canonical.encode(_header_json(header))
    try:  # we never write a header we would refuse to read
        _check_header(canonical.decode(raw, limit=_header_cap(MAX_SEALS)))
    except EnvelopeRefused:
        raise ValueError("change-set header fields out of range") from None
    plain = canonical.encode(dict(cs))
    if len(raw) > _header_cap(len(header.seal)) or len(plain) > MAX_PLAIN_BYTES:
        raise EnvelopeRefused(TOO_LARGE)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ct = nonce + AESGCM(sync_key).encrypt(nonce, zlib.compress(plain, 6), raw)
    unsigned = MAGIC + bytes([VERSION]) + struct.pack(">I", len(raw)) + raw \
        + struct.pack(">I", len(ct)) + ct
    if len(unsigned) + SIGNATURE_BYTES > MAX_BODY_BYTES:
        raise EnvelopeRefused(TOO_LARGE)
    return unsigned + device.sign(SIGN_DOMAIN + hashlib.sha256(unsigned).digest())


@dataclass(frozen=True, slots=True)
class _Frame:
    header: bytes
    ciphertext: bytes
    signed: bytes
    signature: bytes


def _frame(body: bytes) -> _Frame:
    """Split a body by its lengths; every length is checked before it is used."""
    if len(body) > MAX_BODY_BYTES:
        raise EnvelopeRefused(TOO_LARGE)
    if len(body) < _PREFIX or body[:4] != MAGIC:
        raise EnvelopeRefused(MALFORMED)
    if body[4] != VERSION:
        raise EnvelopeRefused(TOO_NEW if body[4] > VERSION else MALFORMED)
    (hlen,) = struct.unpack_from(">I", body, 5)
    if hlen > _header_cap(MAX_SEALS):
        raise EnvelopeRefused(TOO_LARGE)
    at = _PREFIX + hlen
    if len(body) < at + 4:
        raise EnvelopeRefused(MALFORMED)
    (clen,) = struct.unpack_from(">I", body, at)
    if clen < NONCE_BYTES + TAG_BYTES or len(body) != at + 4 + clen + SIGNATURE_BYTES:
        raise EnvelopeRefused(MALFORMED)
    end = at + 4 + clen
    return _Frame(body[_PREFIX:at], body[at + 4:end], body[:end], body[end:])


def _uuid(value: Any) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise EnvelopeRefused(MALFORMED)


def _int(value: Any, low: int) -> int:
    if type(value) is not int or not low <= value <= canonical.MAX_INT:
        raise EnvelopeRefused(MALFORMED)
    return value


def _hex(value: Any, *, empty: bool = False) -> bytes:
    if empty and value == "":
        return b""
    if not isinstance(value, str) or _HEX64.fullmatch(value) is None:
        raise EnvelopeRefused(MALFORMED)
    return bytes.fromhex(value)


def _seal(value: Any) -> dict[str, bytes]:
    if not isinstance(value, dict) or not 1 <= len(value) <= MAX_SEALS:
        raise EnvelopeRefused(MALFORMED)
    out = {}
    for device_id, text in value.items():
        if not isinstance(text, str) or len(text) > 4 * SEALED_KEY_BYTES:
            raise EnvelopeRefused(MALFORMED)
        try:
            raw = base64.b64decode(text, validate=True)
        except ValueError:
            raise EnvelopeRefused(MALFORMED) from None
        if len(raw) != SEALED_KEY_BYTES:
            raise EnvelopeRefused(MALFORMED)
        out[_uuid(device_id)] = raw
    return out


def _check_header(doc: Any) -> Header:
    """The header's exact shape: every field present with its type and range, nothing else."""
    if isinstance(doc, dict) and type(doc.get("v")) is int and doc["v"] > VERSION:
        raise EnvelopeRefused(TOO_NEW)
    if not isinstance(doc, dict) or set(doc) - {"seal"} != _HEADER_KEYS \
            or doc["format"] != FORMAT or doc["v"] != VERSION or doc["kind"] not in KINDS:
        raise EnvelopeRefused(MALFORMED)
    seen = doc["seen"]
    if not isinstance(seen, list) or len(seen) != 2:
        raise EnvelopeRefused(MALFORMED)
    dseq = _int(doc["dseq"], 1)
    prev = _hex(doc["prev"], empty=True)
    seal = _seal(doc["seal"]) if "seal" in doc else {}
    if (dseq == 1) != (prev == b"") or (seal and doc["kind"] != "control"):
        raise EnvelopeRefused(MALFORMED)
    return Header(vault=_uuid(doc["vault"]), id=_uuid(doc["id"]), device=_uuid(doc["device"]),
                  dseq=dseq, prev=prev, epoch=_int(doc["epoch"], 1), seen_seq=_int(seen[0], 0),
                  seen_hash=_hex(seen[1]), kind=doc["kind"], seal=seal)


def parse_header(body: bytes) -> Header:
    """The header without any key: to find the device, the epoch and the seals. Nothing in
    it is trusted until :func:`open_change_set` has checked the signature."""
    frame = _frame(body)
    doc = canonical.decode(frame.header, limit=_header_cap(MAX_SEALS))
    seals = doc.get("seal") if isinstance(doc, dict) else None
    if len(frame.header) > _header_cap(len(seals) if isinstance(seals, dict) else 0):
        raise EnvelopeRefused(TOO_LARGE)
    return replace(_check_header(doc), raw=frame.header)


def open_change_set(body: bytes, *, vault_id: str, expected_id: str,
                    device_public: DevicePublic | None, sync_keys: Mapping[int, bytes],
                    min_epoch: int | None = None,
                    row_device: str | None = None) -> OpenedChangeSet:
    """Check and decrypt one body, in this order: framing and caps, canonical header, vault,
    change-set id (the log row's), device (the row's and the key's), signature, epoch,
    AEAD, bounded decompression, canonical plaintext whose ``id`` is the header's.

    ``device_public``: the approved device the header names (None: unknown). ``sync_keys``:
    the epochs this device holds; a header epoch below ``min_epoch`` (default: the newest
    held) is ``stale-epoch``, one not held is ``no-key``."""
    header = parse_header(body)
    if header.vault != vault_id:
        raise EnvelopeRefused(WRONG_VAULT)
    if header.id != expected_id:
        raise EnvelopeRefused(WRONG_ID)
    if device_public is None or device_public.device_id != header.device \
            or (row_device is not None and row_device != header.device):
        raise EnvelopeRefused(UNKNOWN_DEVICE)
    frame = _frame(body)
    try:
        Ed25519PublicKey.from_public_bytes(device_public.signing_key).verify(
            frame.signature, SIGN_DOMAIN + hashlib.sha256(frame.signed).digest())
    except (InvalidSignature, ValueError):
        raise EnvelopeRefused(BAD_SIGNATURE) from None
    floor = min_epoch if min_epoch is not None else max(sync_keys, default=header.epoch)
    if header.epoch < floor:
        raise EnvelopeRefused(STALE_EPOCH)
    key = sync_keys.get(header.epoch)
    if key is None:
        raise EnvelopeRefused(NO_KEY)
    ct = frame.ciphertext
    try:
        packed = AESGCM(key).decrypt(ct[:NONCE_BYTES], ct[NONCE_BYTES:], header.raw)
    except InvalidTag:
        raise EnvelopeRefused(MALFORMED) from None
    cs = canonical.decode(_inflate(packed), limit=MAX_PLAIN_BYTES)
    # The header's kind is what a keyless reader sees: it must say what the plaintext is.
    if not isinstance(cs, dict) or cs.get("id") != header.id \
            or (header.kind == "control") != bool(cs.get("control")):
        raise EnvelopeRefused(MALFORMED)
    return OpenedChangeSet(header, cs, body_hash(body))


def _inflate(packed: bytes) -> bytes:
    """zlib, never more than the cap: a decompression bomb stops at MAX_PLAIN_BYTES + 1."""
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, MAX_PLAIN_BYTES + 1)
    except zlib.error:
        raise EnvelopeRefused(MALFORMED) from None
    if len(plain) > MAX_PLAIN_BYTES or inflater.unconsumed_tail:
        raise EnvelopeRefused(TOO_LARGE)
    if not inflater.eof or inflater.unused_data:
        raise EnvelopeRefused(MALFORMED)
    return plain
