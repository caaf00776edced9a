"""Making, joining and running a team (docs/sync-format.md "Joining, devices and
rotation"): the work behind ``services/team.py``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nap_desktop.services.base import ServiceContext
    from nap_desktop.services.team import (
        DeviceView,
        JoinRequest,
        Progress,
        SyncResult,
        TeamStatus,
    )
    from nap_desktop.store.vault import UnlockedVault


def status(unlocked: UnlockedVault) -> TeamStatus:
    raise NotImplementedError


def sync_now(unlocked: UnlockedVault, ctx: ServiceContext, *,
             progress: Progress | None = None) -> SyncResult:
    raise NotImplementedError


def devices(unlocked: UnlockedVault, ctx: ServiceContext) -> list[DeviceView]:
    raise NotImplementedError


def approve_device(unlocked: UnlockedVault, ctx: ServiceContext, *, device_id: str,
                   fingerprint: str, user_id: str) -> None:
    raise NotImplementedError


def remove_device(unlocked: UnlockedVault, ctx: ServiceContext, *, device_id: str,
                  reason: str) -> None:
    raise NotImplementedError


def publish_snapshot(unlocked: UnlockedVault, ctx: ServiceContext) -> int:
    raise NotImplementedError


def init_team(unlocked: UnlockedVault, ctx: ServiceContext, dsn: str) -> TeamStatus:
    raise NotImplementedError


def join_team(folder: Path, dsn: str, user_name: str, passphrase: str) -> JoinRequest:
    raise NotImplementedError


def pending_join(folder: Path) -> JoinRequest | None:
    raise NotImplementedError


def finish_join(folder: Path, passphrase: str, *, progress: Progress | None = None) -> bool:
    raise NotImplementedError
