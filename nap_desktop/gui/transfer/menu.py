"""The Transfer menu of the main window: export to a partner, import a package, conflicts,
our identity card. The window builds one :class:`TransferActions`; tests replace its
``run_dialog`` and ``choose_package`` instead of clicking modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.gui.transfer.common import choose_open_file, run_modal

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def selection_of(window: Any) -> tuple[list[str], str | None]:
    """(referral ids, partner id) of what the person is looking at: the open case's
    referrals, or the caseload's selected row. Nothing when neither applies."""
    from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE, REFERRAL_ID_ROLE

    ws = window.workspace
    current = window.tabs.currentWidget()
    client_id = getattr(current, "client_id", None)
    wanted: set[str] | None = None
    if current is window.caseload:
        rows = window.caseload.table.selectionModel().selectedRows()
        if not rows:
            return [], None
        model = window.caseload.table.model()
        client_id = model.data(rows[0], CLIENT_ID_ROLE)
        wanted = {model.data(r, REFERRAL_ID_ROLE) for r in rows}
    if not client_id:
        return [], None
    referrals = [r for r in ws.cases.get_case(client_id).referrals
                 if wanted is None or r.id in wanted]
    me = ws.agency.id
    partner = next((r.to_agency_id if r.from_agency_id == me else r.from_agency_id
                    for r in referrals), None)
    return [r.id for r in referrals], partner


class TransferActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        #: Modal pieces (tests replace them).
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.choose_package: Callable[[QWidget, str, str], str] = choose_open_file
        self.export_action = self._action(self.tr("&Export to partner…"), self.export_to_partner,
                                          "Ctrl+Shift+E")
        self.import_action = self._action(self.tr("&Import package…"), self.import_package,
                                          "Ctrl+Shift+I")
        self.conflicts_action = self._action(self.tr("&Conflicts…"), self.show_conflicts)
        self.card_action = self._action(self.tr("&My identity card…"), self.show_identity_card)

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.conflicts_action, self.card_action]

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda *_a: slot())
        return action

    def _run(self, dialog: QDialog) -> int:
        """Run a modal dialog; it closes (its case data cleared) if the window locks."""
        def close() -> None:
            dialog.done(QDialog.DialogCode.Rejected)

        self.window.locked.connect(close)
        try:
            return self.run_dialog(dialog)
        finally:
            self.window.locked.disconnect(close)
            dialog.deleteLater()

    def _guarded(self, build: Callable[[Any], QDialog]) -> QDialog | None:
        ws = self.window.workspace
        if ws is None:
            return None
        try:
            return build(ws)
        except Exception as error:
            self.window.report_error(self.window, error)
            return None

    # --- the menu entries -------------------------------------------------------------------

    def export_to_partner(self, referral_ids: list[str] | None = None,
                          partner_id: str | None = None) -> None:
        """The export wizard, preselecting ``referral_ids`` and ``partner_id`` when given
        (a referral's own Export button), else what the person is looking at."""
        from nap_desktop.gui.transfer.export import ExportWizard

        def build(ws: Workspace) -> QDialog:
            referrals, partner = (referral_ids, partner_id) if referral_ids is not None \
                else selection_of(self.window)
            return ExportWizard(workspace=ws, discreet=self.window.discreet,
                                referral_ids=referrals, partner_id=partner, parent=self.window)

        dialog = self._guarded(build)
        if dialog is not None:
            self._run(dialog)

    def import_package(self) -> None:
        from nap_desktop.gui.transfer.importing import ImportDialog, suggested_filter

        if self.window.workspace is None:
            return
        chosen = self.choose_package(self.window, self.tr("Import a package"),
                                     suggested_filter())
        if not chosen:
            return
        dialog = self._guarded(lambda ws: ImportDialog(
            workspace=ws, path=Path(chosen), discreet=self.window.discreet, parent=self.window))
        if not isinstance(dialog, ImportDialog):
            return
        wants_conflicts: list[bool] = []
        dialog.applied.connect(self.window.refresh)
        dialog.open_conflicts.connect(lambda: wants_conflicts.append(True))
        dialog.start()
        self._run(dialog)
        if wants_conflicts:
            self.show_conflicts()

    def show_conflicts(self) -> None:
        from nap_desktop.gui.transfer.conflicts import ConflictsDialog

        dialog = self._guarded(lambda ws: ConflictsDialog(
            workspace=ws, discreet=self.window.discreet, parent=self.window))
        if isinstance(dialog, ConflictsDialog):
            dialog.resolved.connect(lambda *_a: self.window.refresh())
            self._run(dialog)

    def show_identity_card(self) -> None:
        from nap_desktop.gui.transfer.identity_card import MyCardDialog

        dialog = self._guarded(lambda ws: MyCardDialog(workspace=ws, parent=self.window))
        if dialog is not None:
            self._run(dialog)
