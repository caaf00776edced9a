"""A new desktop joins a team (docs/sync-format.md "Joining, devices and rotation").

1. ``join_team``: make this device's keys, keep them in ``FOLDER/device.key`` wrapped under
   a key derived with Argon2id from the joining user's passphrase (nothing else of the
   team is here yet), note the request in ``FOLDER/join.json`` (no secret in it) and
   register the public keys on the server. The fingerprint is read out to an admin.
2. An administrator approves the device: a control change set carries the device's keys,
   the user's key slot (their passphrase-protected slot and the recovery slot) and, in its
   header, the data key sealed to this device's box key.
3. ``restore``: find that approval in the log, open the data key, restore the newest
   snapshot (the database file as of one position: no replay of years of log), then put
   this device's own state in it. The caller unlocks with the user's passphrase and syncs
   the log after the snapshot.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from nap_desktop.domain.errors import ValidationError, VaultExists
from nap_desktop.domain.messages import N_
from nap_desktop.store import engine as db
from nap_desktop.store.atomic import make_private_dir, remove_file, write_private_file
from nap_desktop.store.replica import create_replica
from nap_desktop.store.vault_files import DB_FILE, VAULT_FILES
from nap_desktop.sync import audit_chain, devices, keys
from nap_desktop.sync.device_keys import DeviceKeys, DevicePublic, passphrase_wrap
from nap_desktop.sync.dsn import check_dsn
from nap_desktop.sync.envelope import open_change_set, parse_header
from nap_desktop.sync.errors import BAD_SNAPSHOT, EnvelopeRefused, SyncError
from nap_desktop.sync.snapshot_format import OpenedSnapshot, open_snapshot

if TYPE_CHECKING:
    from nap_desktop.sync.server import LogServer

JOIN_FILE = "join.json"
DEVICE_FILE = "device.key"
_SCAN_BATCH = 500

NO_TEAM = N_("There is no team on that server yet. An administrator starts one with nap "
             "team init.")
SEVERAL_TEAMS = N_("That server holds several teams. Name yours with --team (ask your "
                   "administrator for its id).")
NOT_THAT_TEAM = N_("That server holds no team with that id.")
BAD_REQUEST = N_("The request to join in this folder is damaged. Remove join.json and "
                 "device.key and ask to join again.")


class JoinPending(SyncError):
    default_message = N_("This device is not approved yet.")


def pending_join(folder: Path) -> dict[str, str] | None:
    """The request noted in ``folder`` (vault, device, server, user, salt), or None."""
    path = folder / JOIN_FILE
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text("utf-8"))
        return {k: str(raw[k]) for k in ("vault", "device", "server", "user", "salt",
                                          "fingerprint")}
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError(BAD_REQUEST) from None


def join_team(folder: Path, dsn: str, user_name: str, passphrase: str, *,
              team: str | None = None) -> tuple[str, str, str]:
    """Steps 1: returns (vault id, device id, fingerprint)."""
    from nap_desktop.sync.server import LogServer

    dsn = check_dsn(dsn)
    if any((folder / name).exists() for name in (*VAULT_FILES, JOIN_FILE)):
        raise VaultExists()
    with LogServer.connect(dsn) as server:
        vaults = server.vaults()
        if team is not None:
            if team not in vaults:
                raise ValidationError(NOT_THAT_TEAM, field="team")
            vault_id = team
        elif not vaults:
            raise ValidationError(NO_TEAM)
        elif len(vaults) > 1:
            raise ValidationError(SEVERAL_TEAMS, field="team")
        else:
            vault_id = vaults[0]
        device = DeviceKeys.generate(vault_id)
        device_id = device.device_id
        make_private_dir(folder)
        device.save(folder / DEVICE_FILE, wrap_key=passphrase_wrap(passphrase))
        write_private_file(folder / JOIN_FILE, json.dumps({
            "vault": vault_id, "device": device_id, "server": dsn, "user": user_name,
            "salt": "", "fingerprint": device.fingerprint()}, indent=2).encode("utf-8"))
        public = device.public()
        server.register_device(vault_id, device_id, public.signing_key, public.box_key)
    return vault_id, device_id, device.fingerprint()


def _load_device(folder: Path, request: dict[str, str], passphrase: str) -> DeviceKeys:
    return DeviceKeys.load(folder / DEVICE_FILE, wrap_key=passphrase_wrap(passphrase),
                           vault_id=request["vault"])


def restore(folder: Path, passphrase: str) -> bool:
    """Step 3. False while the approval (or a snapshot after it) is not on the server."""
    from nap_desktop.sync.server import LogServer

    request = pending_join(folder)
    if request is None:
        raise ValidationError(BAD_REQUEST)
    device = _load_device(folder, request, passphrase)
    vault_id, device_id = request["vault"], request["device"]
    with LogServer.connect(request["server"]) as server:
        info = server.latest_snapshot(vault_id)
        if info is None:
            return False
        found = _find_keys(server, vault_id, device, device_id, upto=info.seq)
        if found is None:
            return False
        deks, slot_file = found
        publisher = {r.device_id: r for r in server.devices(vault_id)}.get(info.device_id)
        if publisher is None:
            raise EnvelopeRefused(BAD_SNAPSHOT)
        sync_keys = {g: keys.sync_key(k, vault_id, g) for g, k in deks.items()}
        with tempfile.TemporaryDirectory(prefix=".nap-join-", dir=folder) as tmp:
            staged = Path(tmp) / "snapshot.db"
            with open(staged, "wb") as out:
                opened = open_snapshot(
                    server.snapshot_chunks(vault_id, info.snapshot_id),
                    count=info.chunk_count, vault_id=vault_id, snapshot_id=info.snapshot_id,
                    publisher=DevicePublic(publisher.device_id, publisher.signing_key,
                                           publisher.box_key),
                    sync_keys=sync_keys, database_out=out)
            if opened.seq != info.seq or opened.epoch not in deks:
                raise EnvelopeRefused(BAD_SNAPSHOT)
            create_replica(folder, vault_id=vault_id, data_key=deks[opened.epoch],
                           slot_file=slot_file, database=_read(staged))
    _adopt_replica(folder, request, device, deks, opened)
    remove_file(folder / JOIN_FILE)
    remove_file(folder / DEVICE_FILE)
    return True


def _publisher(server: LogServer, vault_id: str, device_id: str) -> DevicePublic | None:
    """The keys a device registered with (only used to check a signature: a key sealed to
    this device and the team's sync key make what they open trustworthy in any case)."""
    found = {r.device_id: r for r in server.devices(vault_id)}.get(device_id)
    return None if found is None else DevicePublic(found.device_id, found.signing_key,
                                                   found.box_key)


def _find_keys(server: LogServer, vault_id: str, device: DeviceKeys, device_id: str, *,
               upto: int) -> tuple[dict[int, bytes], bytes] | None:
    """Read the log headers up to the snapshot for the data keys sealed to this device
    (its approval, later rotations) and the slot file its approval carries."""
    deks: dict[int, bytes] = {}
    slot_file = b""
    after = 0
    while after < upto:
        rows = server.pull(vault_id, after, _SCAN_BATCH)
        if not rows:
            break
        for row in rows:
            if row.seq > upto:
                break
            header = parse_header(bytes(row.body))
            sealed = (header.seal or {}).get(device_id)
            if sealed is None:
                continue
            if header.epoch not in deks:  # our approval: the key of its own epoch
                deks[header.epoch] = bytes(keys.open_data_key(
                    sealed, device=device, vault_id=vault_id, epoch=header.epoch))
            publisher = _publisher(server, vault_id, header.device)
            opened = open_change_set(
                bytes(row.body), vault_id=vault_id, expected_id=str(row.id),
                device_public=publisher, sync_keys={header.epoch: keys.sync_key(
                    deks[header.epoch], vault_id, header.epoch)})
            control = opened.change_set.get("control") or {}
            if control.get("type") == devices.CONTROL_ROTATE:
                rotation = keys.open_rotation(control, header.seal, device=device,
                                              vault_id=vault_id, from_epoch=header.epoch)
                deks[rotation.epoch] = bytes(rotation.data_key)
            elif control.get("device_id") == device_id:
                slot_file = devices.unb64(control.get("slot_file", ""))
        after = rows[-1].seq
    if not deks or not slot_file:
        return None
    return deks, slot_file


def _read(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while piece := handle.read(1024 * 1024):
            yield piece


def _adopt_replica(folder: Path, request: dict[str, str], device: DeviceKeys,
                   deks: dict[int, bytes], manifest: OpenedSnapshot) -> None:
    """This device's own state in the restored database: its id and keys, the epoch keys
    it was sent, the position of the snapshot (the outbox was emptied by the publisher)."""
    dek = deks[manifest.epoch]
    engine = db.make_engine(folder / DB_FILE, dek)
    try:
        with engine.begin() as conn:
            audit_chain.enable_team(conn)
            conn.exec_driver_sql(
                "UPDATE sync_state SET device_id = ?, server = ?, cursor = ?, log_hash = ?, "
                "last_sync = NULL, last_error = NULL, online = 0, snapshot_seq = ?",
                (request["device"], request["server"], manifest.seq, manifest.log_hash,
                 manifest.seq))
            for epoch, key in deks.items():
                devices.put_secret(conn, f"dek:{epoch}", key)
            devices.put_secret(conn, "epoch", str(manifest.epoch).encode("ascii"))
            devices.store_device(conn, device, dek, manifest.epoch)
    finally:
        engine.dispose()
