"""The Users dialog (Admin › Users…): who can unlock this vault, with which role.

Administrators add users, set a new passphrase for someone (also after a recovery-key
unlock, and to reactivate a deactivated account) and remove access, which deletes the
user's key slot and rotates the data key. Other roles see the list read-only. Key
derivation and rotation run off the GUI thread with a busy bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.admin.user_forms import AddUserDialog, SetPassphraseDialog
from nap_desktop.gui.case.models import MUTED_TEXT, RowsModel
from nap_desktop.gui.forms.ui_users import Ui_UsersDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.vaults import is_recovery_session


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A modal question; tests replace ``UsersDialog.ask`` instead of clicking it."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class UsersModel(RowsModel):
    """The vault's users: name, full name, role, active. ``me`` is marked "(you)"."""

    def __init__(self, users: list[User], *, me: str | None, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                        self.tr("Status")]
        self.me = me
        self.rows = list(users)

    @property
    def users(self) -> list[User]:
        return self.rows

    def display(self, user: User, column: int) -> str:
        if column == 0:
            return user.name + (self.tr(" (you)") if user.id == self.me else "")
        if column == 1:
            return user.display_name
        if column == 2:
            return label(user.role)
        return self.tr("Active", "user account") if user.active else self.tr("Deactivated")

    def foreground(self, user: User, column: int) -> QColor | None:
        return None if user.active else MUTED_TEXT

    def tooltip(self, user: User, column: int) -> str | None:
        return None if user.active else self.tr(
            "Deactivated: this person can no longer unlock the vault.")

    def replace(self, users: list[User]) -> None:
        self.set_rows(users)



class UsersDialog(QDialog):
    """``changed`` after a user was added, reset or deactivated; ``failed`` with the
    message of a refusal. Modals go through :attr:`run_dialog` and :attr:`ask`."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, *, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._set_busy)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        me = workspace.user
        self.me: str | None = me.id if me else None
        self.is_admin = me is not None and role_at_least(me.role, Role.ADMIN)
        self.recovery = is_recovery_session(workspace)
        self.model = UsersModel(workspace.users.list(), me=self.me, parent=self)
        self._build()
        self._update_buttons()
        locked = getattr(parent, "locked", None)
        if locked is not None:
            locked.connect(self.reject)  # no user administration over a locked window

    def _build(self) -> None:
        """The form is ``ui/users.ui``; here what depends on the session is shown or hidden."""
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.recovery_note, self.read_only_note = ui.recovery_note, ui.read_only_note
        self.tamper_note, self.root_note, self.table = ui.tamper_note, ui.root_note, ui.table
        self.busy, self.message, self.status = ui.busy, ui.message, ui.status
        self.add_button, self.reset_button = ui.add_button, ui.reset_button
        self.deactivate_button = ui.deactivate_button
        self.recovery_note.setVisible(self.recovery)
        self.read_only_note.setVisible(not self.is_admin)
        self.tamper_note.setVisible(bool(getattr(self.ws, "integrity_warnings", [])))
        authority = getattr(getattr(self.ws, "ctx", None), "authority", None)
        root = authority.root_fingerprint if authority is not None else ""
        self.root_note.setText(self.root_note.text().replace("%1", root))
        self.root_note.setVisible(bool(root))
        self.table.setModel(self.model)
        # Designer has no section resize mode for a table view's header.
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for button, slot in (
            (self.add_button, self.add_user),
            (self.reset_button, self.reset_passphrase),
            (self.deactivate_button, self.deactivate_selected),
            (ui.close_button, self.accept),
        ):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        self.busy.hide()
        self.message.hide()

    # --- state ------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        current = self.selected_user()
        keep = select_id or (current.id if current is not None else None)
        self.model.replace(self.ws.users.list())
        self.select(keep)

    def select(self, user_id: str | None) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        user, busy = self.selected_user(), self.working
        self.add_button.setEnabled(self.is_admin and not busy)
        self.reset_button.setEnabled(self.is_admin and not busy and user is not None)
        self.reset_button.setText(
            self.tr("Reac&tivate…") if user is not None and not user.active
            else self.tr("Set &passphrase…")
        )
        removable = user is not None and user.active and user.id != self.me
        self.deactivate_button.setEnabled(self.is_admin and not busy and removable)
        self.deactivate_button.setToolTip(
            self.tr("You cannot remove your own access.")
            if user is not None and user.id == self.me else ""
        )
        self.table.setEnabled(not busy)

    # --- actions ----------------------------------------------------------------------

    def _refuse(self, text: str) -> bool:
        self.status.clear()
        self.message.setText(text)
        self.message.setVisible(True)
        self.failed.emit(text)
        return False

    def _admin_only(self) -> bool:
        if self.is_admin:
            return True
        return self._refuse(self.tr("Your role does not allow this: it needs an administrator."))

    def _succeeded(self, text: str, user_id: str | None) -> None:
        self.message.setVisible(False)
        self.status.setText(text)
        self.refresh(user_id)
        self.changed.emit()

    def add_user(self) -> bool:
        """Ask for the new user's details and passphrase; True when the user exists."""
        if not self._admin_only():
            return False
        form = AddUserDialog(workspace=self.ws, parent=self)
        accepted = bool(self.run_dialog(form)) and form.user is not None
        form.deleteLater()
        if accepted and form.user is not None:
            self._succeeded(self.tr("Added %1. They can unlock with their passphrase now.")
                            .replace("%1", form.user.name), form.user.id)
        return accepted

    def reset_passphrase(self) -> bool:
        """Set a new passphrase for the selected user (reactivating a deactivated one)."""
        user = self.selected_user()
        if user is None or not self._admin_only():
            return False
        form = SetPassphraseDialog(
            workspace=self.ws, user=user, recovery=self.recovery, parent=self
        )
        accepted = bool(self.run_dialog(form)) and form.user is not None
        form.deleteLater()
        if accepted:
            text = (self.tr("%1's passphrase was changed.") if user.active
                    else self.tr("%1 was reactivated with the new passphrase."))
            self._succeeded(text.replace("%1", user.name), user.id)
        return accepted

    def deactivate_selected(self) -> bool:
        """After a confirmation, remove the selected user's access off the GUI thread.
        Returns True when the work started."""
        user = self.selected_user()
        if user is None or not self._admin_only():
            return False
        if user.id == self.me:
            return self._refuse(self.tr("You cannot remove your own access. Ask another "
                                        "administrator."))
        question = self.tr(
            "Remove %1's access to this vault? Their key slot is deleted and the vault key "
            "is changed, so copies of their passphrase or old key files no longer open it. "
            "Their past work stays in the history."
        ).replace("%1", f"{user.name} ({user.display_name})")
        if not self.ask(self, self.tr("Remove access"), question):
            return False
        users, user_id = self.ws.users, user.id
        self.message.setVisible(False)
        self.status.setText(self.tr("Removing access and changing the vault key…"))
        self.tasks.run(
            lambda _task: users.deactivate(user_id),
            on_success=lambda _u: self._deactivated(user),
            on_failure=self._deactivate_failed,
            blocks_close=True,  # the key rotation cannot be interrupted; it ends within seconds
        )
        return True

    def _deactivated(self, user: User) -> None:
        self._succeeded(
            self.tr("Removed %1's access; the vault key was changed.").replace("%1", user.name),
            user.id,
        )

    def _deactivate_failed(self, error: BaseException) -> None:
        self._refuse(error_text(error))
        self.refresh()

    @property
    def working(self) -> bool:
        """The vault key is being changed (buttons off, the dialog does not close)."""
        return self.tasks.busy

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self._update_buttons()

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(result)
