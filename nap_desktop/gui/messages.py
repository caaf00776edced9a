"""Turn errors into translated, plain messages. The detail goes to the log without data."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from nap_desktop.domain import errors as err
from nap_desktop.gui.i18n import core_message

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _in_use_text(holder: str) -> str:
    """"pid 4711 on front-desk since 2026-11-25T14:02:00+00:00", said for a person."""
    found = re.fullmatch(r"pid (\d+) on (\S+) since (\S+)", holder)
    if found is None:
        return ""
    try:
        since = datetime.fromisoformat(found.group(3)).astimezone()
    except ValueError:
        return ""
    return (
        tr("This vault is already open on the computer “%1” (program %2, since %3). Close it "
           "there first; if that program crashed, the lock is released on its own.")
        .replace("%1", found.group(2)).replace("%2", found.group(1))
        .replace("%3", QLocale().toString(QDateTime(since), QLocale.FormatType.ShortFormat))
    )


def error_text(error: BaseException) -> str:
    """The message to show a person for ``error`` (translated where we know the type)."""
    if isinstance(error, err.LockedOut):
        minutes = max(1, (error.seconds_left + 59) // 60)
        # With a count, Qt picks the plural form and fills in %n itself.
        return QCoreApplication.translate(
            "Messages", "Too many failed attempts. Try again in %n minute(s).", None, minutes
        )
    known: dict[type[err.NapError], str] = {
        err.WrongPassphrase: tr("The passphrase is wrong. Check Caps Lock and try again."),
        err.UnknownUser: tr("There is no user with that name in this vault."),
        err.UserInactive: tr("This user account has been deactivated. Ask your administrator."),
        err.NotAVault: tr("This folder is not a NAP vault."),
        err.VaultExists: tr("A vault already exists in this folder."),
        err.VaultInUse: tr("This vault is already open in another NAP Desktop window or program."),
        err.VaultTooNew: tr(
            "This vault was made by a newer version of NAP Desktop. Update NAP Desktop to open it."
        ),
        err.RecoveryKeyTypo: tr("The recovery key has a typo: check each group of characters."),
        err.WrongRecoveryKey: tr("The recovery key is wrong."),
        err.PermissionDenied: tr("Your role does not allow this action."),
        err.StaleRecord: tr(
            "Someone else changed this record while you were editing it. Your changes were "
            "kept: reload to compare."
        ),
    }
    kind = type(error)
    if isinstance(error, err.VaultInUse) and error.holder:
        return _in_use_text(error.holder) or known[err.VaultInUse]
    if isinstance(error, err.NapError) and kind in known and kind is not err.PermissionDenied:
        return known[type(error)]
    if isinstance(error, err.CommittedWorkLost | err.NotAVaultDatabase | err.WeakKeySlot):
        # their own words (how much was lost, since when, what to do; a weakened key slot)
        return core_message(error.message)
    if isinstance(error, err.VaultDamaged):
        return tr("The vault file is damaged or has been altered.")
    if isinstance(error, err.NapError):
        # Service messages are written for people and carry no survivor data; the core
        # cannot import Qt, so they are translated here (see gui/core_messages.py).
        return core_message(error.message)
    log.error("unexpected error of type %s", type(error).__name__)
    return tr(
        "Something unexpected went wrong. Nothing was saved by the failed step. "
        "If it happens again, run a vault check and tell your administrator."
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A modal message box with the plain message; never a traceback."""
    QMessageBox.warning(parent, title or tr("NAP Desktop"), error_text(error))
