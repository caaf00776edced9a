"""Alt+letter does what it says: within what is on screen at one time (the menu bar, the
case header, the visible case tab, a dialog), no two controls share a mnemonic, in
English and in Spanish. Qt cycles focus between duplicates instead of acting, so a clash
makes Alt+S stop saving."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

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

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.gui import accelerators
from nap_desktop.gui.application import install_translators
from nap_desktop.gui.case.assign_dialog import AssignDialog
from nap_desktop.gui.case.dialogs import FormDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.new_referral import NewReferralDialog
from nap_desktop.gui.case.release_form_dialog import ReleaseFormDialog
from nap_desktop.gui.case.releases_tab import ReleaseForm
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.report import CaseloadReportDialog
from nap_desktop.gui.grant_reports.dialog import GrantReportsDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case
from tests.gui.work_dialogs import work_dialogs


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
    for index, name in ((0, "dashboard"), (1, "caseload"), (2, "insights")):
        window.tabs.setCurrentIndex(index)
        problems[name] = clashes(window)
    assert window.insights.tab is not None
    problems["insights labels"] = unlabelled(window.insights.tab)  # type: ignore[assignment]
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
                   NewReferralDialog(workspace=workspace, case=case),
                   AssignDialog(workspace=workspace, client_ids=[planted.client_id],
                                case_label=planted.case_number, current_user_id=None,
                                parent=None),
                   SummaryDialog(workspace=workspace, case=case, referral=case.referrals[0],
                                 discreet=False),
                   ReleaseFormDialog(workspace=workspace, case=case, partner_id=None),
                   FormDialog(ReleaseForm(workspace=workspace, case=case), title="",
                              parent=None),
                   CaseloadReportDialog(action=None, description="", discreet=False,  # type: ignore[arg-type]
                                        make=lambda _lang: lambda _task: None),
                   *(dialog for _name, dialog in work_dialogs(workspace, None)),
                   GrantReportsDialog(workspace=workspace)):
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


# --- every label has an access key, in every dialog we can reach --------------------------


def unlabelled(root: QWidget) -> list[str]:
    """Visible labels of a field that have no Alt+letter left once clashes are resolved."""
    accelerators.resolve(root)
    return [lab.text() for lab in root.findChildren(QLabel)
            if lab.buddy() is not None and lab.isVisibleTo(root) and lab.text().strip()
            and mnemonic(lab.text()) is None]


def reachable_dialogs(ws: Workspace, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog a caseworker or supervisor can open, the generated forms included,
    built as the app builds them (the case tabs' dialogs through their ``run_dialog``)."""
    from nap_desktop.gui.admin.settings_dialog import SettingsDialog
    from nap_desktop.gui.admin.user_forms import AddUserDialog, ChangeOwnPassphraseDialog
    from nap_desktop.gui.admin.users import UsersDialog
    from nap_desktop.gui.case.stale import CompareDialog
    from nap_desktop.gui.shortcuts_dialog import ShortcutsDialog
    from nap_desktop.gui.transfer.identity_card import MyCardDialog, PinCardDialog
    from nap_desktop.gui.transfer.partners import AgencyEditor, PartnersDialog

    planted = plant_case(ws)
    case = ws.cases.get_case(planted.client_id)
    yield "new case", NewCaseDialog(workspace=ws, parent=window)
    yield "summary", SummaryDialog(workspace=ws, case=case, referral=case.referrals[0],
                                   discreet=False, parent=window)
    yield "users", UsersDialog(workspace=ws, parent=window)
    yield "add user", AddUserDialog(workspace=ws, parent=window)
    yield "own passphrase", ChangeOwnPassphraseDialog(workspace=ws, parent=window)
    yield "partners", PartnersDialog(workspace=ws, parent=window)
    yield "agency editor", AgencyEditor(workspace=ws, agency=None, parent=window)
    yield "settings", SettingsDialog(workspace=ws, autolock=window.autolock, parent=window)
    yield "shortcuts", ShortcutsDialog(window)
    yield "my card", MyCardDialog(workspace=ws, parent=window)
    yield "pin card", PinCardDialog(workspace=ws, parent=window)
    yield "grant reports", GrantReportsDialog(workspace=ws, parent=window)
    yield "compare", CompareDialog([("Legal name", "Ana", "Ana María")], masked=False,
                                   parent=window)
    yield from work_dialogs(ws, window)
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    caught: list[QWidget] = []

    def catch(dialog: QWidget) -> int:
        caught.append(dialog)
        return 0

    releases, restitution = view.releases_tab, view.restitution_tab
    releases.run_dialog = restitution.run_dialog = catch  # type: ignore[assignment]
    releases.new_release()
    yield "new release", caught[-1]
    ws.releases.create(client_id=case.client.id,
                       recipient_agency_id=case.referrals[0].to_agency_id,
                       categories=frozenset({InfoCategory.IDENTITY}), purpose="Coordination",
                       expires_on=ws.today() + timedelta(days=200), signed_on=None)
    view.reload()
    releases.table.selectRow(0)
    for action, name in ((releases.sign_selected, "sign release"),
                         (releases.revoke_selected, "revoke release"),
                         (restitution.open_matter, "open matter"),
                         (restitution.close_matter, "close matter")):
        before = len(caught)
        action()
        if len(caught) > before:
            yield name, caught[-1]


def test_every_dialog_labels_every_field_with_an_access_key_and_names_every_control(
        qtbot: QtBot, workspace: Workspace, language: str) -> None:
    from tests.gui.test_accessibility import problems

    window = MainWindow(workspace=workspace)
    window.cases.view_factory = default_view_factory
    window.ask = lambda *_a: True
    qtbot.addWidget(window)
    window.show()
    found: dict[str, object] = {}
    seen = []
    for name, dialog in reachable_dialogs(workspace, window):
        seen.append(name)
        dialog.show()
        missing, clash, nameless = unlabelled(dialog), clashes(dialog), problems(dialog)
        if missing or clash or nameless:
            found[name] = (missing, clash, nameless)
        dialog.hide()
    window.autolock.shutdown()
    assert {"new release", "sign release", "revoke release", "open matter",
            "close matter"} <= set(seen)
    assert found == {}, language


def test_every_case_tab_labels_its_fields_with_access_keys(
        qtbot: QtBot, workspace: Workspace, language: str) -> None:
    """A tab on its own (the menu bar's letters are the window's): every field label keeps
    an Alt+letter."""
    planted = plant_case(workspace)
    view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1360, 900)
    view.show()
    found = {}
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        tab = view.tabs.currentWidget()
        missing = unlabelled(tab)
        if missing:  # with what took the letters, to choose a free one
            found[view.tabs.tabText(index)] = [missing, sorted(visible_texts(tab))]
    assert found == {}, f"{language}: {found}"


def test_every_menu_item_has_its_own_letter_in_its_menu(qtbot: QtBot, workspace: Workspace,
                                                        language: str) -> None:
    """An open menu answers to its items' letters: two items on one letter make the key
    cycle between them instead of acting (Edit: Find, Refresh, Possible duplicates,
    Assign)."""
    from PySide6.QtWidgets import QMenu

    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    problems: dict[str, object] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        keys = [mnemonic(text) for text in texts]
        if None in keys or len(set(keys)) != len(keys):
            problems[top.text()] = texts
    window.autolock.shutdown()
    assert problems == {}, language
