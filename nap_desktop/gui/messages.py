"""Turn errors into translated, plain messages. The detail goes to the log without data."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from nap_desktop.domain import errors as err
from nap_desktop.i18n import render

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
    """The message to show a person for ``error``, in the app's language: a core error's
    own template and values (``nap_desktop.i18n.render``), with a few said better here."""
    if isinstance(error, err.VaultInUse) and error.holder:
        return _in_use_text(error.holder) or render(err.VaultInUse())
    if isinstance(error, err.VaultDamaged) and not isinstance(
        error, err.CommittedWorkLost | err.NotAVaultDatabase | err.WeakKeySlot
    ):
        # How it was damaged is for the log and `nap check`; a person needs the one line. Lost work
        # and a weakened key slot keep their own words (how much, since when, what to do).
        return tr("The vault file is damaged or has been altered.")
    if isinstance(error, err.NapError):
        # Core messages carry no survivor data: templates with named values, translated
        # from the one catalogue with the words among their values.
        return render(error)
    log.error("unexpected error of type %s", type(error).__name__)
    return tr(
        "Something unexpected went wrong. Nothing was saved by the failed step. "
        "If it happens again, run a vault check and tell your administrator."
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A modal message box with the plain message; never a traceback."""
    QMessageBox.warning(parent, title or tr("NAP Desktop"), error_text(error))
