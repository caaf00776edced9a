"""The pages of the export wizard (``transfer_export.ExportWizard`` runs the work)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from nap_desktop.gui.messages import error_text
from nap_desktop.gui.transfer.common import (
    MASK,
    CheckableTableModel,
    TableRow,
    TextTableModel,
    categories_text,
    hint_label,
    local_time,
    record_type_text,
    status_label,
    withheld_summary,
)
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.queries import CaseloadFilter

if TYPE_CHECKING:
    from nap_desktop.gui.transfer.export import ExportWizard

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

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Partner"))
        self.setSubTitle(self.tr("Who receives the package?"))
        self.model = PartnerModel([self.tr("Agency"), self.tr("Kind"), self.tr("Verified keys")],
                                  self)
        self.partners: dict[str, Any] = {}
        self.table = table(self.model, self.tr("Partner agencies"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._size_columns()
        lab = QLabel(self.tr("&Partner agency:"))
        lab.setBuddy(self.table)
        why = hint_label(self.tr(
            "A package is encrypted to the partner's verified keys, so only partners whose "
            "identity card has been pinned can be chosen. Greyed-out partners have no "
            "verified card yet: an administrator pins it in Admin ▸ Partners after checking "
            "its fingerprint by phone."), self.tr("Why some partners are greyed out"))
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(lab)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self.completeChanged)
        self.load()

    def _size_columns(self) -> None:
        """The kind and the keys are short and always shown whole (in Spanish too); the
        agency name takes the rest of the width and wraps rather than being cut off."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
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
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Referrals"))
        self.setSubTitle(self.tr("Which referrals with this partner go in the package?"))
        self.every = QRadioButton(self.tr("&Every referral with this partner"))
        self.every.setAccessibleName(self.tr("Send every referral with this partner"))
        self.some = QRadioButton(self.tr("Only the referrals I &tick"))
        self.some.setAccessibleName(self.tr("Send only the ticked referrals"))
        group = QButtonGroup(self)
        group.addButton(self.every)
        group.addButton(self.some)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case number, name or partner's case number…"))
        self.search.setAccessibleName(self.tr("Search the referrals"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.model = CheckableTableModel(
            [self.tr("Send"), self.tr("Case number"), self.tr("Client"), self.tr("Status"),
             self.tr("Last update")], self)
        self.table = table(self.model, self.tr("Referrals with this partner"))
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 220)
        tick_all = QPushButton(self.tr("Tick all sho&wn"))
        tick_all.setAccessibleName(self.tr("Tick every referral shown"))
        tick_all.clicked.connect(lambda: self._tick_shown(True))
        untick = QPushButton(self.tr("&Untick all"))
        untick.setAccessibleName(self.tr("Untick every referral"))
        untick.clicked.connect(lambda: self.model.set_checked(list(self.model.checked), False))
        self.count = hint_label(name=self.tr("How many referrals are ticked"))
        self.note = hint_label(name=self.tr("About the list"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.timer.start)
        self.every.toggled.connect(self._mode_changed)
        self.model.checked_changed.connect(self._checked_changed)
        self._lay_out(search_label, tick_all, untick)
        self.partner_id: str | None = None

    def _lay_out(self, search_label: QLabel, tick_all: QPushButton, untick: QPushButton) -> None:
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(tick_all)
        buttons.addWidget(untick)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.every)
        layout.addWidget(self.some)
        layout.addLayout(row)
        list_label = QLabel(self.tr("&Referrals with this partner:"))
        list_label.setBuddy(self.table)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

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

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.preview: Any = None
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("What will be sent, and what stays here because no active "
                                 "release of information to this partner covers it."))
        self.model = TextTableModel([self.tr("Case number"), self.tr("Client"),
                                     self.tr("Records sent"), self.tr("Details shared"),
                                     self.tr("Withheld (no release covers it)")], self)
        self.table = table(self.model, self.tr("What each client's package holds"))
        for column, width in enumerate((120, 140, 200, 170)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        self.busy = busy_bar(self.tr("Checking what may be sent"))
        self.summary = hint_label(name=self.tr("Summary of the package"))
        self.status = status_label(self.tr("Review status"))
        self.override = QCheckBox(self.tr("Supervisor &override: send everything, ignoring "
                                          "consent"))
        self.override.setAccessibleName(self.tr("Supervisor override"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("Why must everything be sent? (court order, "
                                               "statutory mandate…) This goes in the audit log."))
        self.reason.setMaximumHeight(70)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        self.override_note = hint_label(name=self.tr("About the override"))
        if wizard.is_supervisor:
            self.override_note.setText(self.tr("The override and its reason are recorded in "
                                               "the audit log and named in the package."))
        else:
            self.override.setEnabled(False)
            self.override_note.setText(self.tr("Only a supervisor can send more than the "
                                               "releases of information allow."))
        self.reason.setEnabled(False)
        self.override.toggled.connect(self._override_toggled)
        self.reason.textChanged.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        table_label = QLabel(self.tr("&Clients in the package:"))
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.override)
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        layout.addWidget(self.override_note)

    def initializePage(self) -> None:
        self.wiz.start_preview()

    def cleanupPage(self) -> None:
        self.wiz.jobs.cancel()  # going back: the dry run of these choices is not needed

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
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Save the package"))
        self.setSubTitle(self.tr("The package is encrypted to the partner and signed by your "
                                 "agency. Hand it over on a USB stick or by e-mail."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Package file"))
        lab = QLabel(self.tr("Package &file:"))
        lab.setBuddy(self.path)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose where to save the package"))
        choose.clicked.connect(self._choose)
        self.busy = busy_bar(self.tr("Writing the package"))
        self.status = status_label(self.tr("Export status"))
        row = QHBoxLayout()
        row.addWidget(lab)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint_label(self.tr(
            "The file can be read only by your account on this computer. Only the partner's "
            "keys can open it; the file name never holds case details.")))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        from nap_desktop.gui.transfer.export import suggested_name

        if not self.path.text():
            name = suggested_name(self.wiz.partner.name, self.wiz.ws.today())
            self.path.setText(str(Path.home() / name))
        self.status.clear()

    def _choose(self) -> None:
        chosen = self.wiz.choose_save(self, self.tr("Save the package as"), self.path.text(),
                                      self.tr("NAP transfer packages (*.napx)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.wiz.jobs.running

    def validatePage(self) -> bool:
        if self.wiz.done_result is not None:
            return True
        if self.wiz.jobs.running:
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
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Exported"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Export result"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

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
