"""The log hash and the checks that make a dropped, replayed, reordered or forked log visible.

* ``H(0)`` is 32 zero bytes; ``H(n) = SHA256("nap log v1" || H(n-1) || n (8 bytes) ||
  change-set uuid (16 bytes) || SHA256(body))``. Every device computes it while applying
  the log in server order, so two devices at the same seq hold the same H exactly when they
  hold the same log.
* Per device: its change sets carry ``dseq`` 1, 2, 3 … and ``prev`` = SHA-256 of that
  device's previous body. A reader keeps each device's head (:class:`DeviceHead`: last
  dseq, last body hash, last seen seq; stored by the caller in ``sync_devices`` and so also
  inside snapshots) and refuses a number used again (``replay``), a number skipped
  (``device-gap``) or another history (``fork``).
* Across devices: a change set names the ``(seq, H)`` its author had applied. That seq must
  lie before the change set's own seq and never go back for one device (``reordered``), and
  H must equal the reader's own H at that seq (``fork``). A reader that started from a
  snapshot does not know H below the snapshot's seq and skips that one comparison (the
  devices that do know it make it).

Only a change set the envelope accepts moves its device's head (the caller stores the
returned head); a refused one leaves it where it was, on every device alike.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from nap_desktop.sync.envelope import Header
from nap_desktop.sync.errors import DEVICE_GAP, FORK, REORDERED, REPLAY, EnvelopeRefused

GENESIS = bytes(32)
_DOMAIN = b"nap log v1"


def log_hash(prev: bytes, seq: int, cs_id: str, body: bytes) -> bytes:
    """``H(seq)`` from ``H(seq-1)`` and the body stored at ``seq``."""
    if len(prev) != 32 or seq < 1:
        raise ValueError("a log hash follows a 32-byte hash, from seq 1")
    return hashlib.sha256(_DOMAIN + prev + seq.to_bytes(8, "big") + uuid.UUID(cs_id).bytes
                          + hashlib.sha256(body).digest()).digest()


@dataclass(frozen=True, slots=True)
class DeviceHead:
    """Where a device's chain stands for this reader."""

    dseq: int
    body_hash: bytes
    seen_seq: int


def check_device_chain(header: Header, head: DeviceHead | None) -> None:
    """``replay``, ``device-gap`` or ``fork`` unless ``header`` is the device's next one."""
    last = head.dseq if head is not None else 0
    if header.dseq <= last:
        raise EnvelopeRefused(REPLAY)
    if header.dseq > last + 1:
        raise EnvelopeRefused(DEVICE_GAP)
    if header.prev != (head.body_hash if head is not None else b""):
        raise EnvelopeRefused(FORK)


def check_seen(header: Header, *, seq: int, head: DeviceHead | None,
               hash_at: Callable[[int], bytes | None]) -> None:
    """``reordered`` or ``fork`` unless the log its author had seen is a prefix of ours."""
    if header.seen_seq >= seq or (head is not None and header.seen_seq < head.seen_seq):
        raise EnvelopeRefused(REORDERED)
    known = GENESIS if header.seen_seq == 0 else hash_at(header.seen_seq)
    if known is not None and known != header.seen_hash:
        raise EnvelopeRefused(FORK)


def verify_position(header: Header, body_hash: bytes, *, seq: int, head: DeviceHead | None,
                    hash_at: Callable[[int], bytes | None]) -> DeviceHead:
    """Both checks for the change set at ``seq``; returns the device's new head to store
    once the change set is accepted. ``hash_at(n)`` is the reader's own ``H(n)``, or None
    below its horizon (a reader that started from a snapshot)."""
    check_device_chain(header, head)
    check_seen(header, seq=seq, head=head, hash_at=hash_at)
    return DeviceHead(header.dseq, body_hash, header.seen_seq)
