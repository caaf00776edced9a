"""Background sync of a team vault: every N seconds (a vault setting, default 60) and on
"Sync now", always through the window's :class:`TaskRunner`, never two at once, paused
while the vault is locked. A failed sync never interrupts the person: the status bar
says offline (or that it failed, with the reason in its tooltip) and the next tick tries
again. After a sync that brought changes, the open views are refreshed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner, wait_for_all
from nap_desktop.services.team import SyncResult, TeamStatus

if TYPE_CHECKING:
    from nap_desktop.services.team import TeamService
    from nap_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

#: The vault setting that holds the interval in seconds (administrators set it).
INTERVAL_KEY = "team_sync_interval"
DEFAULT_SECONDS = 60
MIN_SECONDS, MAX_SECONDS = 15, 3600
#: At close, how long a running sync may take to stop (it is cancelled first).
CLOSE_WAIT_MS = 10_000


def interval_seconds(workspace: Workspace) -> int:
    """The interval this vault asks for, within limits (a bad value: the default)."""
    try:
        seconds = int(workspace.setting(INTERVAL_KEY, str(DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS
    return min(MAX_SECONDS, max(MIN_SECONDS, seconds))


def _sync_job(team: TeamService) -> Callable[[TaskControl], SyncResult]:
    """The function the runner runs: one sync, stopped at its next step when cancelled
    (the lock, the window closing)."""
    def job(control: TaskControl) -> SyncResult:
        control.check()
        return team.sync_now(progress=lambda _done, _total: control.check())
    return job


class TeamSync(QObject):
    """The sync loop of one main window. ``status_changed`` carries each new
    :class:`TeamStatus` (``None``: not a team vault, or locked); ``synced`` each successful
    :class:`SyncResult`; ``failed`` the message of a failed sync (never a modal)."""

    status_changed = Signal(object)
    syncing_changed = Signal(bool)
    synced = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)  # not the window's guard: a sync never blocks a close
        self.workspace: Workspace | None = None
        self.status: TeamStatus | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_in_background)

    # --- life cycle ---------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        """Unlocked: show the status and, for a team vault, sync now and every N seconds."""
        self.workspace = workspace
        self.read_status()
        if self.configured:
            self.timer.start(interval_seconds(workspace) * 1000)
            self.sync_now()

    def detach(self) -> None:
        """Locking: stop the timer and the running sync (it rolls back at its next step)."""
        self.timer.stop()
        self.tasks.cancel()
        self.workspace = None
        self.status = None
        self.status_changed.emit(None)

    def shutdown(self) -> None:
        """The window closes: as ``detach``, and give a running sync a moment to stop
        before the vault is closed under it."""
        running = self.tasks.busy
        self.detach()
        if running:
            wait_for_all(CLOSE_WAIT_MS)

    @property
    def configured(self) -> bool:
        return self.status is not None and self.status.configured

    @property
    def syncing(self) -> bool:
        return self.tasks.running("sync")

    def set_interval(self, seconds: int) -> None:
        """A new interval (the team settings): takes effect from now."""
        if self.timer.isActive():
            self.timer.start(seconds * 1000)

    # --- syncing --------------------------------------------------------------------------

    def read_status(self) -> TeamStatus | None:
        """The status as stored here (never waits for the server)."""
        ws = self.workspace
        status: TeamStatus | None = None
        if ws is not None:
            try:
                status = ws.team.status()
            except Exception as error:  # the window works without team sync
                log.warning("team status unavailable: %s", type(error).__name__)
        self.status = status
        self.status_changed.emit(status)
        return status

    def sync_in_background(self) -> None:
        """A timer tick: skipped while a sync still runs (never two at once)."""
        if not self.syncing:
            self.sync_now()

    def sync_now(self) -> bool:
        """Start one sync unless one is running or the vault is locked / not a team
        vault. True if one was started."""
        ws = self.workspace
        if ws is None or not self.configured or self.syncing:
            return False
        self.tasks.run(_sync_job(ws.team), on_success=self._synced, on_failure=self._failed,
                       on_cancelled=self._ended, key="sync", name="team sync")
        self.syncing_changed.emit(True)
        return True

    def _synced(self, result: SyncResult) -> None:
        self._ended()
        self.synced.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._ended()
        self.failed.emit(error_text(error))

    def _ended(self, *_args: Any) -> None:
        self.syncing_changed.emit(False)
        if self.workspace is not None:
            self.read_status()
