"""A staged private file: complete and owner-only beside its target, in place only on
commit; discarding it (or failing to write it) leaves the earlier file untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nap_desktop.store import atomic


def test_staged_file_replaces_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "p.napx"
    target.write_bytes(b"earlier")
    staged = atomic.stage_private_file(target, b"new package")
    assert target.read_bytes() == b"earlier"
    assert staged.temp.parent == tmp_path and staged.temp.read_bytes() == b"new package"
    assert staged.temp.stat().st_mode & 0o777 == 0o600
    staged.commit()
    assert target.read_bytes() == b"new package"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["p.napx"]


def test_discarded_or_failed_staging_leaves_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.napx"
    target.write_bytes(b"earlier")
    atomic.stage_private_file(target, b"new").discard()

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        atomic.stage_private_file(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["p.napx"]
