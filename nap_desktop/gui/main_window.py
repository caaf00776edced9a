"""The main window: dashboard and caseload tabs, one tab per open case, menus, the status
bar, discreet mode, and the lock / unlock cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from nap_desktop.gui import accelerators
from nap_desktop.gui.case import tabs as case_tabs
from nap_desktop.gui.caseload.dashboard import DashboardView
from nap_desktop.gui.caseload.model import CaseloadModel
from nap_desktop.gui.caseload.report import CaseloadReportAction
from nap_desktop.gui.caseload.view import CaseloadView
from nap_desktop.gui.insights.host import InsightsPage
from nap_desktop.gui.messages import show_error
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace

GEOMETRY_KEY = "main/geometry"
STATE_KEY = "main/state"


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A modal question; tests replace ``MainWindow.ask`` instead of clicking it."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """Holds the workspace while unlocked. ``locked`` / ``unlocked`` signal the cycle."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        *,
        workspace: Workspace,
        demo_hint: str = "",
        autolock: AutoLock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = workspace
        self.vault = workspace.vault
        self.demo_hint = demo_hint
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        #: Shows an error to the person (tests replace it, like ``ask``).
        self.report_error: Callable[[QWidget, BaseException], None] = show_error
        #: Runs a modal dialog (tests replace it to fill the dialog in).
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.unlock_dialog: UnlockDialog | None = None
        self.shortcuts_dialog: QDialog | None = None
        self._snapshots: list[tuple[str, Any]] = []
        self._locked_user_id: str | None = None
        self._locked_user_name = ""
        self.discreet = workspace.setting("discreet_default", "1") == "1"
        self.setWindowTitle(self.tr("NAP Desktop"))
        self.resize(1360, 820)

        self.caseload_model = CaseloadModel(
            source=None, discreet=self.discreet, today=self._today, parent=self
        )
        self.caseload = CaseloadView(model=self.caseload_model)
        self.dashboard = DashboardView(discreet=self.discreet, today=self._today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setAccessibleName(self.tr("Open views and cases"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.caseload, self.tr("Caseload"))
        self.insights = InsightsPage()  # built and read the first time it is shown
        self.tabs.addTab(self.insights, self.tr("Insights"))
        for fixed in range(case_tabs.FIXED_TABS):
            self.tabs.tabBar().setTabButton(
                fixed, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.setCentralWidget(self.tabs)
        self.cases = case_tabs.CaseTabs(self)

        self.user_label = QLabel()
        self.discreet_label = QLabel(self.tr("Discreet mode"))
        self.discreet_label.setObjectName("discreetBadge")
        self.vault_label = QLabel()
        self.vault_label.setObjectName("hint")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.discreet_label)
        self.statusBar().addPermanentWidget(self.vault_label)

        self.autolock = autolock or AutoLock(parent=self)
        self.autolock.lock_requested.connect(self.lock_now)
        self._build_menus()
        self.tabs.tabCloseRequested.connect(self.cases.close_tab)
        self.tabs.currentChanged.connect(lambda _i: accelerators.resolve(self))
        self.caseload.open_case.connect(self.cases.open_case)
        self.dashboard.open_case.connect(self.cases.open_case)
        self.dashboard.show_mine.connect(self.show_my_cases)
        self.dashboard.open_release.connect(self.cases.open_release)
        from nap_desktop.gui.todo.panel import connect as connect_tasks

        connect_tasks(self)  # My tasks: Enter opens the case at the record
        self._restore_geometry()
        self._attach(workspace)

    # --- menus ------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[..., Any], shortcut: Any = None, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._build_file_menu(bar.addMenu(self.tr("&File")))
        self._build_edit_menu(bar.addMenu(self.tr("&Edit")))
        self._build_view_menu(bar.addMenu(self.tr("&View")))

        from nap_desktop.gui.transfer.menu import TransferActions

        transfer_menu = bar.addMenu(self.tr("&Transfer"))
        self.transfer = TransferActions(self)  # tests replace its run_dialog/choose_package
        transfer_menu.addActions(self.transfer.actions[:3])
        transfer_menu.addSeparator()
        transfer_menu.addAction(self.transfer.card_action)

        admin_menu = bar.addMenu(self.tr("&Admin"))
        admin_menu.addAction(self._action(self.tr("&Partners…"), self.open_partners))
        admin_menu.addAction(self._action(self.tr("&Users…"), self.open_users))
        admin_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings))
        from nap_desktop.gui.team.actions import TeamActions

        self.team = TeamActions(self, admin_menu=admin_menu)  # + File ▸ Sync now, status bar
        from nap_desktop.gui.funding.menu import FundingActions
        from nap_desktop.gui.grant_reports.action import GrantReportsAction

        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        self.grant_reports = GrantReportsAction(self)  # Reports ▸ Grant reports… (supervisors)
        self.reports_menu.addAction(self.grant_reports.action)
        self.funding = FundingActions(self, admin_menu=admin_menu, reports_menu=self.reports_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                QKeySequence.StandardKey.HelpContents,
            )
        )
        help_menu.addAction(self._action(self.tr("&About NAP Desktop"), self.about))
        self._build_toolbar()

    def _build_file_menu(self, file_menu: QMenu) -> None:
        self.new_case_action = self._action(
            self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New
        )
        self.save_action = self._action(
            self.tr("&Save"), self.save_current, QKeySequence.StandardKey.Save
        )
        self.close_case_action = self._action(
            self.tr("&Close case"), self.close_current_case, "Ctrl+W"
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock_now, "Ctrl+L")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_referral_action = self._action(
            self.tr("New re&ferral…"), self.new_referral, "Ctrl+Shift+N"
        )
        file_menu.addActions([self.new_case_action, self.new_referral_action, self.save_action,
                              self.close_case_action])
        file_menu.addSeparator()
        self.report = CaseloadReportAction(self)  # tests replace its choose_save
        file_menu.addAction(self.report.action)
        file_menu.addSeparator()
        self.change_passphrase_action = self._action(
            self.tr("Change my &passphrase…"), self.change_own_passphrase
        )
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_edit_menu(self, edit_menu: QMenu) -> None:
        edit_menu.addAction(
            self._action(
                self.tr("&Find in caseload"), self.focus_search, QKeySequence.StandardKey.Find
            )
        )
        edit_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        )
        self.duplicates_action = self._action(self.tr("Possible d&uplicates…"),
                                              self.open_duplicates)
        edit_menu.addAction(self.duplicates_action)
        from nap_desktop.gui.caseload.assign import AssignAction

        edit_menu.addSeparator()
        self.assign = AssignAction(self)  # Edit ▸ Assign… and the caseload's context menu
        edit_menu.addAction(self.assign.action)

    def _build_view_menu(self, view_menu: QMenu) -> None:
        self.discreet_action = self._action(
            self.tr("&Discreet mode"), self.set_discreet, "Ctrl+D", checkable=True
        )
        self.discreet_action.setChecked(self.discreet)
        view_menu.addAction(self.discreet_action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(self.tr("D&ashboard"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        view_menu.addAction(
            self._action(self.tr("&Caseload"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        view_menu.addAction(
            self._action(self.tr("&Insights"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3")
        )

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addAction(self.new_case_action)
        toolbar.addSeparator()
        toolbar.addAction(self.discreet_action)
        toolbar.addAction(self.lock_action)

    # --- workspace life cycle -----------------------------------------------------------

    def _today(self) -> Any:
        return self.workspace.today() if self.workspace is not None else None

    def _attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        user = workspace.user
        self.caseload.filters.user_id = user.id if user else None
        self.caseload.filters.set_partners(workspace.agencies.list(include_self=False))
        self.caseload_model.set_source(workspace.queries)
        self.caseload_model.warm_up(self.caseload.filters.quick_variants())
        self.dashboard.set_documents(workspace.documents)
        self.dashboard.tasks.set_workspace(workspace)
        self.dashboard.set_source(workspace.queries, background=True)  # the window paints first
        self._apply_discreet()
        role = label(user.role) if user else ""
        self.user_label.setText(f"{user.display_name} · {role}" if user else "")
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(workspace.vault.path)))
        self.report.update_role()
        self.assign.update_role()
        self.funding.update_role()
        self.grant_reports.update_role()
        self.insights.set_workspace(workspace)  # reads only once the tab is shown
        self.team.attach(workspace)  # a team vault: its status, and sync in the background
        self.autolock.resume()

    def is_locked(self) -> bool:
        return self.workspace is None

    def lock_now(self) -> None:
        """Clear every sensitive view, drop the key and the engine, ask to unlock again."""
        workspace = self.workspace
        if workspace is None:
            return
        self.autolock.pause()
        self._locked_user_id = workspace.user.id if workspace.user else None
        self._locked_user_name = workspace.user.name if workspace.user else ""
        for dialog in self.findChildren(QDialog):  # partners, settings, users...
            if dialog.isVisible():
                dialog.reject()
        self._snapshots = self.cases.take_snapshots_and_close()
        self.caseload.filters.reset()
        self.caseload_model.clear()
        self.dashboard.clear()
        self.insights.set_workspace(None)
        self.workspace = None
        self.team.detach()  # no sync while locked
        workspace.lock()
        self.user_label.clear()
        self.hide()
        self.locked.emit()
        self.show_unlock()

    def show_unlock(self) -> None:
        dialog = UnlockDialog(vault_dir=self.vault.path, vault=self.vault, demo_hint=self.demo_hint,
                              user_name=self._locked_user_name)  # who was working
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._unlocked(dialog.workspace))
        dialog.rejected.connect(self._quit_locked)
        self.unlock_dialog = dialog
        dialog.show()

    def _unlocked(self, workspace: Workspace | None) -> None:
        self.unlock_dialog = None
        if workspace is None:
            return
        self._attach(workspace)
        self.show()
        snapshots, self._snapshots = self._snapshots, []
        same_person = workspace.user is not None and workspace.user.id == self._locked_user_id
        if (
            snapshots
            and same_person
            and self.ask(
                self,
                self.tr("Unsaved changes"),
                self.tr("These cases had unsaved changes when NAP Desktop locked: %1. "
                        "Keep the changes?").replace("%1", self._case_numbers(snapshots)),
            )
        ):
            self.cases.restore_snapshots(snapshots)
        elif snapshots and not same_person:
            # Another person's unsaved edits are theirs: dropped, never handed over.
            self.statusBar().showMessage(
                self.tr("Unsaved changes made before the lock by another user were "
                        "discarded."), 15_000)
        self.unlocked.emit()

    def _case_numbers(self, snapshots: list[tuple[str, Any]]) -> str:
        """The case numbers of these clients (never names: discreet mode may be on)."""
        numbers = []
        for client_id, _snapshot in snapshots:
            try:
                assert self.workspace is not None
                numbers.append(self.workspace.cases.get_case(client_id).client.case_number)
            except Exception:  # gone since: still offered, unnamed
                numbers.append("?")
        return ", ".join(numbers)

    def _quit_locked(self) -> None:
        self.unlock_dialog = None
        self._snapshots = []
        self.vault.close()
        self.close()

    # --- actions ---------------------------------------------------------------------

    def set_discreet(self, discreet: bool) -> None:
        """Discreet mode on, or off (audited: every name shows from then on)."""
        discreet = bool(discreet)
        if self.discreet and not discreet and self.workspace is not None:
            try:
                self.workspace.cases.leave_discreet_mode()
            except Exception as error:
                self.discreet_action.setChecked(True)
                self.report_error(self, error)
                return
        self.discreet = discreet
        self.discreet_action.setChecked(self.discreet)
        self._apply_discreet()

    def _apply_discreet(self) -> None:
        self.caseload_model.set_discreet(self.discreet)
        self.caseload.filters.set_discreet(self.discreet)
        self.dashboard.set_discreet(self.discreet)
        self.cases.set_discreet(self.discreet)
        self.discreet_label.setVisible(self.discreet)

    def current_case(self) -> Any | None:
        widget = self.tabs.currentWidget()
        return widget if widget in self.cases.views() else None

    def save_current(self) -> bool:
        """Ctrl+S: save the edits of the case on screen (every tab with changes)."""
        view = self.current_case()
        if view is None or not view.has_unsaved_changes():
            return True
        return bool(view.save())

    def close_current_case(self) -> bool:
        view = self.current_case()
        return view is not None and self.cases.close_tab(self.tabs.indexOf(view))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.caseload)
        self.caseload.filters.focus_search()

    def show_my_cases(self) -> None:
        """The dashboard's "My cases": the caseload, showing the referrals assigned to me."""
        self.caseload.filters.set_quick("mine")
        self.tabs.setCurrentIndex(1)

    def refresh(self) -> None:
        if self.workspace is not None:
            self.caseload_model.refresh()
            self.dashboard.refresh()
            self.insights.refresh()

    def new_case(self) -> None:
        from nap_desktop.gui.case.new_case import NewCaseDialog

        if self.workspace is None:
            return
        dialog = NewCaseDialog(workspace=self.workspace, parent=self)
        if dialog.exec() and not self.is_locked():
            self.refresh()
            if dialog.client_id:
                self.cases.open_case(dialog.client_id)
        elif dialog.open_instead and not self.is_locked():
            self.cases.open_case(dialog.open_instead)  # a likely duplicate, opened instead

    def open_duplicates(self) -> None:
        """Possible duplicates of the case on screen, else (supervisors) of the caseload."""
        from nap_desktop.gui.case.duplicates_dialog import DuplicatesDialog

        if self.workspace is None:
            return
        view = self.current_case()
        try:
            dialog = DuplicatesDialog(workspace=self.workspace, discreet=self.discreet,
                                      client_id=getattr(view, "client_id", None), parent=self)
        except Exception as error:
            self.report_error(self, error)
            return

        def open_case(client_id: str) -> None:
            dialog.accept()
            self.cases.open_case(client_id)

        dialog.open_requested.connect(open_case)
        dialog.merged.connect(self._close_merged_away)
        dialog.exec()
        if not self.is_locked():
            self.refresh()

    def _close_merged_away(self, merge_id: str) -> None:
        """A merged-away case no longer exists: its tab (if open) closes."""
        if self.workspace is None:
            return
        gone = next((r.other_id for r in self.workspace.merges.merges() if r.id == merge_id),
                    None)
        view = self.cases.view_for(gone) if gone else None
        if view is not None:
            self.cases.close_tab(self.tabs.indexOf(view))

    def new_referral(self) -> None:
        """Ctrl+Shift+N: a new referral on the case on screen."""
        view = self.current_case()
        if view is None:
            self.statusBar().showMessage(self.tr("Open a case first: a referral belongs to a "
                                                 "case."), 5000)
            return
        view.new_referral()

    def open_partners(self) -> None:
        from nap_desktop.gui.transfer.partners import PartnersDialog

        self._admin_dialog(PartnersDialog)

    def open_users(self) -> None:
        from nap_desktop.gui.admin.users import UsersDialog

        self._admin_dialog(UsersDialog)

    def change_own_passphrase(self) -> None:
        from nap_desktop.gui.admin.user_forms import ChangeOwnPassphraseDialog

        if self.workspace is None or self.workspace.user is None:
            return
        dialog = ChangeOwnPassphraseDialog(workspace=self.workspace, parent=self)
        if self.run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Your passphrase was changed."), 10_000)

    def _admin_dialog(self, dialog_class: Any) -> None:
        if self.workspace is None:
            return
        dialog_class(workspace=self.workspace, parent=self).exec()
        if self.is_locked():
            return  # the window locked while the dialog was open
        self.caseload.filters.set_partners(self.workspace.agencies.list(include_self=False))
        self.refresh()

    def open_settings(self) -> None:
        from nap_desktop.gui.admin.settings_dialog import SettingsDialog

        if self.workspace is None:
            return
        dialog = SettingsDialog(workspace=self.workspace, autolock=self.autolock, parent=self)
        if dialog.exec():
            self.dashboard.awaiting_spin.setValue(dialog.awaiting_days)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: a window of its own, beside the work (not modal)."""
        from nap_desktop.gui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About NAP Desktop"), self.about_text())

    def about_text(self) -> str:
        text = self.tr(
            "<b>NAP Desktop</b><p>Offline, encrypted case coordination for "
            "anti-human-trafficking work.</p><p>Everything stays in the encrypted "
            "vault on this computer.</p>"
        )
        authority = self.workspace.authority if self.workspace is not None else None
        if authority is not None and authority.root_fingerprint:
            # What an administrator compares with the fingerprint noted at setup.
            text += "<p>" + self.tr("Root of authority of this vault: %1").replace(
                "%1", authority.root_fingerprint) + "</p>"
        return text

    # --- window state -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.caseload.restore_state(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.cases.confirm_discard_all():
            event.ignore()
            return
        settings = QSettings()  # window shape only: never personal data
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        self.caseload.save_state(settings)
        self.cases.close_all()
        self.team.shutdown()
        self.autolock.shutdown()
        self.caseload_model.clear()
        self.dashboard.clear()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        event.accept()
