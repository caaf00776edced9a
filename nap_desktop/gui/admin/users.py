"""The Users dialog (Admin › Users…): who can unlock this vault, with which role.

Administrators add users, set a new passphrase for someone (also after a recovery-key
unlock, and to reactivate a deactivated account) and remove access, which deletes the
user's key slot and rotates the data key. Other roles see the list read-only. Key
derivation and rotation run off the GUI thread with a busy bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.admin.user_forms import AddUserDialog, SetPassphraseDialog, busy_bar
from nap_desktop.gui.case.models import MUTED_TEXT, RowsModel
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import error_label, hint_label
from nap_desktop.gui.widgets.labels import label
from nap_desktop.gui.worker import run_in_background
from nap_desktop.store.keyslots import PURPOSE_RECOVERY

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


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
        return self.tr("Active") if user.active else self.tr("Deactivated")

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

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        me = workspace.user
        self.me: str | None = me.id if me else None
        self.is_admin = me is not None and role_at_least(me.role, Role.ADMIN)
        self.recovery = getattr(workspace.unlocked, "purpose", "") == PURPOSE_RECOVERY
        self.setWindowTitle(self.tr("Users"))
        self.resize(720, 440)
        self.model = UsersModel(workspace.users.list(), me=self.me, parent=self)
        self._build()
        self._update_buttons()
        locked = getattr(parent, "locked", None)
        if locked is not None:
            locked.connect(self.reject)  # no user administration over a locked window

    def _build(self) -> None:
        tr = self.tr
        self.recovery_note = hint_label(tr(
            "This session was unlocked with the recovery key. Choose the person who forgot "
            "their passphrase and set a new one; they unlock with it from now on."
        ))
        self.recovery_note.setVisible(self.recovery)
        self.read_only_note = hint_label(tr(
            "Only an administrator can add users, set passphrases or remove access."
        ))
        self.read_only_note.setVisible(not self.is_admin)
        self.tamper_note = error_label()
        self.tamper_note.setText(tr(
            "The checks at unlock found that the signed user records, the key slots or the "
            "audit log were altered: roles apply as signed. Run “nap check” for the details "
            "and restore a backup."
        ))
        self.tamper_note.setVisible(bool(getattr(self.ws, "integrity_warnings", [])))
        authority = getattr(getattr(self.ws, "ctx", None), "authority", None)
        root = authority.root_fingerprint if authority is not None else ""
        self.root_note = hint_label(tr(
            "Root of authority (the signing key of the person who set up this vault): %1. "
            "Compare it with the fingerprint noted at setup."
        ).replace("%1", root))
        self.root_note.setAccessibleName(tr("Root of authority"))
        self.root_note.setVisible(bool(root))
        self.table = QTableView()
        self.table.setAccessibleName(tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = self._button(tr("&Add user…"), tr("Add a user"), self.add_user)
        self.reset_button = self._button(
            tr("Set &passphrase…"), tr("Set a new passphrase for the selected user"),
            self.reset_passphrase,
        )
        self.deactivate_button = self._button(
            tr("&Remove access…"), tr("Remove the selected user's access"),
            self.deactivate_selected,
        )
        close = self._button(tr("&Close"), tr("Close"), self.accept)
        self.working = False
        self.busy = busy_bar(tr("Changing the vault key, please wait"))
        self.message = error_label()
        self.message.setAccessibleName(tr("Problem"))
        self.status = hint_label()
        self.status.setAccessibleName(tr("Result"))
        row = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (self.recovery_note, self.read_only_note, self.tamper_note, self.table,
                       self.root_note, self.busy, self.message, self.status):
            layout.addWidget(widget)
        layout.addLayout(row)

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

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
        self._set_busy(True)
        run_in_background(
            lambda: users.deactivate(user_id),
            on_done=lambda _u: self._deactivated(user),
            on_error=self._deactivate_failed,
            parent=self,
        )
        return True

    def _deactivated(self, user: User) -> None:
        self._set_busy(False)
        self._succeeded(
            self.tr("Removed %1's access; the vault key was changed.").replace("%1", user.name),
            user.id,
        )

    def _deactivate_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._refuse(error_text(error))
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.working = busy
        self.busy.setVisible(busy)
        self._update_buttons()

    def done(self, result: int) -> None:
        if self.working:
            return  # the key rotation cannot be interrupted; it ends within seconds
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)
