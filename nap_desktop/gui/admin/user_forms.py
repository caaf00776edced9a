"""The two forms behind the Users dialog: add a user, and set someone's new passphrase.

Both end in Argon2id key derivation (a new key slot), so the service call runs off the
GUI thread with a busy bar. The form stays open on a refusal and shows the service's
message under the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import LockedOut, ValidationError, WrongPassphrase
from nap_desktop.gui.forms.ui_add_user import Ui_AddUserDialog
from nap_desktop.gui.forms.ui_change_own_passphrase import Ui_ChangeOwnPassphraseDialog
from nap_desktop.gui.forms.ui_set_passphrase import Ui_SetPassphraseDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.inline import InlineErrors
from nap_desktop.gui.widgets.labels import options
from nap_desktop.gui.widgets.passphrase import NewPassphraseFields

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class PassphraseJobDialog(QDialog):
    """A form whose saving derives a key: ``job()`` runs on a pool thread.

    Each subclass has its own Designer form (``ui/add_user.ui``...), which names the parts
    every such form has alike: ``fields``, ``passphrase_error``, ``busy``, ``message`` and
    ``buttons``. ``saved`` carries the stored user; ``failed`` the message of a refusal."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.tasks = TaskRunner(self)
        self.user: User | None = None
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        #: each field's message clears on its next edit (as in every form)
        self.inline = InlineErrors()

    def adopt(self, ui: Any, ok_text: str) -> None:
        """Take over the common parts of the subclass's form ``ui`` (after ``setupUi``)."""
        self.fields: NewPassphraseFields = ui.fields
        self.fields.agency_name = self.ws.agency.name
        self.busy: QProgressBar = ui.busy
        self.busy.hide()
        self.message: QLabel = ui.message
        self.message.hide()
        self.passphrase_error: QLabel = ui.passphrase_error
        self.passphrase_error.hide()
        self.errors["passphrase"] = self.passphrase_error
        self.widgets["passphrase"] = self.fields.first
        self.inline.general = self.message
        self.inline.add("passphrase", self.fields.first, self.passphrase_error)
        self.buttons: QDialogButtonBox = ui.buttons
        # A button with its own text: Designer only places standard ones in a button box.
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        QWidget.setTabOrder(self.ok_button, cancel)  # as before: the action, then Cancel
        self.buttons.setFocusProxy(self.ok_button)  # as Qt did for the box built in code
        self.ok_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(lambda: self._set_advice_style("hint"))

    def add_field(self, key: str, widget: QWidget, error: QLabel) -> None:
        """A field of the form whose service errors show in ``error`` underneath it."""
        error.setAccessibleName(
            self.tr("Problem with %1").replace("%1", widget.accessibleName())
        )
        error.hide()
        self.widgets[key], self.errors[key] = widget, error
        self.inline.add(key, widget, error)

    # --- for subclasses ------------------------------------------------------------

    def job(self) -> Callable[[], User]:
        """The service call to run off the GUI thread (reads the widgets now, not there)."""
        raise NotImplementedError

    # --- behaviour ------------------------------------------------------------------

    def submit(self) -> None:
        """Check the passphrase here, then let the service store it off the GUI thread."""
        if self.working:
            return
        self.clear_messages()
        problem = self.fields.problem_text()
        if problem:
            self._show(problem, "passphrase")
            return
        self._set_busy(True)
        job = self.job()
        # The key derivation cannot be interrupted; it ends within a second.
        self.tasks.run(lambda _task: job(), on_success=self._done, on_failure=self._failed,
                       blocks_close=True)

    def _done(self, user: Any) -> None:
        self._set_busy(False)
        self.user = user
        self.saved.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        field = error.field if isinstance(error, ValidationError) else None
        self._show(error_text(error), field)

    def _show(self, text: str, field: str | None) -> None:
        if field == "passphrase" and text == self.fields.problem.text():
            self._set_advice_style("error")  # the advice already says it: make it stand out
        else:
            target = self.errors.get(field or "", self.message)
            target.setText(text)
            target.setVisible(True)
        widget = self.widgets.get(field or "")
        if widget is not None:
            widget.setFocus()
        self.failed.emit(text)

    def clear_messages(self) -> None:
        for lab in (*self.errors.values(), self.message):
            lab.clear()
            lab.setVisible(False)
        self._set_advice_style("hint")

    def _set_advice_style(self, name: str) -> None:
        advice = self.fields.problem
        if advice.objectName() != name:
            advice.setObjectName(name)
            advice.style().unpolish(advice)
            advice.style().polish(advice)

    @property
    def working(self) -> bool:
        """The key slot is being made (the form is disabled and does not close)."""
        return self.tasks.busy

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (*self.widgets.values(), self.fields, self.buttons):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        self.fields.clear()  # no passphrase lingers in a closed dialog
        super().done(result)


class AddUserDialog(PassphraseJobDialog):
    """A new user with a role and their own passphrase (they unlock with it).
    Layout: ``ui/add_user.ui``."""

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, parent=parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self.name, self.full_name, self.role = self.ui.name, self.ui.full_name, self.ui.role
        for member, text in options(Role):
            self.role.addItem(text, member)
        self.role.setCurrentIndex(self.role.findData(Role.CASEWORKER))
        self.add_field("name", self.name, self.ui.name_error)
        self.add_field("display_name", self.full_name, self.ui.full_name_error)
        self.add_field("role", self.role, self.ui.role_error)
        self.adopt(self.ui, self.tr("Add &user"))
        self.name.textChanged.connect(self._name_changed)
        self.name.setFocus()

    def _name_changed(self, text: str) -> None:
        self.fields.user_name = text.strip().lower()
        self.fields._update()  # the rules depend on the user name: re-check them

    def job(self) -> Callable[[], User]:
        users, name, display = self.ws.users, self.name.text(), self.full_name.text()
        role, passphrase = self.role.currentData(), self.fields.passphrase()
        return lambda: users.add(
            name=name, display_name=display, role=role, passphrase=passphrase
        )


class SetPassphraseDialog(PassphraseJobDialog):
    """An administrator sets a new passphrase for someone (or themselves); for a
    deactivated account this reactivates it with a fresh key slot."""

    def __init__(
        self, *, workspace: Workspace, user: User, recovery: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace=workspace, parent=parent)
        self.ui = Ui_SetPassphraseDialog()
        self.ui.setupUi(self)
        self.target = user
        self.setWindowTitle(self.windowTitle().replace("%1", user.name))
        intro = self.tr("Set a new passphrase for %1 (%2). Their old one stops working.")
        if not user.active:
            intro = self.tr(
                "%1 (%2) is deactivated. A new passphrase reactivates the account with a "
                "new key slot."
            )
        if recovery:
            intro += " " + self.tr("This session was unlocked with the recovery key.")
        self.intro = self.ui.intro
        self.intro.setText(intro.replace("%1", user.name).replace("%2", user.display_name))
        self.adopt(self.ui, self.tr("&Set passphrase") if user.active else self.tr("&Reactivate"))
        self.fields.user_name = user.name
        self.fields.first.setFocus()

    def job(self) -> Callable[[], User]:
        users, user_id, passphrase = self.ws.users, self.target.id, self.fields.passphrase()
        return lambda: users.set_passphrase(user_id, passphrase)


class ChangeOwnPassphraseDialog(PassphraseJobDialog):
    """File ▸ Change my passphrase…: the current passphrase first (someone at an unlocked
    screen cannot take the account over), then the new one twice with the strength meter."""

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, parent=parent)
        self.ui = Ui_ChangeOwnPassphraseDialog()
        self.ui.setupUi(self)
        self.current = self.ui.current
        self.add_field("current", self.current, self.ui.current_error)
        self.adopt(self.ui, self.tr("C&hange passphrase"))
        user = workspace.user
        self.fields.user_name = user.name if user is not None else ""
        self.current.setFocus()

    def job(self) -> Callable[[], User]:
        users, current, new = self.ws.users, self.current.text(), self.fields.passphrase()
        return lambda: users.change_own_passphrase(current, new)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (WrongPassphrase, LockedOut)):
            self._set_busy(False)
            self.current.clear()
            self._show(error_text(error), "current")
            return
        super()._failed(error)

    def done(self, result: int) -> None:
        if not self.working:
            self.current.clear()
        super().done(result)
