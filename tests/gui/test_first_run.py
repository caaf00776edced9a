"""The first-run wizard creates a real encrypted vault and gates on the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.gui.vault.first_run import FirstRunWizard
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.kdf import parse_recovery_key
from nap_desktop.store.vault import Vault
from tests.gui.conftest import TEST_KDF

PASSPHRASE = "violet kettle north 1987 canoe"


def fill(wizard: FirstRunWizard) -> None:
    wizard.show()
    wizard.agency_page.name_edit.setText("Casa Test Shelter")
    wizard.agency_page.kind_combo.setCurrentIndex(
        wizard.agency_page.kind_combo.findData(AgencyKind.VICTIM_SERVICE_PROVIDER.value)
    )
    assert wizard.agency_page.isComplete()
    wizard.next()
    wizard.admin_page.user_edit.setText("jdoe")
    wizard.admin_page.full_name_edit.setText("Jo Doe")
    wizard.next()


def test_wizard_creates_a_vault_and_requires_the_key_confirmation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "new-vault"
    wizard = FirstRunWizard(default_dir=target, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    fill(wizard)

    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    page.fields.first.setText("short")
    assert not page.isComplete()
    assert "12 characters" in page.fields.problem.text()
    page.fields.first.setText(PASSPHRASE)
    page.fields.second.setText(PASSPHRASE + "x")
    assert not page.isComplete()
    page.fields.second.setText(PASSPHRASE)
    assert page.isComplete()
    assert page.fields.meter.value() > 40
    wizard.next()

    assert wizard.currentPage() is wizard.location_page
    assert wizard.location_page.path_edit.text() == str(target)
    with qtbot.waitSignal(wizard.created, timeout=10_000):
        wizard.next()  # the commit page starts the creation off the GUI thread

    key_page = wizard.recovery_page
    assert wizard.currentPage() is key_page
    key = key_page.key_label.text()
    assert len(parse_recovery_key(key)) == 20
    assert not key_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()  # cannot leave before confirming: the key is never shown again
    assert wizard.isVisible()
    key_page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert key_page.key_label.text() == ""

    ws = wizard.workspace
    assert ws is not None and ws.user is not None
    assert ws.user.name == "jdoe" and ws.user.role is Role.ADMIN
    assert ws.agency.name == "Casa Test Shelter"
    ws.close()
    with Vault.open(target) as vault:
        assert vault.user_names() == ["jdoe"]
        again = Workspace.unlock(vault, "jdoe", PASSPHRASE)
        again.lock()


def test_wizard_shows_why_creation_failed(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    wizard = FirstRunWizard(default_dir=target, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    fill(wizard)
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    Workspace.create(
        target,
        agency_name="Other",
        agency_kind="housing",
        admin_name="x1",
        admin_display_name="X",
        passphrase=PASSPHRASE,
        kdf=TEST_KDF,
    )[0].close()
    with qtbot.waitSignal(wizard.creation_failed, timeout=10_000) as blocker:
        wizard.next()
    assert "already exists" in blocker.args[0]
    assert wizard.currentPage() is wizard.location_page
    assert wizard.workspace is None


def test_passphrase_policy_rejects_user_name(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(default_dir=tmp_path / "v", kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    fill(wizard)
    fields = wizard.passphrase_page.fields
    fields.first.setText("casa test shelter forever")
    fields.second.setText("casa test shelter forever")
    assert not wizard.passphrase_page.isComplete()
    assert "agency name" in fields.problem.text()
