"""Failed-unlock counters: five wrong passphrases in a row lock a user name out for ten
minutes, and the failures are handed to the service layer on the next success so that
they land in the (encrypted) audit log.

The state lives in ``unlock-state.json`` beside the database. It is not secret (user names
and times) and it cannot be: it must be readable before the vault is unlocked. It slows a
person guessing at the unlock screen; it does not stop an attacker who has copied the
folder, who can delete or edit this file at will. Against that attacker the defence is
Argon2id (64 MiB, t=3, p=4 per guess) and the strength of the passphrase. A damaged or
unreadable state file is therefore treated as empty rather than blocking anyone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from nap_desktop.domain.errors import LockedOut
from nap_desktop.store.atomic import write_private_file

Clock = Callable[[], datetime]

MAX_CONSECUTIVE_FAILURES = 5
LOCKOUT = timedelta(minutes=10)
#: Failures remembered per user for the audit log (the count keeps going past this).
MAX_REMEMBERED = 100
_MAX_STATE_BYTES = 1024 * 1024
_STATE_VERSION = 1


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class FailedUnlock:
    """One wrong passphrase for ``user_name`` (``"recovery"`` for the recovery key) at
    ``at`` (UTC)."""

    user_name: str
    at: datetime


@dataclass(slots=True)
class _UserState:
    consecutive: int = 0
    locked_until: datetime | None = None
    failures: list[datetime] | None = None


class UnlockGuard:
    """Counts failures per user name in ``path``; ``clock`` is injectable for tests."""

    def __init__(self, path: Path, clock: Clock = utc_now) -> None:
        self.path = path
        self.clock = clock

    def _now(self) -> datetime:
        now = self.clock()
        return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)

    def check(self, user_name: str) -> None:
        """Raise :class:`LockedOut` if ``user_name`` is in a lockout period."""
        state = self._load().get(user_name)
        if state is None or state.locked_until is None:
            return
        left = (state.locked_until - self._now()).total_seconds()
        if left > 0:
            # A clock set back must not stretch the lockout beyond its length.
            raise LockedOut(math.ceil(min(left, LOCKOUT.total_seconds())))

    def record_failure(self, user_name: str) -> None:
        states = self._load()
        state = states.setdefault(user_name, _UserState())
        now = self._now()
        state.consecutive += 1
        state.failures = ([*(state.failures or []), now])[-MAX_REMEMBERED:]
        if state.consecutive % MAX_CONSECUTIVE_FAILURES == 0:
            state.locked_until = now + LOCKOUT
        self._save(states)

    def record_success(self, user_name: str) -> list[FailedUnlock]:
        """Reset the counter; return the failures since the last success, oldest first."""
        states = self._load()
        state = states.pop(user_name, None)
        if state is None:
            return []
        self._save(states)
        return [FailedUnlock(user_name=user_name, at=at) for at in state.failures or []]

    # --- persistence ---------------------------------------------------------------

    def _load(self) -> dict[str, _UserState]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(_MAX_STATE_BYTES + 1)
            if len(raw) > _MAX_STATE_BYTES:
                return {}
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("version") != _STATE_VERSION:
                return {}
            users = doc.get("users")
            if not isinstance(users, dict):
                return {}
            return {name: _parse_user(value) for name, value in users.items()}
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return {}

    def _save(self, states: dict[str, _UserState]) -> None:
        users = {
            name: {
                "consecutive": s.consecutive,
                "locked_until": s.locked_until.isoformat() if s.locked_until else None,
                "failures": [at.isoformat() for at in s.failures or []],
            }
            for name, s in states.items()
        }
        doc = {"version": _STATE_VERSION, "users": users}
        write_private_file(self.path, (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())


def _time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError("not a time")
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _parse_user(value: Any) -> _UserState:
    if not isinstance(value, dict):
        raise TypeError("not an object")
    consecutive = value.get("consecutive")
    if type(consecutive) is not int or consecutive < 0:
        raise TypeError("bad count")
    locked = value.get("locked_until")
    failures = value.get("failures")
    if not isinstance(failures, list):
        raise TypeError("bad failures")
    return _UserState(consecutive=consecutive,
                      locked_until=None if locked is None else _time(locked),
                      failures=[_time(f) for f in failures[-MAX_REMEMBERED:]])
