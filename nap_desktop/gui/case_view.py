"""The case view: one client's record, referral status actions, notes, and the summary PDF.

Everything shown comes from ``workspace.cases.get_case`` (plain records); every change is
one service call. In discreet mode personal details are masked until "Reveal" is pressed,
which is audited.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord, Referral
from nap_desktop.domain.enums import ReferralOutcome, ReferralReason, ReferralStatus
from nap_desktop.domain.rules import REFERRAL_TRANSITIONS, format_cents, reason_required
from nap_desktop.gui.labels import label
from nap_desktop.gui.messages import show_error
from nap_desktop.store.atomic import write_private_file

MASK = "••••"


class CaseView(QWidget):
    saved = Signal()
    title_changed = Signal(str)

    def __init__(
        self, *, workspace: Any, client_id: str, discreet: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id = client_id
        self.discreet = discreet
        self.revealed = False
        self.case: CaseRecord | None = None
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Case"))
        self.reveal_button = QPushButton(self.tr("&Reveal this case"))
        self.reveal_button.setAccessibleName(self.tr("Reveal personal details of this case"))
        self.reveal_button.clicked.connect(self.reveal)
        self.pdf_button = QPushButton(self.tr("Save summary as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save referral summary as PDF"))
        self.pdf_button.clicked.connect(self.save_summary)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.reveal_button)
        top.addWidget(self.pdf_button)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.overview = QTextBrowser()
        self.overview.setAccessibleName(self.tr("Case overview"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self._build_actions(), self.tr("Referral &status"))
        self.tabs.addTab(self._build_notes(), self.tr("&Notes"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.reload()

    # --- building -----------------------------------------------------------

    def _build_actions(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.referral_combo = QComboBox()
        self.referral_combo.setAccessibleName(self.tr("Referral"))
        self.referral_combo.currentIndexChanged.connect(self._refresh_targets)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("New status"))
        self.target_combo.currentIndexChanged.connect(self._refresh_reason)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for outcome in ReferralOutcome:
            self.outcome_combo.addItem(label(outcome), outcome)
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        self.reason_combo.addItem(self.tr("(no reason)"), None)
        for reason in ReferralReason:
            self.reason_combo.addItem(label(reason), reason)
        self.reason_text = QLineEdit()
        self.reason_text.setAccessibleName(self.tr("Reason details"))
        self.apply_button = QPushButton(self.tr("&Apply status change"))
        self.apply_button.setAccessibleName(self.tr("Apply status change"))
        self.apply_button.clicked.connect(self.apply_transition)
        self.action_error = QLabel()
        self.action_error.setObjectName("fieldError")
        self.action_error.setWordWrap(True)
        for text, widget in (
            (self.tr("Re&ferral:"), self.referral_combo),
            (self.tr("New s&tatus:"), self.target_combo),
            (self.tr("O&utcome:"), self.outcome_combo),
            (self.tr("Rea&son:"), self.reason_combo),
            (self.tr("&Details:"), self.reason_text),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(self.apply_button)
        form.addRow(self.action_error)
        return box

    def _build_notes(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("Notes"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(self.tr("Write a note…"))
        self.note_edit.setMaximumHeight(120)
        add = QPushButton(self.tr("A&dd note"))
        add.setAccessibleName(self.tr("Add note"))
        add.clicked.connect(self.add_note)
        layout.addWidget(self.notes_list)
        layout.addWidget(self.note_edit)
        layout.addWidget(add)
        return box

    # --- data -----------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.case = self.ws.cases.get_case(self.client_id)
        except Exception as error:
            show_error(self, error)
            return
        self._render()

    def _masked(self) -> bool:
        return self.discreet and not self.revealed

    def _render(self) -> None:
        case = self.case
        if case is None:
            return
        c = case.client
        name = MASK if self._masked() else c.personal.display_name
        title = f"{c.case_number} — {name}"
        self.header.setText(f"<b>{html.escape(c.case_number)}</b> &nbsp; {html.escape(name)}")
        self.title_changed.emit(title)
        self.reveal_button.setVisible(self._masked())
        self.overview.setHtml(self._overview_html(case))
        current = self.referral_combo.currentData()
        self.referral_combo.blockSignals(True)
        self.referral_combo.clear()
        for ref in case.referrals:
            partner = case.agencies[ref.to_agency_id].name
            self.referral_combo.addItem(f"{partner} · {label(ref.status)}", ref.id)
        index = max(0, self.referral_combo.findData(current))
        self.referral_combo.setCurrentIndex(index)
        self.referral_combo.blockSignals(False)
        self._refresh_targets()
        self.notes_list.clear()
        for note in reversed(case.notes):
            author = case.users.get(note.author_user_id or "")
            who = author.display_name if author else ""
            body = MASK if self._masked() else note.body
            self.notes_list.addItem(f"{note.created_at.astimezone():%Y-%m-%d %H:%M} {who}: {body}")

    def _overview_html(self, case: CaseRecord) -> str:
        esc = html.escape
        p = case.client.personal
        masked = self._masked()
        rows = [(self.tr("Trafficking type"), label(case.client.trafficking_type))]
        if not masked:
            rows += [
                (self.tr("Legal name"), p.legal_name),
                (self.tr("Preferred name"), p.preferred_name),
                (self.tr("Date of birth"), str(p.date_of_birth or "")),
                (self.tr("Languages"), ", ".join(p.languages)),
                (
                    self.tr("Interpreter needed"),
                    self.tr("Yes") if p.interpreter_needed else self.tr("No"),
                ),
                (self.tr("Safe contact"), p.safe_contact_instructions),
            ]
        out = ["<h3>" + esc(self.tr("Client")) + "</h3><table>"]
        out += [f"<tr><td><b>{esc(k)}</b>&nbsp;</td><td>{esc(v)}</td></tr>" for k, v in rows]
        out.append("</table><h3>" + esc(self.tr("Referrals")) + "</h3>")
        for ref in case.referrals:
            out.append(self._referral_html(case, ref))
        out.append("<h3>" + esc(self.tr("Releases of information")) + "</h3><ul>")
        for rel in case.releases:
            cats = ", ".join(label(x) for x in sorted(rel.categories))
            out.append(
                f"<li>{esc(case.agencies[rel.recipient_agency_id].name)}: "
                f"{esc(label(rel.status))}, {esc(str(rel.expires_on))} — {esc(cats)}</li>"
            )
        out.append("</ul><h3>" + esc(self.tr("Housing")) + "</h3><ul>")
        for pl in case.placements:
            out.append(
                f"<li>{esc(label(pl.program_type))} — {esc(pl.provider)}: {esc(label(pl.status))}; "
                f"{esc(format_cents(pl.assistance_total_cents))}</li>"
            )
        out.append("</ul><h3>" + esc(self.tr("Restitution")) + "</h3><ul>")
        for mt in case.restitution:
            t = mt.totals
            out.append(
                f"<li>{esc(mt.court)}, {esc(mt.docket_number)}: "
                f"{esc(self.tr('ordered'))} {format_cents(t.ordered_cents)}, "
                f"{esc(self.tr('collected'))} {format_cents(t.collected_cents)}, "
                f"{esc(self.tr('balance'))} {format_cents(t.balance_cents)}</li>"
            )
        out.append("</ul>")
        return "".join(out)

    def _referral_html(self, case: CaseRecord, ref: Referral) -> str:
        esc = html.escape
        items = "".join(
            f"<li>{h.at.astimezone():%Y-%m-%d %H:%M} — {esc(label(h.to_status))}"
            + (f" ({esc(label(h.reason))})" if h.reason else "")
            + "</li>"
            for h in ref.history
        )
        return (
            f"<p><b>{esc(case.agencies[ref.from_agency_id].name)} → "
            f"{esc(case.agencies[ref.to_agency_id].name)}</b>: {esc(label(ref.status))}</p>"
            f"<ul>{items}</ul>"
        )

    def _selected_referral(self) -> Referral | None:
        ref_id = self.referral_combo.currentData()
        if self.case is None or ref_id is None:
            return None
        return next((r for r in self.case.referrals if r.id == ref_id), None)

    def _refresh_targets(self) -> None:
        self.target_combo.clear()
        ref = self._selected_referral()
        if ref is not None:
            for target in sorted(REFERRAL_TRANSITIONS[ref.status]):
                self.target_combo.addItem(label(target), target)
        self.apply_button.setEnabled(self.target_combo.count() > 0)
        self._refresh_reason()

    def _refresh_reason(self) -> None:
        target = self.target_combo.currentData()
        self.outcome_combo.setEnabled(target is ReferralStatus.COMPLETED)
        outcome = self.outcome_combo.currentData() if target is ReferralStatus.COMPLETED else None
        needed = target is not None and reason_required(target, outcome)
        self.reason_combo.setEnabled(needed or target is ReferralStatus.COMPLETED)

    # --- actions --------------------------------------------------------------

    def apply_transition(self) -> None:
        ref = self._selected_referral()
        target = self.target_combo.currentData()
        if ref is None or target is None:
            return
        outcome = self.outcome_combo.currentData() if target is ReferralStatus.COMPLETED else None
        try:
            self.ws.referrals.transition(
                ref.id,
                target,
                outcome=outcome,
                reason=self.reason_combo.currentData(),
                reason_text=self.reason_text.text(),
                expected_revision=ref.revision,
            )
        except Exception as error:
            from nap_desktop.gui.messages import error_text

            self.action_error.setText(error_text(error))
            return
        self.action_error.clear()
        self.reason_text.clear()
        self.saved.emit()
        self.reload()

    def add_note(self) -> None:
        try:
            self.ws.cases.add_note(self.client_id, self.note_edit.toPlainText())
        except Exception as error:
            show_error(self, error)
            return
        self.note_edit.clear()
        self.saved.emit()
        self.reload()

    def reveal(self) -> None:
        try:
            self.ws.cases.reveal(self.client_id)
        except Exception as error:
            show_error(self, error)
            return
        self.revealed = True
        self._render()

    def save_summary(self) -> None:
        ref = self._selected_referral()
        if ref is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary as PDF"), "", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            result = self.ws.reports.referral_summary(ref.id)
            write_private_file(Path(path), result.pdf)
        except Exception as error:
            show_error(self, error)

    # --- the contract with the main window ------------------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.note_edit.toPlainText().strip() or self.reason_text.text().strip())

    def unsaved_snapshot(self) -> object | None:
        if not self.has_unsaved_changes():
            return None
        return (self.note_edit.toPlainText(), self.reason_text.text())

    def restore_snapshot(self, snapshot: object) -> None:
        if isinstance(snapshot, tuple) and len(snapshot) == 2:
            self.note_edit.setPlainText(str(snapshot[0]))
            self.reason_text.setText(str(snapshot[1]))

    def clear_sensitive(self) -> None:
        self.case = None
        self.header.clear()
        self.overview.clear()
        self.notes_list.clear()
        self.note_edit.clear()
        self.reason_text.clear()
        self.referral_combo.clear()

    def set_discreet(self, discreet: bool) -> None:
        self.discreet = discreet
        if discreet:
            self.revealed = False
        self._render()
