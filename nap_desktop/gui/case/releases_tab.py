"""The Releases tab: each release of information (consent), what it covers, its expiry
(expiring within 30 days highlighted; expired and revoked ones plainly marked), and the
actions: record a new release, record a draft's signature, revoke."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import Agency, CaseRecord, Release
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus, SignedBy
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.labels import CATEGORY_SCOPE
from nap_desktop.gui.case.dialogs import ActionDialog, FormDialog
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.case.models import (
    BAD_TEXT,
    MUTED_TEXT,
    WARN_BACKGROUND,
    RowsModel,
)
from nap_desktop.gui.case.release_form_dialog import ReleaseFormDialog, form_lang
from nap_desktop.gui.case.release_origin import (
    ConfirmReleaseDialog,
    may_confirm,
    origin_text,
)
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.documents.signed_copy import SignedCopyBox
from nap_desktop.gui.widgets.common import (
    CheckGrid,
    DateField,
    Guard,
    enum_data,
    fmt_date,
    hint_label,
    tr,
)
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

EXPIRY_WARNING_DAYS = 30
FORM_LANGUAGES = ("English", "Spanish", "French", "Haitian Creole", "Vietnamese", "Chinese")


def category_hints() -> dict[InfoCategory, str]:
    """What each category covers (``domain.labels.CATEGORY_SCOPE``, the same words the
    printed release form uses); translated now, not at import (the language may be set
    after this module loaded)."""
    return {c: tr(text) for c, text in CATEGORY_SCOPE.items()}


def days_left(release: Release, today: date) -> int:
    return (release.expires_on - today).days


def expiring_soon(release: Release, today: date) -> bool:
    active = release.status is ReleaseStatus.ACTIVE
    return active and days_left(release, today) <= EXPIRY_WARNING_DAYS


class ReleasesModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [tr("Recipient"), tr("Status"), tr("Expires"), tr("Covers"), tr("Signed")], parent
        )
        self.agencies: dict[str, Agency] = {}
        self.today = date.today()

    def status_text(self, rel: Release) -> str:
        origin = origin_text(rel, self.agencies)
        return f"{self._status(rel)} · {origin}" if origin else self._status(rel)

    def _status(self, rel: Release) -> str:
        if rel.status is ReleaseStatus.REVOKED:
            return tr("Revoked %1").replace("%1", fmt_date(rel.revoked_on))
        if rel.status is ReleaseStatus.EXPIRED:
            return tr("Expired")
        if rel.status is ReleaseStatus.DRAFT:
            return tr("Draft (not signed)")
        if expiring_soon(rel, self.today):
            left = days_left(rel, self.today)
            return tr("Active · expires in %n day(s)", left)
        return label(rel.status)

    def display(self, row: Release, column: int) -> str:
        if column == 0:
            agency = self.agencies.get(row.recipient_agency_id)
            return agency.name if agency else tr("Unknown agency")
        if column == 1:
            return self.status_text(row)
        if column == 2:
            return fmt_date(row.expires_on)
        if column == 3:
            return ", ".join(label(c) for c in InfoCategory if c in row.categories)
        if row.signed_on is None:
            return ""
        return tr("%1 by %2").replace("%1", fmt_date(row.signed_on)).replace(
            "%2", label(row.signed_by).lower()
        )

    def tooltip(self, row: Release, column: int) -> str | None:
        if column == 3:
            return "\n".join(f"{label(c)}: {category_hints()[c]}" for c in InfoCategory
                             if c in row.categories)
        return None

    def background(self, row: Release) -> QColor | None:
        return WARN_BACKGROUND if expiring_soon(row, self.today) else None

    def foreground(self, row: Release, column: int) -> QColor | None:
        if not row.counts_for_our_consent:
            return MUTED_TEXT
        if row.status in (ReleaseStatus.EXPIRED, ReleaseStatus.REVOKED, ReleaseStatus.REFUSED):
            return BAD_TEXT if column == 1 else MUTED_TEXT
        return None


class ReleaseForm(RecordForm):
    """A new release of information (releases are not edited after they are recorded)."""

    FIELDS = registry_fields("release", ("recipient", "recipient_agency_id"), "categories",
                             "purpose", "signed_by", "form_language", "signed_on", "expires_on")

    def __init__(self, *, workspace: Workspace, case: CaseRecord, parent: QWidget | None = None,
                 discreet: bool = False):
        super().__init__(workspace=workspace, title=tr("New release"),
                         save_text=tr("&Record release"), parent=parent)
        self.case = case
        self.discreet = discreet
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.recipient = QComboBox()
        self.recipient.addItem(tr("— choose the agency —"), None)
        for agency in sorted(case.agencies.values(), key=lambda a: a.name.casefold()):
            if not agency.is_self:
                self.recipient.addItem(agency.name, agency.id)
        self.categories = CheckGrid(options(InfoCategory), columns=2, hints=category_hints())
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(tr("e.g. Coordinate housing and legal services"))
        self.signed_by = QComboBox()
        for member, text in options(SignedBy):
            self.signed_by.addItem(text, member)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(list(FORM_LANGUAGES))
        self.signed_on = DateField(tr("Not signed yet (draft)"))
        self.expires_on = DateField(tr("Not set"))
        self.not_conditional = QCheckBox(
            tr("The survivor was told services do not depend on signing")
        )
        self.refused = QCheckBox(tr("The survivor declined to sign (record a refusal)"))
        self.add_field("recipient", tr("&Recipient:"), self.recipient, tr("Recipient agency"),
                       hint=tr("One agency per release."))
        self.add_field("categories", tr("&Covers:"), self.categories, tr("Information covered"),
                       hint=tr("Hover over a category to see what it includes."))
        self.add_field("purpose", tr("&Purpose:"), self.purpose, tr("Purpose"))
        self.add_field("signed_by", tr("Signed &by:"), self.signed_by, tr("Signed by"),
                       hint=tr("A minor's release is signed by a parent or guardian."))
        self.add_field("form_language", tr("Form &language:"), self.language, tr("Form language"))
        self.print_button = QPushButton(tr("Pri&nt the form to sign…"))
        self.print_button.setAccessibleName(tr("Print a release form for the survivor to sign"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_form)
        self.form.addRow("", self.print_button)
        self.add_field("signed_on", tr("Si&gned on:"), self.signed_on, tr("Date signed"))
        self.add_field("expires_on", tr("E&xpires on:"), self.expires_on, tr("Expiry date"),
                       hint=tr("Required: consent is time-limited, at most one year."))
        self.add_field("services_not_conditional", tr("&Told:"), self.not_conditional,
                       tr("Told services are not conditional"))
        self.add_field("refused", tr("Re&fused:"), self.refused, tr("Survivor declined to sign"))
        self.bind(None)

    def values_of(self, record: Release | None) -> Values:
        minor = self.case.client.personal.minor_on(self.ws.today())
        return {
            "recipient": None, "categories": frozenset(), "purpose": "",
            "signed_by": SignedBy.GUARDIAN if minor else SignedBy.SURVIVOR,
            "form_language": FORM_LANGUAGES[0], "signed_on": self.ws.today(),
            # A statement of fact the caseworker makes, never a default: unticked.
            "expires_on": None, "services_not_conditional": False, "refused": False,
        }

    def read_form(self) -> Values:
        return {
            "recipient": self.recipient.currentData(),
            "categories": self.categories.values(),
            "purpose": self.purpose.text(),
            "signed_by": enum_data(self.signed_by, SignedBy),
            "form_language": self.language.currentText(),
            "signed_on": self.signed_on.value(),
            "expires_on": self.expires_on.value(),
            "services_not_conditional": self.not_conditional.isChecked(),
            "refused": self.refused.isChecked(),
        }

    def write_form(self, values: Values) -> None:
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(values.get("recipient"))))
        self.categories.set_values(values.get("categories") or ())
        self.purpose.setText(values.get("purpose") or "")
        self.signed_by.setCurrentIndex(max(0, self.signed_by.findData(values.get("signed_by"))))
        self.language.setCurrentText(values.get("form_language") or FORM_LANGUAGES[0])
        self.signed_on.set_value(values.get("signed_on"))
        self.expires_on.set_value(values.get("expires_on"))
        self.not_conditional.setChecked(bool(values.get("services_not_conditional")))
        self.refused.setChecked(bool(values.get("refused")))

    def is_dirty(self) -> bool:
        return True  # a new release can always be submitted; the service checks it

    def print_form(self) -> bool:
        """The paper form for what is entered so far: the chosen agency, language,
        purpose and expiry (blank lines where not entered yet)."""
        dialog = ReleaseFormDialog(
            workspace=self.ws, case=self.case, partner_id=self.recipient.currentData(),
            lang=form_lang(self.language.currentText()), purpose=self.purpose.text(),
            expires_on=self.expires_on.value(), discreet=self.discreet, parent=self)
        self.last_dialog = dialog
        return bool(self.run_dialog(dialog))

    def fetch(self) -> None:
        return None

    def submit(self, values: Values) -> Release:
        if values["recipient"] is None:
            raise ValidationError(tr("Choose the agency that receives the information."),
                                  field="recipient")
        return self.ws.releases.create(
            client_id=self.case.client.id,
            recipient_agency_id=values["recipient"],
            categories=values["categories"],
            purpose=values["purpose"],
            expires_on=values["expires_on"],
            signed_by=values["signed_by"],
            form_language=values["form_language"],
            signed_on=values["signed_on"],
            services_not_conditional=values["services_not_conditional"],
            refused=values["refused"],
        )


class ReleasesTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Releases"), parent=parent)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.model = ReleasesModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Releases of information"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.new_button = QPushButton(tr("&New release…"))
        self.new_button.setAccessibleName(tr("Record a new release of information"))
        self.new_button.clicked.connect(self.new_release)
        self.sign_button = QPushButton(tr("Record &signature…"))
        self.sign_button.setAccessibleName(tr("Record the signature of a draft release"))
        self.sign_button.clicked.connect(self.sign_selected)
        self.revoke_button = QPushButton(tr("Re&voke…"))
        self.revoke_button.setAccessibleName(tr("Revoke the selected release"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.confirm_button = QPushButton(tr("Con&firm partner's release…"))
        self.confirm_button.setAccessibleName(tr("Confirm a release another agency recorded"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("What the selected release covers"))
        self.empty = hint_label(tr("No releases of information yet. Nothing personal can be "
                                   "shared with a partner until the survivor signs one."))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.sign_button, self.revoke_button,
                       self.confirm_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        details_box = QGroupBox(tr("Selected release"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details)
        self.signed_copy = SignedCopyBox(workspace=workspace)  # the scan of the signed paper
        self.signed_copy.saved.connect(self.saved)
        details_layout.addWidget(self.signed_copy)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(details_box, 2)
        self._show_selected()

    def show_case(self, case: CaseRecord) -> None:
        current = self.selected_id()
        self.model.agencies = case.agencies
        self.model.today = self.ws.today()
        self.model.set_rows(case.releases)
        self.empty.setVisible(not case.releases)
        self.select(current)

    def selected(self) -> Release | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_id(self) -> str | None:
        rel = self.selected()
        return rel.id if rel else None

    def select(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def _show_selected(self) -> None:
        rel = self.selected()
        self.sign_button.setEnabled(rel is not None and rel.status is ReleaseStatus.DRAFT)
        self.revoke_button.setEnabled(
            rel is not None and rel.status in (ReleaseStatus.ACTIVE, ReleaseStatus.DRAFT)
        )
        self.confirm_button.setVisible(rel is not None and not rel.counts_for_our_consent)
        self.confirm_button.setEnabled(may_confirm(rel, self.ws.user))
        self.signed_copy.show_release(self.case, rel, masked=self.masked)
        self.details.setText(self._details_html(rel) if rel else tr("Select a release to see "
                                                                   "what it covers."))

    def _details_html(self, rel: Release) -> str:
        esc = html.escape
        model = self.model
        lines = [
            f"<b>{esc(model.display(rel, 0))}</b> — {esc(model.status_text(rel))}",
            esc(tr("Purpose: %1").replace("%1", rel.purpose)),
            esc(tr("Form language: %1 · expires %2").replace("%1", rel.form_language)
                .replace("%2", fmt_date(rel.expires_on))),
        ]
        if rel.exception_basis:
            lines.append(esc(tr("Exception basis: %1").replace("%1", rel.exception_basis)))
        covered = "".join(f"<li><b>{esc(label(c))}</b>: {esc(category_hints()[c])}</li>"
                          for c in InfoCategory if c in rel.categories)
        missing = ", ".join(label(c) for c in InfoCategory if c not in rel.categories)
        lines.append(esc(tr("Covers:")) + f"<ul style='margin:0'>{covered}</ul>")
        if not rel.counts_for_our_consent:
            # Another agency's record: what it covers opens nothing of ours, so "redacted
            # in anything sent" would promise what this release does not decide.
            lines.append(esc(tr("This release was recorded by another agency: it does not "
                                "decide what we share until a supervisor confirms it.")))
        elif missing:
            text = tr("Not covered (redacted in anything sent): %1")
            lines.append(esc(text.replace("%1", missing)))
        return "<br>".join(lines)

    def new_release(self) -> bool:
        if self.case is None:
            return False
        form = ReleaseForm(workspace=self.ws, case=self.case, discreet=self.masked)
        form.run_dialog = self.run_dialog
        dialog = FormDialog(form, title=tr("New release of information"), parent=self)
        return self._run(dialog)

    def sign_selected(self) -> bool:
        rel = self.selected()
        if rel is None:
            return False
        dialog = ActionDialog(
            title=tr("Record signature"),
            text=tr("The draft release becomes active from the date it was signed."),
            date_text=tr("Si&gned on:"), default=self.ws.today(),
            button_text=tr("Record &signature"), choices=options(SignedBy),
            choice_text=tr("Signed &by:"),
            action=lambda when, who: self.ws.releases.sign(rel.id, when, signed_by=who),
            parent=self,
        )
        return self._run(dialog)

    def revoke_selected(self) -> bool:
        rel = self.selected()
        if rel is None:
            return False
        dialog = ActionDialog(
            title=tr("Revoke release"),
            text=tr("The survivor withdrew consent. From the date below nothing more is shared "
                    "with %1 under this release. This cannot be undone; record a new release "
                    "if consent is given again.").replace("%1", self.model.display(rel, 0)),
            date_text=tr("Re&voked on:"), default=self.ws.today(),
            button_text=tr("Re&voke release"),
            action=lambda when, _c: self.ws.releases.revoke(rel.id, when), parent=self,
        )
        return self._run(dialog)

    def confirm_selected(self) -> bool:
        rel = self.selected()
        if not may_confirm(rel, self.ws.user) or rel is None:
            return False
        partner = self.model.agencies.get(rel.recorded_by_agency_id or "")
        # The revision shown is the one confirmed: a package imported while the dialog
        # is open (which may widen the release) makes the confirmation fail, not pass.
        dialog = ConfirmReleaseDialog(
            partner=partner.name if partner else tr("another agency"), release=rel,
            agencies=self.model.agencies,
            action=lambda: self.ws.releases.confirm_partner_release(
                rel.id, expected_revision=rel.revision), parent=self)
        return self._run(dialog)

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        done = bool(self.run_dialog(dialog))
        if done:
            self.saved.emit()
        return done

    def clear_views(self) -> None:
        self.model.clear()
        self.details.clear()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
