"""The export wizard: partner -> referrals -> review (what consent sends and withholds) ->
where to save -> result. The review is a dry run (``TransferViews.export_preview``); the
export itself is one ``TransferService.export_detailed`` call, run off the GUI thread, and
the package is written owner-only. The pages are in ``transfer_export_pages``."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskControl, TaskRunner
from nap_desktop.gui.transfer.common import choose_save_file, tr
from nap_desktop.gui.transfer.export_host import ExportDone, suggested_name
from nap_desktop.gui.transfer.export_pages import (
    CasesPage,
    PartnerPage,
    ResultPage,
    ReviewPage,
    SavePage,
)
from nap_desktop.services.transfer_views import TransferViews

__all__ = ["ExportDone", "ExportWizard", "ask_overwrite", "suggested_name"]


def ask_overwrite(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class ExportWizard(QWizard):
    """``referral_ids`` / ``partner_id``: what was selected where the wizard was opened
    (the caseload row or the open case); they are the defaults of the first two pages."""

    preview_ready = Signal()
    preview_failed = Signal(str)
    exported = Signal(object)  # ExportDone
    export_failed = Signal(str)

    def __init__(
        self,
        *,
        workspace: Any,
        discreet: bool,
        referral_ids: Sequence[str] = (),
        partner_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.views = TransferViews(workspace.ctx)
        self.discreet = discreet
        self.initial_referrals = list(referral_ids)
        self.initial_partner = partner_id
        #: The dry run (newest wins) and the export (the wizard waits for it).
        self.tasks = TaskRunner(self, tell=self._say_busy)
        self.done_result: ExportDone | None = None
        #: Modal pieces, replaced by tests.
        self.choose_save: Callable[[QWidget, str, str, str], str] = choose_save_file
        self.ask: Callable[[QWidget, str, str], bool] = ask_overwrite
        self.setWindowTitle(self.tr("Export to a partner"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(940, 580)
        self.partner_page = PartnerPage(self)
        self.cases_page = CasesPage(self)
        self.review_page = ReviewPage(self)
        self.save_page = SavePage(self)
        self.result_page = ResultPage(self)
        for page in (self.partner_page, self.cases_page, self.review_page, self.save_page,
                     self.result_page):
            self.addPage(page)

    # --- what the pages decided ---------------------------------------------------------

    @property
    def is_supervisor(self) -> bool:
        user = self.ws.user
        return user is not None and role_at_least(user.role, Role.SUPERVISOR)

    @property
    def partner(self) -> Any:
        return self.partner_page.chosen()

    @property
    def referral_ids(self) -> list[str] | None:
        """None: every referral to or from the partner (the service's default)."""
        return self.cases_page.chosen_ids()

    def override_reason(self) -> str | None:
        return self.review_page.override_reason()

    # --- the dry run ------------------------------------------------------------------------

    def start_preview(self) -> None:
        partner, ids = self.partner, self.referral_ids
        override = self.review_page.override_requested()
        views = self.views
        self.review_page.show_busy()
        self.tasks.run(
            lambda _task: views.export_preview(partner.agency_id, ids, override=override),
            on_success=self._previewed, on_failure=self._preview_failed, key="preview")

    def _previewed(self, preview: Any) -> None:
        self.review_page.show_preview(preview)
        self.preview_ready.emit()

    def _preview_failed(self, error: BaseException) -> None:
        message = error_text(error)
        self.review_page.show_failure(message)
        self.preview_failed.emit(message)

    # --- the export ------------------------------------------------------------------------

    def check_target(self, text: str) -> Path:
        """The package path, with its extension; its folder must exist and be writable."""
        raw = text.strip()
        if not raw:
            raise ValidationError(tr("Choose where to save the package."), field="path")
        path = Path(raw).expanduser()
        if path.suffix.lower() != ".napx":
            path = path.with_name(path.name + ".napx")
        folder = path.parent
        if not folder.is_dir():
            raise ValidationError(tr("The folder %1 does not exist.").replace("%1", str(folder)),
                                  field="path")
        if not os.access(folder, os.W_OK):
            raise ValidationError(
                tr("You cannot write to the folder %1.").replace("%1", str(folder)), field="path")
        return path

    def start_export(self, path: Path) -> None:
        partner, ids, reason = self.partner, self.referral_ids, self.override_reason()
        service = self.views.service

        def work(_task: TaskControl) -> ExportDone:  # on a worker thread: no widgets here
            outcome = service.export_to_file(partner.agency_id, path, ids, reason)
            return ExportDone(path, partner.name, outcome.export_id, outcome.case_record_count,
                              outcome.client_count, dict(outcome.withheld), reason is not None,
                              outcome.referral_count)

        self.tasks.run(work, on_success=self._exported, on_failure=self._export_failed,
                       blocks_close=True, busy_text=self.tr(
                           "The package is being written; the wizard closes when it is done."))
        self.save_page.show_busy()  # after run(): the Export button goes off while it runs

    def _exported(self, done: ExportDone) -> None:
        self.done_result = done
        self.save_page.show_done()
        self.next()
        self.exported.emit(done)

    def _export_failed(self, error: BaseException) -> None:
        message = error_text(error)
        self.save_page.show_failure(message)
        self.export_failed.emit(message)

    # --- leaving ----------------------------------------------------------------------------

    def _say_busy(self, text: str) -> None:
        """Why the wizard does not close yet (only the export blocks it: the save page)."""
        self.save_page.status.setText(text)

    def reject(self) -> None:
        if self.tasks.refuse_close():
            return
        self.tasks.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self.tasks.cancel()  # a preview still running is of no use any more
        self.cases_page.timer.stop()
        super().done(result)
