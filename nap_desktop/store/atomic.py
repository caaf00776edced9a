"""Crash-safe, owner-only file writes for key material and vault metadata.

A reader sees either the old file or the complete new one, never a mix: the data goes to a
temporary file in the same folder (created 0600 before a byte is written), is flushed and
fsynced, renamed over the target with ``os.replace``, and the folder is fsynced so that the
rename itself survives a power cut (POSIX; Windows has no directory fsync).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_IS_WINDOWS = sys.platform == "win32"


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable (no-op on Windows)."""
    if _IS_WINDOWS:  # pragma: no cover - no directory handles to fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> BinaryIO:
    """Create ``path`` exclusively with mode 0600 and return it open for binary writing.

    The mode is set by the creating ``open`` itself, before any data is written: a umask can
    only remove permission bits, and ``O_EXCL`` refuses an existing file or symlink."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def _temp_name(name: str) -> str:
    return f".{name}.{secrets.token_hex(6)}.tmp"


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` atomically with mode 0600: yields a file to write into.

    On success the file is fsynced and renamed over ``path``; on error it is removed and
    ``path`` is left as it was."""
    temp = path.with_name(_temp_name(path.name))
    handle = create_private_file(temp)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def write_private_file(path: Path, data: bytes) -> None:
    """Atomically replace ``path`` with ``data``, owner-only (0600)."""
    with private_output(path) as handle:
        handle.write(data)


class StagedFile:
    """``data`` written in full (0600, fsynced) beside ``path`` but not yet in its place:
    :meth:`commit` renames it over ``path``, :meth:`discard` removes it. Until the commit
    a file already at ``path`` stays as it was, whatever happens; for a file that must
    appear only once something else (a database transaction) has succeeded."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.temp = path.with_name(_temp_name(path.name))
        handle = create_private_file(self.temp)
        try:
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        try:
            os.replace(self.temp, self.path)
        except BaseException:
            self.discard()
            raise
        fsync_dir(self.path.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.temp.unlink()


def stage_private_file(path: Path, data: bytes) -> StagedFile:
    """Write ``data`` beside ``path``, ready to replace it (see :class:`StagedFile`)."""
    return StagedFile(path, data)


def remove_file(path: Path) -> None:
    """Delete ``path`` if it exists and make the deletion durable."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    fsync_dir(path.parent)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and restrict it to its owner (0700)."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if not _IS_WINDOWS:
        os.chmod(path, PRIVATE_DIR_MODE)


def remove_stale_temp_files(folder: Path, names: Iterable[str]) -> None:
    """Delete temporary files left by a process that died while writing one of ``names``.
    Only call this while holding the folder's lock (nobody else can be writing them)."""
    for name in names:
        for stale in folder.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)


def loose_permissions(paths: Iterable[Path]) -> list[str]:
    """A plain complaint for each existing path that group or others may access (POSIX)."""
    if _IS_WINDOWS:  # pragma: no cover - Windows relies on folder ACLs
        return []
    return [f"{p.name} can be read by other accounts on this computer."
            for p in paths if p.exists() and p.stat().st_mode & 0o077]
