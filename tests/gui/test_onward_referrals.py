"""Onward referrals on screen: the FBI refers a survivor to us, we refer her on to a
shelter from the open case by keyboard alone (Ctrl+Shift+N, the dialog, Enter); the case
shows its referrals newest first with their statuses and the chain; the caseload row of
each referral opens that referral; the dialog offers only this client's releases to the
chosen partner and says so when there is none."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, ReferralStatus, ServiceType
from nap_desktop.gui.case.new_referral import NewReferralDialog
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.model import REFERRAL_ID_ROLE
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace


@dataclass
class Onward:
    client_id: str
    fbi_id: str
    shelter_id: str
    received_id: str  #: from the FBI
    shelter_release: str


@pytest.fixture
def onward(workspace: Workspace) -> Onward:
    fbi = workspace.agencies.add_partner(name="FBI Victim Services", kind=AgencyKind.LE_FEDERAL)
    shelter = workspace.agencies.add_partner(name="Harbor Shelter", kind=AgencyKind.HOUSING)
    client = workspace.cases.create_client(PersonalInput(legal_name="Ana Onward"))
    today = workspace.ctx.today()
    release = workspace.releases.create(
        client_id=client.id, recipient_agency_id=shelter.id, categories=["identity", "housing"],
        purpose="Housing", expires_on=today + timedelta(days=60), signed_on=today)
    received = workspace.referrals.create(
        client_id=client.id, from_agency_id=fbi.id, to_agency_id=workspace.agency.id,
        direction=None, services=[ServiceType.HOUSING, ServiceType.IMMIGRATION])
    return Onward(client.id, fbi.id, shelter.id, received.id, release.id)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    win = MainWindow(workspace=workspace)
    win.cases.view_factory = default_view_factory
    win.set_discreet(False)
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.autolock.shutdown()


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        ) -> None:
    """A key to whatever has the focus (as a person's keyboard does)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, modifier)


def test_new_referral_by_keyboard_from_the_open_case(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, onward: Onward
) -> None:
    view = window.cases.open_case(onward.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    seen: list[NewReferralDialog] = []

    def by_keyboard(dialog: QDialog) -> int:
        assert isinstance(dialog, NewReferralDialog)
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        assert QApplication.focusWidget() is dialog.ui.partner  # starts on the partner
        while dialog.ui.partner.currentData() != onward.shelter_id:
            key(qtbot, Qt.Key.Key_Down)
        # The release offered is this client's one to the shelter, chosen already.
        assert dialog.ui.release.currentData() == onward.shelter_release
        key(qtbot, Qt.Key.Key_Tab)  # direction: we refer on (the first choice)
        assert QApplication.focusWidget() is dialog.ui.incoming
        key(qtbot, Qt.Key.Key_Tab)  # services: the first box is Housing
        key(qtbot, Qt.Key.Key_Space)
        # Enter without a reason typed yet would be fine; type one (Rea&son) first.
        dialog.ui.reason.setFocus()
        qtbot.keyClicks(dialog.ui.reason, "Needs a safe bed tonight")
        dialog.ui.follows.setFocus()
        while dialog.ui.follows.currentData() != onward.received_id:
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Return)  # Enter confirms
        return dialog.result()

    view.run_dialog = by_keyboard
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(view.referral_tab.referral_list.model.rows) == 2, timeout=5000)
    assert seen and seen[0].referral is not None
    new = seen[0].referral
    assert (new.from_agency_id, new.to_agency_id) == (workspace.agency.id, onward.shelter_id)
    assert new.status is ReferralStatus.DRAFT and new.follows_id == onward.received_id
    assert new.release_id == onward.shelter_release
    # The case now shows the new referral, newest first, with the chain.
    tab = view.referral_tab
    assert tab.selected_id() == new.id and view.current_tab() is tab
    model = tab.referral_list.model
    texts = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [t[1:4] for t in texts] == [["Outgoing", "Harbor Shelter", "Draft"],
                                       ["Incoming", "FBI Victim Services", "Received"]]
    assert texts[0][4].startswith("From FBI Victim Services")
    chain = tab.referral_list.chain.text()
    assert chain.startswith("Received from FBI Victim Services on ")
    assert "→ sent to Harbor Shelter on " in chain
    case = workspace.cases.get_case(onward.client_id)
    assert [n.body for n in case.notes if n.referral_id == new.id] == ["Needs a safe bed tonight"]


def test_choosing_a_row_of_the_list_shows_that_referral(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, onward: Onward
) -> None:
    sent = workspace.referrals.create(
        client_id=onward.client_id, from_agency_id=workspace.agency.id,
        to_agency_id=onward.shelter_id, direction=None, services=[ServiceType.HOUSING],
        follows_id=onward.received_id)
    view = window.cases.open_case(onward.client_id)
    assert isinstance(view, CaseView)
    tab = view.referral_tab
    assert tab.selected_id() == sent.id  # the newest is shown first
    listing = tab.referral_list
    listing.view.setFocus()
    qtbot.keyClick(listing.view, Qt.Key.Key_Down)  # the older one: received from the FBI
    assert tab.selected_id() == onward.received_id
    assert "From FBI Victim Services" in tab.summary.text()
    assert "→ sent to Harbor Shelter" in listing.chain.text()  # what followed from it


def test_each_caseload_row_opens_its_own_referral(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, onward: Onward
) -> None:
    sent = workspace.referrals.create(
        client_id=onward.client_id, from_agency_id=workspace.agency.id,
        to_agency_id=onward.shelter_id, direction=None, services=[ServiceType.HOUSING],
        follows_id=onward.received_id)
    window.refresh()
    model = window.caseload_model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.busy, timeout=10_000)
    rows = {model.index(r, 0).data(REFERRAL_ID_ROLE): r for r in range(2)}
    for referral_id in (onward.received_id, sent.id, onward.received_id):
        window.caseload._open_row(rows[referral_id])
        view = window.cases.view_for(onward.client_id)
        assert isinstance(view, CaseView)
        assert view.referral_tab.selected_id() == referral_id
        current = view.referral_tab.referral_list.view.currentIndex()
        assert current.data(int(Qt.ItemDataRole.UserRole)) == referral_id  # the list agrees


def test_releases_offered_are_this_clients_to_that_partner(
    qtbot: QtBot, workspace: Workspace, onward: Onward
) -> None:
    other = workspace.cases.create_client(PersonalInput(legal_name="Bea"))
    today = workspace.ctx.today()
    workspace.releases.create(  # another client's, to the shelter: never offered
        client_id=other.id, recipient_agency_id=onward.shelter_id, categories=["identity"],
        purpose="x", expires_on=today + timedelta(days=30), signed_on=today)
    dialog = NewReferralDialog(workspace=workspace, case=workspace.cases.get_case(
        onward.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.release
    dialog.ui.partner.setCurrentIndex(dialog.ui.partner.findData(onward.shelter_id))
    assert [combo.itemData(i) for i in range(combo.count())] == [None, onward.shelter_release]
    dialog.ui.partner.setCurrentIndex(dialog.ui.partner.findData(onward.fbi_id))
    assert [combo.itemData(i) for i in range(combo.count())] == [None]
    assert combo.itemText(0) == "No release yet"
    assert "No release of information to FBI Victim Services yet" in dialog.ui.release_hint.text()


def test_a_refused_referral_says_why_under_the_field_and_keeps_the_dialog(
    qtbot: QtBot, workspace: Workspace, onward: Onward
) -> None:
    dialog = NewReferralDialog(workspace=workspace, case=workspace.cases.get_case(
        onward.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=2000):
        assert not dialog.submit()  # no service ticked
    error = dialog.ui.services_error
    assert error.isVisible() and "at least one service" in error.text()
    dialog.ui.services.set_values([ServiceType.LEGAL])
    dialog.ui.services.changed.emit()
    assert not error.isVisible()  # the error goes as soon as the field is fixed
    assert not dialog.isHidden() and dialog.referral is None


def test_the_list_and_dialog_show_their_text_unclipped(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, onward: Onward
) -> None:
    for n in range(6):
        workspace.referrals.create(
            client_id=onward.client_id, from_agency_id=workspace.agency.id,
            to_agency_id=onward.shelter_id, direction=None, services=[ServiceType.HOUSING],
            follows_id=onward.received_id if n == 0 else None)
    for size in ((1366, 768), (1600, 1000)):
        window.resize(*size)
        view = window.cases.open_case(onward.client_id)
        assert isinstance(view, CaseView)
        qtbot.waitUntil(lambda v=view: v.isVisible(), timeout=2000)
        listing = view.referral_tab.referral_list.view
        header = listing.horizontalHeader()
        for column in range(listing.model().columnCount() - 1):
            wanted = max(listing.sizeHintForColumn(column),
                         header.sectionSizeHint(column))
            assert header.sectionSize(column) >= wanted, (size, column)
        assert listing.viewport().width() >= header.length() - 2, size  # no column cut off
    dialog = NewReferralDialog(workspace=workspace, case=workspace.cases.get_case(
        onward.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    for combo in (dialog.ui.follows, dialog.ui.release, dialog.ui.partner):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        assert combo.width() >= widest, combo.objectName()
    assert isinstance(dialog, QWidget)


def test_the_chain_shows_siblings_apart_and_survives_a_loop(
    qtbot: QtBot, workspace: Workspace, onward: Onward
) -> None:
    import dataclasses

    from nap_desktop.gui.case.referral_list import chain_text

    legal = workspace.agencies.add_partner(name="Harbor Legal Aid", kind=AgencyKind.LEGAL)
    for partner in (onward.shelter_id, legal.id):
        workspace.referrals.create(
            client_id=onward.client_id, from_agency_id=workspace.agency.id,
            to_agency_id=partner, direction=None, services=[ServiceType.LEGAL],
            follows_id=onward.received_id)
    case = workspace.cases.get_case(onward.client_id)
    first = next(r for r in case.referrals if r.id == onward.received_id)
    text = chain_text(case, first)
    assert text.startswith("Received from FBI Victim Services on ")
    assert " → sent to Harbor Shelter on " in text and "; sent to Harbor Legal Aid on " in text
    # A stored loop (never made here) ends the walk instead of hanging the case view.
    looped = [dataclasses.replace(r, follows_id=case.referrals[-1].id) if r.id == first.id
              else r for r in case.referrals]
    assert chain_text(dataclasses.replace(case, referrals=looped), looped[-1])


def test_each_referral_of_the_chain_offers_its_own_sides_actions(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, onward: Onward
) -> None:
    """Received from the FBI, then sent on to the shelter: on the one we received we
    answer (accept, decline), on the one we sent we send or withdraw; never the other
    side's actions, whichever was shown before."""
    sent = workspace.referrals.create(
        client_id=onward.client_id, from_agency_id=workspace.agency.id,
        to_agency_id=onward.shelter_id, direction=None, services=[ServiceType.HOUSING],
        release_id=onward.shelter_release, follows_id=onward.received_id)
    view = window.cases.open_case(onward.client_id)
    assert isinstance(view, CaseView)
    tab = view.referral_tab
    assert tab.selected_id() == sent.id
    assert set(tab.action_buttons) == {ReferralStatus.SENT, ReferralStatus.WITHDRAWN}
    tab.referral_list.view.setFocus()
    qtbot.keyClick(tab.referral_list.view, Qt.Key.Key_Down)
    assert tab.selected_id() == onward.received_id
    assert set(tab.action_buttons) == {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}
    qtbot.keyClick(tab.referral_list.view, Qt.Key.Key_Up)
    assert set(tab.action_buttons) == {ReferralStatus.SENT, ReferralStatus.WITHDRAWN}
