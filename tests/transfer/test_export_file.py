"""Writing a package or a card to a file never loses the file that was there before, and
the command line writes through the store's one private-file writer."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.cli import main
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.store import atomic
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    pair,
    vault_side,
)

__all__ = ["agencies", "clock"]  # fixtures

EARLIER = b"the package sent last week, which the partner has not fetched yet"


class CommitFails(Exception):
    pass


@pytest.fixture
def failing_commit() -> Iterator[Callable[[], None]]:
    """Arm to make the next commit of any session fail (as a full disk or a lost lock
    would, after the package was written)."""
    armed: list[bool] = []

    def fail(_session: OrmSession) -> None:
        if armed:
            armed.clear()
            raise CommitFails("the commit failed")

    event.listen(OrmSession, "before_commit", fail)
    yield lambda: armed.append(True)
    event.remove(OrmSession, "before_commit", fail)


def test_a_failed_commit_keeps_the_earlier_package_at_that_path(
    agencies: Callable[..., Side], tmp_path: Path, failing_commit: Callable[[], None]
) -> None:
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    to_b = a.partners[b.name].agency_id
    add_case(a, to_b, categories=["identity"])
    out = tmp_path / "packages" / "to-hsi.napx"
    out.parent.mkdir()
    out.write_bytes(EARLIER)
    before = a.counts()
    failing_commit()
    with pytest.raises(CommitFails):
        a.exports.export_to_file(to_b, out)
    assert out.read_bytes() == EARLIER  # before: deleted, after it had replaced EARLIER
    assert sorted(p.name for p in out.parent.iterdir()) == ["to-hsi.napx"]  # no temp left
    assert a.counts() == before
    outcome = a.exports.export_to_file(to_b, out)  # the next try replaces it, owner-only
    assert out.read_bytes() == outcome.data
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["to-hsi.napx"]
    assert b.imports.import_package(outcome.data).applied


def test_the_command_line_writes_cards_through_the_store_writer(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without ``os.fchmod`` (Windows before Python 3.13) and with the folder fsynced."""
    side = vault_side(tmp_path / "vault", "Casa Esperanza", clock, monkeypatch)
    side.close()
    monkeypatch.setenv("NAP_PASSPHRASE", PASSPHRASE)
    monkeypatch.delattr(os, "fchmod", raising=False)
    synced: list[Path] = []
    real_fsync_dir = atomic.fsync_dir
    monkeypatch.setattr(atomic, "fsync_dir",
                        lambda folder: (synced.append(folder), real_fsync_dir(folder))[1])
    out = tmp_path / "cards" / "casa.card"
    out.parent.mkdir()
    out.write_bytes(b"an older card")
    code = main(["--vault", str(tmp_path / "vault"), "--user", "admin", "keys", "card",
                 "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.read_bytes().startswith(b"{") and out.stat().st_mode & 0o777 == 0o600
    assert out.parent in synced  # the rename itself survives a power cut
    assert sorted(p.name for p in out.parent.iterdir()) == ["casa.card"]
    code = main(["--vault", str(tmp_path / "vault"), "--user", "admin", "keys", "card",
                 "--out", str(tmp_path / "missing" / "casa.card")])
    assert code == 1 and "does not exist" in capsys.readouterr().err
