"""The case view: status changes with reasons, notes, discreet mode with audited reveal."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nap_desktop.domain.enums import ReferralReason, ReferralStatus
from nap_desktop.gui.case_view import CaseView
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.models import AuditRow
from tests.gui.conftest import PLANTED_NAME, plant_case


def visible_text(view: CaseView) -> str:
    parts = [w.text() for w in view.findChildren(QLabel)]
    parts += [w.text() for w in view.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in view.findChildren(QTextBrowser)]
    for lst in view.findChildren(QListWidget):
        parts += [lst.item(i).text() for i in range(lst.count())]
    return "\n".join(parts)


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_status_change_needs_reason_then_applies(qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    qtbot.addWidget(view)
    assert PLANTED_NAME in visible_text(view)
    # Walk to "received", then try to decline without a reason.
    for target in (ReferralStatus.SENT, ReferralStatus.RECEIVED):
        if view.target_combo.findData(target) >= 0:
            choose(view.target_combo, target)
            with qtbot.waitSignal(view.saved, timeout=5000):
                view.apply_transition()
    choose(view.target_combo, ReferralStatus.DECLINED)
    view.apply_transition()
    assert "reason" in view.action_error.text().lower()
    choose(view.reason_combo, ReferralReason.LACK_OF_CAPACITY)
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.apply_transition()
    case = workspace.cases.get_case(planted.client_id)
    assert case.referrals[0].status is ReferralStatus.DECLINED
    assert view.target_combo.count() == 0  # nothing follows a decline


def test_notes_unsaved_guard_and_clear(qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    qtbot.addWidget(view)
    view.note_edit.setPlainText("Called the shelter")
    assert view.has_unsaved_changes()
    snapshot = view.unsaved_snapshot()
    view.clear_sensitive()
    assert PLANTED_NAME not in visible_text(view) and not view.has_unsaved_changes()
    view.reload()
    view.restore_snapshot(snapshot)
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.add_note()
    assert "Called the shelter" in visible_text(view)


def test_discreet_mode_masks_until_an_audited_reveal(qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=True)
    qtbot.addWidget(view)
    assert PLANTED_NAME not in visible_text(view)
    view.reveal()
    assert PLANTED_NAME in visible_text(view)
    with workspace.ctx.read() as s:
        actions = list(
            s.scalars(select(AuditRow.action).where(AuditRow.record_id == planted.client_id))
        )
    assert "client.reveal" in actions
    view.set_discreet(True)
    assert PLANTED_NAME not in visible_text(view)
