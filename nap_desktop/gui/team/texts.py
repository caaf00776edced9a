"""What the team sync status says, in words (no widgets here: the status bar, the team
settings and the tests read the same sentences)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from nap_desktop.services.team import TeamStatus


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TeamSync", text, None, n)


def offline_text() -> str:
    return tr("Offline — your work is kept and will sync when the server is back")


def local_when(moment: datetime) -> str:
    """A UTC moment in the person's local time, short."""
    local = QDateTime(moment.astimezone())
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def synced_text(last_sync: datetime | None, now: datetime) -> str:
    """ "Synced just now", "Synced 2 min ago", "Synced at 14:05"... """
    if last_sync is None:
        return tr("Not synced yet")
    seconds = max(0.0, (now - last_sync).total_seconds())
    if seconds < 60:
        return tr("Synced just now")
    if seconds < 3600:
        return tr("Synced %n min ago", int(seconds // 60))
    return tr("Synced %1").replace("%1", local_when(last_sync))


def state_text(status: TeamStatus, *, syncing: bool, now: datetime | None = None) -> str:
    """The first words of the status bar: syncing, offline, failed or when it last synced."""
    now = now or datetime.now(UTC)
    if syncing:
        return tr("Syncing…")
    if status.online is False:
        return offline_text()
    if status.last_error:
        return tr("The last sync failed — your work is kept")
    return synced_text(status.last_sync, now)


def pending_text(pending: int) -> str:
    """How many local changes wait to be sent ("" when none)."""
    return tr("%n change(s) waiting", pending) if pending > 0 else ""


def conflicts_text(conflicts: int) -> str:
    return tr("%n sync conflict(s)", conflicts)


def details_text(status: TeamStatus) -> str:
    """The tooltip: the server, when it last synced, the last error in full."""
    lines = [tr("Team server: %1").replace("%1", status.server or "—")]
    lines.append(tr("Last synced: %1").replace(
        "%1", local_when(status.last_sync) if status.last_sync else tr("never")))
    if status.last_error:
        lines.append(tr("Last problem: %1").replace("%1", status.last_error))
    return "\n".join(lines)
