"""A key slot below the key-derivation floor says so at unlock, in the GUI and in the CLI,
instead of the generic "damaged vault"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nap_desktop.cli import main
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.vault import Vault
from tests.gui.conftest import ADMIN_PASSPHRASE, TEST_KDF, make_workspace

#: A floor above the settings the test vault was made with.
HIGHER_FLOOR = KdfParams(memory_kib=TEST_KDF.memory_kib * 2, iterations=1, lanes=1)
OWN_WORDS = "key-derivation settings below the required minimum"


def test_the_unlock_dialog_names_a_weak_key_slot(
    qtbot: QtBot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_workspace(vault_dir).close()
    monkeypatch.setattr(kdf, "MIN_KDF", HIGHER_FLOOR)
    with Vault.open(vault_dir) as vault:
        dialog = UnlockDialog(vault_dir=vault_dir, vault=vault)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.user_combo.setCurrentText("admin")
        dialog.passphrase_edit.setText(ADMIN_PASSPHRASE)
        with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
            dialog.attempt()
    assert OWN_WORDS in str(blocker.args[0])


def test_the_cli_names_a_weak_key_slot(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_workspace(vault_dir).close()
    monkeypatch.setattr(kdf, "MIN_KDF", HIGHER_FLOOR)
    monkeypatch.setenv("NAP_PASSPHRASE", ADMIN_PASSPHRASE)
    code = main(["--vault", str(vault_dir), "--user", "admin", "referrals", "list"])
    assert code == 1
    assert OWN_WORDS in capsys.readouterr().err
