"""The corrections a case tab offers (money, housing assistance, notes, matter details):
each builds its dialog, runs it (``run_dialog``: tests replace it), and tells the tab to
reload when something was stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from nap_desktop.domain.entities import AssistanceEntry, MoneyEvent, Note, RestitutionMatter
from nap_desktop.domain.enums import AssistanceKind, MoneyEventKind
from nap_desktop.domain.rules import format_cents, parse_money
from nap_desktop.gui.case.correction_dialogs import CorrectionDialog, Editor
from nap_desktop.gui.case.housing_forms import plain_date_edit
from nap_desktop.gui.case.restitution_forms import money_text
from nap_desktop.gui.widgets.common import fmt_time, to_date, tr
from nap_desktop.gui.widgets.labels import label, options
from nap_desktop.services.corrections import EntryInput, MatterDetails

if TYPE_CHECKING:
    from nap_desktop.gui.case.tab import CaseTab


class Corrections:
    """Correct… / Void… for one tab."""

    def __init__(self, tab: CaseTab) -> None:
        self.tab = tab
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None

    # --- entries -------------------------------------------------------------------------

    def correct_money(self, entry: MoneyEvent) -> bool:
        editors, read = _entry_editors(MoneyEventKind, entry.kind, entry.amount_cents,
                                       entry.on, entry.note)
        return self._run(CorrectionDialog(
            title=tr("Correct money entry"),
            intro=tr("The entry stays in the list, voided, and the corrected one takes its "
                     "place in the totals. The history shows both amounts."),
            editors=editors, button_text=tr("Co&rrect entry"),
            action=lambda reason: self.tab.ws.corrections.correct_money(
                entry.id, read(), reason=reason), parent=self.tab))

    def correct_assistance(self, entry: AssistanceEntry) -> bool:
        editors, read = _entry_editors(AssistanceKind, entry.kind, entry.amount_cents,
                                       entry.paid_on, entry.note)
        return self._run(CorrectionDialog(
            title=tr("Correct assistance entry"),
            intro=tr("The entry stays in the ledger, voided, and the corrected one takes its "
                     "place in the total. The history shows both amounts."),
            editors=editors, button_text=tr("Co&rrect entry"),
            action=lambda reason: self.tab.ws.corrections.correct_assistance(
                entry.id, read(), reason=reason), parent=self.tab))

    def void_money(self, entry: MoneyEvent) -> bool:
        return self._void(_entry_summary(entry.kind, entry.amount_cents),
                          lambda reason: self.tab.ws.corrections.void_money(entry.id,
                                                                            reason=reason))

    def void_assistance(self, entry: AssistanceEntry) -> bool:
        return self._void(_entry_summary(entry.kind, entry.amount_cents),
                          lambda reason: self.tab.ws.corrections.void_assistance(
                              entry.id, reason=reason))

    # --- notes -----------------------------------------------------------------------------

    def correct_note(self, note: Note) -> bool:
        body = QPlainTextEdit(note.body)
        body.setTabChangesFocus(True)
        body.setMinimumHeight(120)
        return self._run(CorrectionDialog(
            title=tr("Correct note"),
            intro=tr("The corrected text replaces the note; the earlier text is kept in this "
                     "vault and shown on request. The history says who corrected it."),
            editors=[(tr("&Note:"), body, tr("Corrected note"))],
            button_text=tr("Co&rrect note"),
            action=lambda reason: self.tab.ws.corrections.correct_note(
                note.id, body.toPlainText(), reason=reason), parent=self.tab))

    def void_note(self, note: Note) -> bool:
        return self._void(tr("this note"), lambda reason: self.tab.ws.corrections.void_note(
            note.id, reason=reason))

    def show_versions(self, note: Note, users: dict[str, str]) -> None:
        """The earlier texts of a corrected note (inside the vault only)."""
        versions = self.tab.ws.corrections.note_versions(note.id)
        parts = [tr("Version %1, replaced on %2 by %3: %4").replace("%1", str(v.version))
                 .replace("%2", fmt_time(v.replaced_at))
                 .replace("%3", users.get(v.replaced_by or "", tr("another user")))
                 .replace("%4", v.reason) + "\n" + v.body for v in versions]
        box = QMessageBox(QMessageBox.Icon.Information, tr("Earlier versions of this note"),
                          "\n\n".join(parts) or tr("This note has not been corrected."),
                          QMessageBox.StandardButton.Close, self.tab)
        self.last_dialog = box
        self.run_dialog(box)

    # --- restitution matter ------------------------------------------------------------------

    def correct_matter(self, matter: RestitutionMatter) -> bool:
        edits = {key: QLineEdit(getattr(matter, key))
                 for key in ("court", "docket_number", "defendant", "statute")}
        editors: list[Editor] = [
            (tr("&Court:"), edits["court"], tr("Court")),
            (tr("Doc&ket number:"), edits["docket_number"], tr("Docket number")),
            (tr("De&fendant:"), edits["defendant"], tr("Defendant")),
            (tr("&Statute:"), edits["statute"], tr("Statute"))]
        return self._run(CorrectionDialog(
            title=tr("Correct matter details"),
            intro=tr("Correct the court, docket number, defendant or statute as the court "
                     "records them. The history names the fields corrected."),
            editors=editors, button_text=tr("Co&rrect details"),
            action=lambda reason: self.tab.ws.corrections.correct_matter(
                matter.id, MatterDetails(**{k: e.text() for k, e in edits.items()}),
                reason=reason, expected_revision=matter.revision), parent=self.tab))

    # --- running -----------------------------------------------------------------------------

    def _void(self, what: str, action: Callable[[str], Any]) -> bool:
        return self._run(CorrectionDialog(
            title=tr("Void"),
            intro=tr("Void %1? It stays in the list, struck through, with your name and "
                     "reason, and no longer counts in any total. Nothing is deleted."
                     ).replace("%1", what),
            editors=[], button_text=tr("&Void"), action=action, parent=self.tab))

    def _run(self, dialog: CorrectionDialog) -> bool:
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return False
        self.tab.saved.emit()
        return True


def _entry_summary(kind: Any, cents: int) -> str:
    return f"{format_cents(cents)} ({label(kind)})"


def _entry_editors(enum: type[MoneyEventKind] | type[AssistanceKind], kind: Any, cents: int,
                   on: Any, note: str) -> tuple[list[Editor], Callable[[], EntryInput]]:
    kinds = QComboBox()
    for member, text in options(enum):
        kinds.addItem(text, member)
    kinds.setCurrentIndex(max(0, kinds.findData(kind)))
    amount = QLineEdit(money_text(cents))
    when = plain_date_edit()
    when.setDate(QDate(on.year, on.month, on.day))
    remark = QLineEdit(note)
    editors: list[Editor] = [(tr("&Kind:"), kinds, tr("Kind")),
                             (tr("A&mount:"), amount, tr("Amount in dollars")),
                             (tr("&Date:"), when, tr("Date of the payment")),
                             (tr("N&ote:"), remark, tr("Entry note"))]

    def read() -> EntryInput:
        return EntryInput(kind=kinds.currentData(), amount_cents=parse_money(
            amount.text(), field="amount"), on=to_date(when.date()), note=remark.text())
    return editors, read
