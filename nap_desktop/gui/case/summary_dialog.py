"""The referral summary: choose who it is for (our agency, or a partner — redacted by that
partner's releases), the language and whether notes go in; preview it, print it or save it.

The PDF is made in memory by the report service (every document made is audited with its
id and checksum) and previewed from memory; nothing is written to disk unless the person
saves it, and then with owner-only permissions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.entities import CaseRecord, Referral
from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.forms.ui_referral_summary import Ui_SummaryDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.files import ask_save_path, file_word
from nap_desktop.gui.widgets.labels import label
from nap_desktop.gui.widgets.pdf_preview import ask_printer, print_pdf
from nap_desktop.services.locations import save_private_file

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

class SummaryDialog(QDialog):
    """Preview, print and save one referral's summary. Tests replace ``ask_path`` and
    ``ask_printer`` (and may pass a printer to :meth:`print_to`)."""

    def __init__(
        self,
        *,
        workspace: Workspace,
        case: CaseRecord,
        referral: Referral,
        discreet: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.case = case
        self.referral = referral
        self.summary: Any | None = None
        self.ask_path: Callable[[QWidget, str, str], str] = ask_save_path
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = ask_printer
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Referral summary — %1").replace("%1", case.client.case_number))
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self._build(discreet)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build(self, discreet: bool) -> None:
        ui = self.ui
        self.audience, self.language, self.notes = ui.audience, ui.language, ui.notes
        self.override, self.override_reason = ui.override, ui.override_reason
        self.withheld, self.error, self.saved_note = ui.withheld, ui.error, ui.saved_note
        self.error.hide()
        self.saved_note.hide()
        self.view, self.discreet_hint = ui.view, ui.discreet_hint
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setVisible(not discreet)
        self.discreet_hint.setVisible(discreet)
        self.preview_button, self.print_button = ui.preview_button, ui.print_button
        self.save_button = ui.save_button
        self.preview_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_summary)
        self._fill_options()
        for widget in (self.audience, self.language):
            widget.currentIndexChanged.connect(self._options_changed)
        for box in (self.notes, self.override):
            box.toggled.connect(self._options_changed)
        self._options_changed()

    def _fill_options(self) -> None:
        """Who the summary may be for (us, or a partner of this case) and its language."""
        self.audience.addItem(self.tr("Our agency (internal, nothing withheld)"), None)
        for agency in sorted(self.case.agencies.values(), key=lambda a: a.name.casefold()):
            if not agency.is_self:
                self.audience.addItem(self.tr("Partner: %1").replace("%1", agency.name), agency.id)
        other = next((a for a in (self.referral.to_agency_id, self.referral.from_agency_id)
                      if not self.case.agencies[a].is_self), None)
        self.audience.setCurrentIndex(max(0, self.audience.findData(other)))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        if QLocale().language() == QLocale.Language.Spanish:  # the interface's language
            self.language.setCurrentIndex(1)
        user = self.ws.user
        self.may_override = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        if not self.may_override:
            self.override.setToolTip(self.tr("Only a supervisor can override a release."))

    # --- making the document ------------------------------------------------------------

    def _options_changed(self, *_args: object) -> None:
        partner = self.audience.currentData() is not None
        self.override.setEnabled(partner and self.may_override)
        self.override_reason.setEnabled(partner and self.override.isChecked())
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.preview_button.setDefault(True)

    def refresh(self) -> bool:
        """Make the summary with the chosen options (one audited document)."""
        partner_id = self.audience.currentData()
        override = self.override.isChecked() and partner_id is not None
        self.error.setVisible(False)
        try:
            result = self.ws.reports.referral_summary(
                self.referral.id,
                partner_id=partner_id,
                override_reason=self.override_reason.text() if override else None,
                lang=self.language.currentData(),
                include_notes=self.notes.isChecked(),
            )
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            return False
        self.summary = result
        self._show(result)
        return True

    def _show(self, result: Any) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(result.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if result.withheld:
            names = ", ".join(label(InfoCategory(c)) for c in result.withheld)
            self.withheld.setText(
                self.tr("Withheld for lack of a release (marked in the document): %1")
                .replace("%1", names)
            )
        else:
            self.withheld.setText(self.tr("Nothing is withheld from this summary."))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setDefault(True)

    # --- output ---------------------------------------------------------------------------

    def print_summary(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.summary is None or not self.ask_printer(self, printer):
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        if self.summary is None:
            return False
        if print_pdf(self.summary.pdf, printer) == 0:
            self.error.setText(self.tr("The printer could not be started."))
            self.error.setVisible(True)
            return False
        return True

    def suggested_name(self) -> str:
        """Names the case number and the audience, never the survivor:
        ``summary-NAP-2026-0012-for-Harbor-Shelter.pdf`` or ``…-internal.pdf``."""
        number = self.case.client.case_number
        partner_id = self.audience.currentData()
        if partner_id is None:
            return f"summary-{number}-internal.pdf"
        partner = self.case.agencies.get(partner_id)
        return f"summary-{number}-for-{file_word(partner.name if partner else '')}.pdf"

    def save_summary(self) -> bool:
        if self.summary is None:
            return False
        suggested = self.suggested_name()
        path = self.ask_path(self, self.tr("Save summary as PDF"), suggested)
        if not path:
            return False
        try:
            save_private_file(Path(path), self.summary.pdf)
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            return False
        self.saved_note.setText(self.tr("Saved (readable by you only): %1").replace("%1", path))
        self.saved_note.show()
        return True

    def done(self, code: int) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self.summary = None
        super().done(code)
