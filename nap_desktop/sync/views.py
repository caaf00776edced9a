"""What team sync shows the faces (``services/team.py`` re-exports these): plain values,
no database, no secrets."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session as OrmSession

#: Called with (done, total) while a long step runs (pull, snapshot restore); total 0 when
#: unknown. Called on the worker's thread.
Progress = Callable[[int, int], None]


class ActorLike(Protocol):
    @property
    def user_id(self) -> str | None: ...


class TeamContext(Protocol):
    """What team sync needs of the services' ``ServiceContext``: a unit of work (its
    change set captured), the audit, the clock and the acting user."""

    def unit_of_work(self) -> AbstractContextManager[OrmSession]: ...
    def audit(self, session: OrmSession, action: str, *, record_type: str = "",
              record_id: str | None = None, detail: str = "") -> None: ...
    def now(self) -> datetime: ...
    @property
    def actor(self) -> ActorLike: ...


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """What the status bar and the team settings show. Never holds a password."""

    #: This vault is a team vault (a server is configured).
    configured: bool
    #: The server's DSN without any password ("" when not configured).
    server: str
    #: This device's id and fingerprint (read out to an admin when joining).
    device_id: str
    fingerprint: str
    #: The last server position applied here.
    cursor: int
    #: Local change sets waiting to be pushed.
    pending: int
    #: When the last sync succeeded (UTC), None if never.
    last_sync: datetime | None
    #: The last failed sync's message, rendered in the session's language ("" if the
    #: last sync succeeded).
    last_error: str
    #: True: the last contact with the server worked; False: it failed; None: not tried.
    online: bool | None
    #: Sync conflicts waiting for a decision (they are listed in the conflicts view).
    conflicts: int


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one successful sync did. A failed sync raises ``SyncFailed`` instead."""

    pushed: int
    pulled: int
    #: New conflicts this sync produced (kept with both versions).
    conflicts: int
    #: Change sets refused by every device alike (a forbidden change, a removed device).
    refused: int
    #: Why, one plain message per refused change set, in the session's language.
    refused_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeviceView:
    """One device of the team, for the devices dialog (administrators)."""

    device_id: str
    fingerprint: str
    #: "pending" (asked to join, not approved), "approved" or "removed".
    state: str
    #: The user it was approved for ("" while pending).
    user_name: str
    #: When it asked to join, was approved or removed (UTC; None if unknown).
    registered_at: datetime | None
    approved_at: datetime | None
    removed_at: datetime | None
    #: This is the device the caller is using.
    this_device: bool


@dataclass(frozen=True, slots=True)
class JoinRequest:
    """A new desktop's request to join, as ``join_team`` leaves it."""

    folder: Path
    vault_id: str
    device_id: str
    #: Read out to an administrator, who types it when approving.
    fingerprint: str


