"""The commit anchor ``vault.anchor``: saved work that later goes missing is noticed.

Every write transaction bumps a counter inside the database (SQLite's ``user_version``
header field, see :mod:`nap_desktop.store.engine`). After each commit, before the action
returns to its caller, the new counter is written to ``vault.anchor`` beside the database,
atomically and authenticated with an HMAC whose key is derived from the data key (HKDF,
its own label). If the database later holds a smaller counter than the anchor, committed
transactions were lost: a write-ahead log (``vault.db-wal``) deleted, truncated or
damaged after a crash, or the database replaced by an older copy. Unlocking then refuses
with :class:`CommittedWorkLost`, saying how much and since when, unless the loss is
accepted deliberately (``nap check --accept-loss``); ``nap check`` reports it too.

A restore writes an unauthenticated "restored" marker instead (the data key is not at hand
then). Anyone who can write the folder could put one there to hide a loss, so consuming a
marker is never silent: that unlock reports it (:class:`Restored`, a warning and an audit
event) and ``nap check`` keeps naming the last one.

A database *ahead* of its anchor is normal: the process died between a commit and the
anchor write, and that action never reported success. The full format is in
``docs/vault-format.md`` (section "The commit anchor").
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from nap_desktop.domain.errors import CommittedWorkLost, VaultError
from nap_desktop.domain.messages import N_, NP_
from nap_desktop.store.atomic import create_private_file, write_private_file
from nap_desktop.store.engine import read_only
from nap_desktop.store.models import AuditRow
from nap_desktop.store.unlock_guard import Clock, utc_now

ANCHOR_FILE = "vault.anchor"
FORMAT = "nap-anchor"
FORMAT_VERSION = 1
MAX_ANCHOR_BYTES = 4096
_MAC_INFO = b"nap commit anchor mac v1"
_RECORD_KEYS = {"format", "version", "vault_id", "generation", "counter", "at", "mac"}
_RESTORED_KEYS = {"format", "version", "vault_id", "restored"}


def mac_key(data_key: bytes | bytearray) -> bytes:
    """The anchor's HMAC key: HKDF-SHA256 of the data key with its own label."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_MAC_INFO).derive(bytes(data_key))


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _mac(key: bytes, body: dict[str, Any]) -> hmac.HMAC:
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(_canonical(body))
    return h


def _when(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True, slots=True)
class AnchorRecord:
    vault_id: str
    generation: int
    counter: int
    at: datetime
    body: dict[str, Any]
    mac: bytes


@dataclass(frozen=True, slots=True)
class Restored:
    """A restored-from-backup marker found in place of the anchor (see module doc)."""

    vault_id: str
    at: datetime  #: when the marker says the restore was made


@dataclass(frozen=True, slots=True)
class LostWork:
    """What an accepted loss was: ``changes`` is None when the amount is unknown."""

    changes: int | None
    message: str


# --- reading -----------------------------------------------------------------------


def read(folder: Path) -> AnchorRecord | Restored | None:
    """The anchor record, the restored-from-backup marker, or None
    if there is no anchor. :class:`ValueError` if the file is unreadable or malformed."""
    try:
        with open(folder / ANCHOR_FILE, "rb") as handle:
            raw = handle.read(MAX_ANCHOR_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ValueError("unreadable") from exc
    if len(raw) > MAX_ANCHOR_BYTES:
        raise ValueError("too large")
    try:
        doc = json.loads(raw.decode("utf-8"), parse_float=_reject, parse_constant=_reject)
        return _parse(doc)
    except (TypeError, KeyError, RecursionError, binascii.Error) as exc:
        raise ValueError("malformed") from exc


def _reject(_text: str) -> Any:
    raise ValueError("not an integer")


def _parse(doc: Any) -> AnchorRecord | Restored:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or \
            doc.get("version") != FORMAT_VERSION or not isinstance(doc.get("vault_id"), str):
        raise ValueError("not an anchor")
    if set(doc) == _RESTORED_KEYS:
        at = datetime.fromisoformat(doc["restored"])  # TypeError/ValueError: malformed
        if at.tzinfo is None:
            raise ValueError("naive time")
        return Restored(vault_id=doc["vault_id"], at=at.astimezone(UTC))
    if set(doc) != _RECORD_KEYS:
        raise ValueError("unexpected fields")
    generation, counter = doc["generation"], doc["counter"]
    if type(generation) is not int or type(counter) is not int or counter < 0:
        raise ValueError("bad numbers")
    at = datetime.fromisoformat(doc["at"])
    if at.tzinfo is None:
        raise ValueError("naive time")
    body = {k: v for k, v in doc.items() if k != "mac"}
    return AnchorRecord(vault_id=doc["vault_id"], generation=generation, counter=counter,
                        at=at.astimezone(UTC), body=body,
                        mac=base64.b64decode(doc["mac"], validate=True))


def _verified(record: AnchorRecord, keys: Mapping[int, bytes]) -> bool:
    key = keys.get(record.generation)
    if key is None:
        return False
    try:
        _mac(key, record.body).verify(record.mac)
    except InvalidSignature:
        return False
    return True


# --- the check at unlock -----------------------------------------------------------


def database_counter(engine: Engine) -> int:
    """The commit counter stored in the database header."""
    with read_only(engine).connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def last_saved(engine: Engine) -> datetime | None:
    """When the newest change still in the database was made (its newest audit event)."""
    try:
        with read_only(engine).connect() as conn:
            return conn.execute(select(func.max(AuditRow.at))).scalar()
    except SQLAlchemyError:  # a schema without audit events: time unknown
        return None


def missing_work(folder: Path, engine: Engine, *, vault_id: str,
                 keys: Mapping[int, bytes]) -> CommittedWorkLost | None:
    """The loss of saved work this folder shows, as the error to raise, or None.

    ``keys`` maps a key generation to its anchor MAC key (two during an interrupted key
    rotation: the anchor may still be under the old key)."""
    counter = database_counter(engine)
    try:
        found = read(folder)
    except ValueError:
        return _damaged_anchor()
    if found is None:
        if counter == 0:  # a vault from before anchors, or one never written to
            return None
        return CommittedWorkLost(
            N_(
                "The vault's record of saved work (vault.anchor) is missing, so the vault cannot "
                "confirm that no saved work was lost. Nothing was changed. Restore the most "
                "recent backup, or open the vault as it is with `nap check --accept-loss`."
            ))
    if isinstance(found, Restored):
        if found.vault_id == vault_id:
            return None  # restored from a backup: legitimately older (reported: restored())
        return _damaged_anchor()
    if found.vault_id != vault_id or not _verified(found, keys):
        return _damaged_anchor()
    if found.counter <= counter:
        return None
    return _behind(found.counter - counter, found.at, last_saved(engine))


def restored(folder: Path, vault_id: str) -> Restored | None:
    """The restored-from-backup marker of this vault, if that is what the anchor is now
    (read before the unlock replaces it, so that its use can be reported)."""
    try:
        found = read(folder)
    except ValueError:
        return None
    return found if isinstance(found, Restored) and found.vault_id == vault_id else None


RESTORE_SEEN = "vault.restore_seen"


def restored_warning(marker: Restored) -> str:
    """What the unlock that consumed a restored-from-backup marker tells its user."""
    return (f"The vault's record of saved work said that this vault was restored from a backup "
            f"on {_when(marker.at)}, so saved work newer than that backup could not be checked. "
            "If nobody restored it then, saved work may be missing: tell an administrator "
            "(it is recorded in the audit log and shown by “nap check”).")


def _damaged_anchor() -> CommittedWorkLost:
    return CommittedWorkLost(
        N_(
            "The vault's record of saved work (vault.anchor) is damaged or belongs to another "
            "vault, so the vault cannot confirm that no saved work was lost. Nothing was changed. "
            "Restore the most recent backup, or open the vault as it is with "
            "`nap check --accept-loss`."
        ))


def _behind(lost: int, newest_at: datetime, kept_at: datetime | None) -> CommittedWorkLost:
    newest = _when(newest_at)
    if kept_at is None:
        error = CommittedWorkLost(
            NP_(
                "Work that had been saved is missing from the vault: {n} saved change, made at "
                "{newest}, is not in the database. Its journal file (vault.db-wal) was probably "
                "damaged, cut short or deleted after the program or the computer stopped. "
                "Nothing was changed. Restore a backup made after {newest} if you have one; "
                "otherwise open the vault as it is with `nap check --accept-loss` and enter "
                "the missing work again.",
                "Work that had been saved is missing from the vault: {n} saved changes, the "
                "newest made at {newest}, are not in the database. Its journal file "
                "(vault.db-wal) was probably damaged, cut short or deleted after the program or "
                "the computer stopped. Nothing was changed. Restore a backup made after "
                "{newest} if you have one; otherwise open the vault as it is with "
                "`nap check --accept-loss` and enter the missing work again.",
            ),
            n=lost,
            newest=newest,
        )
    else:
        error = CommittedWorkLost(
            NP_(
                "Work that had been saved is missing from the vault: {n} saved change made "
                "after {kept} (at {newest}) is not in the database. Its journal file "
                "(vault.db-wal) was probably damaged, cut short or deleted after the program or "
                "the computer stopped. Nothing was changed. Restore a backup made after "
                "{newest} if you have one; otherwise open the vault as it is with "
                "`nap check --accept-loss` and enter the missing work again.",
                "Work that had been saved is missing from the vault: {n} saved changes made "
                "after {kept} (the newest at {newest}) are not in the database. Its journal file "
                "(vault.db-wal) was probably damaged, cut short or deleted after the program or "
                "the computer stopped. Nothing was changed. Restore a backup made after "
                "{newest} if you have one; otherwise open the vault as it is with "
                "`nap check --accept-loss` and enter the missing work again.",
            ),
            n=lost,
            kept=_when(kept_at),
            newest=newest,
        )
    error.lost_changes = lost
    return error


# --- writing -----------------------------------------------------------------------


def restored_marker(vault_id: str) -> bytes:
    """What a restore writes: the restored database is legitimately older than any anchor;
    the first unlock replaces the marker with an authenticated anchor."""
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": vault_id,
           "restored": datetime.now(UTC).replace(microsecond=0).isoformat()}
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")


def _replace_quickly(path: Path, data: bytes) -> None:
    """:func:`write_private_file` without its folder fsync, for the write after each commit
    (one fsync fewer; docs/vault-format.md). A power cut may then bring back the previous
    anchor, never a partial one (the data is fsynced before the rename): an older anchor
    can only under-report a later loss, never report one that did not happen."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    with create_private_file(temp) as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class Anchor:
    """``vault.anchor`` of one open vault. Called with the new counter after every commit
    (by every pooled connection, so it is thread-safe and never moves backwards). Writes
    nothing until :meth:`arm` is given the data key, i.e. after the unlock check."""

    def __init__(self, folder: Path, vault_id: str, clock: Clock = utc_now) -> None:
        self.path = folder / ANCHOR_FILE
        self.vault_id = vault_id
        self._clock = clock
        self._mutex = threading.Lock()
        self._key: bytes | None = None
        self._generation = 0
        self._written = -1

    def arm(self, generation: int, data_key: bytes | bytearray) -> None:
        with self._mutex:
            self._key, self._generation = mac_key(data_key), generation

    def disarm(self) -> None:
        with self._mutex:
            self._key, self._written = None, -1

    def __call__(self, counter: int) -> None:
        with self._mutex:
            if self._key is not None and counter > self._written:
                self._write(counter, durable_rename=False)

    def write(self, counter: int) -> None:
        """Anchor ``counter`` now, even if it is lower (a loss accepted, a fresh unlock)."""
        with self._mutex:
            if self._key is None:
                raise ValueError("the anchor is not armed")
            self._write(counter, durable_rename=True)

    def _write(self, counter: int, *, durable_rename: bool) -> None:
        assert self._key is not None
        body = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                "generation": self._generation, "counter": counter,
                "at": self._clock().astimezone(UTC).isoformat()}
        doc = body | {"mac": base64.b64encode(_mac(self._key, body).finalize()).decode()}
        data = (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")
        try:
            if durable_rename:
                write_private_file(self.path, data)
            else:
                _replace_quickly(self.path, data)
        except OSError as exc:
            raise VaultError(
                N_(
                    "The change was saved, but the vault's record of saved work (vault.anchor) "
                    "could not be updated: {reason}. Make room on the disk, then run "
                    "`nap check`."
                ),
                reason=exc.strerror or "error",
            ) from exc
        self._written = counter
