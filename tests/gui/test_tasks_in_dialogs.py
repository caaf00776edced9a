"""The task runner where the app uses it: a dialog does not close while its key derivation,
export or import runs (and says why); the export's dry run is newest-wins; the demo vault
is removed once its cancelled generation has stopped. The slow step is held on an event,
so "still running" is certain rather than likely."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from nap_desktop.gui.launcher import Launcher
from nap_desktop.gui.tasks import default_busy_text
from nap_desktop.gui.transfer.export import ExportWizard
from nap_desktop.gui.transfer.importing import ImportDialog
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.services.transfer_views import TransferViews
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.gui.conftest import MARCUS_PASSPHRASE
from tests.gui.test_transfer_gui import paired, partner_id, side, vaults
from tests.transfer.transfer_helpers import add_case

__all__ = ["paired", "vaults"]  # fixtures used here
WAIT = 20_000
EVENT_S = 20


def held(original: Any, go: threading.Event, started: threading.Event | None = None) -> Any:
    """``original`` that waits for ``go`` first (on the worker thread)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if started is not None:
            started.set()
        assert go.wait(EVENT_S)
        return original(*args, **kwargs)

    return wrapper


def test_unlock_does_not_close_during_key_derivation(
    qtbot: QtBot, locked_vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = threading.Event()
    monkeypatch.setattr(Workspace, "unlock", staticmethod(held(Workspace.unlock, go)))
    dialog = UnlockDialog(vault_dir=vault_dir, vault=locked_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_combo.setCurrentText("marcus")
    dialog.passphrase_edit.setText(MARCUS_PASSPHRASE)
    dialog.attempt()
    with qtbot.waitSignal(dialog.tasks.close_refused, timeout=WAIT):
        dialog.reject()  # Escape or Quit while the key is derived
    assert dialog.isVisible() and dialog.busy.isVisible()
    [note] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert note.text() == default_busy_text()  # why, in a box that does not block
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT):
        go.set()
    assert not dialog.isVisible() and not note.isVisible()
    assert dialog.workspace is not None
    dialog.workspace.lock()


def test_the_export_wizard_waits_for_the_package_and_drops_an_old_dry_run(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, _b = paired
    to_b = partner_id(a)
    case = add_case(side(a), to_b, categories=["identity"], canary="Held")
    wizard = ExportWizard(workspace=a, discreet=False, referral_ids=[case["referral"]],
                          partner_id=to_b)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()

    # The first dry run is held; the second (override ticked) overtakes it.
    first_go, first_started = threading.Event(), threading.Event()
    real_preview = wizard.views.export_preview
    calls: list[bool] = []

    def preview(*args: Any, override: bool = False) -> Any:
        calls.append(override)
        if len(calls) == 1:
            return held(real_preview, first_go, first_started)(*args, override=override)
        return real_preview(*args, override=override)

    wizard.views.export_preview = preview  # type: ignore[method-assign]
    wizard.next()  # the review page starts the first dry run
    assert first_started.wait(EVENT_S)
    old = wizard.tasks.newest("preview")
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        wizard.review_page.override.setChecked(True)
    assert wizard.review_page.preview.override
    with qtbot.waitSignal(wizard.tasks.ended, timeout=WAIT,
                          check_params_cb=lambda task: task is old):
        first_go.set()  # the older dry run finishes last...
    assert calls == [False, True]
    assert wizard.review_page.preview.override  # ...and did not replace the newer one
    wizard.review_page.override.setChecked(False)
    qtbot.waitSignal(wizard.preview_ready, timeout=WAIT).wait()

    go = threading.Event()
    service = wizard.views.service
    service.export_to_file = held(service.export_to_file, go)  # type: ignore[method-assign]
    wizard.next()
    wizard.save_page.path.setText(str(tmp_path / "held"))
    wizard.next()  # the export starts and is held
    assert not wizard.save_page.isComplete()  # no second export meanwhile
    with qtbot.waitSignal(wizard.tasks.close_refused, timeout=WAIT):
        assert not wizard.close()
    wizard.reject()
    assert wizard.isVisible()
    assert "being written" in wizard.save_page.status.text()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT):
        go.set()
    assert (tmp_path / "held.napx").exists()
    wizard.reject()
    assert not wizard.isVisible()


def test_the_import_dialog_waits_while_the_package_is_applied(
    qtbot: QtBot, paired: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = paired
    to_b = partner_id(a)
    add_case(side(a), to_b, categories=["identity"], canary="Held")
    package = tmp_path / "p.napx"
    TransferViews(a.ctx).service.export_to_file(to_b, package, None, None)
    dialog = ImportDialog(workspace=b, path=package, discreet=True)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.start()
    go = threading.Event()
    service = dialog.views.service
    service.import_package = held(service.import_package, go)  # type: ignore[method-assign]
    dialog.apply()
    with qtbot.waitSignal(dialog.tasks.close_refused, timeout=WAIT):
        dialog.reject()
    assert dialog.isVisible() and "being applied" in dialog.note.text()
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        go.set()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_cancelled_demo_vault_is_removed_after_its_generation_stopped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    vault_dir = tmp_path / "demo"
    launcher = Launcher(vault_dir=vault_dir, demo=True)
    launcher.start()
    dialog = launcher.dialog
    with qtbot.waitSignal(launcher.tasks.ended, timeout=WAIT):
        dialog.canceled.emit()  # what its Cancel button does
    assert quits == [True] and not vault_dir.exists() and not dialog.isVisible()
