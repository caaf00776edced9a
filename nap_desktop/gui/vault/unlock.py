"""The unlock dialog: user and passphrase, or the recovery key and a new passphrase.

Key derivation (Argon2id, 0.1-0.3 s) runs off the GUI thread with a busy bar; every error
becomes the plain sentence of ``messages.error_text``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nap_desktop.domain.errors import LockedOut, WrongPassphrase
from nap_desktop.gui.forms.ui_unlock import Ui_UnlockDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.services.vaults import Vault, damage_as_vault_error, open_vault
from nap_desktop.services.workspace import Workspace


class UnlockDialog(QDialog):
    """Accepted with ``self.workspace`` set. ``vault`` may be given (re-unlock after an
    auto-lock) or is opened from ``vault_dir`` here, so "vault in use" shows in the dialog."""

    #: Emitted with the message whenever an attempt fails (tests wait on it).
    failed = Signal(str)
    unlocked = Signal()

    def __init__(
        self,
        *,
        vault_dir: Path,
        vault: Vault | None = None,
        demo_hint: str = "",
        user_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.vault = vault
        self.workspace: Workspace | None = None
        self.tasks = TaskRunner(self)
        self._build(demo_hint)
        self._open_vault()
        if user_name:
            self.user_combo.setCurrentText(user_name)
        self.passphrase_edit.setFocus()

    # --- layout (ui/unlock.ui) ------------------------------------------------------

    def _build(self, demo_hint: str) -> None:
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.user_combo, self.passphrase_edit = ui.user_combo, ui.passphrase_edit
        self.demo_label, self.busy, self.error_label = ui.demoHint, ui.busy, ui.error_label
        ui.vault_label.setText(ui.vault_label.text().replace("%1", str(self.vault_dir)))
        self.demo_label.setText(demo_hint)
        self.demo_label.setVisible(bool(demo_hint))
        self.busy.hide()
        self.error_label.hide()
        self._build_buttons(ui.buttons)

    def _build_buttons(self, buttons: QDialogButtonBox) -> None:
        # Buttons with their own texts and roles are added here: Designer only places
        # standard buttons in a button box.
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.recovery_button = buttons.addButton(
            self.tr("Use &recovery key…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.recovery_button.setAccessibleName(self.tr("Use recovery key"))
        self.retry_button = buttons.addButton(
            self.tr("&Try again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.setAccessibleName(self.tr("Try opening the vault again"))
        self.retry_button.hide()
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAccessibleName(self.tr("Quit"))
        quit_button.setAutoDefault(False)  # Enter unlocks, wherever the focus is
        self.unlock_button.clicked.connect(self.attempt)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.retry_button.clicked.connect(self._open_vault)
        buttons.rejected.connect(self.reject)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(quit_button, self.retry_button)  # the order the dialog always had

    # --- behaviour ------------------------------------------------------------------

    def _open_vault(self) -> None:
        """Open (lock) the folder for this process; problems stay visible in the dialog."""
        if self.vault is None:
            try:
                self.vault = open_vault(self.vault_dir)
            except Exception as error:
                self._show_error(error_text(error), can_unlock=False)
                return
        try:
            names = self.vault.user_names()
        except Exception as error:
            self._show_error(error_text(error), can_unlock=False)
            return
        current = self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItems(names)
        if current:
            self.user_combo.setCurrentText(current)
        self.error_label.hide()
        self.retry_button.hide()
        self._set_busy(False)

    def attempt(self) -> None:
        """Unlock with the typed user and passphrase, off the GUI thread."""
        vault = self.vault
        user = self.user_combo.currentText().strip()
        passphrase = self.passphrase_edit.text()
        if vault is None:
            return
        if not user or not passphrase:
            self._show_error(self.tr("Enter your user name and passphrase."))
            return
        self._run(lambda: Workspace.unlock(vault, user, passphrase))

    def use_recovery_key(self) -> None:
        """Ask for the recovery key, a user and their new passphrase; reset and unlock."""
        from nap_desktop.gui.vault.recovery import RecoveryDialog

        if self.vault is None:
            return
        dialog = RecoveryDialog(user_names=self.vault.user_names(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.recover(dialog.recovery_key, dialog.user_name, dialog.new_passphrase)

    def recover(self, recovery_key: str, user_name: str, new_passphrase: str) -> None:
        """Reset ``user_name``'s passphrase with the recovery key and unlock as them."""
        if self.vault is None:
            return
        self.user_combo.setCurrentText(user_name)
        self._run(recovery_job(self.vault, recovery_key, user_name, new_passphrase))

    def _run(self, job: Callable[[], Workspace]) -> None:
        self._set_busy(True)
        self.error_label.hide()
        self.tasks.run(
            lambda _task: damage_as_vault_error(job),
            on_success=self._done,
            on_failure=self._failed,
            blocks_close=True,  # the KDF cannot be interrupted; it ends within a second
        )

    def _done(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.workspace = workspace
        self.unlocked.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        user = self.user_combo.currentText().strip()
        if isinstance(error, WrongPassphrase):
            # Name the account: typing your own passphrase under someone else's name
            # would otherwise look like a wrong passphrase and lock *them* out.
            message = self.tr("The passphrase for “%1” is wrong. Check the user name and "
                              "Caps Lock, and try again.").replace("%1", user)
        elif isinstance(error, LockedOut):
            message = self.tr("“%1”: %2").replace("%1", user).replace("%2", error_text(error))
        else:
            message = error_text(error)
        self._show_error(message)
        # After the box is enabled again (focus can't go to a disabled one: it went to
        # Quit, and Enter then closed the program).
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def _show_error(self, message: str, *, can_unlock: bool = True) -> None:
        self._set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()
        self.adjustSize()  # room for the message without squeezing the demo hint
        self.unlock_button.setEnabled(can_unlock)
        self.recovery_button.setEnabled(can_unlock)
        self.retry_button.setVisible(not can_unlock)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.unlock_button,
            self.recovery_button,
            self.user_combo,
            self.passphrase_edit,
        ):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(result)


def recovery_job(
    vault: Vault, key: str, user_name: str, new_passphrase: str
) -> Callable[[], Workspace]:
    """Unlock with the recovery key, set ``user_name``'s new passphrase, lock that
    recovery session and unlock again as the user: the session belongs to a person."""

    def job() -> Workspace:
        recovery = Workspace.unlock_with_recovery(vault, key)
        try:
            user = recovery.users.by_name(user_name)
            recovery.users.set_passphrase(user.id, new_passphrase)
        finally:
            recovery.lock()
        return Workspace.unlock(vault, user_name, new_passphrase)

    return job
