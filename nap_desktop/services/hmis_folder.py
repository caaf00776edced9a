"""Writing the HMIS files as one new folder that appears whole or not at all.

The files go into a temporary folder beside the target (same parent, so the final rename
stays on one file system), created owner-only (0700; each file 0600, fsynced); the folder
is then renamed to the target. A failure or a cancel removes the temporary folder: nothing
is left behind. The ZIP is written deterministically (fixed order, fixed time stamps).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from nap_desktop.domain.errors import NapError, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.store.atomic import PRIVATE_DIR_MODE, create_private_file, fsync_dir


class FolderWriteFailed(NapError):
    default_message = N_("The HMIS files could not be written to {folder}.")


def check_target(target: Path) -> None:
    """Refuse a target that is a file, a non-empty folder, or has no parent folder."""
    if not target.parent.is_dir():
        raise ValidationError(N_("The folder {folder} does not exist."), field="out_dir",
                              folder=str(target.parent))
    if (target.exists() or target.is_symlink()) and (
            not target.is_dir() or target.is_symlink() or any(target.iterdir())):
        raise ValidationError(
            N_("{folder} already exists and is not an empty folder: choose a new "
               "folder for the HMIS files."), field="out_dir", folder=str(target))


def zip_bytes(files: Sequence[tuple[str, bytes]], stamp: datetime) -> bytes:
    """A ZIP of ``files`` in the given order, every entry dated ``stamp`` (not the
    clock) and marked owner-only: the same files give the same bytes."""
    buffer = io.BytesIO()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute,
            stamp.second)
    # Level 1: a third of the time of the default for a few percent more bytes.
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=1) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_folder(target: Path, files: Sequence[tuple[str, bytes]],
                 stop: Callable[[], None]) -> None:
    """Write ``files`` (name, bytes) as the new folder ``target``. ``stop()`` is called
    before each file and may raise to cancel: the partial folder is then removed."""
    check_target(target)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp",
                                     dir=target.parent))
    except OSError as error:
        raise FolderWriteFailed(folder=str(target)) from error
    try:
        os.chmod(temp, PRIVATE_DIR_MODE)
        for name, data in files:
            stop()
            with create_private_file(temp / name) as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        stop()
        fsync_dir(temp)
        check_target(target)  # nobody filled it meanwhile
        if sys.platform == "win32" and target.exists():  # pragma: no cover - POSIX replaces
            target.rmdir()
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as error:
        _remove(temp)
        raise FolderWriteFailed(folder=str(target)) from error
    except BaseException:
        _remove(temp)
        raise


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(temp)
