"""Print a release-of-information form for the survivor to read, tick and sign: the agency
it is for, every category with an empty box, the survivor's rights, signature lines. In
English or Spanish; the survivor's name only when the person asks for it (never in
discreet mode). Previewed from memory; every form made is audited by the report service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.gui.forms.ui_release_form import Ui_ReleaseFormDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.gui.widgets.files import ask_save_path, file_word
from nap_desktop.gui.widgets.pdf_preview import PdfPreview, ask_printer, print_pdf
from nap_desktop.services.locations import save_private_file

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The release editor's "Form language" texts that print in Spanish.
SPANISH_NAMES = frozenset({"spanish", "español", "espanol", "es"})


def form_lang(language: str) -> str:
    """The PDF language for a release's "Form language" text (English unless Spanish)."""
    return "es" if language.strip().casefold() in SPANISH_NAMES else "en"


class ReleaseFormDialog(QDialog):
    """Tests replace ``ask_path`` and ``ask_printer``."""

    def __init__(self, *, workspace: Workspace, case: CaseRecord, partner_id: str | None,
                 lang: str = "en", purpose: str = "", expires_on: date | None = None,
                 discreet: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case = workspace, case
        self.purpose, self.expires_on, self.discreet = purpose, expires_on, discreet
        self.made: Any | None = None
        self.ask_path: Callable[[QWidget, str, str], str] = ask_save_path
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = ask_printer
        self.ui = Ui_ReleaseFormDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Release form to sign — %1")
                            .replace("%1", case.client.case_number))
        self.preview = PdfPreview(self.ui.view, self)
        self.ui.error.hide()
        self.ui.saved_note.hide()
        self._fill(partner_id, lang)
        self.ui.preview_button.clicked.connect(self.refresh)
        self.ui.print_button.clicked.connect(self.print_form)
        self.ui.save_button.clicked.connect(self.save_form)
        # Each form made is audited: a changed option waits for "Update preview".
        for combo in (self.ui.partner, self.ui.language):
            combo.currentIndexChanged.connect(self._options_changed)
        self.ui.print_name.toggled.connect(self._options_changed)
        self.refresh()

    def _options_changed(self, *_args: object) -> None:
        self.ui.print_button.setEnabled(False)
        self.ui.save_button.setEnabled(False)
        self.ui.preview_button.setDefault(True)

    def _fill(self, partner_id: str | None, lang: str) -> None:
        ui = self.ui
        for agency in sorted(self.case.agencies.values(), key=lambda a: a.name.casefold()):
            if not agency.is_self:
                ui.partner.addItem(agency.name, agency.id)
        ui.partner.setCurrentIndex(max(0, ui.partner.findData(partner_id)))
        # A long agency name must not squeeze the labels beside it.
        ui.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.partner.setMinimumContentsLength(16)
        ui.language.addItem("English", "en")
        ui.language.addItem("Español", "es")
        ui.language.setCurrentIndex(max(0, ui.language.findData(lang)))
        ui.print_name.setEnabled(not self.discreet)
        if self.discreet:
            ui.print_name.setToolTip(self.tr("Discreet mode: the name is never printed."))
        purpose = self.purpose.strip() or self.tr("a line to fill in")
        ends = fmt_date(self.expires_on) if self.expires_on else self.tr("a line to fill in")
        ui.hint.setText(self.tr(
            "Every category prints with an empty box for the survivor to tick. Purpose: %1. "
            "Ends on: %2. Without the name, a line is left to write it by hand.")
            .replace("%1", purpose).replace("%2", ends))

    def refresh(self) -> bool:
        """Make the form with the chosen options (one audited document) and show it."""
        self.ui.error.hide()
        partner_id = self.ui.partner.currentData()
        if partner_id is None:
            self._fail(self.tr("Add the partner agency first: a release names one agency."))
            return False
        try:
            self.made = self.ws.reports.release_form(
                partner_id, lang=self.ui.language.currentData(), client_id=self.case.client.id,
                print_name=self.ui.print_name.isChecked() and not self.discreet,
                purpose=self.purpose, expires_on=self.expires_on)
        except Exception as error:
            self._fail(error_text(error))
            return False
        self.preview.show(self.made.pdf)
        self.ui.print_button.setEnabled(True)
        self.ui.save_button.setEnabled(True)
        self.ui.print_button.setDefault(True)
        return True

    def _fail(self, text: str) -> None:
        self.made = None
        self.preview.clear()
        self.ui.print_button.setEnabled(False)
        self.ui.save_button.setEnabled(False)
        self.ui.error.setText(text)
        self.ui.error.show()

    def suggested_name(self) -> str:
        """No survivor name in a file name: the case number, the partner and the language."""
        return (f"release-form-{self.case.client.case_number}-for-"
                f"{file_word(self.ui.partner.currentText())}-"
                f"{self.ui.language.currentData()}.pdf")

    def print_form(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.made is None or not self.ask_printer(self, printer):
            return False
        if print_pdf(self.made.pdf, printer) == 0:
            self._fail(self.tr("The printer could not be started."))
            return False
        return True

    def save_form(self) -> bool:
        if self.made is None:
            return False
        path = self.ask_path(self, self.tr("Save the release form as PDF"),
                             self.suggested_name())
        if not path:
            return False
        try:
            save_private_file(Path(path), self.made.pdf)
        except Exception as error:
            self.ui.error.setText(error_text(error))
            self.ui.error.show()
            return False
        self.ui.saved_note.setText(self.tr("Saved (readable by you only): %1").replace("%1", path))
        self.ui.saved_note.show()
        return True

    def done(self, code: int) -> None:
        self.preview.clear()
        self.made = None
        super().done(code)
