"""Records changed here and at a partner since the last exchange: both versions are kept
until a person compares them field by field and keeps ours or theirs (never last write
wins). Looking at a conflict shows case data, so the service audits each look."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from nap_desktop.domain import enums as en
from nap_desktop.domain.merge import ABSENT
from nap_desktop.domain.rules import format_cents
from nap_desktop.gui.case.field_labels import field_label, item_label
from nap_desktop.gui.forms.ui_conflicts import Ui_ConflictsDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.transfer.common import (
    MASK,
    TableRow,
    TextTableModel,
    local_time,
    record_type_text,
)
from nap_desktop.gui.transfer.merge_view import Choices, summary
from nap_desktop.gui.transfer.merge_view import rows as merge_rows
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.transfer.merging import is_personal
from nap_desktop.services.transfer.views import ConflictComparison

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RELIEF = en.ImmigrationRelief
#: (record type, list the field is in or "", field) -> its vocabulary, for a human label
_VOCABULARY: dict[tuple[str, str, str], type[StrEnum]] = {
    ("agency", "", "kind"): en.AgencyKind,
    ("client", "", "trafficking_type"): en.TraffickingType,
    ("client", "", "continued_presence"): _RELIEF, ("client", "", "t_visa"): _RELIEF,
    ("client", "", "hhs_letter"): _RELIEF,
    ("release", "", "status"): en.ReleaseStatus, ("release", "", "signed_by"): en.SignedBy,
    ("release", "", "categories"): en.InfoCategory,
    ("referral", "", "direction"): en.ReferralDirection,
    ("referral", "", "services"): en.ServiceType, ("referral", "", "urgency"): en.Urgency,
    ("referral", "", "status"): en.ReferralStatus,
    ("referral", "history", "from_status"): en.ReferralStatus,
    ("referral", "history", "to_status"): en.ReferralStatus,
    ("referral", "", "outcome"): en.ReferralOutcome, ("referral", "", "reason"): en.ReferralReason,
    ("referral", "history", "reason"): en.ReferralReason,
    ("placement", "", "program_type"): en.ProgramType,
    ("placement", "", "status"): en.PlacementStatus,
    ("placement", "", "exit_destination"): en.ExitDestination,
    ("placement", "ledger", "kind"): en.AssistanceKind,
    ("restitution", "", "closure"): en.RestitutionClosure,
    ("restitution", "steps", "kind"): en.RestitutionStepKind,
    ("restitution", "steps", "status"): en.StepStatus,
    ("restitution", "money", "kind"): en.MoneyEventKind,
}
_AGENCY_FIELDS = frozenset({"from_agency_id", "to_agency_id", "recipient_agency_id"})


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def text_none(_path: str, _value: Any) -> str:
    return ""


class ValueText:
    """Stored values as a person reads them: labels, local times, money, agency names."""

    def __init__(self, record_type: str, agencies: dict[str, str], owner: QWidget) -> None:
        self.record_type = record_type
        self.agencies = agencies
        self.owner = owner

    def __call__(self, path: str, value: Any) -> str:
        head = path.split(" ", maxsplit=1)[0] if " " in path else ""
        leaf = path.rsplit(".", maxsplit=1)[-1]
        if isinstance(value, dict):
            parts = [f"{item_label(head, k)}: {self.one(head, k, v)}" for k, v in value.items()
                     if v not in (None, "", [])]
            return "; ".join(parts)
        return self.one(head, leaf, value)

    def one(self, container: str, key: str, value: Any) -> str:
        if value is ABSENT:
            return tr("(not in this version)")
        if value is None:
            return ""
        if isinstance(value, bool):
            return tr("yes") if value else tr("no")
        if isinstance(value, list):
            return ", ".join(self.one(container, key, v) for v in value)
        if isinstance(value, int) and key.endswith("_cents"):
            return format_cents(value)
        if key in _AGENCY_FIELDS:
            return self.agencies.get(str(value), str(value))
        vocabulary = _VOCABULARY.get((self.record_type, container, key))
        if vocabulary is not None:
            try:
                return label(vocabulary(value))
            except ValueError:
                return str(value)
        if isinstance(value, str) and _UTC_TIME.fullmatch(value):
            return local_time(datetime.fromisoformat(value.replace("Z", "+00:00")))
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return fmt_date(date.fromisoformat(value))
            except ValueError:
                return value
        return str(value)


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # the conflict id

    def __init__(
        self, *, workspace: Workspace, discreet: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.views = workspace.transfer_views
        self.discreet = discreet
        self.comparison: ConflictComparison | None = None
        #: The confirmation before keeping a version (tests replace it).
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.list_model = TextTableModel([self.tr("Record"), self.tr("Case number"),
                                          self.tr("Found"), self.tr("From partner")], self)
        self.list = self.ui.list
        self.list.setModel(self.list_model)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 130)
        self.list.setColumnWidth(2, 140)
        self.fields_model = TextTableModel([self.tr("Field"), self.tr("Last exchanged"),
                                            self.tr("Ours (this vault)"),
                                            self.tr("Theirs (the partner's)"),
                                            self.tr("What happens")], self)
        self.fields = self.ui.fields
        self.fields.setModel(self.fields_model)
        header = self.fields.horizontalHeader()
        for column, width in enumerate((170, 190, 190, 190)):  # a heading is never cut
            self.fields.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.heading, self.status, self.summary = self.ui.heading, self.ui.status, self.ui.summary
        self.note = self.ui.note
        self.keep_ours, self.keep_theirs = self.ui.keep_ours, self.ui.keep_theirs
        self.keep_ours.clicked.connect(lambda: self.resolve("local"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("remote"))
        self._build_merge()
        if discreet:
            self.note.setText(self.note.text() + " " + self.tr(
                "Discreet mode hides personal details in the comparison."))
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.refresh()

    def _build_merge(self) -> None:
        """The choices per contested field, the summary line and "Apply merge"."""
        # the comparison needs the room more than the list of conflicts
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.choices_label = QLabel(self.tr("&Choose per field:"))
        self.choices = Choices(self)
        self.choices_label.setBuddy(self.choices)
        self.merge_summary = QLabel()
        self.merge_summary.setWordWrap(True)
        # room for three lines: a longer language must not be squeezed by the table
        self.merge_summary.setMinimumHeight(self.merge_summary.fontMetrics().lineSpacing() * 3)
        self.merge_summary.setAccessibleName(self.tr("What applying will do"))
        self.ui.fields_layout.addWidget(self.choices_label)
        self.ui.fields_layout.addWidget(self.choices)
        self.ui.fields_layout.addWidget(self.merge_summary)
        self.apply_merge = QPushButton(self.tr("&Apply merge"))
        self.apply_merge.setAccessibleName(self.tr("Apply the merge"))
        self.apply_merge.clicked.connect(self.merge)
        self.ui.buttons.insertWidget(0, self.apply_merge)
        QWidget.setTabOrder(self.fields, self.choices)
        QWidget.setTabOrder(self.choices, self.apply_merge)
        QWidget.setTabOrder(self.apply_merge, self.keep_ours)
        self.choices.changed.connect(self._update_summary)

    def _update_summary(self) -> None:
        c = self.comparison
        if c is None or c.merge is None:
            self.merge_summary.clear()
            self.apply_merge.setEnabled(False)
            return
        picks = self.choices.picks()
        self.merge_summary.setText(summary(c.merge, picks, self._partner(c)))
        self.apply_merge.setEnabled(set(picks) == set(c.merge.pending) and not c.stale)

    @staticmethod
    def _partner(c: ConflictComparison) -> str:
        return c.view.partner_name or tr("the partner")

    def merge(self) -> None:
        """Apply the merge with the choices made (one service call)."""
        c = self.comparison
        if c is None or c.merge is None:
            return
        picks = {name: side.value for name, side in self.choices.picks().items()}
        try:
            self.ws.imports.resolve_conflict(c.view.conflict.id, picks)
        except Exception as error:
            self.status.setText(error_text(error))
            return
        done = self.merge_summary.text()
        self.refresh()
        self.summary.setText(self.tr("Merged.") + " " + self.summary.text())
        self.status.setText(done)
        self.resolved.emit(c.view.conflict.id)

    def refresh(self) -> None:
        try:
            found = self.views.conflicts()
        except Exception as error:
            self.status.setText(error_text(error))
            found = []
        self.conflicts = {c.conflict.id: c for c in found}
        self.list_model.replace([
            TableRow([record_type_text(c.conflict.record_type), c.label.case_number,
                      local_time(c.conflict.created_at), c.partner_name], key=c.conflict.id)
            for c in found])
        self.summary.setText(self.tr("No conflicts: nothing waits for a decision.") if not found
                             else self.tr("%1 conflict(s) wait for a decision.").replace(
                                 "%1", str(len(found))))
        self._show(None)

    def _selected(self, *_args: object) -> None:
        rows = self.list.selectionModel().selectedRows()
        view = self.conflicts.get(self.list_model.rows[rows[0].row()].key) if rows else None
        if view is None:
            self._show(None)
            return
        try:
            self._show(self.views.compare(view))
        except Exception as error:
            self._show(None)
            self.status.setText(error_text(error))

    def select(self, conflict_id: str) -> None:
        for i, row in enumerate(self.list_model.rows):
            if row.key == conflict_id:
                self.list.selectRow(i)

    def _show(self, comparison: ConflictComparison | None) -> None:
        self.comparison = comparison
        self.status.clear()
        self.keep_ours.setEnabled(comparison is not None)
        self.keep_theirs.setEnabled(comparison is not None)
        if comparison is None:
            self.fields_model.replace([])
            self.choices.show_merge(None, "", "", text_none, lambda _n: False)
            self.heading.setText(self.tr("Choose a conflict to compare both versions."))
            return
        c = comparison.view
        self.heading.setText(self.tr("%1 of case %2, changed here and at %3 (found %4)").replace(
            "%1", record_type_text(c.conflict.record_type)).replace(
            "%2", c.label.case_number).replace("%3", c.partner_name).replace(
            "%4", local_time(c.conflict.created_at)))
        text = ValueText(c.conflict.record_type, self._agency_names(), self)
        if comparison.merge is not None:
            kind, partner = c.conflict.record_type, self._partner(comparison)
            def hidden(name: str) -> bool:
                return self.discreet and is_personal(kind, name)
            self.fields_model.replace(merge_rows(kind, comparison.merge, text, partner, hidden))
            self.fields.resizeRowsToContents()
            self.choices.show_merge(comparison.merge, kind, partner, text, hidden)
            if comparison.stale:
                self.status.setText(self.tr("This record changed here after the conflict "
                                            "was found: the comparison shows it as it is now. "
                                            "Keep ours, or wait for the partner's next "
                                            "package."))
            return
        rows = []
        for f in sorted(comparison.fields, key=lambda f: not f.differs):  # differences first
            if f.path.endswith("_id") and f.path not in _AGENCY_FIELDS and not f.differs:
                continue  # the same link on both sides: an id says nothing to a person
            masked = self.discreet and f.personal
            ours, theirs = text(f.path, f.ours), text(f.path, f.theirs)
            if f.withheld_by_sender:
                theirs = self.tr("(not sent, or not the partner's to change: ours stays)")
            rows.append(TableRow(
                [field_label(c.conflict.record_type, f.path), MASK if masked else ours,
                 MASK if masked else theirs],
                key=f.path, emphasis=f.differs,
                tooltip="" if masked else f"{ours}\n—\n{theirs}"))
        self.fields_model.replace(rows)
        self.fields.resizeRowsToContents()

    def _agency_names(self) -> dict[str, str]:
        names = {a.id: a.name for a in self.ws.agencies.list()}
        for info in self.views.partner_keys().values():
            names.setdefault(info.card_agency_id, info.name)  # ids as the partner sends them
        return names

    def resolve(self, keep: str) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        c = comparison.view
        what = self.tr("our version") if keep == "local" else self.tr("%1's version").replace(
            "%1", c.partner_name or self.tr("the partner"))
        question = self.tr("Keep %1 of this %2 (case %3)? The other version is discarded.") \
            .replace("%1", what).replace("%2", record_type_text(c.conflict.record_type).lower()) \
            .replace("%3", c.label.case_number)
        if not self.ask(self, self.tr("Resolve the conflict"), question):
            return
        try:
            self.ws.imports.resolve_conflict(c.conflict.id, keep)  # type: ignore[arg-type]
        except Exception as error:
            self.status.setText(error_text(error))
            return
        self.refresh()
        self.summary.setText(self.tr("Resolved: kept %1.").replace("%1", what) + " "
                             + self.summary.text())
        self.resolved.emit(c.conflict.id)

    def done(self, result: int) -> None:
        self.fields_model.replace([])  # the comparison holds case data
        super().done(result)

