"""The Referral tab offers the status changes of our side of each referral, names them
for what happens, and starts an export from the referral (docs/referral-actions.md)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.gui.case.transition import TransitionDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.transfer.export import ExportWizard
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.conftest import plant_case

RS = ReferralStatus

SENDER = {
    RS.DRAFT: {RS.SENT, RS.WITHDRAWN},
    RS.SENT: {RS.WITHDRAWN, RS.EXPIRED},
    RS.RECEIVED: {RS.WITHDRAWN, RS.EXPIRED},
    RS.ACCEPTED: {RS.WITHDRAWN},
    RS.IN_PROGRESS: {RS.WITHDRAWN},
    RS.COMPLETED: set(),
}
RECEIVER = {
    RS.DRAFT: set(),  # exported before it was marked sent: the sender acts first
    RS.SENT: {RS.RECEIVED},
    RS.RECEIVED: {RS.ACCEPTED, RS.DECLINED},
    RS.ACCEPTED: {RS.IN_PROGRESS},
    RS.IN_PROGRESS: {RS.COMPLETED},
    RS.DECLINED: set(),
}


def open_view(qtbot: QtBot, ws: Workspace, client_id: str) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1366, 768)
    return view


def referral_pair(ws: Workspace) -> tuple[str, str, str]:
    """(client, our referral to a partner, the partner's referral to us)."""
    planted = plant_case(ws)
    case = ws.cases.get_case(planted.client_id)
    outgoing = case.referrals[0]
    incoming = ws.referrals.create(client_id=planted.client_id,
                                   from_agency_id=outgoing.to_agency_id,
                                   to_agency_id=ws.agency.id, direction="between_providers",
                                   services=["legal"]).id
    return planted.client_id, outgoing.id, incoming


def force_status(ws: Workspace, referral_id: str, status: ReferralStatus) -> None:
    """Put a referral in a status (as a package from the partner could leave it)."""
    with ws.ctx.unit_of_work() as s:
        s.get_one(m.ReferralRow, referral_id).status = status.value


@pytest.mark.parametrize(("table", "which"), [(SENDER, 1), (RECEIVER, 2)],
                         ids=["we sent it", "we received it"])
def test_each_side_is_offered_only_its_own_actions(
    qtbot: QtBot, workspace: Workspace, table: dict[RS, set[RS]], which: int
) -> None:
    ids = referral_pair(workspace)
    for status, expected in table.items():
        force_status(workspace, ids[which], status)
        view = open_view(qtbot, workspace, ids[0])
        tab = view.referral_tab
        tab.select(ids[which])
        assert set(tab.action_buttons) == expected, status
        hint = tab.closed_hint.text()
        if expected:
            assert "withdraw" in hint, (status, hint)  # who does what, by side
        elif status is RS.DRAFT:
            assert "waiting for" in hint, hint
        else:
            assert "closed" in hint, hint
        view.close()


def test_actions_are_named_for_what_happens(qtbot: QtBot, workspace: Workspace) -> None:
    client, outgoing, incoming = referral_pair(workspace)
    view = open_view(qtbot, workspace, client)
    tab = view.referral_tab
    tab.select(outgoing)
    send = tab.action_buttons[RS.SENT]
    assert send.text() == "Mark as se&nt…"
    assert "Transfer > Export" in send.toolTip()
    assert "they mark it received" in tab.closed_hint.text()
    assert "Not sent yet" in tab.closed_hint.text()  # a draft was not "sent" to them
    assert "We sent" not in tab.closed_hint.text()
    force_status(workspace, outgoing, RS.SENT)
    view.reload()
    tab.select(outgoing)
    assert tab.closed_hint.text().startswith("We sent this referral")
    force_status(workspace, outgoing, RS.DRAFT)
    view.reload()
    tab.select(incoming)
    assert {b.text() for b in tab.action_buttons.values()} == {"&Accept", "&Decline…"}
    assert "only they can withdraw it" in tab.closed_hint.text()
    dialogs: list[TransitionDialog] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, TransitionDialog)
        dialogs.append(dialog)
        return 0

    tab.run_dialog = look
    tab.select(outgoing)
    tab.request_transition(RS.SENT)
    assert dialogs[0].hint.text() == "Export a package to deliver it: Transfer > Export…"


def test_enter_confirms_and_ctrl_enter_confirms_from_the_text_box(
    qtbot: QtBot, workspace: Workspace
) -> None:
    client, _outgoing, incoming = referral_pair(workspace)
    ref = next(r for r in workspace.cases.get_case(client).referrals if r.id == incoming)
    dialog = TransitionDialog(workspace=workspace, referral=ref, target=RS.ACCEPTED, parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    dialog.details.setFocus()
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)  # a new line, not a confirmation
    assert dialog.result_referral is None and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.details, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_referral is not None
    assert dialog.result_referral.status is RS.ACCEPTED
    # a second one: Enter on the focused button confirms at once
    ref2 = dialog.result_referral
    again = TransitionDialog(workspace=workspace, referral=ref2, target=RS.IN_PROGRESS,
                             parent=None)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    with qtbot.waitSignal(again.accepted, timeout=5000):
        qtbot.keyClick(again.focusWidget(), Qt.Key.Key_Return)
    assert again.result_referral is not None
    assert again.result_referral.status is RS.IN_PROGRESS


def test_export_starts_from_the_referral_with_its_partner_and_it_chosen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ws = main_window.workspace
    assert ws is not None
    partner = next(p.agency_id for p in ws.identity.partners())
    client = ws.cases.create_client(PersonalInput(legal_name="Export From Referral"))
    ref = ws.referrals.create(client_id=client.id, from_agency_id=ws.agency.id,
                              to_agency_id=partner, direction="between_providers",
                              services=["legal"])
    view = open_view(qtbot, ws, client.id)
    view.transfer = main_window.transfer  # type: ignore[attr-defined]  # as in the window
    tab = view.referral_tab
    tab.select(ref.id)
    seen: list[Any] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportWizard)
        chosen = dialog.partner_page.chosen()
        dialog.restart()  # what exec() does first
        dialog.next()  # to the referrals page: this referral ticked, and only it
        seen.append((dialog.initial_referrals, chosen.agency_id if chosen else None,
                     set(dialog.cases_page.model.checked)))
        return 0

    main_window.transfer.run_dialog = look
    assert tab.export_button.isVisibleTo(tab)
    tab.export_button.click()
    assert seen == [([ref.id], partner, {ref.id})]


def test_button_texts_are_the_action_names_with_access_keys() -> None:
    from nap_desktop.domain.labels import REFERRAL_ACTIONS
    from nap_desktop.gui.case.transition import ACTION_TEXT

    for target, text in ACTION_TEXT.items():
        assert str(text).replace("&", "").rstrip("…") == REFERRAL_ACTIONS[target.value]
