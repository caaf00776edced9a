"""Team sync as the faces see it: ``Workspace.team`` (status, Sync now, devices) and the
functions that make or join a team (issue #12, docs/sync-format.md "Session" and "Joining,
devices and rotation").

The work is done in ``nap_desktop.sync`` (``session.py``: one push-then-pull,
``team.py``: init, join, approve, remove, snapshots); this module is the typed facade the
GUI and the CLI hold. Every method that talks to the server may be called from a worker
thread (``gui/tasks/TaskRunner``): it opens its own SQLCipher connection and its own
server connection and touches nothing of the caller's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.base import ServiceContext
from nap_desktop.sync.errors import SyncFailed
from nap_desktop.sync.views import DeviceView, JoinRequest, Progress, SyncResult, TeamStatus

__all__ = ["DeviceView", "JoinRequest", "Progress", "SyncFailed", "SyncResult", "TeamService",
           "TeamStatus", "finish_join", "init_team", "join_team",
           "pending_join"]

if TYPE_CHECKING:
    from nap_desktop.services.audit_verify import ServerComparison
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import UnlockedVault

class TeamService:
    """Team sync of one unlocked vault (``Workspace.team``)."""

    def __init__(self, ctx: ServiceContext, unlocked: UnlockedVault) -> None:
        self.ctx = ctx
        self.unlocked = unlocked

    def status(self) -> TeamStatus:
        """Read locally only: never waits for the server."""
        from nap_desktop.sync import team

        return team.status(self.unlocked)

    def sync_now(self, progress: Progress | None = None) -> SyncResult:
        """Push the outbox, then pull and apply everything new. Raises ``SyncFailed``
        (a ``NapError``) saying what failed and that nothing was lost; never reports a
        sync that failed as done. Safe on a worker thread."""
        from nap_desktop.sync import team

        return team.sync_now(self.unlocked, self.ctx, progress=progress)

    def compare_with_server(self) -> ServerComparison | None:
        """``nap check`` on a team vault: this device's recorded history against the
        server's log (see ``sync/verify.py``); None when this is not a team vault. Raises
        ``ServerUnreachable`` when the server cannot be asked."""
        from nap_desktop.services.audit_verify import compare_with_server
        from nap_desktop.sync import team, verify
        from nap_desktop.sync.server import LogServer

        if not team.is_team_vault(self.unlocked):
            return None
        engine = self.unlocked.engine
        after, start_hash, cursor = verify.start_point(engine)
        with LogServer.connect(team.server_dsn(engine)) as server:
            differ: list[int] = []
            log = verify.differing(
                verify.server_log(server, engine, self.unlocked.vault_id, after=after,
                                  until=cursor),
                start_hash, verify.recorded_hashes(engine), differ)
            with self.ctx.read() as s:
                found = compare_with_server(s, log, start_hash=start_hash)
        if differ:
            found.problems.append(
                f"This device's record of the team log differs from the server's at change "
                f"{differ[0]}: its history was rolled back, cut or altered (or the server's "
                "was).")
        return found

    def devices(self) -> list[DeviceView]:
        """Approved and removed devices (from the log), pending requests (from the
        server). Administrators only."""
        from nap_desktop.sync import team

        self.ctx.require(Role.ADMIN)
        return team.devices_view(self.unlocked, self.ctx)

    def approve_device(self, device_id: str, fingerprint: str, user_id: str) -> None:
        """Let a pending device in for a user. ``fingerprint`` as read out by the person at
        that device: refused unless it matches the device's keys. Administrators only."""
        from nap_desktop.sync import team

        self.ctx.require(Role.ADMIN)
        team.approve_device(self.unlocked, self.ctx, device_id=device_id,
                            fingerprint=fingerprint, user_id=user_id)

    def remove_device(self, device_id: str, reason: str) -> None:
        """Remove a device and rotate the vault key through the log: it reads nothing
        written after this, and its later change sets are ignored. Administrators only."""
        from nap_desktop.sync import team

        self.ctx.require(Role.ADMIN)
        team.remove_device(self.unlocked, self.ctx, device_id=device_id, reason=reason)

    def publish_snapshot(self) -> int:
        """Publish an encrypted snapshot at the current position (new devices start from
        it). Returns its position. Administrators only."""
        from nap_desktop.sync import snapshots

        self.ctx.require(Role.ADMIN)
        return snapshots.publish(self.unlocked, self.ctx)


def init_team(ws: Workspace, dsn: str) -> TeamStatus:
    """Make this vault a team vault (an administrator, once): install the server schema,
    publish the vault and its first snapshot; this device is the first approved one."""
    from nap_desktop.sync import team

    ws.ctx.require(Role.ADMIN)
    return team.init_team(ws.unlocked, ws.ctx, dsn)


def join_team(folder: Path, dsn: str, user_name: str, passphrase: str, *,
              team: str | None = None) -> JoinRequest:
    """Ask to join a team from a new desktop: make the device keys in ``folder`` (guarded
    by ``passphrase`` until the vault exists), register the request on the server and
    return the fingerprint to read out to an administrator. ``team``: the vault id, when
    the server holds more than one team."""
    from nap_desktop.sync import joining

    vault_id, device_id, fingerprint = joining.join_team(folder, dsn, user_name, passphrase,
                                                         team=team)
    return JoinRequest(folder=folder, vault_id=vault_id, device_id=device_id,
                       fingerprint=fingerprint)


def pending_join(folder: Path) -> JoinRequest | None:
    """The request to join left in ``folder`` by ``join_team`` (None if there is none)."""
    from nap_desktop.sync import joining

    found = joining.pending_join(folder)
    if found is None:
        return None
    return JoinRequest(folder=folder, vault_id=found["vault"], device_id=found["device"],
                       fingerprint=found["fingerprint"])


def finish_join(folder: Path, passphrase: str, progress: Progress | None = None) -> bool:
    """After the approval: open the data key sealed to this device, restore the latest
    snapshot, then unlock as the joining user (their own passphrase) and sync the log
    after it. False while the approval has not arrived yet; True when the vault in
    ``folder`` is ready."""
    from nap_desktop.services.vaults import open_vault
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.sync import joining

    request = joining.pending_join(folder)
    if request is None:
        raise ValidationError(joining.BAD_REQUEST)
    if not joining.restore(folder, passphrase):
        return False
    vault = open_vault(folder)
    try:
        ws = Workspace.unlock(vault, request["user"], passphrase)
        try:
            ws.team.sync_now(progress)
        finally:
            ws.lock()
    finally:
        vault.close()
    return True
