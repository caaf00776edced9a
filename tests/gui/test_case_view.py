"""The case view and its editors, driven like a caseworker would: referral status actions
with reasons, client details with inline validation, releases, housing with its ledger,
restitution with an overdue step that reaches the dashboard, the unsaved-changes guard,
conflicting edits kept, and discreet mode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nap_desktop.domain.enums import (
    AssistanceKind,
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    ReleaseStatus,
    StepStatus,
)
from nap_desktop.gui.case.dialogs import ActionDialog, FormDialog
from nap_desktop.gui.case.transition import TransitionDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.dashboard import DashboardView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.models import AuditRow
from tests.gui.conftest import PLANTED_NAME, PlantedCase, plant_case

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def model_text(model: QAbstractItemModel) -> str:
    parts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                value = model.index(row, column).data(role)
                if value is not None:
                    parts.append(str(value))
    return "\n".join(parts)


def visible_text(view: CaseView) -> str:
    """Everything the view could show: labels, editors, combo items, every model's data."""
    parts = [w.text() for w in view.findChildren(QLabel)]
    parts += [w.text() for w in view.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    for combo in view.findChildren(QComboBox):
        parts += [combo.itemText(i) for i in range(combo.count())]
    parts += [model_text(m) for m in view.findChildren(QAbstractItemModel)]
    parts.append(view.windowTitle())
    return "\n".join(parts)


def open_view(qtbot: QtBot, ws: Workspace, client_id: str, *, discreet: bool = False) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=discreet)
    view.guard.ask = lambda *_a: Choice.DISCARD  # closing at teardown drops leftovers
    qtbot.addWidget(view)
    view.resize(1200, 800)
    return view


def answering(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """A stand-in for ``dialog.exec()``: fill the dialog in, press its main button."""

    def run(dialog: QDialog) -> int:
        fill(dialog)
        if isinstance(dialog, FormDialog):
            dialog.form.save()
        else:
            dialog.submit()  # type: ignore[attr-defined]
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    return run


def set_date(field: Any, value: date | None) -> None:
    if value is None:
        field.none_box.setChecked(True)
    else:
        field.none_box.setChecked(False)
        field.edit.setDate(QDate(value.year, value.month, value.day))


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


# --- referral ------------------------------------------------------------------------------


def incoming_referral(ws: Workspace, client_id: str) -> str:
    """A partner's referral of this client to us, entered here: it starts as received."""
    partner = next(a for a in ws.agencies.list(include_self=False))
    return ws.referrals.create(client_id=client_id, from_agency_id=partner.id,
                               to_agency_id=ws.agency.id, direction="between_providers",
                               services=["legal"]).id


def test_referral_moves_through_statuses_with_required_reasons(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    rid = incoming_referral(workspace, planted.client_id)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.referral_tab
    view.show_tab(tab)
    tab.select(rid)
    tab.run_dialog = answering(lambda _d: None)
    for target in (ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS):
        assert target in tab.action_buttons, target
        assert tab.request_transition(target)
    assert set(tab.action_buttons) == {ReferralStatus.COMPLETED}  # withdrawing is theirs

    def current() -> Any:
        return next(r for r in workspace.cases.get_case(planted.client_id).referrals
                    if r.id == rid)

    # Completing without success needs a reason: the dialog says so and stays open.
    def not_successful(dialog: TransitionDialog) -> None:
        choose(dialog.outcome, ReferralOutcome.NOT_SUCCESSFUL)

    tab.run_dialog = answering(not_successful)
    assert not tab.request_transition(ReferralStatus.COMPLETED)
    assert tab.last_dialog is not None and "reason" in tab.last_dialog.error.text().lower()
    assert current().status is ReferralStatus.IN_PROGRESS

    def with_reason(dialog: TransitionDialog) -> None:
        not_successful(dialog)
        choose(dialog.reason, ReferralReason.UNABLE_TO_CONTACT_CLIENT)
        dialog.details.setPlainText("Phone disconnected since March")

    tab.run_dialog = answering(with_reason)
    assert tab.request_transition(ReferralStatus.COMPLETED)
    ref = current()
    assert ref.status is ReferralStatus.COMPLETED
    assert ref.outcome is ReferralOutcome.NOT_SUCCESSFUL
    assert ref.reason is ReferralReason.UNABLE_TO_CONTACT_CLIENT
    # The timeline shows the change with its reason, newest first; nothing follows it.
    newest = tab.timeline.index(0, 3).data()
    assert "Unable to contact client" in newest and "Phone disconnected" in newest
    assert tab.timeline.rowCount() == 4
    assert tab.action_buttons == {}
    assert "closed" in tab.closed_hint.text().lower()


def test_caseworker_cannot_send_but_can_decline_with_reason(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase, vault_dir: Any
) -> None:
    incoming = incoming_referral(workspace, planted.client_id)
    workspace.lock()
    marcus = Workspace.unlock(workspace.vault, "marcus", "quiet harbor pebble 58 mint")
    view = open_view(qtbot, marcus, planted.client_id)
    tab = view.referral_tab
    outgoing = next(r.id for r in marcus.cases.get_case(planted.client_id).referrals
                    if r.id != incoming)
    tab.select(outgoing)
    assert not tab.action_buttons[ReferralStatus.SENT].isEnabled()  # a supervisor's
    tab.select(incoming)
    assert set(tab.action_buttons) == {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}

    def decline(dialog: TransitionDialog) -> None:
        choose(dialog.reason, ReferralReason.LACK_OF_CAPACITY)

    tab.run_dialog = answering(decline)
    assert tab.request_transition(ReferralStatus.DECLINED)
    ref = next(r for r in marcus.cases.get_case(planted.client_id).referrals if r.id == incoming)
    assert (ref.status, ref.reason) == (ReferralStatus.DECLINED, ReferralReason.LACK_OF_CAPACITY)


def test_referral_details_save_and_revert(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    form = view.referral_tab.form
    assert not form.save_button.isEnabled()
    form.external.setText("HSI-2026-0042")
    assert form.is_dirty() and form.save_button.isEnabled()
    assert view.tabs.tabText(0).endswith("*")
    form.revert()
    assert form.external.text() == "EXT-PLANT-1" and not form.is_dirty()
    form.referring_person.setText("Agent Dana Ruiz")
    assert form.save()
    assert workspace.cases.get_case(planted.client_id).referrals[0].referring_person == (
        "Agent Dana Ruiz"
    )
    assert not view.tabs.tabText(0).endswith("*")


# --- client --------------------------------------------------------------------------------


def test_client_details_inline_validation_then_save(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    form = view.client_tab.form
    form.legal_name.setText("   ")
    assert not form.save()
    error = form.errors["legal_name"]
    assert not error.isHidden() and error.text()
    assert workspace.cases.get_case(planted.client_id).client.personal.legal_name == PLANTED_NAME

    form.legal_name.setText("Ana Planted Example")
    form.languages.setText("Spanish, K'iche'")
    form.interpreter.setChecked(True)
    assert form.save()
    personal = workspace.cases.get_case(planted.client_id).client.personal
    assert personal.legal_name == "Ana Planted Example"
    assert list(personal.languages) == ["Spanish", "K'iche'"]
    assert personal.interpreter_needed
    assert error.isHidden()
    assert "Ana Planted Example" in view.name_label.text()


def test_someone_elses_save_is_kept_and_mine_is_not_lost(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    form = view.client_tab.form
    form.preferred_name.setText("Ana")
    # Meanwhile another caseworker saves the same client.
    case = workspace.cases.get_case(planted.client_id)
    workspace.cases.update_client(
        planted.client_id,
        PersonalInput(legal_name=PLANTED_NAME, preferred_name="Anita", languages=["Spanish"]),
        trafficking_type=case.client.trafficking_type,
        expected_revision=case.client.revision,
    )
    assert not form.save()
    assert not form.stale_bar.isHidden()
    assert form.preferred_name.text() == "Ana"  # my edit is still there
    assert workspace.cases.get_case(planted.client_id).client.personal.preferred_name == "Anita"
    differences = form.differences()
    assert ("Preferred name", "Ana", "Anita") in differences
    form.keep_mine()
    assert form.save()
    assert workspace.cases.get_case(planted.client_id).client.personal.preferred_name == "Ana"


# --- releases ------------------------------------------------------------------------------


def test_release_recorded_then_revoked(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.releases_tab
    partner = next(a for a in workspace.agencies.list(include_self=False))
    expires = workspace.ctx.today() + timedelta(days=20)

    def no_recipient(dialog: FormDialog) -> None:
        dialog.form.purpose.setText("Coordinate legal services")

    tab.run_dialog = answering(no_recipient)
    assert not tab.new_release()
    assert tab.last_dialog is not None
    assert tab.last_dialog.form.errors["recipient"].text()  # type: ignore[attr-defined]
    assert workspace.cases.get_case(planted.client_id).releases == []

    def fill(dialog: FormDialog) -> None:
        form = dialog.form
        choose(form.recipient, partner.id)  # type: ignore[attr-defined]
        form.categories.set_values({InfoCategory.IDENTITY, InfoCategory.CONTACT})  # type: ignore[attr-defined]
        form.purpose.setText("Coordinate legal services")  # type: ignore[attr-defined]
        set_date(form.expires_on, expires)  # type: ignore[attr-defined]

    # "The survivor was told services do not depend on signing" is a statement the
    # caseworker makes: it starts unticked, and a signed release without it says why.
    started: list[bool] = []

    def fill_untold(dialog: FormDialog) -> None:
        started.append(dialog.form.not_conditional.isChecked())  # type: ignore[attr-defined]
        fill(dialog)

    tab.run_dialog = answering(fill_untold)
    assert not tab.new_release()
    assert started == [False]
    assert tab.last_dialog is not None
    error = tab.last_dialog.form.errors["services_not_conditional"].text()  # type: ignore[attr-defined]
    assert "services do not depend on signing" in error
    assert workspace.cases.get_case(planted.client_id).releases == []

    def fill_told(dialog: FormDialog) -> None:
        fill(dialog)
        dialog.form.not_conditional.setChecked(True)  # type: ignore[attr-defined]

    tab.run_dialog = answering(fill_told)
    assert tab.new_release()
    release = workspace.cases.get_case(planted.client_id).releases[0]
    assert release.status is ReleaseStatus.ACTIVE
    assert release.categories == {InfoCategory.IDENTITY, InfoCategory.CONTACT}
    assert tab.model.rowCount() == 1
    # Expiring within 30 days: the header says so.
    assert any("expires in 20" in w.text() for w in view.findChildren(QLabel))

    tab.select(release.id)
    assert tab.revoke_button.isEnabled()
    tab.run_dialog = answering(lambda _d: None)
    assert tab.revoke_selected()
    assert workspace.cases.get_case(planted.client_id).releases[0].status is (
        ReleaseStatus.REVOKED
    )
    assert not tab.revoke_button.isEnabled()


# --- housing -------------------------------------------------------------------------------


def test_housing_placement_and_exact_ledger(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.housing_tab
    view.show_tab(tab)
    tab.new_placement()
    form = tab.form
    choose(form.program, ProgramType.RAPID_REHOUSING)
    form.provider.setText("Harbor Housing Partners")
    form.funding.setText("OVC housing grant")
    choose(form.status, PlacementStatus.STARTED)
    set_date(form.start, workspace.ctx.today() - timedelta(days=10))
    # The referral date defaults to today: a start before it names the rule (issue #11).
    assert not form.save()
    assert "is before the referral date" in form.errors["start_date"].text()
    set_date(form.referred_on, workspace.ctx.today() - timedelta(days=12))
    assert form.save()
    placement = workspace.cases.get_case(planted.client_id).placements[0]
    assert placement.provider == "Harbor Housing Partners"
    assert tab.placements.rowCount() == 1

    # A move-in before the start date is refused with the service's message.
    choose(form.status, PlacementStatus.MOVED_IN)
    set_date(form.move_in, workspace.ctx.today() - timedelta(days=20))
    assert not form.save()
    assert "move-in" in (form.errors["move_in_date"].text() + form.message.text()).lower()
    stored = workspace.cases.get_case(planted.client_id).placements[0]
    assert (stored.status, stored.move_in_date) == (PlacementStatus.STARTED, None)
    form.revert()

    ledger = tab.assistance
    assert ledger.isEnabled()
    for amount in ("1,250.10", "0.20"):
        choose(ledger.kind, AssistanceKind.RENT)
        ledger.amount.setText(amount)
        assert ledger.save()
    ledger.amount.setText("12.345")
    assert not ledger.save()  # fractions of a cent are refused
    placement = workspace.cases.get_case(planted.client_id).placements[0]
    assert placement.assistance_total_cents == 125030
    assert tab.ledger.rowCount() == 2
    assert "$1,250.30" in tab.totals.text()


# --- restitution ---------------------------------------------------------------------------


def test_restitution_step_overdue_reaches_the_dashboard(
    qtbot: QtBot, workspace: Workspace
) -> None:
    client = workspace.cases.create_client(
        PersonalInput(legal_name="Rita Restitution", preferred_name="", languages=[]),
        trafficking_type="labor",
    )
    view = open_view(qtbot, workspace, client.id)
    tab = view.restitution_tab
    view.show_tab(tab)
    assert not tab.empty.isHidden()

    def fill(dialog: FormDialog) -> None:
        form = dialog.form
        form.court.setText("U.S. District Court, District of Example")  # type: ignore[attr-defined]
        form.docket.setText("1:26-cr-00042")  # type: ignore[attr-defined]

    tab.run_dialog = answering(fill)
    assert tab.open_matter()
    matter = workspace.cases.get_case(client.id).restitution[0]
    assert tab.steps.rowCount() == 10

    # Give the second step a due date in the past.
    tab.steps_table.selectRow(1)
    step = matter.steps[1]
    assert tab.step_form.base.id == step.id
    set_date(tab.step_form.due, workspace.ctx.today() - timedelta(days=4))
    assert tab.step_form.save()
    assert tab.steps.index(1, 1).data() == "Overdue"
    assert tab.steps.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert any("1 overdue step" in w.text() for w in view.findChildren(QLabel))

    dashboard = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(dashboard)
    dashboard.set_source(workspace.queries)
    rows = [
        r
        for r in range(dashboard.model.rowCount())
        if dashboard.model.index(r, 1).data() == client.case_number
    ]
    assert rows and dashboard.model.index(rows[0], 0).data() == "Overdue restitution step"

    # Amounts and money are exact; disbursing more than collected is refused.
    tab.amounts.ordered.setText("10,000.00")
    assert tab.amounts.save()
    for kind, amount in ((MoneyEventKind.COLLECTED, "300.10"), (MoneyEventKind.DISBURSED,
                                                                  "300.05")):
        choose(tab.money_form.kind, kind)
        tab.money_form.amount.setText(amount)
        assert tab.money_form.save()
    choose(tab.money_form.kind, MoneyEventKind.DISBURSED)
    tab.money_form.amount.setText("0.06")
    assert not tab.money_form.save()
    totals = workspace.cases.get_case(client.id).restitution[0].totals
    assert (totals.collected_cents, totals.disbursed_cents, totals.balance_cents) == (
        30010, 30005, 969990,
    )
    assert "$9,699.90" in tab.totals.text() and "$0.05" in tab.totals.text()


def test_a_new_record_dialog_takes_typing_at_once_and_enter_saves(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.restitution_tab

    def type_and_enter(dialog: FormDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.focusWidget()
        assert field is dialog.form.court  # type: ignore[attr-defined]
        qtbot.keyClicks(field, "Springfield County Superior Court")
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter saves: no docket number yet
        assert dialog.isVisible() and dialog.form.errors["docket_number"].isVisible()
        layout = dialog.layout()
        qtbot.waitUntil(  # the dialog grows once its layout has settled: nothing clipped
            lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()), timeout=2000
        )
        docket = dialog.form.docket  # type: ignore[attr-defined]
        qtbot.keyClicks(docket, "1:26-cr-00077")
        qtbot.keyClick(docket, Qt.Key.Key_Return)
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    tab.run_dialog = type_and_enter
    assert tab.open_matter()
    matters = workspace.cases.get_case(planted.client_id).restitution
    assert [(m.court, m.docket_number) for m in matters][-1] == (
        "Springfield County Superior Court", "1:26-cr-00077"
    )


def test_closing_a_matter_needs_a_reason(qtbot: QtBot, workspace: Workspace,
                                         planted: PlantedCase) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.restitution_tab
    tab.run_dialog = answering(lambda _d: None)
    assert not tab.close_matter()
    assert isinstance(tab.last_dialog, ActionDialog) and tab.last_dialog.error.text()
    assert workspace.cases.get_case(planted.client_id).restitution[0].closure is None


def test_step_edit_does_not_overwrite_a_newer_save(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.restitution_tab
    row = tab.steps.row_of(planted.step_id)
    tab.steps_table.selectRow(row)
    tab.step_form.note.setText("Sent the wage calculation")
    workspace.restitution.update_step(
        planted.matter_id, planted.step_id, status=StepStatus.IN_PROGRESS, due_on=None,
        note="Prosecutor asked for pay stubs",
    )
    assert not tab.step_form.save()
    assert not tab.step_form.stale_bar.isHidden()
    step = next(s for s in workspace.cases.get_case(planted.client_id).restitution[0].steps
                if s.id == planted.step_id)
    assert step.note == "Prosecutor asked for pay stubs"


# --- notes and history ---------------------------------------------------------------------


def test_note_added_and_history_readable(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    notes = view.notes_tab
    notes.form.body_edit.setPlainText("Met at the shelter; prefers calls after 5 pm")
    assert notes.form.save()
    assert notes.model.index(0, 2).data() == "Met at the shelter; prefers calls after 5 pm"
    assert notes.form.body_edit.toPlainText() == ""
    history = view.history_tab.model
    sentences = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert "Note added" in sentences and "Case opened" in sentences
    assert not any("shelter" in s for s in sentences)


def test_history_names_the_fields_an_edit_changed_never_their_values(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    view.client_tab.form.languages.setText("Spanish, Mam")  # type: ignore[attr-defined]
    view.client_tab.form.location.setPlainText("Casa Zyxwvut, room 4")  # type: ignore[attr-defined]
    assert view.client_tab.form.save()
    referral = view.referral_tab.form
    referral.referring_person.setText("Det. Rivera")
    assert referral.save()
    history = view.history_tab.model
    sentences = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert "Client details changed: Languages, Location" in sentences
    assert "Referral details changed: Referring person" in sentences
    assert not any("Mam" in s or "Zyxwvut" in s or "Rivera" in s for s in sentences)


# --- the unsaved-changes guard -------------------------------------------------------------


def test_unsaved_changes_guard_on_tab_switch_and_close(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    asked: list[str] = []
    answer = {"choice": Choice.CANCEL}

    def ask(_parent: Any, _title: str, text: str) -> Choice:
        asked.append(text)
        return answer["choice"]

    view.guard.ask = ask
    view.show_tab(view.client_tab)
    view.client_tab.form.preferred_name.setText("Ana")
    view.show_tab(view.notes_tab)
    assert len(asked) == 1 and view.current_tab() is view.client_tab  # cancelled
    assert not view.confirm_close()

    answer["choice"] = Choice.DISCARD
    view.show_tab(view.notes_tab)
    assert view.current_tab() is view.notes_tab
    assert view.client_tab.form.preferred_name.text() == ""

    view.show_tab(view.client_tab)
    view.client_tab.form.preferred_name.setText("Ana")
    answer["choice"] = Choice.SAVE
    assert view.confirm_close()
    assert workspace.cases.get_case(planted.client_id).client.personal.preferred_name == "Ana"


def test_snapshot_for_autolock_restores_edits_after_clearing(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    view.client_tab.form.preferred_name.setText("Ana")
    view.notes_tab.form.body_edit.setPlainText("Draft note")
    snapshot = view.unsaved_snapshot()
    view.clear_sensitive()
    assert PLANTED_NAME not in visible_text(view)
    assert not view.has_unsaved_changes()
    view.reload()
    view.restore_snapshot(snapshot)
    assert view.client_tab.form.preferred_name.text() == "Ana"
    assert view.notes_tab.form.body_edit.toPlainText() == "Draft note"
    assert view.has_unsaved_changes()


# --- discreet mode -------------------------------------------------------------------------


def rich_case(ws: Workspace, planted: PlantedCase) -> None:
    """Put the planted name in every place a case can hold it."""
    partner = next(a for a in ws.agencies.list(include_self=False))
    ws.cases.add_note(planted.client_id, f"Spoke with {PLANTED_NAME} today")
    ws.releases.create(
        client_id=planted.client_id, recipient_agency_id=partner.id,
        categories=[InfoCategory.IDENTITY], purpose="Legal",
        expires_on=ws.ctx.today() + timedelta(days=90), signed_by="survivor",
        form_language="English", signed_on=ws.ctx.today(), services_not_conditional=True,
    )
    ws.housing.add_placement(
        planted.client_id,
        PlacementInput(program_type=ProgramType.EMERGENCY_SHELTER, provider="Safe Haven",
                       safety_notes=f"{PLANTED_NAME} room 4"),
    )
    ref = ws.cases.get_case(planted.client_id).referrals[0]
    ws.referrals.update(ref.id, services=ref.services, urgency=ref.urgency,
                        referring_person=ref.referring_person,
                        external_case_number=ref.external_case_number,
                        safety_notes=f"Do not call {PLANTED_NAME} at work",
                        release_id=None, expected_revision=ref.revision)


def test_discreet_mode_hides_the_planted_name_everywhere_until_revealed(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    rich_case(workspace, planted)
    view = open_view(qtbot, workspace, planted.client_id, discreet=True)
    view.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert PLANTED_NAME not in visible_text(view), view.tabs.tabText(index)
    assert planted.case_number in view.windowTitle()
    assert not view.client_tab.form.legal_name.isEnabled()

    view.reveal()
    text = visible_text(view)
    assert PLANTED_NAME in text and f"Spoke with {PLANTED_NAME}" in text
    with workspace.ctx.read() as s:
        actions = list(
            s.scalars(select(AuditRow.action).where(AuditRow.record_id == planted.client_id))
        )
    assert "client.reveal" in actions

    view.set_discreet(True)
    assert PLANTED_NAME not in visible_text(view)


def test_masked_edit_keeps_personal_details(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    """Saving a non-personal field in discreet mode must not blank the hidden ones."""
    view = open_view(qtbot, workspace, planted.client_id, discreet=True)
    form = view.client_tab.form
    choose(form.trafficking, form.trafficking.itemData(2))
    assert form.save()
    personal = workspace.cases.get_case(planted.client_id).client.personal
    assert personal.legal_name == PLANTED_NAME and list(personal.languages) == ["Spanish"]


# --- models --------------------------------------------------------------------------------


def test_every_case_model_passes_qtmodeltester(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    rich_case(workspace, planted)
    view = open_view(qtbot, workspace, planted.client_id)
    for index in range(view.tabs.count()):  # each tab is built when first shown
        view.tabs.setCurrentIndex(index)
    models = view.findChildren(QAbstractItemModel)
    checked = 0
    for model in models:
        if type(model).__module__.startswith("nap_desktop"):
            qtmodeltester.check(model)
            checked += 1
    assert checked >= 7  # timeline, releases, placements, ledger, steps, money, notes, history
    view.clear_sensitive()
    for model in models:
        if type(model).__module__.startswith("nap_desktop"):
            assert model.rowCount() == 0


# --- the release a referral used --------------------------------------------------------------


def _referral_with_release(ws: Workspace, planted: PlantedCase, *, incoming: bool) -> str:
    """A referral citing a release: an outgoing one to the partner it names, or an
    incoming one from that partner (its release names the partner, not us)."""
    partner = next(a for a in ws.agencies.list(include_self=False))
    release = ws.releases.create(
        client_id=planted.client_id,
        recipient_agency_id=partner.id,
        categories=[InfoCategory.IDENTITY],
        purpose="Coordinate services",
        expires_on=ws.ctx.today() + timedelta(days=200),
        signed_on=ws.ctx.today(),
    )
    case = ws.cases.get_case(planted.client_id)
    ref = case.referrals[0]
    if incoming:
        from nap_desktop.store import models as m

        with ws.ctx.unit_of_work() as s:  # as a partner's package or the demo data has it
            row = s.get(m.ReferralRow, ref.id)
            assert row is not None
            row.from_agency_id, row.to_agency_id = partner.id, ws.agency.id
            row.release_id = release.id
    else:
        ws.referrals.update(
            ref.id,
            services=ref.services,
            urgency=ref.urgency,
            referring_person=ref.referring_person,
            external_case_number=ref.external_case_number,
            safety_notes=ref.safety_notes,
            release_id=release.id,
        )
    return release.id


@pytest.mark.parametrize("incoming", [False, True])
def test_the_release_a_referral_used_is_shown_kept_and_never_dropped_by_a_reload(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase, incoming: bool
) -> None:
    release_id = _referral_with_release(workspace, planted, incoming=incoming)
    view = open_view(qtbot, workspace, planted.client_id)
    form = view.referral_tab.form
    assert form.release.currentData() == release_id
    assert not form.is_dirty()  # nothing edited: nothing to save
    view.reload()
    assert form.release.currentData() == release_id and not form.is_dirty()
    view.set_discreet(True)  # personal fields masked: the release is not one of them
    assert form.release.currentData() == release_id and not form.is_dirty()
    view.set_discreet(False)
    form.referring_person.setText("Det. Rivera")
    assert form.save()
    saved = workspace.cases.get_case(planted.client_id).referrals[0]
    assert saved.release_id == release_id and saved.referring_person == "Det. Rivera"


def test_another_referral_is_not_offered_the_release_the_first_one_cites(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    from nap_desktop.domain.enums import AgencyKind, ReferralDirection, ServiceType

    release_id = _referral_with_release(workspace, planted, incoming=False)
    other = workspace.agencies.add_partner(name="Other Shelter (test)",
                                           kind=AgencyKind.VICTIM_SERVICE_PROVIDER)
    second = workspace.referrals.create(
        client_id=planted.client_id, from_agency_id=workspace.agency.id, to_agency_id=other.id,
        direction=ReferralDirection.BETWEEN_PROVIDERS, services=[ServiceType.HOUSING],
    )
    first = next(r.id for r in workspace.cases.get_case(planted.client_id).referrals
                 if r.id != second.id)
    view = open_view(qtbot, workspace, planted.client_id)
    tab, form = view.referral_tab, view.referral_tab.form
    tab.select(first)
    assert form.release.currentData() == release_id
    tab.select(second.id)  # made out to the first referral's partner: not this one's
    offered = [form.release.itemData(i) for i in range(form.release.count())]
    assert release_id not in offered and form.release.currentData() is None
    assert not form.is_dirty()
