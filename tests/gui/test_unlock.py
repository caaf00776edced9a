"""The unlock dialog: success, each failure as a plain message, and the recovery path."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.vault.recovery import RecoveryDialog
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import DB_FILE, Vault
from tests.gui.conftest import ADMIN_PASSPHRASE, MARCUS_PASSPHRASE, TEST_KDF, make_workspace


def dialog_for(
    qtbot: QtBot, vault_dir: Path, vault: Vault | None = None, **kw: str
) -> UnlockDialog:
    dialog = UnlockDialog(vault_dir=vault_dir, vault=vault, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: UnlockDialog, user: str, passphrase: str) -> str:
    """Try to unlock; the failure message (the test fails if it unlocks instead)."""
    dialog.user_combo.setCurrentText(user)
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        dialog.attempt()
    assert dialog.error_label.isVisible()
    return str(blocker.args[0])


def test_unlock_success_lists_users_and_shows_demo_hint(
    qtbot: QtBot, locked_vault: Vault, vault_dir: Path
) -> None:
    dialog = dialog_for(qtbot, vault_dir, locked_vault, demo_hint="Passphrase: demo")
    assert [dialog.user_combo.itemText(i) for i in range(dialog.user_combo.count())] == [
        "admin",
        "marcus",
    ]
    assert dialog.demo_label.isVisible() and "demo" in dialog.demo_label.text()
    dialog.user_combo.setCurrentText("marcus")
    dialog.passphrase_edit.setText(MARCUS_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.attempt()
        assert dialog.busy.isVisible()  # the KDF runs off the GUI thread
    ws = dialog.workspace
    assert ws is not None and ws.user is not None and ws.user.name == "marcus"
    assert dialog.passphrase_edit.text() == ""
    ws.lock()


def test_wrong_passphrase_then_lockout_with_time_left(
    qtbot: QtBot, locked_vault: Vault, vault_dir: Path
) -> None:
    dialog = dialog_for(qtbot, vault_dir, locked_vault)
    message = attempt(qtbot, dialog, "marcus", "not the passphrase at all")
    assert "passphrase for “marcus” is wrong" in message  # names the account
    assert dialog.unlock_button.isEnabled()
    for _ in range(4):
        attempt(qtbot, dialog, "marcus", "still not the passphrase")
    message = attempt(qtbot, dialog, "marcus", MARCUS_PASSPHRASE)
    assert "Too many failed attempts" in message and message.startswith("“marcus”")
    assert "minute" in message
    # The lockout is per user: the administrator can still unlock.
    dialog.user_combo.setCurrentText("admin")
    dialog.passphrase_edit.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.attempt()
    assert dialog.workspace is not None
    dialog.workspace.lock()


def test_after_a_wrong_passphrase_typing_again_and_enter_unlocks(
    qtbot: QtBot, locked_vault: Vault, vault_dir: Path
) -> None:
    """The passphrase box has the focus again (not Quit), Enter unlocks, and the demo
    hint is still whole beside the error: the moment a new user needs it."""
    from PySide6.QtCore import Qt

    hint = (
        "Demo vault. Users: admin (Administrator), marcus (Caseworker), sofia (Supervisor)."
        "\nPassphrase: demo vault, not for real cases"
    )
    dialog = dialog_for(qtbot, vault_dir, locked_vault, demo_hint=hint)
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.user_combo.setCurrentText("marcus")
    qtbot.keyClicks(dialog.passphrase_edit, "wrong")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.passphrase_edit.hasFocus, timeout=2_000)
    label = dialog.demo_label

    def laid_out() -> None:  # once the layout has settled: no line cut off
        assert label.height() >= label.heightForWidth(label.width())
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())

    qtbot.waitUntil(laid_out, timeout=2_000)
    focused = dialog.focusWidget()
    qtbot.keyClicks(focused, MARCUS_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.result() != 0  # unlocked, not quit
    assert dialog.workspace is not None
    dialog.workspace.lock()


def test_vault_in_use(qtbot: QtBot, locked_vault: Vault, vault_dir: Path) -> None:
    dialog = dialog_for(qtbot, vault_dir)  # opens the same folder a second time
    assert dialog.vault is None
    message = dialog.error_label.text()
    assert "already open" in message
    assert socket.gethostname() in message and str(os.getpid()) in message  # who holds it
    assert not dialog.unlock_button.isEnabled()
    assert dialog.retry_button.isVisible()
    locked_vault.close()
    dialog.retry_button.click()
    assert dialog.vault is not None and dialog.unlock_button.isEnabled()
    dialog.vault.close()


def test_damaged_vault(qtbot: QtBot, vault_dir: Path) -> None:
    make_workspace(vault_dir).close()
    db = vault_dir / DB_FILE
    data = bytearray(db.read_bytes())
    for offset in range(4096 + 100, 4096 + 400):  # inside the second page
        data[offset] ^= 0xA5
    db.write_bytes(bytes(data))
    with Vault.open(vault_dir) as vault:
        dialog = dialog_for(qtbot, vault_dir, vault)
        message = attempt(qtbot, dialog, "admin", ADMIN_PASSPHRASE)
    assert "damaged" in message


def test_newer_version(qtbot: QtBot, vault_dir: Path) -> None:
    ws = make_workspace(vault_dir)
    with ws.unlocked.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeedbeef'"))
    ws.close()
    with Vault.open(vault_dir) as vault:
        dialog = dialog_for(qtbot, vault_dir, vault)
        message = attempt(qtbot, dialog, "admin", ADMIN_PASSPHRASE)
    assert "newer version" in message


def test_not_a_vault(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    assert "not a NAP vault" in dialog.error_label.text()


def test_recovery_key_resets_a_passphrase_and_unlocks_as_that_user(
    qtbot: QtBot, vault_dir: Path
) -> None:
    ws, recovery_key = Workspace.create(
        vault_dir,
        agency_name="Recovery Test",
        agency_kind=AgencyKind.HOUSING,
        admin_name="admin",
        admin_display_name="Ada",
        passphrase=ADMIN_PASSPHRASE,
        kdf=TEST_KDF,
    )
    ws.users.add(name="thu", display_name="Thu", role="caseworker", passphrase=MARCUS_PASSPHRASE)
    ws.close()
    new_passphrase = "brand new granite meadow 31"
    with Vault.open(vault_dir) as vault:
        dialog = dialog_for(qtbot, vault_dir, vault)
        form = RecoveryDialog(user_names=vault.user_names(), parent=dialog)
        qtbot.addWidget(form)
        ok = form.buttons.buttons()[0]
        assert not ok.isEnabled()
        form.key_edit.setText(recovery_key)
        form.user_combo.setCurrentText("thu")
        form.fields.first.setText(new_passphrase)
        form.fields.second.setText(new_passphrase)
        assert ok.isEnabled()
        with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
            dialog.recover("AAAA-" + recovery_key[5:], "thu", new_passphrase)
        assert "typo" in blocker.args[0]
        with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
            dialog.recover(form.recovery_key, form.user_name, form.new_passphrase)
        unlocked = dialog.workspace
        assert unlocked is not None and unlocked.user is not None
        assert unlocked.user.name == "thu"
        unlocked.lock()
        Workspace.unlock(vault, "thu", new_passphrase).lock()
