"""Alt+letter does what it says: within what is on screen at one time (the menu bar, the
case header, the visible case tab, a dialog), no two controls share a mnemonic, in
English and in Spanish. Qt cycles focus between duplicates instead of acting, so a clash
makes Alt+S stop saving."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nap_desktop.gui import accelerators
from nap_desktop.gui.application import install_translators
from nap_desktop.gui.case.assign_dialog import AssignDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_texts(root: QWidget) -> Iterator[str]:
    """The texts whose Alt+letter is live while ``root`` shows what it shows now."""
    if isinstance(root, QMainWindow):
        yield from (a.text() for a in root.menuBar().actions() if a.isVisible())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or (not widget.isEnabled() and isinstance(
                widget, QAbstractButton)):
            continue
        buddy_label = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddy_label:
            yield widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))


def clashes(root: QWidget, *, resolved: bool = True) -> dict[str, list[str]]:
    if resolved:
        accelerators.resolve(root)  # what pressing Alt does first (AcceleratorGuard)
    seen: dict[str, list[str]] = {}
    for text in visible_texts(root):
        key = mnemonic(text)
        if key:
            seen.setdefault(key, []).append(text.replace("\n", " "))
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    translators = []
    if request.param == "es":
        translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_main_window_and_every_case_tab(qtbot: QtBot, workspace: Workspace,
                                        language: str) -> None:
    window = MainWindow(workspace=workspace)
    window.cases.view_factory = default_view_factory
    window.ask = lambda *_a: True
    qtbot.addWidget(window)
    window.resize(1360, 900)
    window.show()
    problems = {}
    for index, name in ((0, "dashboard"), (1, "caseload")):
        window.tabs.setCurrentIndex(index)
        problems[name] = clashes(window)
    planted = plant_case(workspace)
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    for discreet in (False, True):
        window.set_discreet(discreet)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            problems[f"{view.tabs.tabText(index)} discreet={discreet}"] = clashes(window)
    window.autolock.shutdown()
    assert {k: v for k, v in problems.items() if v} == {}, language


def test_dialogs(qtbot: QtBot, workspace: Workspace, language: str) -> None:
    planted = plant_case(workspace)
    case = workspace.cases.get_case(planted.client_id)
    for dialog in (NewCaseDialog(workspace=workspace),
                   AssignDialog(workspace=workspace, client_ids=[planted.client_id],
                                case_label=planted.case_number, current_user_id=None,
                                parent=None),
                   SummaryDialog(workspace=workspace, case=case, referral=case.referrals[0],
                                 discreet=False)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(dialog) == {}, (language, type(dialog).__name__)


def test_the_check_sees_a_clash(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("&Save"))
    layout.addWidget(QPushButton("&Summary"))
    box.show()
    assert clashes(box, resolved=False) == {"s": ["&Save", "&Summary"]}
    assert clashes(box) == {}
    texts = [b.text() for b in box.findChildren(QPushButton)]
    assert texts == ["&Save", "S&ummary"]  # the first keeps its letter, the next moves


def test_pressing_alt_resolves_the_active_window(qtbot: QtBot, qapp: QCoreApplication) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    guard = accelerators.install(qapp)  # type: ignore[arg-type]
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    save, summary = QPushButton("&Save"), QPushButton("&Summary")
    layout.addWidget(save)
    layout.addWidget(summary)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=2000)
    summary.setText("&Summary")  # the code sets its text again: a clash again
    qtbot.keyPress(box, Qt.Key.Key_Alt)
    assert summary.text() == "S&ummary"
    qapp.removeEventFilter(guard)


def test_what_a_window_shows_later_is_resolved_without_pressing_alt(
    qtbot: QtBot, qapp: QCoreApplication
) -> None:
    """A control shown after the window (a case tab, a status button) gets its letter
    sorted out at once, so the underline seen before Alt is the one Alt acts on."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    guard = accelerators.install(qapp)  # type: ignore[arg-type]
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    save, revert = QPushButton("&Save"), QPushButton("&Save as a draft")
    revert.hide()
    layout.addWidget(save)
    layout.addWidget(revert)
    box.show()
    revert.show()
    qtbot.waitUntil(lambda: revert.text() == "Save &as a draft", timeout=2000)
    assert save.text() == "&Save"
    qapp.removeEventFilter(guard)
