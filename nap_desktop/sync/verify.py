"""``nap check`` on a team vault: this device's history against the server's log.

The server holds only ciphertext, signed by the devices that wrote it: it is the anchor a
device's own files cannot be. The comparison re-reads the server's log up to this
device's cursor, recomputes the log hash from it and compares it with what this device
recorded when it applied each change set (``sync_log``), then checks that the audit
events of every change set applied here are present, in the server's order
(``services/audit_verify.compare_with_server``). A device restored from an old copy, a
history cut or rolled back, or a server that lost or rewrote changes, each shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from nap_desktop.sync import devices
from nap_desktop.sync import keys as sync_keys_mod
from nap_desktop.sync.apply import log_hash
from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet
from nap_desktop.sync.envelope import open_change_set, parse_header
from nap_desktop.sync.errors import ChangeSetInvalid, EnvelopeRefused
from nap_desktop.sync.log_chain import GENESIS as LOG_GENESIS

if TYPE_CHECKING:
    from nap_desktop.sync.server import LogServer

PULL_BATCH = 500


def start_point(engine: Engine) -> tuple[int, bytes, int]:
    """Where the comparison starts (a seq and the log hash after it: the genesis, or the
    first change this device recorded, e.g. a snapshot's) and this device's cursor."""
    with engine.connect() as conn:
        cursor = int(conn.execute(text("SELECT cursor FROM sync_state")).scalar() or 0)
        first = conn.execute(text("SELECT seq, hash FROM sync_log ORDER BY seq LIMIT 1")).first()
        before = None
        if first is not None and int(first[0]) > 1:
            before = conn.execute(text("SELECT hash FROM sync_log WHERE seq = :s"),
                                  {"s": int(first[0]) - 1}).scalar()
    if first is None or int(first[0]) == 1:
        return 0, LOG_GENESIS, cursor
    if before is not None:
        return int(first[0]) - 1, bytes(before), cursor
    return int(first[0]), bytes(first[1]), cursor


def recorded_hashes(engine: Engine) -> dict[int, bytes]:
    """The log hash this device recorded after each change set it applied."""
    with engine.connect() as conn:
        return {int(seq): bytes(h) for seq, h in conn.execute(
            text("SELECT seq, hash FROM sync_log"))}


def differing(log: Iterator[PulledChangeSet], start_hash: bytes,
              recorded: dict[int, bytes], found: list[int]) -> Iterator[PulledChangeSet]:
    """``log`` passed through, noting in ``found`` each seq where the hash recomputed
    from the server's rows differs from the one this device recorded there."""
    digest = start_hash
    for item in log:
        digest = log_hash(digest, item.seq, item.cs_id, item.body_sha256)
        if item.seq in recorded and recorded[item.seq] != digest:
            found.append(item.seq)
        yield item


def server_log(server: LogServer, engine: Engine, vault_id: str, *, after: int,
               until: int) -> Iterator[PulledChangeSet]:
    """The server's change sets after ``after`` up to ``until``, opened with every epoch
    key this device holds (``cs`` None where one cannot be opened: refused, or from an
    epoch before this device joined). Nothing is applied and no device head moves."""
    with engine.connect() as conn:
        directory = devices.load_devices(conn)
        keys = {g: sync_keys_mod.sync_key(k, vault_id, g)
                for g, k in devices.epoch_keys(conn).items()}
    cursor = after
    while cursor < until:
        rows = server.pull(vault_id, cursor, PULL_BATCH)
        if not rows:
            return
        for row in rows:
            if row.seq > until:
                return
            body = bytes(row.body)
            yield PulledChangeSet(row.seq, str(row.id), str(row.device_id),
                                  hashlib.sha256(body).digest(),
                                  _opened(body, str(row.id), str(row.device_id), vault_id,
                                          directory, keys), None)
            cursor = row.seq


def _opened(body: bytes, cs_id: str, row_device: str, vault_id: str,
            directory: dict[str, devices.Device], keys: dict[int, bytes],
            ) -> ChangeSetPlain | None:
    try:
        device = directory.get(parse_header(body).device)
        if device is None:
            return None
        opened = open_change_set(body, vault_id=vault_id, expected_id=cs_id,
                                 device_public=devices.public_of(device), sync_keys=keys,
                                 min_epoch=0, row_device=row_device)
        return ChangeSetPlain.from_json(opened.change_set)
    except (EnvelopeRefused, ChangeSetInvalid):
        return None
