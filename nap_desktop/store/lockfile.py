"""One process (and one :class:`Vault` object) per vault folder at a time.

An OS advisory lock on ``vault.lock`` is held for as long as the vault is open:
``fcntl.flock(LOCK_EX | LOCK_NB)`` on POSIX, ``msvcrt.locking`` on Windows. The operating
system drops it when the process dies, however it dies, so a crash never leaves a stale
lock behind and nothing ever needs to delete another process's lock file. ``flock`` locks
belong to an open file description, so a second open of the same vault inside one process
is refused too.

The holder writes its pid, host name and start time into the file, only to tell the next
person who has the vault open. The file itself is never deleted by NAP Desktop.

A file can be deleted under its holder, though (by a person, a sync tool or a cleaner), and
the next process would then lock a new file of the same name. So on POSIX the vault
*folder* itself is locked too (``flock`` on an open descriptor of the directory): a folder
that holds files cannot be removed, and renaming it keeps the lock on it. On Windows an
open file cannot be deleted, so the lock file alone is enough there.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from nap_desktop.domain.errors import VaultInUse
from nap_desktop.domain.messages import N_

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

_INFO_LIMIT = 512
#: VaultInUse naming who holds the lock (the desktop says it for a person from ``holder``).
HELD_BY = N_(
    "This vault is already open in another NAP Desktop window or program. (held by {holder})"
)
# Windows locks byte ranges; lock one byte far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder_text(fd: int) -> str:
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _INFO_LIMIT).decode("utf-8", "replace")
        return " ".join(raw.split())
    return ""


def _lock_folder(folder: Path) -> int | None:
    """An open, exclusively flocked descriptor of ``folder`` (None on Windows), or
    :class:`VaultInUse` without the holder's name (the caller reads the lock file)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return None
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    if _try_lock(fd):
        return fd
    os.close(fd)
    raise VaultInUse()


class VaultLock:
    """The lock on one vault folder. Use as a context manager or acquire()/release()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._folder_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`VaultInUse` (naming the holder if known)."""
        if self._fd is not None:
            raise VaultInUse()
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            try:
                self._folder_fd = _lock_folder(self.path.parent)
                folder_free = True
            except VaultInUse:
                folder_free = False
            if not folder_free or not _try_lock(fd):
                holder = _holder_text(fd)
                error = VaultInUse(HELD_BY, holder=holder) if holder else VaultInUse()
                error.holder = holder  # "pid N on HOST since UTC-TIME", for the desktop
                raise error
            self._write_info(fd)
        except BaseException:
            os.close(fd)
            self._release_folder()
            raise
        self._fd = fd

    def _release_folder(self) -> None:
        folder_fd, self._folder_fd = self._folder_fd, None
        if folder_fd is not None:
            _unlock(folder_fd)
            os.close(folder_fd)

    @staticmethod
    def _write_info(fd: int) -> None:
        started = datetime.now(UTC).replace(microsecond=0).isoformat()
        info = f"pid {os.getpid()} on {socket.gethostname()} since {started}\n"
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info.encode("utf-8")[:_INFO_LIMIT])

    def release(self) -> None:
        """Give the lock up (idempotent). The file stays; only its text is cleared."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)
            self._release_folder()

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
