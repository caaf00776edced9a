"""Text shown whole at 1366x768 and at 1600x1000 (maximised, less a panel), in English and
Spanish: the summary's partner list and the placements table. A clipped value ("Partner:
Springfield Police Depa") is one a caseworker has to guess."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QTableView
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, PlacementStatus, ProgramType
from nap_desktop.gui.application import install_translators
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case

SCREENS = [(1366, 768), (1600, 1000)]
PANEL = 30  # a desktop's panel: what "maximised" leaves of the screen's height


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    translators = []
    if request.param == "es":
        translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def shown_width(combo: QComboBox) -> int:
    """The width the closed combo box has for its text (frame and arrow taken off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def clipped_items(combo: QComboBox) -> list[str]:
    metrics = combo.fontMetrics()
    room = shown_width(combo)
    texts = [combo.itemText(i) for i in range(combo.count())]
    return [t for t in texts if metrics.horizontalAdvance(t) > room]


def clipped_columns(table: QTableView) -> list[str]:
    """Columns narrower than their text, or cut off at the table's right edge."""
    header = table.horizontalHeader()
    model = table.model()
    out = []
    for column in range(model.columnCount()):
        name = str(model.headerData(column, header.orientation()))
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed:
            out.append(f"{name}: {header.sectionSize(column)} < {needed}")
    if header.length() > table.viewport().width():
        out.append(f"table {header.length()} > view {table.viewport().width()}")
    return out


@pytest.mark.parametrize("screen", SCREENS)
def test_the_summary_names_each_partner_in_full(
        qtbot: QtBot, workspace: Workspace, language: str, screen: tuple[int, int]) -> None:
    workspace.agencies.add_partner(name="Springfield Police Department (demo)",
                                   kind=AgencyKind.LE_STATE_LOCAL)
    planted = plant_case(workspace)
    case = workspace.cases.get_case(planted.client_id)
    dialog = SummaryDialog(workspace=workspace, case=case, referral=case.referrals[0],
                           discreet=True)
    qtbot.addWidget(dialog)
    dialog.resize(min(dialog.width(), screen[0]), min(dialog.height(), screen[1] - PANEL))
    dialog.show()
    dialog.layout().activate()
    for index in range(dialog.audience.count()):
        dialog.audience.setCurrentIndex(index)
    assert clipped_items(dialog.audience) == [], language


@pytest.mark.parametrize("screen", SCREENS)
def test_the_placements_table_shows_every_column_whole(
        qtbot: QtBot, workspace: Workspace, language: str, screen: tuple[int, int]) -> None:
    planted = plant_case(workspace)
    today = workspace.ctx.today()
    workspace.housing.add_placement(planted.client_id, PlacementInput(
        program_type=ProgramType.TRANSITIONAL, provider="Casa Esperanza Shelter (demo)",
        referred_on=today - timedelta(days=90), start_date=today - timedelta(days=60),
        expected_exit_date=today + timedelta(days=120)), status=PlacementStatus.STARTED)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    # The case view inside a maximised main window: its menu, tool and tab bars take
    # about 130 px of the height and the frame a few pixels of the width.
    view.resize(screen[0] - 10, screen[1] - PANEL - 130)
    view.show()
    view.show_tab(view.housing_tab)
    table = view.housing_tab.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 1, timeout=3000)
    view.housing_tab.layout().activate()
    assert clipped_columns(table) == [], language
