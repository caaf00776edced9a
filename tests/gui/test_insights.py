"""The Insights tab: its tables hold the hand-counted figures of the fixture, no widget and
no printed page ever shows a client's name or case number (discreet mode or not), it
follows the language, and it reads nothing before it is first shown or while locked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.gui.application import install_translators
from nap_desktop.gui.insights.tab import InsightsTab
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from tests.services.insights_fixture import CANARY, CANARY_CASE, END, START, plant


@pytest.fixture
def planted(workspace: Workspace) -> Workspace:
    users = {u.name: u.id for u in workspace.users.list()}
    plant(workspace.ctx, ana=users["admin"], sofia=users["marcus"])
    return workspace


def show_tab(qtbot: QtBot, ws: Workspace) -> InsightsTab:
    tab = InsightsTab(workspace=ws)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.set_period(START, END)
        tab.refresh()
    return tab


def rows(tab: InsightsTab, key: str) -> list[list[str]]:
    return tab.panels[key].table_data().rows


def every_text(root: QWidget) -> str:
    """What any widget shows: labels, buttons, combo items, table cells, accessible texts."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(root, InsightsTab):
        texts += [panel.table_data().text() for panel in root.panels.values()]
    return "\n".join(texts)


def test_each_table_holds_the_hand_counted_figures(qtbot: QtBot, planted: Workspace) -> None:
    tab = show_tab(qtbot, planted)
    assert [r[:4] for r in rows(tab, "clients")] == [
        ["Jan 2026", "1", "0", "1"], ["Feb", "1", "1", "2"], ["Mar", "0", "2", "2"]]
    assert [r[:5] for r in rows(tab, "services")] == [
        ["Case management", "2", "0", "2", "0"], ["Crisis intervention", "2", "0", "1", "1"],
        ["Safety planning", "1", "0", "0", "1"]]
    outcomes = {r[0]: r[1] for r in rows(tab, "outcomes")}
    assert outcomes == {"Completed: successful": "1", "Completed: not successful": "1",
                        "Completed: no outcome recorded": "0", "Declined": "1",
                        "Withdrawn": "1", "Expired": "1", "All referrals that ended": "5"}
    move_in = {r[0]: r[1] for r in rows(tab, "move_in")}
    assert move_in["Same day"] == "1" and move_in["31–90 days"] == "1"
    assert move_in["All placements that moved in"] == "4"
    assert move_in["Median (days)"] == "11.5"
    assert rows(tab, "restitution") == [
        ["Jan 2026", "$0.00", "$3.00", "$0.00"],
        ["Feb", "$12,345.67", "$100.01", "$0.00"],
        ["Mar", "$0.00", "$0.05", "$100.00"],
        ["Total", "$12,345.67", "$103.06", "$100.00"]]
    assert rows(tab, "caseload") == [["Ada Admin", "2"], ["Marcus Lee", "1"],
                                     ["Not assigned", "1"]]
    assert "median 11.5 days" in tab.panels["move_in"].view.accessibleDescription()


def test_each_chart_is_named_and_described_for_a_screen_reader(
        qtbot: QtBot, planted: Workspace) -> None:
    tab = show_tab(qtbot, planted)
    for panel in tab.panels.values():
        assert panel.view.accessibleName().startswith("Chart: ")
        assert "The table beside it holds the same numbers." in \
            panel.view.accessibleDescription()
        assert panel.title.buddy() is panel.table
        assert panel.view.chart().series()  # something is drawn


def test_no_name_or_case_number_on_screen_or_on_paper(
        qtbot: QtBot, planted: Workspace, tmp_path: Path) -> None:
    tab = show_tab(qtbot, planted)
    shown = every_text(tab)
    assert CANARY not in shown and CANARY_CASE not in shown
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "insights.pdf"))
    tab.ask_printer = lambda _parent, _printer: True
    assert tab.print_to(printer)
    reader = PdfReader(str(tmp_path / "insights.pdf"))
    assert len(reader.pages) == 6
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Referral outcomes" in text and "12,345.67" in text and "Ada Admin" in text
    assert CANARY not in text and CANARY_CASE not in text


def test_discreet_mode_or_not_the_tab_shows_no_name(qtbot: QtBot, planted: Workspace) -> None:
    window = MainWindow(workspace=planted)
    window.ask = lambda *_a: True
    qtbot.addWidget(window)
    window.show()
    for discreet in (True, False):
        window.set_discreet(discreet)
        window.tabs.setCurrentWidget(window.insights)
        qtbot.waitUntil(lambda: window.insights.tab is not None, timeout=5000)
        tab = window.insights.tab
        assert tab is not None
        with qtbot.waitSignal(tab.refreshed, timeout=10_000):
            tab.set_period(START, END)
            tab.refresh()
        shown = every_text(window.insights)
        assert CANARY not in shown and CANARY_CASE not in shown, discreet
    window.autolock.shutdown()


def test_nothing_is_read_before_the_tab_is_shown_or_while_locked(
        qtbot: QtBot, planted: Workspace) -> None:
    window = MainWindow(workspace=planted)
    window.ask = lambda *_a: True
    qtbot.addWidget(window)
    window.show()
    assert window.insights.tab is None  # start-up builds nothing of it
    window.tabs.setCurrentWidget(window.insights)
    tab = window.insights.tab
    assert tab is not None
    qtbot.waitSignal(tab.refreshed, timeout=10_000).wait()
    window.autolock.pause()
    window.insights.set_workspace(None)  # what lock_now does
    assert tab.workspace is None and tab.overview is None
    assert all(not p.table_data().rows for p in tab.panels.values())
    tab.refresh()  # locked: no read starts
    assert not tab.tasks.busy
    window.autolock.shutdown()


@pytest.fixture
def spanish(qapp: QCoreApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es_MX"))
    translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    install_translators(qapp, before)  # type: ignore[arg-type]


def test_a_language_change_relabels_the_charts(qtbot: QtBot, planted: Workspace,
                                                spanish: None) -> None:
    tab = show_tab(qtbot, planted)
    assert tab.panels["outcomes"].title.text().replace("&", "") == "Resultados de las derivaciones"
    outcomes = {r[0]: r[1] for r in rows(tab, "outcomes")}
    assert outcomes["Rechazada"] == "1"
    assert rows(tab, "clients")[0][0] == "ene 2026"
    assert rows(tab, "restitution")[1][1] == "$12,345.67"  # dollars as everywhere in the app
    assert every_text(tab).count("Referral outcomes") == 0
