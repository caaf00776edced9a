"""The Users dialog against real vaults: add, set a passphrase, remove access (key
rotation), the administrator-only rule, and a session unlocked with the recovery key."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.domain.errors import UnknownUser, WrongPassphrase
from nap_desktop.gui.admin.user_forms import AddUserDialog, PassphraseJobDialog, SetPassphraseDialog
from nap_desktop.gui.admin.users import UsersDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.gui.conftest import ADMIN_PASSPHRASE, MARCUS_PASSPHRASE, TEST_KDF

THU_PASSPHRASE = "velvet compass 71 rhubarb"
NEW_PASSPHRASE = "granite meadow 36 violin"


def users_dialog(qtbot: QtBot, workspace: Workspace) -> UsersDialog:
    dialog = UsersDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def no_question(*_args: object) -> bool:
    raise AssertionError("nothing should have been asked")


def submit_and_wait(qtbot: QtBot, form: PassphraseJobDialog) -> int:
    """Press the form's button and wait for the key slot (busy meanwhile)."""
    with qtbot.waitSignals([form.saved], timeout=20_000):
        form.submit()
        assert form.working and not form.busy.isHidden() and not form.ok_button.isEnabled()
    return form.result()


def fill_add(name: str, full: str, role: Role, first: str, second: str | None = None
             ) -> Callable[[AddUserDialog], None]:
    def fill(form: AddUserDialog) -> None:
        form.name.setText(name)
        form.full_name.setText(full)
        form.role.setCurrentIndex(form.role.findData(role))
        form.fields.first.setText(first)
        form.fields.second.setText(first if second is None else second)

    return fill


def unlock(workspace: Workspace, name: str, passphrase: str) -> Workspace:
    """Lock the administrator's session and unlock the same vault as ``name``."""
    workspace.lock()
    return Workspace.unlock(workspace.vault, name, passphrase)


def test_model_lists_users_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester, workspace: Workspace  # type: ignore[no-untyped-def]
) -> None:
    dialog = users_dialog(qtbot, workspace)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows == [
        ["admin (you)", "Ada Admin", "Administrator", "Active"],
        ["marcus", "Marcus Lee", "Caseworker", "Active"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "User name", "Full name", "Role", "Status"
    ]
    assert not dialog.read_only_note.isVisible() and not dialog.recovery_note.isVisible()


def test_added_user_can_unlock_with_their_passphrase(
    qtbot: QtBot, qtmodeltester, workspace: Workspace  # type: ignore[no-untyped-def]
) -> None:
    dialog = users_dialog(qtbot, workspace)
    fill = fill_add("Thu.Tran", "Thu Tran", Role.SUPERVISOR, THU_PASSPHRASE)

    def run(form: QDialog) -> int:
        assert isinstance(form, AddUserDialog)
        fill(form)
        assert form.fields.is_acceptable()
        return submit_and_wait(qtbot, form)

    dialog.run_dialog = run
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        assert dialog.add_user() is True
    assert "thu.tran" in dialog.status.text()
    new = dialog.selected_user()
    assert new is not None and (new.name, new.role, new.active) == (
        "thu.tran", Role.SUPERVISOR, True
    )
    qtmodeltester.check(dialog.model)
    thu = unlock(workspace, "thu.tran", THU_PASSPHRASE)
    assert thu.user is not None and thu.user.display_name == "Thu Tran"
    assert thu.user.role is Role.SUPERVISOR


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("short one", None, "Use at least 12 characters. A few unrelated words are easy to "
                            "remember."),
        ("password1234", None, "That passphrase is too common."),
        ("Test Shelter Coalition 9", None,
         "Don't use your user name or the agency name in the passphrase."),
        (THU_PASSPHRASE, "velvet compass 71 rhubarB", "Type the same passphrase twice."),
    ],
)
def test_unusable_passphrase_is_refused_with_its_reason(
    qtbot: QtBot, workspace: Workspace, first: str, second: str | None, message: str
) -> None:
    form = AddUserDialog(workspace=workspace)
    qtbot.addWidget(form)
    form.show()
    fill_add("thu", "Thu Tran", Role.CASEWORKER, first, second)(form)
    assert form.fields.problem.text() == message  # the meter's advice, live
    with qtbot.waitSignal(form.failed, timeout=5_000) as blocker:
        form.submit()
    assert blocker.args == [message]
    # Shown once, as the advice under the passphrase, now styled as an error.
    assert form.fields.problem.objectName() == "error" and not form.passphrase_error.isVisible()
    assert not form.working and form.result() == QDialog.DialogCode.Rejected
    assert form.focusWidget() is form.fields.first
    assert [u.name for u in workspace.users.list()] == ["admin", "marcus"]
    form.fields.second.setText(form.fields.second.text() + "x")  # typing again: plain advice
    assert form.fields.problem.objectName() == "hint"


def test_taken_user_name_comes_back_from_the_service_at_its_field(
    qtbot: QtBot, workspace: Workspace
) -> None:
    form = AddUserDialog(workspace=workspace)
    qtbot.addWidget(form)
    form.show()
    fill_add("Marcus", "Another Marcus", Role.CASEWORKER, THU_PASSPHRASE)(form)
    with qtbot.waitSignal(form.failed, timeout=20_000) as blocker:
        form.submit()
    assert blocker.args == ["That user name is taken."]
    assert form.errors["name"].isVisible() and form.focusWidget() is form.name
    assert form.fields.passphrase() == THU_PASSPHRASE  # kept for the second try
    assert form.ok_button.isEnabled()


def test_removing_access_rotates_the_key_and_locks_the_user_out(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = users_dialog(qtbot, workspace)
    marcus = workspace.users.by_name("marcus")
    generation = workspace.unlocked.generation
    questions: list[str] = []
    dialog.ask = lambda _parent, _title, text: questions.append(text) or True
    dialog.select(marcus.id)
    assert dialog.deactivate_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        assert dialog.deactivate_selected() is True
        assert dialog.busy.isVisible() and not dialog.table.isEnabled()
    assert "marcus" in questions[0] and "key" in questions[0]
    assert workspace.unlocked.generation == generation + 1
    assert dialog.model.index(dialog.model.row_of(marcus.id), 3).data() == "Deactivated"
    assert not dialog.deactivate_button.isEnabled()
    assert dialog.reset_button.text() == "Reac&tivate…"
    workspace.lock()
    with pytest.raises(UnknownUser):
        Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    admin = Workspace.unlock(workspace.vault, "admin", ADMIN_PASSPHRASE)
    assert [u.active for u in admin.users.list()] == [True, False]


def test_declined_confirmation_changes_nothing_and_self_removal_is_refused(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = users_dialog(qtbot, workspace)
    dialog.ask = lambda *_a: False
    dialog.select(workspace.users.by_name("marcus").id)
    assert dialog.deactivate_selected() is False
    assert not dialog.working
    dialog.ask = no_question
    dialog.select(workspace.user.id if workspace.user else None)
    assert not dialog.deactivate_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=5_000) as blocker:
        assert dialog.deactivate_selected() is False
    assert blocker.args == ["You cannot remove your own access. Ask another administrator."]
    assert all(u.active for u in workspace.users.list())
    assert workspace.unlocked.has_slot(workspace.users.by_name("marcus").id)


def test_admin_sets_a_new_passphrase_for_a_user(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = users_dialog(qtbot, workspace)
    dialog.select(workspace.users.by_name("marcus").id)

    def run(form: QDialog) -> int:
        assert isinstance(form, SetPassphraseDialog) and "marcus" in form.intro.text()
        form.fields.first.setText(NEW_PASSPHRASE)
        form.fields.second.setText(NEW_PASSPHRASE)
        return submit_and_wait(qtbot, form)

    dialog.run_dialog = run
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        assert dialog.reset_passphrase() is True
    workspace.lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    marcus = Workspace.unlock(workspace.vault, "marcus", NEW_PASSPHRASE)
    assert marcus.user is not None and marcus.user.name == "marcus"


def test_non_administrators_see_the_list_read_only(
    qtbot: QtBot, qtmodeltester, workspace: Workspace  # type: ignore[no-untyped-def]
) -> None:
    marcus = unlock(workspace, "marcus", MARCUS_PASSPHRASE)
    dialog = users_dialog(qtbot, marcus)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2 and dialog.read_only_note.isVisible()
    dialog.ask = no_question
    dialog.run_dialog = no_question  # type: ignore[assignment]
    dialog.select(marcus.users.by_name("admin").id)
    for button in (dialog.add_button, dialog.reset_button, dialog.deactivate_button):
        assert not button.isEnabled()
    expected = "Your role does not allow this: it needs an administrator."
    for action in (dialog.add_user, dialog.reset_passphrase, dialog.deactivate_selected):
        with qtbot.waitSignal(dialog.failed, timeout=5_000) as blocker:
            assert action() is False
        assert blocker.args == [expected]
        assert dialog.message.text() == expected


@pytest.fixture
def recovery_session(tmp_path: Path) -> Iterator[Workspace]:
    """A vault whose administrator forgot their passphrase, unlocked with the recovery key."""
    ws, recovery_key = Workspace.create(
        tmp_path / "recover", agency_name="Recovery Test Agency",
        agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER, admin_name="admin",
        admin_display_name="Ada Admin", passphrase=ADMIN_PASSPHRASE, kdf=TEST_KDF,
    )
    ws.close()
    vault = Vault.open(tmp_path / "recover")
    session = Workspace.unlock_with_recovery(vault, recovery_key)
    yield session
    vault.close()


def test_recovery_session_resets_the_administrators_passphrase(
    qtbot: QtBot, recovery_session: Workspace
) -> None:
    dialog = users_dialog(qtbot, recovery_session)
    assert dialog.recovery_note.isVisible()
    dialog.select(recovery_session.users.by_name("admin").id)
    assert dialog.reset_button.isEnabled()

    def run(form: QDialog) -> int:
        assert isinstance(form, SetPassphraseDialog)
        assert "recovery key" in form.intro.text()
        form.fields.first.setText(NEW_PASSPHRASE)
        form.fields.second.setText(NEW_PASSPHRASE)
        return submit_and_wait(qtbot, form)

    dialog.run_dialog = run
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        assert dialog.reset_passphrase() is True
    vault = recovery_session.vault
    recovery_session.lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(vault, "admin", ADMIN_PASSPHRASE)
    admin = Workspace.unlock(vault, "admin", NEW_PASSPHRASE)
    assert admin.user is not None and admin.user.role is Role.ADMIN
    admin.lock()


class LockingWindow(QWidget):
    locked = Signal()


def test_admin_users_menu_opens_the_dialog_and_lock_closes_it(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[UsersDialog] = []

    def record(dialog: UsersDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(UsersDialog, "exec", record)
    main_window.open_users()  # report_error raises in this fixture: no ImportError
    assert len(opened) == 1 and opened[0].model.rowCount() >= 2
    window = LockingWindow()
    qtbot.addWidget(window)
    dialog = UsersDialog(workspace=main_window.workspace, parent=window)
    dialog.show()
    window.locked.emit()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_every_control_is_named_with_distinct_mnemonics(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = users_dialog(qtbot, workspace)
    dialog.select(workspace.users.by_name("marcus").id)
    forms = [
        dialog,
        AddUserDialog(workspace=workspace, parent=dialog),
        SetPassphraseDialog(workspace=workspace, user=workspace.users.by_name("marcus"),
                            parent=dialog),
    ]
    for form in forms:
        controls = [w for w in form.findChildren(QWidget) if w.window() is form
                    and isinstance(w, (QLineEdit, QComboBox, QPushButton, QTableView))]
        assert controls
        for control in controls:
            assert control.accessibleName(), (type(form).__name__, control)
        texts = [w.text() for w in form.findChildren(QWidget) if w.window() is form
                 and isinstance(w, (QLabel, QPushButton)) and "&" in w.text()]
        keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts]  # type: ignore[union-attr]
        assert len(keys) == len(set(keys)), (type(form).__name__, sorted(texts))


def test_a_caseworker_changes_their_own_passphrase(qtbot: QtBot, workspace: Workspace) -> None:
    """File ▸ Change my passphrase…: the current one first, then the new one."""
    from nap_desktop.gui.admin.user_forms import ChangeOwnPassphraseDialog

    workspace.lock()
    marcus = Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    dialog = ChangeOwnPassphraseDialog(workspace=marcus)
    qtbot.addWidget(dialog)
    new = "lantern orchard copper 91 tide"
    dialog.current.setText("not my passphrase at all")
    dialog.fields.first.setText(new)
    dialog.fields.second.setText(new)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.submit()
    assert "wrong" in dialog.errors["current"].text() and dialog.current.text() == ""
    dialog.current.setText(MARCUS_PASSPHRASE)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    marcus.close()
    with Vault.open(workspace.vault.path) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock("marcus", MARCUS_PASSPHRASE)
        vault.unlock("marcus", new).lock()


def test_a_role_raised_in_sql_shows_as_signed_with_a_warning_and_the_root(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from tests.insider.attacker import own_keys, raw_sql

    path = workspace.vault.path
    workspace.lock()
    dek, _key = own_keys(path, "marcus", MARCUS_PASSPHRASE)
    with raw_sql(path, dek) as conn:
        conn.execute("UPDATE users SET role = 'admin' WHERE name = 'marcus'")
    ws = Workspace.unlock(workspace.vault, "admin", ADMIN_PASSPHRASE)
    dialog = users_dialog(qtbot, ws)
    roles = {u.name: u.role for u in dialog.model.users}
    assert roles["marcus"] is Role.CASEWORKER
    assert dialog.tamper_note.isVisible() and "nap check" in dialog.tamper_note.text()
    assert dialog.root_note.isVisible()
    assert ws.ctx.authority is not None
    assert ws.ctx.authority.root_fingerprint in dialog.root_note.text()
    ws.lock()


def test_about_shows_the_root_of_authority(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    assert workspace.ctx.authority is not None
    assert workspace.ctx.authority.root_fingerprint in window.about_text()
