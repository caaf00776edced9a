"""The new-case (intake) dialog: what a caseworker records when a survivor is referred.

Personal details, the trafficking type and, optionally, the first referral are stored by
one service call (``CaseService.open_case``): one transaction, so a refused referral never
leaves a half-created client behind. The service's messages are shown under the field
they name, and that field gets the focus; the dialog stays open until the case exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from nap_desktop.domain.duplicates import Person
from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import ReferralDirection, TraffickingType, Urgency
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import infer_direction, minor_by_birth_date
from nap_desktop.gui.case.duplicate_warning import DuplicateWarning
from nap_desktop.gui.forms.ui_new_case import Ui_NewCaseDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import hint_label
from nap_desktop.gui.widgets.inline import ErrorRoom, InlineErrors
from nap_desktop.gui.widgets.labels import label, options
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.referrals import ReferralInput

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The fields the service's messages can name (``ValidationError.field``), by the name
#: of their widget in the form; each has an error label ``<name>_error`` underneath.
FIELD_WIDGETS = {
    "legal_name": "legal_name", "preferred_name": "preferred_name",
    "date_of_birth": "dob", "is_minor": "minor", "languages": "languages",
    "interpreter_needed": "interpreter", "safe_contact": "safe_contact",
    "trafficking_type": "trafficking", "to_agency": "partner", "incoming": "incoming",
    "direction": "direction", "services": "services", "urgency": "urgency",
    "referring_person": "referring_person", "external_case_number": "external",
}



class NewCaseDialog(QDialog):
    """Accepted once the case exists; ``client_id`` and ``case_number`` are then set.

    ``created`` carries the new client's id; ``failed`` the message of a refused attempt
    (tests wait on them). Typed details are cleared when the dialog closes, and the dialog
    closes without saving if the window it belongs to locks."""

    created = Signal(str)
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None,
                 discreet: bool | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id: str | None = None
        #: An existing case the caseworker chose to open instead (a likely duplicate).
        self.open_instead: str | None = None
        # Discreet unless told otherwise: the window's mode when it has one.
        self.discreet = bool(getattr(parent, "discreet", True)) if discreet is None else discreet
        self.case_number = ""
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.partners: list[Agency] = workspace.agencies.list(include_self=False)
        self.own: Agency = workspace.agency
        self._minor_choice = False
        self._direction_chosen = False
        self._build()  # no fixed width: the layout's minimum (longer in Spanish) is kept
        self._partner_changed()
        self._update_minor()
        locked = getattr(parent, "locked", None)
        if locked is not None:
            locked.connect(self.reject)  # never leave typed details over a locked window
        self.legal_name.setFocus()

    # --- layout (ui/new_case.ui) -------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.legal_name, self.preferred_name, self.dob = ui.legal_name, ui.preferred_name, ui.dob
        self.minor, self.minor_hint, self.languages = ui.minor, ui.minor_hint, ui.languages
        self.interpreter, self.safe_contact = ui.interpreter, ui.safe_contact
        self.trafficking, self.referral_box = ui.trafficking, ui.referral_box
        self.partner = ui.partner
        self.incoming, self.direction, self.services = ui.incoming, ui.direction, ui.services
        self.urgency, self.referring_person, self.external = (
            ui.urgency, ui.referring_person, ui.external
        )
        for key, name in FIELD_WIDGETS.items():
            widget, error = getattr(ui, name), getattr(ui, f"{name}_error")
            error.setAccessibleName(
                self.tr("Problem with %1").replace("%1", widget.accessibleName())
            )
            error.hide()
            getattr(ui, f"{name}_box").setFocusProxy(widget)  # the row's box stands for it
            self.errors[key], self.widgets[key] = error, widget
        self.message = ui.message
        self.message.hide()
        self.inline = InlineErrors(self.message)
        for key, widget in self.widgets.items():
            self.inline.add(key, widget, self.errors[key])  # each clears on its next edit
        ErrorRoom(self)  # a message appearing leaves "Create case" where it is
        self._build_buttons(ui.buttons)
        self._fill_choices()
        if not self.partners:
            self.referral_box.setChecked(False)
            self.referral_box.setEnabled(False)
            ui.referral_form.insertRow(0, hint_label(self.tr(
                "There are no partner agencies yet: add them under Admin › Partners. "
                "Referrals can also be added later in the case."
            )))
        self.dob.changed.connect(self._update_minor)
        self.minor.clicked.connect(self._minor_clicked)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.incoming.currentIndexChanged.connect(self._partner_changed)
        self.direction.activated.connect(self._direction_activated)
        self._build_duplicate_warning()

    def _build_duplicate_warning(self) -> None:
        """Possible duplicates, listed under the form as the person is typed in."""
        self.duplicates = DuplicateWarning(workspace=self.ws, discreet=self.discreet)
        layout = self.ui.layout
        layout.insertWidget(layout.indexOf(self.message), self.duplicates)
        for edit in (self.legal_name, self.preferred_name):
            edit.textChanged.connect(self._person_changed)
        self.dob.changed.connect(self._person_changed)
        self.duplicates.open_requested.connect(self._open_instead)

    def _person_changed(self, *_args: object) -> None:
        self.duplicates.person_changed(Person(self.legal_name.text(),
                                              self.preferred_name.text(), self.dob.value()))

    def _open_instead(self, client_id: str) -> None:
        """Open the existing case instead: nothing is created, nothing typed is kept."""
        self.open_instead = client_id
        self.reject()

    def _build_buttons(self, buttons: QDialogButtonBox) -> None:
        # A button with its own text: Designer only places standard ones in a button box.
        self.create_button = buttons.addButton(
            self.tr("Create ca&se"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create the case"))
        self.create_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        QWidget.setTabOrder(self.create_button, cancel)  # as before: Create, then Cancel
        buttons.setFocusProxy(self.create_button)  # as Qt did for the box built in code
        self.create_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def _fill_choices(self) -> None:
        """The combo boxes' items, which come from the domain's enums and the partners."""
        for member, text in options(TraffickingType):
            self.trafficking.addItem(text, member)
        self.trafficking.setCurrentIndex(self.trafficking.findData(TraffickingType.UNKNOWN))
        for agency in self.partners:
            self.partner.addItem(f"{agency.name} · {label(agency.kind)}", agency.id)
        self.incoming.addItem(self.tr("The partner referred the survivor to us"), True)
        self.incoming.addItem(self.tr("We refer the survivor to the partner"), False)
        for direction, text in options(ReferralDirection):
            self.direction.addItem(text, direction)
        for level, text in options(Urgency):
            self.urgency.addItem(text, level)

    # --- derived defaults -------------------------------------------------------------

    def _partner_changed(self, *_args: object) -> None:
        """Suggest the direction until the caseworker picks one."""
        partner = self.selected_partner()
        if partner is None or self._direction_chosen:
            return
        incoming = bool(self.incoming.currentData())
        sender, receiver = (partner, self.own) if incoming else (self.own, partner)
        suggested = infer_direction(sender.kind, receiver.kind)
        self.direction.setCurrentIndex(self.direction.findData(suggested))

    def _direction_activated(self, _index: int) -> None:
        self._direction_chosen = True

    def _minor_clicked(self, checked: bool) -> None:
        self._minor_choice = checked

    def _update_minor(self) -> None:
        """A known date of birth decides it, both ways, and the box is locked (as in the
        client editor); without one it is the caseworker's call (an age can be known
        without a date of birth)."""
        by_birth = minor_by_birth_date(self.dob.value(), self.ws.today())
        self.minor.setEnabled(by_birth is None)
        # As in the client editor: clearing a date that made the survivor a minor keeps
        # the tick (a minor is never un-flagged unseen).
        self.minor.setChecked(
            (self._minor_choice or self.minor.isChecked()) if by_birth is None else by_birth
        )
        self.minor_hint.setText(
            self.tr(
                "Set from the date of birth. If the date is in doubt, set it to "
                "“Unknown” and tick by hand."
            )
            if by_birth is not None
            else self.tr("Tick if the survivor is under 18, even without a date of birth.")
        )

    def selected_partner(self) -> Agency | None:
        agency_id = self.partner.currentData()
        return next((a for a in self.partners if a.id == agency_id), None)

    # --- saving -------------------------------------------------------------------------

    def personal_input(self) -> PersonalInput:
        languages = [x.strip() for x in self.languages.text().split(",")]
        return PersonalInput(
            legal_name=self.legal_name.text(),
            preferred_name=self.preferred_name.text(),
            date_of_birth=self.dob.value(),
            is_minor=self.minor.isChecked(),
            languages=[x for x in languages if x],
            interpreter_needed=self.interpreter.isChecked(),
            safe_contact_instructions=self.safe_contact.toPlainText(),
        )

    def referral_input(self) -> ReferralInput | None:
        """The first referral, or None when it is not being recorded now."""
        partner = self.selected_partner()
        if not self.referral_box.isChecked() or partner is None:
            return None
        incoming = bool(self.incoming.currentData())
        sender, receiver = (partner, self.own) if incoming else (self.own, partner)
        return ReferralInput(
            from_agency_id=sender.id,
            to_agency_id=receiver.id,
            direction=self.direction.currentData(),
            services=tuple(self.services.values()),
            urgency=self.urgency.currentData(),
            referring_person=self.referring_person.text(),
            external_case_number=self.external.text(),
        )

    def submit(self) -> bool:
        """Create the case (and its first referral) in one step. True when it exists."""
        self.clear_messages()
        if not self.inline.check_all():  # a date of birth neither entered nor "Unknown"
            self.failed.emit(self.errors["date_of_birth"].text())
            return False
        try:
            client, _referral = self.ws.cases.open_case(
                self.personal_input(),
                trafficking_type=self.trafficking.currentData(),
                first_referral=self.referral_input(),
            )
        except Exception as error:
            self.show_error(error)
            return False
        self.client_id = client.id
        self.case_number = client.case_number
        self.created.emit(client.id)
        self.accept()
        return True

    def clear_messages(self) -> None:
        self.inline.clear()

    def show_error(self, error: BaseException) -> None:
        """The message under the field it names (focused), else under the form."""
        text = error_text(error)
        key = error.field if isinstance(error, ValidationError) else None
        self.inline.show(key, text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        """Closing, either way: nothing typed stays behind in the widgets."""
        for edit in (self.legal_name, self.preferred_name, self.languages, self.referring_person,
                     self.external):
            edit.clear()
        self.safe_contact.clear()
        self.dob.set_value(None)
        super().done(result)
