"""The Client tab as a new user met it: "Under 18" follows a known date of birth both
ways (and the case header's "Minor" badge with it), stays the caseworker's tick while
the date is unknown, and a field's inline error goes as soon as that field is edited,
while the other fields' errors stay and Save still checks everything."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.case.client_tab import ClientForm
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import CheckGrid, Choice, DateField
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.conftest import PlantedCase, plant_case
from tests.gui.test_case_view import set_date

ADULT = date(2000, 1, 1)


def years_ago(ws: Workspace, years: int) -> date:
    today = ws.ctx.today()
    return date(today.year - years, 1, 1)


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)  # no date of birth, not a minor


def open_client(qtbot: QtBot, ws: Workspace, client_id: str) -> tuple[CaseView, ClientForm]:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD  # closing at teardown drops leftovers
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_tab(view.client_tab)
    return view, view.client_tab.form


def chips(view: CaseView) -> list[str]:
    texts = []
    for i in range(view.chips.count()):
        item = view.chips.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            texts.append(widget.text())  # type: ignore[attr-defined]
    return texts


def stored_minor(ws: Workspace, client_id: str) -> bool:
    return ws.cases.get_case(client_id).client.personal.is_minor


# --- "Under 18" ----------------------------------------------------------------------------


def test_under_18_follows_the_birth_date_both_ways(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view, form = open_client(qtbot, workspace, planted.client_id)
    assert form.minor.isEnabled() and not form.minor.isChecked()
    assert "even without a date of birth" in form.minor_hint.text()

    set_date(form.dob, years_ago(workspace, 10))
    assert form.minor.isChecked() and not form.minor.isEnabled()  # decided by the date
    assert "Set from the date of birth" in form.minor_hint.text()
    assert form.save(), form.message.text()
    assert stored_minor(workspace, planted.client_id) and "Minor" in chips(view)

    # The report: 1 Jan 2000 is an adult's date; "Under 18" and the badge must go.
    set_date(form.dob, ADULT)
    assert not form.minor.isChecked() and not form.minor.isEnabled()
    assert form.save(), form.message.text()
    assert not stored_minor(workspace, planted.client_id)
    assert "Minor" not in chips(view)
    assert not form.minor.isChecked() and not form.is_dirty()


def test_without_a_birth_date_the_tick_is_by_hand_and_never_lost_unseen(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view, form = open_client(qtbot, workspace, planted.client_id)
    form.minor.click()  # an age can be known without a date of birth
    assert form.save(), form.message.text()
    assert stored_minor(workspace, planted.client_id) and "Minor" in chips(view)

    set_date(form.dob, ADULT)
    assert not form.minor.isChecked()  # the date decides while it is known
    set_date(form.dob, None)
    assert form.minor.isChecked() and form.minor.isEnabled()  # the hand tick is back
    assert not form.is_dirty()

    # A date that made them a minor, then cleared: the tick on show stays.
    form.minor.click()
    assert form.save() and not stored_minor(workspace, planted.client_id)
    set_date(form.dob, years_ago(workspace, 15))
    set_date(form.dob, None)
    assert form.minor.isChecked() and form.minor.isEnabled()
    assert form.save(), form.message.text()
    assert stored_minor(workspace, planted.client_id)


def test_a_stale_minor_flag_shows_as_the_date_says_and_the_next_save_fixes_it(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    """Saved before the fix (or before the survivor turned 18): adult date, flag set."""
    with workspace.ctx.unit_of_work() as s:
        s.execute(update(m.ClientPersonalRow)
                  .where(m.ClientPersonalRow.client_id == planted.client_id)
                  .values(date_of_birth=ADULT, is_minor=True))
    view, form = open_client(qtbot, workspace, planted.client_id)
    assert not form.minor.isChecked() and not form.minor.isEnabled()
    assert not form.is_dirty()  # opening a case is not an edit
    form.languages.setText("Spanish, Mam")
    assert form.save(), form.message.text()
    assert not stored_minor(workspace, planted.client_id)
    assert "Minor" not in chips(view)


def test_a_withheld_birth_date_entered_decides_the_withheld_flag(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    partner = workspace.agencies.list(include_self=False)[0]
    with workspace.ctx.unit_of_work() as s:
        s.execute(update(m.ClientPersonalRow)
                  .where(m.ClientPersonalRow.client_id == planted.client_id)
                  .values(not_received="date_of_birth,is_minor", not_received_from=partner.id))
    view, form = open_client(qtbot, workspace, planted.client_id)
    assert form.markers["is_minor"].isVisibleTo(view)
    form.languages.setText("Mam")  # an unrelated edit leaves both withheld
    assert form.save(), form.message.text()
    received = workspace.cases.get_case(planted.client_id).client.not_received
    assert {"date_of_birth", "is_minor"} <= received.fields

    form.markers["date_of_birth"].button.click()
    set_date(form.dob, years_ago(workspace, 14))
    assert form.minor.isChecked()
    assert form.save(), form.message.text()
    client = workspace.cases.get_case(planted.client_id).client
    assert client.personal.is_minor and not client.not_received.fields
    assert not form.markers["is_minor"].isVisibleTo(view)
    assert form.minor.isChecked() and not form.minor.isEnabled()


# --- inline errors ---------------------------------------------------------------------------


def test_a_field_error_goes_when_that_field_is_edited_and_the_others_stay(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    _view, form = open_client(qtbot, workspace, planted.client_id)
    dob_error, name_error = form.errors["date_of_birth"], form.errors["legal_name"]
    future = date(workspace.ctx.today().year + 1, 1, 1)
    set_date(form.dob, future)
    assert not form.save()
    assert not dob_error.isHidden() and "future" in dob_error.text()
    assert workspace.cases.get_case(planted.client_id).client.personal.date_of_birth is None

    form.preferred_name.setText("Ana")  # another field: the birth-date message stays
    assert not dob_error.isHidden() and dob_error.text()

    set_date(form.dob, ADULT)
    assert dob_error.isHidden() and not dob_error.text()

    # Save still checks: back to the future date, the message comes back on Save.
    set_date(form.dob, future)
    assert dob_error.isHidden()
    assert not form.save() and not dob_error.isHidden()
    assert workspace.cases.get_case(planted.client_id).client.personal.date_of_birth is None

    # Two messages on show: editing the name clears only the name's.
    form.show_error(ValidationError("Enter a legal name.", field="legal_name"))
    form.legal_name.setText("Ana Example")
    assert name_error.isHidden() and not dob_error.isHidden()
    set_date(form.dob, ADULT)
    assert dob_error.isHidden()
    assert form.save(), form.message.text()
    personal = workspace.cases.get_case(planted.client_id).client.personal
    assert (personal.legal_name, personal.date_of_birth) == ("Ana Example", ADULT)


def edit(widget: QWidget) -> None:
    """Change a field's value the way a person would end up changing it."""
    if isinstance(widget, QLineEdit):
        widget.setText(widget.text() + "x")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(widget.toPlainText() + "x")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex((widget.currentIndex() + 1) % widget.count())
    elif isinstance(widget, QAbstractButton):
        widget.toggle()
    elif isinstance(widget, DateField):
        if widget.value() is None:  # the date first: unticking "Unknown" alone means today
            widget.edit.setDate(QDate(ADULT.year, ADULT.month, ADULT.day))
        widget.none_box.toggle()
    elif isinstance(widget, CheckGrid):
        box = next(iter(widget.boxes.values()))
        box.toggle()
    else:
        raise AssertionError(type(widget))


def test_every_client_field_clears_only_its_own_error(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    _view, form = open_client(qtbot, workspace, planted.client_id)
    assert set(form.errors) == {key for key, _text in form.FIELDS}
    for key, widget in form.widgets.items():
        for other in form.errors:
            form.show_error(ValidationError(f"Problem with {other}.", field=other))
        edit(widget)
        assert form.errors[key].isHidden(), key
        still = [k for k, lab in form.errors.items() if k != key and lab.isHidden()]
        assert not still, (key, still)
        form.revert()  # clears every message too
        assert all(lab.isHidden() for lab in form.errors.values())


def test_a_check_grid_field_clears_only_its_own_error(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view, _form = open_client(qtbot, workspace, planted.client_id)
    view.show_tab(view.referral_tab)
    form = view.referral_tab.form
    grid = next(w for w in form.widgets.values() if isinstance(w, CheckGrid))
    key = next(k for k, w in form.widgets.items() if w is grid)
    for other in form.errors:
        form.show_error(ValidationError("Problem.", field=other))
    edit(grid)
    assert form.errors[key].isHidden()
    assert all(not lab.isHidden() for k, lab in form.errors.items() if k != key)


def test_an_absent_date_shows_a_dash_not_a_date_nobody_entered(qtbot: QtBot) -> None:
    field = DateField("No expiry recorded")
    qtbot.addWidget(field)
    field.set_value(None)
    assert field.edit.text() == "—" and field.value() is None and not field.edit.isEnabled()
    field.none_box.setChecked(False)  # a date after all: empty and required, not today
    assert field.value() is None and field.missing() and field.edit.isEnabled()
    assert field.edit.text() == "—"
    field.edit.setDate(QDate(2027, 3, 1))
    field.none_box.setChecked(True)
    assert field.edit.text() == "—" and field.value() is None
    field.none_box.setChecked(False)  # the date typed before comes back
    assert field.value() == date(2027, 3, 1)


def test_focus_given_to_an_absent_date_goes_to_its_check_box(qtbot: QtBot) -> None:
    field = DateField("Unknown")
    qtbot.addWidget(field)
    field.show()
    field.set_value(None)
    assert field.focusProxy() is field.none_box  # the editor is disabled
    field.none_box.setChecked(False)
    assert field.focusProxy() is field.edit


def test_the_minor_badge_follows_the_birth_date_today_not_the_stored_flag(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """Someone whose flag was stored at 17 and who has turned 18 since shows no "Minor"
    badge, though nothing was saved on the case since."""
    from sqlalchemy import update

    from nap_desktop.services.cases import PersonalInput
    from nap_desktop.store import models as m

    client = workspace.cases.create_client(
        PersonalInput(legal_name="Ana Example", date_of_birth=years_ago(workspace, 30))
    )
    with workspace.ctx.unit_of_work() as s:  # as stored while she was 17
        s.execute(update(m.ClientPersonalRow).where(m.ClientPersonalRow.client_id == client.id)
                  .values(is_minor=True))
    view, _form = open_client(qtbot, workspace, client.id)
    assert "Minor" not in chips(view)
    unknown = workspace.cases.create_client(PersonalInput(legal_name="Li", is_minor=True))
    view, _form = open_client(qtbot, workspace, unknown.id)
    assert "Minor" in chips(view)  # no date of birth: the flag decides
