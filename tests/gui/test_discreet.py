"""Discreet mode: a planted name appears in no role of any model the window shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from nap_desktop.gui.caseload.dashboard import AttentionModel
from nap_desktop.gui.caseload.model import CaseloadModel
from nap_desktop.gui.main_window import MainWindow
from tests.gui.conftest import PLANTED_NAME, make_overdue, plant_case

ROLES = list(range(int(Qt.ItemDataRole.UserRole) + 10))


def roles_of(model: QAbstractItemModel) -> list[int]:
    """Every role of our Python models; the text roles of Qt's own (combo) models."""
    if isinstance(model, (CaseloadModel, AttentionModel)):
        return ROLES
    return [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)]


def every_value(model: QAbstractItemModel) -> list[str]:
    values: list[str] = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            # model.data(), not index.data(): see the None refcount note in conftest.py.
            values += [str(model.data(index, role)) for role in roles_of(model)]
    for section in range(model.columnCount()):
        values += [
            str(model.headerData(section, Qt.Orientation.Horizontal, r)) for r in roles_of(model)
        ]
    return values


def all_models(window: MainWindow) -> list[QAbstractItemModel]:
    models = [v.model() for v in window.findChildren(QAbstractItemView) if v.model() is not None]
    models += [c.model() for c in window.findChildren(QComboBox)]
    assert window.caseload_model in models and window.dashboard.model in models
    return models


def visible_text(window: MainWindow) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QLineEdit)]
    return texts + [window.tabs.tabText(i) for i in range(window.tabs.count())]


def shows_name(window: MainWindow) -> bool:
    values = [v for m in all_models(window) for v in every_value(m)] + visible_text(window)
    return any(PLANTED_NAME in v or "Zyxwvut" in v for v in values)


def test_discreet_mode_hides_the_planted_name_everywhere(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ws = main_window.workspace
    assert ws is not None
    planted = plant_case(ws)
    make_overdue(ws, planted)
    main_window.set_discreet(False)
    main_window.refresh()
    # The caseload re-reads in the background: wait for it to hold the planted case too.
    qtbot.waitUntil(lambda: not main_window.caseload_model.busy, timeout=10_000)
    assert shows_name(main_window)  # the check can see it when it is there

    qtbot.keyClick(main_window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert main_window.discreet and main_window.discreet_action.isChecked()
    assert main_window.discreet_label.isVisible()
    assert not shows_name(main_window)
    # Still findable by case number, and the client column says it is masked.
    model = main_window.caseload_model
    with qtbot.waitSignal(model.settled, timeout=10_000):
        main_window.caseload.filters.search_edit.setText(planted.case_number)
        main_window.caseload.filters.apply()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == planted.case_number
    assert model.index(0, 1).data() == "•••• masked"
    assert not shows_name(main_window)

    view = main_window.cases.open_case(planted.client_id)
    assert view.discreet
    main_window.set_discreet(False)
    assert not view.discreet
    assert shows_name(main_window)


def test_vault_default_decides_the_starting_mode(main_window: MainWindow) -> None:
    ws = main_window.workspace
    assert ws is not None
    assert main_window.discreet == (ws.setting("discreet_default", "1") == "1")
    ws.set_setting("discreet_default", "1")
    window = MainWindow(workspace=ws, autolock=main_window.autolock)
    assert window.discreet and window.caseload_model.discreet
    window.deleteLater()


def test_turning_discreet_mode_off_is_audited(main_window: MainWindow) -> None:
    """Showing every name is as deliberate as revealing one case: it is recorded."""
    from sqlalchemy import func, select

    from nap_desktop.store.models import AuditRow

    ws = main_window.workspace
    assert ws is not None

    def offs() -> int:
        with ws.ctx.read() as s:
            return s.scalar(select(func.count()).where(AuditRow.action == "view.discreet_off"))

    main_window.set_discreet(True)
    assert offs() == 0
    main_window.discreet_action.trigger()  # Ctrl+D / the toolbar button
    assert not main_window.discreet and offs() == 1
    main_window.set_discreet(False)  # already off: nothing new to record
    assert offs() == 1


def test_a_name_typed_in_the_search_box_is_dots_once_typing_moves_on(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """In discreet mode the search text (often a survivor's name) shows while it is typed
    and reads as dots once the focus moves on."""
    from PySide6.QtWidgets import QLineEdit

    main_window.set_discreet(True)
    search = main_window.caseload.filters.search_edit
    assert search.echoMode() == QLineEdit.EchoMode.PasswordEchoOnEdit
    search.setText(PLANTED_NAME)
    assert PLANTED_NAME not in search.displayText()
    assert search.text() == PLANTED_NAME  # the search itself still runs on it
    main_window.set_discreet(False)
    assert search.displayText() == PLANTED_NAME
