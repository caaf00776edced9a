"""From start-up to the main window: demo-vault creation, the first-run wizard or the
unlock dialog, then ``MainWindow``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from nap_desktop.gui.application import settle_memory
from nap_desktop.gui.messages import show_error
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.vault.autolock import AutoLock, stored_minutes
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.demo_vault import DEMO_ADMIN, create_demo_vault
from nap_desktop.services.locations import has_vault
from nap_desktop.services.workspace import Workspace

DEMO_REFERRALS = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("Launcher", text)


def demo_hint() -> str:
    return tr(
        "Demo vault: every person and agency in it is fictional.\n"
        "Users: admin, sofia (supervisor), marcus and thu (caseworkers).\n"
        "Passphrase: %1"
    ).replace("%1", DEMO_PASSPHRASE)


class Launcher(QObject):
    """Keeps the top-level windows of the session alive."""

    def __init__(self, *, vault_dir: Path, demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.demo = demo
        self.window: Any = None
        self.dialog: Any = None
        self.tasks = TaskRunner(self)

    def start(self) -> None:
        exists = has_vault(self.vault_dir)
        if self.demo and not exists:
            self._make_demo()
        elif not exists:
            self._first_run()
        else:
            self._unlock()

    def shutdown(self) -> None:
        if self.window is not None and self.window.workspace is not None:
            self.window.workspace.close()

    # --- the three ways in -------------------------------------------------------------

    def _make_demo(self) -> None:
        dialog = QProgressDialog(
            tr("Creating the demo vault with fictional cases…"), tr("Cancel"), 0, DEMO_REFERRALS
        )
        dialog.setWindowTitle(tr("NAP Desktop demo"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAccessibleName(tr("Demo vault progress"))
        dialog.canceled.connect(self._cancelled)
        self.dialog = dialog
        dialog.show()
        created_here = not self.vault_dir.exists()
        vault_dir = self.vault_dir
        self.tasks.run(
            lambda task: create_demo_vault(
                vault_dir, DEMO_REFERRALS, progress=task.progress, cancelled=task.cancelled
            ),
            on_progress=dialog.setValue,
            on_success=lambda _r: self._demo_done(),
            on_failure=lambda error: self._demo_failed(error, created_here),
            # Once the generation has stopped (rolled back), not at the click.
            on_cancelled=lambda: self._demo_failed(None, created_here),
        )

    def _cancelled(self) -> None:
        self.tasks.cancel()

    def _demo_done(self) -> None:
        self.dialog.close()
        self._unlock()

    def _demo_failed(self, error: BaseException | None, created_here: bool) -> None:
        self.dialog.close()
        if created_here:
            shutil.rmtree(self.vault_dir, ignore_errors=True)  # the half-made demo vault
        if error is not None:  # None: the person cancelled
            show_error(None, error)
        QApplication.quit()

    def _first_run(self) -> None:
        from nap_desktop.gui.vault.first_run import FirstRunWizard

        wizard = FirstRunWizard(default_dir=self.vault_dir)
        wizard.accepted.connect(lambda: self._open_main(wizard.workspace))
        wizard.rejected.connect(lambda: self._join() if wizard.join_requested
                                else QApplication.quit())
        self.dialog = wizard
        wizard.show()

    def _join(self) -> None:
        """Join my agency's team… (from the first run): joined, the unlock follows."""
        from nap_desktop.gui.team.join import JoinWizard

        wizard = JoinWizard(default_dir=self.vault_dir)
        wizard.accepted.connect(lambda: self._joined(wizard.folder, wizard.user_name))
        wizard.rejected.connect(self._first_run)
        self.dialog = wizard
        wizard.show()

    def _joined(self, folder: Path, user_name: str) -> None:
        self.vault_dir = folder
        self._unlock(user_name)

    def _unlock(self, user_name: str = "") -> None:
        from nap_desktop.gui.vault.unlock import UnlockDialog

        dialog = UnlockDialog(
            vault_dir=self.vault_dir,
            demo_hint=demo_hint() if self.demo else "",
            user_name=DEMO_ADMIN if self.demo else user_name,
        )
        dialog.accepted.connect(lambda: self._open_main(dialog.workspace))
        dialog.rejected.connect(lambda: self._unlock_cancelled(dialog))
        self.dialog = dialog
        dialog.show()

    def _unlock_cancelled(self, dialog: Any) -> None:
        if dialog.vault is not None:
            dialog.vault.close()
        QApplication.quit()

    def _open_main(self, workspace: Workspace | None) -> None:
        from nap_desktop.gui.main_window import MainWindow

        if workspace is None:
            QApplication.quit()
            return
        autolock = AutoLock(minutes=stored_minutes())
        self.window = MainWindow(
            workspace=workspace, autolock=autolock, demo_hint=demo_hint() if self.demo else ""
        )
        autolock.setParent(self.window)
        self.window.show()
        self.dialog = None
        QTimer.singleShot(500, settle_memory)  # after the first paints, not before them
