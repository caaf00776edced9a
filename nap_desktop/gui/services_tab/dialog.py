"""The service dialog (``ui/service_record.ui``): record a service, edit one within its
author's 7 days, or (a supervisor, after that) correct one with a reason.

The date defaults to today, the category combo finds a category from any letters typed
in it, "Provided by" offers us or a partner this case was referred to. Every message
appears under the field it is about; the dialog stays open until the service saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import ServiceCategory, ServiceMode, ServiceProvider, ServiceStatus
from nap_desktop.domain.services_entities import ServiceInput, ServiceRecord
from nap_desktop.gui.forms.ui_service_record import Ui_ServiceRecordDialog
from nap_desktop.gui.services_tab.texts import category_options
from nap_desktop.gui.widgets.common import bound_dates, qdate, to_date
from nap_desktop.gui.widgets.form_dialog import accept_button, show_error, wire_errors
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

KEYS = ["provided_on", "category", "provider", "mode", "minutes", "funding", "status", "note",
        "reason"]
#: The service's field names (``ValidationError.field``) -> the form's.
FIELDS = {"provided_on": "provided_on", "category": "category", "provider": "provider",
          "referral_id": "provider", "provided_by_user_id": "provider",
          "partner_agency_id": "provider", "mode": "mode", "minutes": "minutes",
          "funding_source_id": "funding", "status": "status", "note": "note",
          "reason": "reason"}
ADD, EDIT, CORRECT = "add", "edit", "correct"


class ServiceRecordDialog(QDialog):
    """Accepted once stored; ``record`` then holds the stored service."""

    #: the stored service's id
    stored = Signal(str)
    #: a refused attempt's message
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, case: CaseRecord,
                 record: ServiceRecord | None = None, mode: str = ADD,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case, self.mode = workspace, case, mode
        self.original = record
        self.record: ServiceRecord | None = None
        self.ui = ui = Ui_ServiceRecordDialog()
        ui.setupUi(self)
        self.errors = wire_errors(self, ui, KEYS)
        texts = {ADD: (self.tr("&Save service"), self.tr("Save the service")),
                 EDIT: (self.tr("&Save changes"), self.tr("Save the changes to the service")),
                 CORRECT: (self.tr("&Save correction"), self.tr("Save the correction"))}
        self.save_button = accept_button(self, ui.buttons, *texts[mode], ui.reason)
        self.save_button.clicked.connect(self.submit)
        number = case.client.case_number
        titles = {ADD: self.tr("Record a service — %1"), EDIT: self.tr("Edit service — %1"),
                  CORRECT: self.tr("Correct service — %1")}
        self.setWindowTitle(titles[mode].replace("%1", number))
        self._fill_choices()
        self._show(record)
        correcting = mode == CORRECT
        ui.reason_label.setVisible(correcting)
        ui.reason_box.setVisible(correcting)
        ui.minutes.setSuffix(self.tr(" min"))
        ui.provided_on.setFocus()

    # --- filling ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        bound_dates(ui.provided_on)
        for member, text in category_options():
            ui.category.addItem(text, member.value)
        ui.category.setInsertPolicy(ui.category.InsertPolicy.NoInsert)
        completer = QCompleter(ui.category.model(), ui.category)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.category.setCompleter(completer)
        editor = ui.category.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type to find a category"))
        self._fill_providers()
        for mode, text in options(ServiceMode):
            ui.mode.addItem(text, mode.value)
        ui.funding.addItem(self.tr("— none —"), None)
        try:
            for source in self.ws.funding.sources(active_only=True):
                ui.funding.addItem(f"{source.name} ({label(source.funder)})", source.id)
        except Exception as error:  # the form still works without the list
            show_error(self.errors, error, {})
        for status, text in options(ServiceStatus):
            ui.status.addItem(text, status.value)

    def _fill_providers(self) -> None:
        """Us (the person entering it), then each partner this case was referred to."""
        ui, user = self.ui, self.ws.user
        me = user.display_name if user else ""
        ui.provider.addItem(self.tr("Our agency (%1)").replace("%1", me), None)
        own = self.ws.agency.id
        names = {a.id: a.name for a in self.ws.agencies.list()}
        for ref in self.case.referrals:
            partner = ref.to_agency_id if ref.to_agency_id != own else ref.from_agency_id
            if partner == own:
                continue
            text = self.tr("%1, through the referral of %2").replace(
                "%1", names.get(partner, self.tr("a partner"))).replace(
                "%2", ref.created_at.date().isoformat())
            ui.provider.addItem(text, ref.id)

    def _show(self, record: ServiceRecord | None) -> None:
        ui = self.ui
        self.errors.filling = True
        try:
            day = record.provided_on if record else self.ws.today()
            ui.provided_on.setDate(qdate(day))
            category = record.category.value if record else None
            ui.category.setCurrentIndex(ui.category.findData(category))  # -1: empty
            referral = record.referral_id if record else None
            ui.provider.setCurrentIndex(max(0, ui.provider.findData(referral)))
            ui.mode.setCurrentIndex(max(0, ui.mode.findData(
                (record.mode if record else ServiceMode.IN_PERSON).value)))
            ui.minutes.setValue(record.minutes if record else 0)
            funding = record.funding_source_id if record else None
            found = ui.funding.findData(funding)
            if found < 0 and funding:  # an award no longer in use stays as it was
                ui.funding.addItem(self.tr("(not in use)"), funding)
                found = ui.funding.count() - 1
            ui.funding.setCurrentIndex(max(0, found))
            ui.status.setCurrentIndex(max(0, ui.status.findData(
                (record.status if record else ServiceStatus.DELIVERED).value)))
            ui.note.setPlainText(record.note if record else "")
        finally:
            self.errors.filling = False

    # --- saving -------------------------------------------------------------------------

    def category(self) -> ServiceCategory | None:
        """The category whose label is in the box (typed or chosen), else None."""
        ui = self.ui
        found = ui.category.findText(ui.category.currentText().strip(),
                                     Qt.MatchFlag.MatchFixedString)
        value = ui.category.itemData(found) if found >= 0 else None
        return ServiceCategory(value) if value else None

    def data(self) -> ServiceInput:
        ui = self.ui
        referral = ui.provider.currentData()
        return ServiceInput(
            provided_on=to_date(ui.provided_on.date()),
            category=self.category() or ServiceCategory.OTHER,
            provider=ServiceProvider.PARTNER if referral else ServiceProvider.STAFF,
            referral_id=referral,
            provided_by_user_id=None if referral else (self.ws.user.id if self.ws.user
                                                       else None),
            mode=ServiceMode(ui.mode.currentData()),
            minutes=ui.minutes.value(),
            funding_source_id=ui.funding.currentData(),
            status=ServiceStatus(ui.status.currentData()),
            note=ui.note.toPlainText().strip(),
        )

    def _check(self) -> bool:
        self.errors.clear()
        problems = []
        if self.category() is None:
            problems.append(("category", self.tr("Choose a category from the list.")))
        if self.mode == CORRECT and not self.ui.reason.text().strip():
            problems.append(("reason", self.tr("Enter the reason for the correction: the "
                                               "history keeps it.")))
        for number, (key, text) in enumerate(problems):
            self.errors.show(key, text, focus=number == 0)
        return not problems

    def submit(self) -> bool:
        """Store the service (one service call); False, with the message shown, if not."""
        if not self._check():
            return False
        data, services = self.data(), self.ws.services
        try:
            if self.mode == ADD:
                record = services.add(self.case.client.id, data)
            elif self.mode == EDIT and self.original is not None:
                record = services.update(self.original.id, data,
                                         expected_revision=self.original.revision)
            elif self.original is not None:
                record = services.correct(self.original.id, data,
                                          reason=self.ui.reason.text().strip())
            else:
                return False
        except Exception as error:
            self.failed.emit(show_error(self.errors, error, FIELDS))
            return False
        self.record = record
        self.stored.emit(record.id)
        self.accept()
        return True

    def done(self, code: int) -> None:
        self.ui.note.clear()  # what was typed does not stay behind in the widget
        self.ui.reason.clear()
        super().done(code)
