"""The pages of the export wizard (``transfer_export.ExportWizard`` runs the work)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QTableView,
    QWizard,
    QWizardPage,
)

from nap_desktop.gui.forms.ui_export_cases_page import Ui_CasesPage
from nap_desktop.gui.forms.ui_export_partner_page import Ui_PartnerPage
from nap_desktop.gui.forms.ui_export_result_page import Ui_ResultPage
from nap_desktop.gui.forms.ui_export_review_page import Ui_ReviewPage
from nap_desktop.gui.forms.ui_export_save_page import Ui_SavePage
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.transfer.common import (
    MASK,
    CheckableTableModel,
    TableRow,
    TextTableModel,
    categories_text,
    local_time,
    record_type_text,
    withheld_summary,
)
from nap_desktop.gui.transfer.export_host import ExportHost, suggested_name
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.queries import CaseloadFilter

LIST_LIMIT = 1000
#: The grey of disabled text elsewhere in the app (app.qss, disabled buttons). The style
#: sheet gives every widget one text colour in every state, so a row that cannot be chosen
#: would not look disabled without it.
DISABLED_TEXT = QColor("#8a94a0")
RECORD_ORDER = ("client", "release", "referral", "placement", "restitution", "note")


def table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # the work reports no steps: a busy indicator
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


def package_counts(partner: str, referrals: int, clients: int, records: int) -> str:
    """"To Harbor Legal Aid: 1 referral of 1 client, 4 records in all." Records as a
    person counts them, and as the partner's import preview will (no agency entries)."""
    return QCoreApplication.translate("ExportWizard", "To %1: %2 of %3, %4 in all.").replace(
        "%1", partner).replace(
        "%2", QCoreApplication.translate("ExportWizard", "%n referral(s)", None, referrals)
    ).replace(
        "%3", QCoreApplication.translate("ExportWizard", "%n client(s)", None, clients)
    ).replace(
        "%4", QCoreApplication.translate("ExportWizard", "%n record(s)", None, records))


class PartnerModel(TextTableModel):
    """Partners without a verified card can be neither chosen nor selected (no item flags)
    and are drawn in grey."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index)
            return QBrush(DISABLED_TEXT) if row is not None and not row.enabled else None
        return super().data(index, role)


class PartnerPage(QWizardPage):
    """Only pinned partners can be chosen: the package is encrypted to their verified keys."""

    def __init__(self, wizard: ExportHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_PartnerPage()
        self.ui.setupUi(self)
        self.model = PartnerModel([self.tr("Agency"), self.tr("Kind"), self.tr("Verified keys")],
                                  self)
        self.partners: dict[str, Any] = {}
        self.table = self.ui.table
        self.table.setModel(self.model)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self.completeChanged)
        self.load()

    def _size_columns(self) -> None:
        """The kind and the keys are short and always shown whole (in Spanish too); the
        agency name takes the rest of the width and wraps rather than being cut off."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

    def load(self) -> None:
        self.partners = self.wiz.views.partner_keys()
        rows = []
        for agency in self.wiz.ws.agencies.list(include_self=False):
            info = self.partners.get(agency.id)
            rows.append(TableRow(
                [agency.name, label(agency.kind),
                 info.fingerprint if info else self.tr("Not verified")],
                key=agency.id, enabled=info is not None,
                tooltip=(self.tr("Verified on %1").replace("%1", local_time(info.verified_at))
                         if info else self.tr("No verified identity card: cannot receive "
                                              "packages yet"))))
        rows.sort(key=lambda r: (not r.enabled, r.cells[0].lower()))
        self.model.replace(rows)
        wanted = self.wiz.initial_partner
        for i, row in enumerate(rows):
            if row.enabled and (row.key == wanted or (wanted is None and len(self.partners) == 1)):
                self.table.selectRow(i)

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.partners.get(self.model.rows[rows[0].row()].key)

    def isComplete(self) -> bool:
        return self.chosen() is not None


class CasesPage(QWizardPage):
    def __init__(self, wizard: ExportHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.every, self.some, self.search = self.ui.every, self.ui.some, self.ui.search
        self.count, self.note = self.ui.count, self.ui.note
        self.model = CheckableTableModel(
            [self.tr("Send"), self.tr("Case number"), self.tr("Client"), self.tr("Status"),
             self.tr("Last update")], self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 220)
        self.ui.tick_all.clicked.connect(lambda: self._tick_shown(True))
        self.ui.untick.clicked.connect(
            lambda: self.model.set_checked(list(self.model.checked), False))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.timer.start)
        self.every.toggled.connect(self._mode_changed)
        self.model.checked_changed.connect(self._checked_changed)
        self.partner_id: str | None = None

    def initializePage(self) -> None:
        partner = self.wiz.partner
        if partner.agency_id == self.partner_id:
            return  # back and forth: keep what was ticked
        self.partner_id = partner.agency_id
        self.search.clear()
        self.timer.stop()
        self.model.checked = set()
        self.apply_search()
        shown = set(self.model.keys())
        wanted = [r for r in self.wiz.initial_referrals if r in shown]
        self.model.set_checked(wanted, True)
        left_out = len(self.wiz.initial_referrals) - len(wanted)
        # Referrals are chosen one by one; sending every referral with the partner is a
        # deliberate choice, never what Next, Next, Next does.
        self.some.setChecked(True)
        if left_out:
            self.note.setText(self.tr(
                "%1 of the selected referrals are not with this partner and were left out."
            ).replace("%1", str(left_out)))
        self._mode_changed()

    def apply_search(self) -> None:
        self.timer.stop()
        flt = CaseloadFilter(partner_id=self.partner_id, search=self.search.text(),
                             sort="case_number", descending=False)
        queries = self.wiz.ws.queries
        try:
            rows = queries.caseload_page(flt, limit=LIST_LIMIT)
            total = queries.caseload_count(flt) if len(rows) >= LIST_LIMIT else len(rows)
        except Exception as error:
            self.model.replace([])
            self.note.setText(error_text(error))
            return
        discreet = self.wiz.discreet
        self.model.replace([
            TableRow(["", r.case_number, MASK if discreet else r.client_name, label(r.status),
                      local_time(r.updated_at)], key=r.referral_id)
            for r in rows])
        if total > len(rows):
            self.note.setText(self.tr("Showing the first %1 of %2 referrals: search to narrow "
                                      "the list.").replace("%1", QLocale().toString(len(rows)))
                              .replace("%2", QLocale().toString(total)))
        elif not rows:
            self.note.setText(self.tr("No referral with this partner matches."))
        else:
            self.note.clear()

    def _tick_shown(self, on: bool) -> None:
        self.some.setChecked(True)
        self.model.set_checked(self.model.keys(), on)

    def _mode_changed(self, *_args: object) -> None:
        self.table.setEnabled(self.some.isChecked())
        self._checked_changed()

    def _checked_changed(self) -> None:
        n = len(self.model.checked)
        if n == 0 and self.some.isChecked():
            self.count.setText(self.tr("Tick the referrals to send."))
        else:
            self.count.setText(self.tr("1 referral ticked") if n == 1 else
                               self.tr("%1 referrals ticked").replace("%1", str(n)))
        self.completeChanged.emit()

    def chosen_ids(self) -> list[str] | None:
        return None if self.every.isChecked() else sorted(self.model.checked)

    def isComplete(self) -> bool:
        return self.every.isChecked() or bool(self.model.checked)


class ReviewPage(QWizardPage):
    """What consent lets through, per client, from a dry run; a supervisor may override."""

    def __init__(self, wizard: ExportHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.preview: Any = None
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)
        self.model = TextTableModel([self.tr("Case number"), self.tr("Client"),
                                     self.tr("Records sent"), self.tr("Details shared"),
                                     self.tr("Withheld (no release covers it)")], self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        for column, width in enumerate((120, 140, 200, 170)):
            self.table.setColumnWidth(column, width)
        self.busy, self.summary, self.status = self.ui.busy, self.ui.summary, self.ui.status
        self.busy.hide()  # shown while the dry run works
        self.override, self.reason = self.ui.override, self.ui.reason
        self.override_note = self.ui.override_note
        if wizard.is_supervisor:
            self.override_note.setText(self.tr("The override and its reason are recorded in "
                                               "the audit log and named in the package."))
        else:
            self.override.setEnabled(False)
            self.override_note.setText(self.tr("Only a supervisor can send more than the "
                                               "releases of information allow."))
        self.override.toggled.connect(self._override_toggled)
        self.reason.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.wiz.start_preview()

    def cleanupPage(self) -> None:
        self.wiz.tasks.cancel("preview")  # going back: the dry run of these choices is not needed

    def override_requested(self) -> bool:
        return self.override.isChecked() and self.wiz.is_supervisor

    def override_reason(self) -> str | None:
        return self.reason.toPlainText().strip() if self.override_requested() else None

    def _override_toggled(self, on: bool) -> None:
        self.reason.setEnabled(on)
        self.wiz.start_preview()

    def show_busy(self) -> None:
        self.preview = None
        self.busy.show()
        self.status.clear()
        self.summary.setText(self.tr("Checking the releases of information…"))
        self.model.replace([])
        self.completeChanged.emit()

    def show_preview(self, preview: Any) -> None:
        self.busy.hide()
        self.preview = preview
        discreet = self.wiz.discreet
        rows = []
        for c in preview.clients:
            sent = ", ".join(record_type_text(kind) + (f" ×{c.records[kind]}"
                                                       if c.records[kind] > 1 else "")
                             for kind in RECORD_ORDER if c.records.get(kind))
            shared = categories_text(c.shared) or self.tr("No personal details")
            withheld = categories_text(c.withheld) or self.tr("Nothing")
            rows.append(TableRow([c.label.case_number, MASK if discreet else c.label.name,
                                  sent, shared, withheld], key=c.client_id,
                                 tooltip=self.tr("Withheld: %1").replace("%1", withheld)))
        self.model.replace(rows)
        if len(rows) <= 500:  # measuring rows is linear: only for lists a person reads
            self.table.resizeRowsToContents()
        text = package_counts(preview.partner.name, preview.referral_count,
                              len(preview.clients), preview.case_record_count)
        if preview.override:
            text += " " + self.tr("Override: everything is sent, consent is not applied.")
        elif preview.withheld:
            text += " " + self.tr("Withheld for lack of a release: %1.").replace(
                "%1", withheld_summary(preview.withheld))
        else:
            text += " " + self.tr("Nothing is withheld: the releases cover everything.")
        if not preview.clients:
            text = self.tr("There is nothing to send to %1 with these choices.").replace(
                "%1", preview.partner.name)
        self.summary.setText(text)
        self.completeChanged.emit()

    def show_failure(self, message: str) -> None:
        self.busy.hide()
        self.summary.clear()
        self.status.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.preview is None or not self.preview.clients:
            return False
        return not self.override_requested() or bool(self.reason.toPlainText().strip())


class SavePage(QWizardPage):
    def __init__(self, wizard: ExportHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_SavePage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))
        self.path, self.busy, self.status = self.ui.path, self.ui.busy, self.ui.status
        self.busy.hide()  # shown while the package is written
        self.ui.choose_button.clicked.connect(self._choose)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        if not self.path.text():
            name = suggested_name(self.wiz.partner.name, self.wiz.ws.ctx.today())
            self.path.setText(str(Path.home() / name))
        self.status.clear()

    def _choose(self) -> None:
        chosen = self.wiz.choose_save(self, self.tr("Save the package as"), self.path.text(),
                                      self.tr("NAP transfer packages (*.napx)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.wiz.tasks.busy

    def validatePage(self) -> bool:
        if self.wiz.done_result is not None:
            return True
        if self.wiz.tasks.busy:
            return False
        try:
            path = self.wiz.check_target(self.path.text())
        except Exception as error:
            self.status.setText(error_text(error))
            return False
        if path.exists() and not self.wiz.ask(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(path))):
            return False
        self.path.setText(str(path))
        self.wiz.start_export(path)
        return False

    def show_busy(self) -> None:
        self.busy.show()
        self.status.setText(self.tr("Exporting: gathering, signing and encrypting…"))
        self.completeChanged.emit()

    def show_done(self) -> None:
        self.busy.hide()
        self.status.clear()
        self.completeChanged.emit()

    def show_failure(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ExportHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_ResultPage()
        self.ui.setupUi(self)
        self.text = self.ui.text

    def initializePage(self) -> None:
        done = self.wiz.done_result
        if done is None:
            return
        text = self.tr("%1\nSaved as %2 (readable by you only).").replace(
            "%1", package_counts(done.partner_name, done.referral_count,
                                 done.client_count, done.record_count)).replace(
            "%2", str(done.path))
        if done.override:
            text += "\n\n" + self.tr("Supervisor override: consent was not applied. This was "
                                     "recorded in the audit log.")
        elif done.withheld:
            text += "\n\n" + self.tr("Withheld (no active release covers it): %1.").replace(
                "%1", withheld_summary(done.withheld))
        self.text.setText(text)
