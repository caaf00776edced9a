"""Forms that behave (issue #11): an inline error goes when its field is fixed, unticking
"Unknown" fills in nothing, Enter / Ctrl+Enter confirm dialogs, and Save does not move
from under the mouse pointer when an error appears."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.case.client_tab import ClientForm
from nap_desktop.gui.case.dialogs import ActionDialog, FormDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.releases_tab import ReleaseForm
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case


def new_case(qtbot: QtBot, ws: Workspace) -> NewCaseDialog:
    dialog = NewCaseDialog(workspace=ws)
    qtbot.addWidget(dialog)
    dialog.referral_box.setChecked(False)
    dialog.show()
    return dialog


def where(button: QWidget) -> QRect:
    """The button's place in its window (what the mouse pointer is over)."""
    return QRect(button.mapTo(button.window(), QPoint(0, 0)), button.size())


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Let pending layout requests run (a shown label resizes its layouts later)."""
    layout = widget.layout()
    assert layout is not None
    layout.activate()
    qtbot.wait(0)  # one turn of the event loop, not a timed sleep
    layout.activate()


# --- errors that clear ----------------------------------------------------------------


def test_a_missing_name_error_goes_as_soon_as_a_name_is_typed(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    assert dialog.submit() is False
    error = dialog.errors["legal_name"]
    assert error.isVisible() and "legal name" in error.text()
    qtbot.keyClicks(dialog.legal_name, "Rosa")
    assert not error.isVisible() and error.text() == ""


def test_a_future_birth_date_error_goes_when_the_date_is_corrected(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    dialog.legal_name.setText("Rosa")
    dialog.dob.set_value(workspace.ctx.today() + timedelta(days=3))
    assert dialog.submit() is False
    error = dialog.errors["date_of_birth"]
    assert error.isVisible()
    past = workspace.ctx.today() - timedelta(days=30 * 365)
    dialog.dob.edit.setDate(QDate(past.year, past.month, past.day))
    assert not error.isVisible()


def test_every_field_of_the_new_case_dialog_clears_its_own_error(
        qtbot: QtBot, workspace: Workspace) -> None:
    """One mechanism, so every field behaves alike (not one fix per field)."""
    from nap_desktop.domain.enums import AgencyKind

    workspace.agencies.add_partner(name="HSI Test Field Office", kind=AgencyKind.LE_FEDERAL)
    workspace.agencies.add_partner(name="Harbor Test Shelter", kind=AgencyKind.HOUSING)
    dialog = new_case(qtbot, workspace)
    dialog.referral_box.setChecked(True)
    for key, widget in dialog.widgets.items():
        dialog.show_error(ValidationError("Problem.", field=key))
        assert dialog.errors[key].isVisible(), key
        edit_somehow(widget)
        assert not dialog.errors[key].isVisible(), key


def edit_somehow(widget: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from nap_desktop.gui.widgets.common import CheckGrid, DateField

    if isinstance(widget, QLineEdit):
        widget.setText(widget.text() + "x")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(widget.toPlainText() + "x")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex((widget.currentIndex() + 1) % widget.count())
    elif isinstance(widget, QAbstractButton):
        widget.toggle()
    elif isinstance(widget, DateField):
        widget.none_box.setChecked(False)
        widget.edit.setDate(QDate(1990, 5, 17))
    elif isinstance(widget, CheckGrid):
        next(iter(widget.boxes.values())).toggle()
    else:
        raise AssertionError(f"no way to edit {type(widget).__name__}")


def test_the_message_for_the_whole_form_goes_on_the_next_edit(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    dialog.show_error(RuntimeError("The vault is busy."))
    assert dialog.message.isVisible()
    dialog.legal_name.setText("Rosa")
    assert not dialog.message.isVisible()


# --- unticking "Unknown" ----------------------------------------------------------------


def test_unticking_unknown_birth_date_leaves_minor_alone_and_asks_for_the_date(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    dialog.legal_name.setText("Rosa")
    assert dialog.dob.value() is None and not dialog.minor.isChecked()
    dialog.dob.none_box.setChecked(False)
    assert not dialog.minor.isChecked() and dialog.minor.isEnabled()  # nothing else moved
    assert dialog.dob.value() is None and dialog.dob.missing()
    assert dialog.dob.edit.text() == "—"  # not today's date
    assert dialog.submit() is False
    error = dialog.errors["date_of_birth"]
    assert error.text() == "Enter the date, or tick “Unknown”."
    assert dialog.client_id is None
    born = workspace.ctx.today() - timedelta(days=40 * 365)
    dialog.dob.edit.setDate(QDate(born.year, born.month, born.day))
    assert not error.isVisible()
    assert dialog.submit() is True


def test_unticking_unknown_in_the_client_editor_keeps_the_minor_tick_as_it_was(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    form = ClientForm(workspace=workspace)
    qtbot.addWidget(form)
    form.show()
    form.bind(workspace.cases.get_case(planted.client_id).client)
    assert form.dob.value() is None and not form.minor.isChecked()
    form.dob.none_box.setChecked(False)
    assert not form.minor.isChecked() and form.dob.missing()
    form.legal_name.setText("Renamed")  # something to save
    assert form.save() is False
    assert form.errors["date_of_birth"].text() == "Enter the date, or tick “Unknown”."
    form.dob.none_box.setChecked(True)
    assert not form.errors["date_of_birth"].isVisible()
    assert form.save() is True


def test_an_empty_date_starts_from_today_only_when_the_person_steps_it(
        qtbot: QtBot) -> None:
    from nap_desktop.gui.widgets.common import DateField

    field = DateField("Unknown")
    qtbot.addWidget(field)
    field.show()
    field.none_box.setChecked(False)
    assert field.value() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == date.today()


# --- Enter and Ctrl+Enter ---------------------------------------------------------------


def text_dialog(qtbot: QtBot) -> tuple[QDialog, QLineEdit, QPlainTextEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    line, text = QLineEdit(), QPlainTextEdit()
    buttons = QDialogButtonBox()
    ok = QPushButton("&Record")
    ok.setAutoDefault(False)  # no default until the dialog is shown
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (line, text, buttons):
        layout.addWidget(widget)
    dialog.show()
    return dialog, line, text


def test_enter_in_a_line_confirms_the_dialog(qtbot: QtBot) -> None:
    dialog, line, _text = text_dialog(qtbot)
    line.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(line, Qt.Key.Key_Return)


def test_enter_in_a_text_box_is_a_new_line_and_ctrl_enter_confirms(qtbot: QtBot) -> None:
    dialog, _line, text = text_dialog(qtbot)
    text.setFocus()
    qtbot.keyClicks(text, "first")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "second")
    assert text.toPlainText() == "first\nsecond" and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert text.toPlainText() == "first\nsecond"  # no stray line break


def test_ctrl_enter_in_the_new_case_safe_contact_box_creates_the_case(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    dialog.legal_name.setText("Rosa")
    dialog.safe_contact.setFocus()
    with qtbot.waitSignal(dialog.created, timeout=2000):
        qtbot.keyClick(dialog.safe_contact, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)


def test_enter_in_a_date_confirms_a_status_dialog(qtbot: QtBot) -> None:
    done: list[date] = []
    dialog = ActionDialog(title="Revoke release", text="…", date_text="Re&voked on:",
                          default=date(2026, 3, 1), button_text="Re&voke release",
                          action=lambda when, _c: done.append(when), parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert done == [date(2026, 3, 1)]


# --- buttons that stay put ----------------------------------------------------------------


def test_record_release_does_not_move_when_its_error_appears(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    case = workspace.cases.get_case(planted.client_id)
    dialog = FormDialog(ReleaseForm(workspace=workspace, case=case), title="New release",
                        parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    save, before = dialog.form.save_button, where(dialog.form.save_button)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) or next(
        b for b in dialog.buttons.buttons() if b is not save)
    assert where(cancel).top() == before.top()  # side by side, not stacked
    save.click()
    error = dialog.form.errors["recipient"]
    assert error.isVisible()
    settle(qtbot, dialog)
    assert where(save) == before


def test_create_case_does_not_move_when_an_error_appears(
        qtbot: QtBot, workspace: Workspace) -> None:
    dialog = new_case(qtbot, workspace)
    settle(qtbot, dialog)
    before = where(dialog.create_button)
    dialog.create_button.click()
    assert dialog.errors["legal_name"].isVisible()
    settle(qtbot, dialog)
    assert where(dialog.create_button) == before
    dialog.show_error(RuntimeError("The vault is busy; try again."))  # the general line
    settle(qtbot, dialog)
    assert where(dialog.create_button) == before


def test_a_refused_status_action_leaves_its_button_in_place(qtbot: QtBot) -> None:
    def refuse(_when: date, _choice: object) -> None:
        raise ValidationError("The date cannot be before the release was signed.")

    dialog = ActionDialog(title="Revoke release", text="…", date_text="Re&voked on:",
                          default=date(2026, 3, 1), button_text="Re&voke release",
                          action=refuse, parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    ok = next(b for b in dialog.findChildren(QPushButton) if "voke" in b.text())
    before = where(ok)
    ok.click()
    assert dialog.error.isVisible()
    settle(qtbot, dialog)
    assert where(ok) == before
    dialog.date.setDate(QDate(2026, 3, 2))  # a new try: the old message goes
    assert not dialog.error.isVisible()


def test_save_in_the_client_tab_stays_put_when_a_field_error_appears(
        qtbot: QtBot, workspace: Workspace) -> None:
    from nap_desktop.gui.case.view import CaseView
    from nap_desktop.gui.widgets.common import Choice

    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1590, 840)  # 1600x1000 maximised, less the window's bars
    view.show()
    view.show_tab(view.client_tab)
    form = view.client_tab.form
    form.legal_name.clear()
    settle(qtbot, view.client_tab)
    before = where(form.save_button)
    assert form.save() is False
    assert form.errors["legal_name"].isVisible()
    settle(qtbot, view.client_tab)
    assert where(form.save_button) == before
    assert before.width() <= form.save_button.sizeHint().width()  # a button, not a bar


def test_the_add_user_form_clears_a_name_error_when_the_name_changes(
        qtbot: QtBot, workspace: Workspace) -> None:
    from nap_desktop.gui.admin.user_forms import AddUserDialog

    dialog = AddUserDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._show("That user name is taken.", "name")
    assert dialog.errors["name"].isVisible()
    qtbot.keyClicks(dialog.name, "2")
    assert not dialog.errors["name"].isVisible()
