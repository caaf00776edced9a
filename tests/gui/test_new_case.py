"""The new-case dialog: intake of a client with the first referral, in one step."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import (
    AgencyKind,
    ReferralDirection,
    ServiceType,
    TraffickingType,
    Urgency,
)
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.conftest import FakeCaseView


@pytest.fixture
def hsi(workspace: Workspace) -> Agency:
    return workspace.agencies.add_partner(name="HSI Test Field Office", kind=AgencyKind.LE_FEDERAL)


def open_dialog(qtbot: QtBot, workspace: Workspace, parent: QWidget | None = None) -> NewCaseDialog:
    dialog = NewCaseDialog(workspace=workspace, parent=parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(workspace: Workspace, model: type) -> int:
    with workspace.ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def years_ago(today: date, years: int) -> date:
    return today.replace(year=today.year - years) - timedelta(days=30)


def test_creates_client_and_first_referral_in_one_step(
    qtbot: QtBot, workspace: Workspace, hsi: Agency
) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.referral_box.isChecked()
    dialog.legal_name.setText("Rosa Intake-Test")
    dialog.preferred_name.setText("Rosi")
    dialog.dob.set_value(years_ago(workspace.ctx.today(), 16))
    dialog.dob.changed.emit()
    assert dialog.minor.isChecked() and not dialog.minor.isEnabled()  # derived, locked
    dialog.languages.setText("Spanish, K'iche' ,")
    dialog.interpreter.setChecked(True)
    dialog.safe_contact.setPlainText("Text only, after 6 pm.")
    choose(dialog.trafficking, TraffickingType.LABOR)
    choose(dialog.partner, hsi.id)
    # Incoming from federal law enforcement to us (a victim-service provider).
    assert dialog.direction.currentData() == ReferralDirection.LE_TO_VSP
    dialog.services.boxes[ServiceType.HOUSING].setChecked(True)
    dialog.services.boxes[ServiceType.INTERPRETATION].setChecked(True)
    choose(dialog.urgency, Urgency.PRIORITY)
    dialog.referring_person.setText("SA Quinn")
    dialog.external.setText("HSI-26-0042")

    with qtbot.waitSignal(dialog.created, timeout=5_000) as blocker:
        dialog.submit()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert blocker.args == [dialog.client_id]
    case = workspace.cases.get_case(dialog.client_id or "")
    assert case.client.case_number == dialog.case_number
    personal = case.client.personal
    assert (personal.legal_name, personal.preferred_name) == ("Rosa Intake-Test", "Rosi")
    assert personal.is_minor and personal.interpreter_needed
    assert personal.languages == ["Spanish", "K'iche'"]
    assert personal.safe_contact_instructions == "Text only, after 6 pm."
    assert case.client.trafficking_type is TraffickingType.LABOR
    [referral] = case.referrals
    assert (referral.from_agency_id, referral.to_agency_id) == (hsi.id, workspace.agency.id)
    assert referral.direction is ReferralDirection.LE_TO_VSP
    assert referral.services == frozenset({ServiceType.HOUSING, ServiceType.INTERPRETATION})
    assert referral.urgency is Urgency.PRIORITY
    assert (referral.referring_person, referral.external_case_number) == ("SA Quinn", "HSI-26-0042")
    # Nothing typed stays in the closed dialog.
    assert dialog.legal_name.text() == "" and dialog.safe_contact.toPlainText() == ""


def test_refused_referral_shows_its_message_and_creates_nothing(
    qtbot: QtBot, workspace: Workspace, hsi: Agency
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialog.legal_name.setText("Half Made")
    choose(dialog.partner, hsi.id)  # ...but no service ticked
    with qtbot.waitSignal(dialog.failed, timeout=5_000) as blocker:
        assert dialog.submit() is False
    assert blocker.args == ["Choose at least one service requested."]
    assert dialog.errors["services"].isVisible()
    assert dialog.errors["services"].text() == "Choose at least one service requested."
    assert dialog.focusWidget() is dialog.services.boxes[ServiceType.HOUSING]
    assert dialog.isVisible() and dialog.client_id is None
    assert rows(workspace, m.ClientRow) == rows(workspace, m.ReferralRow) == 0
    assert dialog.legal_name.text() == "Half Made"  # the typing is kept for a second try

    dialog.services.boxes[ServiceType.LEGAL].setChecked(True)
    assert dialog.submit() is True
    assert not dialog.errors["services"].isVisible()
    assert rows(workspace, m.ClientRow) == rows(workspace, m.ReferralRow) == 1


def test_invalid_personal_detail_is_shown_at_its_field(
    qtbot: QtBot, workspace: Workspace, hsi: Agency
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialog.referral_box.setChecked(False)
    dialog.legal_name.setText("Too Early")
    dialog.dob.set_value(workspace.ctx.today() + timedelta(days=3))
    assert dialog.submit() is False
    assert dialog.errors["date_of_birth"].text().startswith("The date of birth (")
    assert dialog.errors["date_of_birth"].text().endswith(") is in the future (today is "
                                                          f"{date_words(workspace)}).")
    assert dialog.focusWidget() is dialog.dob.edit
    assert not dialog.errors["legal_name"].isVisible()

    dialog.legal_name.clear()
    dialog.dob.set_value(None)
    assert dialog.submit() is False
    assert dialog.errors["legal_name"].text() == (
        "Enter a legal name or the name the survivor uses."
    )
    assert not dialog.errors["date_of_birth"].isVisible()  # the old message is gone
    assert dialog.focusWidget() is dialog.legal_name
    assert rows(workspace, m.ClientRow) == 0


def test_direction_is_suggested_until_the_caseworker_chooses(
    qtbot: QtBot, workspace: Workspace, hsi: Agency
) -> None:
    legal = workspace.agencies.add_partner(name="Harbor Legal Aid (test)", kind=AgencyKind.LEGAL)
    dialog = open_dialog(qtbot, workspace)
    choose(dialog.partner, hsi.id)
    choose(dialog.incoming, False)  # we refer the survivor to HSI
    assert dialog.direction.currentData() == ReferralDirection.VSP_TO_LE
    choose(dialog.partner, legal.id)
    assert dialog.direction.currentData() == ReferralDirection.BETWEEN_PROVIDERS
    dialog.direction.setFocus()
    qtbot.keyClick(dialog.direction, Qt.Key.Key_Up)  # the caseworker picks one
    picked = dialog.direction.currentData()
    assert picked != ReferralDirection.BETWEEN_PROVIDERS
    choose(dialog.partner, hsi.id)
    assert dialog.direction.currentData() == picked  # their choice stands

    dialog.legal_name.setText("Out Going")
    dialog.services.boxes[ServiceType.LEGAL].setChecked(True)
    assert dialog.submit()
    [referral] = workspace.cases.get_case(dialog.client_id or "").referrals
    assert (referral.from_agency_id, referral.to_agency_id) == (workspace.agency.id, hsi.id)
    assert referral.direction == picked


def test_minor_flag_can_be_set_without_a_birth_date(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.minor.isEnabled() and not dialog.minor.isChecked()
    dialog.minor.click()
    dialog.dob.set_value(years_ago(workspace.ctx.today(), 30))
    dialog.dob.changed.emit()
    # A known date decides it, both ways (as in the client editor), and locks the box...
    assert not dialog.minor.isChecked() and not dialog.minor.isEnabled()
    dialog.dob.set_value(None)
    dialog.dob.changed.emit()
    # ...and with the date unknown again, the caseworker's tick is back.
    assert dialog.minor.isChecked() and dialog.minor.isEnabled()
    dialog.minor.click()  # untick by hand; then a date that makes a minor, then none
    dialog.dob.set_value(years_ago(workspace.ctx.today(), 10))
    dialog.dob.changed.emit()
    dialog.dob.set_value(None)
    dialog.dob.changed.emit()
    assert dialog.minor.isChecked()  # never un-flagged unseen, as in the client editor
    dialog.minor.click()
    dialog.minor.click()  # ticked by hand again for the save below
    dialog.preferred_name.setText("Li")
    assert dialog.submit()
    assert workspace.cases.get_case(dialog.client_id or "").client.personal.is_minor


def test_without_partners_the_case_opens_without_a_referral(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert not dialog.referral_box.isChecked() and not dialog.referral_box.isEnabled()
    dialog.preferred_name.setText("Li")
    assert dialog.submit()
    case = workspace.cases.get_case(dialog.client_id or "")
    assert case.client.personal.preferred_name == "Li" and case.referrals == []


class LockingWindow(QWidget):
    locked = Signal()


def test_locking_the_window_closes_the_dialog_without_saving(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = LockingWindow()
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, workspace, parent=window)
    dialog.legal_name.setText("Not Yet Saved")
    window.locked.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.legal_name.text() == ""
    assert rows(workspace, m.ClientRow) == 0


def test_every_field_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, workspace: Workspace, hsi: Agency
) -> None:
    dialog = open_dialog(qtbot, workspace)
    buddies = {lab.buddy() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None}
    for key, widget in dialog.widgets.items():
        assert widget.accessibleName(), key
        assert widget in buddies, key
    texts = [lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if "&" in b.text()]
    texts += [g.title() for g in dialog.findChildren(QGroupBox) if "&" in g.title()]
    keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts]  # type: ignore[union-attr]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_file_new_case_opens_the_created_case(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[str] = []

    def fill_and_create(dialog: NewCaseDialog) -> int:
        dialog.preferred_name.setText("Window Test")
        dialog.referral_box.setChecked(False)
        assert dialog.submit()
        created.append(dialog.case_number)
        return int(dialog.result())

    monkeypatch.setattr(NewCaseDialog, "exec", fill_and_create)
    main_window.new_case_action.trigger()
    view = main_window.tabs.currentWidget()
    assert isinstance(view, FakeCaseView)
    assert created and view.windowTitle() == created[0]


def test_the_dialog_is_never_narrower_than_its_contents(qtbot: QtBot,
                                                        workspace: Workspace) -> None:
    dialog = NewCaseDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.layout().minimumSize().width()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def date_words(ws: Workspace) -> str:
    """Today as the date rules write it ("3 Mar 2026")."""
    from nap_desktop.domain.date_rules import day_words

    return day_words(ws.ctx.today()).render()
