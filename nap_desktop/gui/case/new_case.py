"""The new-case (intake) dialog: what a caseworker records when a survivor is referred.

Personal details, the trafficking type and, optionally, the first referral are stored by
one service call (``CaseService.open_case``): one transaction, so a refused referral never
leaves a half-created client behind. The service's messages are shown under the field
they name, and that field gets the focus; the dialog stays open until the case exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import (
    ReferralDirection,
    ServiceType,
    TraffickingType,
    Urgency,
)
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import infer_direction, minor_by_birth_date
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import (
    CheckGrid,
    DateField,
    buddy_label,
    error_label,
    field_box,
    hint_label,
)
from nap_desktop.gui.widgets.labels import label, options
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.referrals import ReferralInput

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class NewCaseDialog(QDialog):
    """Accepted once the case exists; ``client_id`` and ``case_number`` are then set.

    ``created`` carries the new client's id; ``failed`` the message of a refused attempt
    (tests wait on them). Typed details are cleared when the dialog closes, and the dialog
    closes without saving if the window it belongs to locks."""

    created = Signal(str)
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id: str | None = None
        self.case_number = ""
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.partners: list[Agency] = workspace.agencies.list(include_self=False)
        self.own: Agency = workspace.agency
        self._minor_choice = False
        self._direction_chosen = False
        self.setWindowTitle(self.tr("New case"))
        self._build()  # no fixed width: the layout's minimum (longer in Spanish) is kept
        self._partner_changed()
        self._update_minor()
        locked = getattr(parent, "locked", None)
        if locked is not None:
            locked.connect(self.reject)  # never leave typed details over a locked window
        self.legal_name.setFocus()

    # --- layout -------------------------------------------------------------------------

    def _field(
        self, form: QFormLayout, key: str, text: str, widget: QWidget, accessible: str,
        hint: str = "",
    ) -> None:
        """A labelled row with its mnemonic, accessible name and inline error label."""
        widget.setAccessibleName(accessible)
        error = error_label()
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", accessible))
        self.errors[key] = error
        self.widgets[key] = widget
        form.addRow(buddy_label(text, widget), field_box(widget, error, hint))

    def _build(self) -> None:
        intro = hint_label(
            self.tr(
                "Record what you know now; everything can be completed later in the case. "
                "A pseudonymous case number is assigned when you create it."
            )
        )
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._personal_box())
        left.addStretch(1)
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self._case_box())
        right.addWidget(self._referral_box())
        right.addStretch(1)
        columns.addLayout(right, 3)
        self.message = error_label()
        self.message.setAccessibleName(self.tr("Problem creating the case"))
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create ca&se"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create the case"))
        self.create_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        self.create_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _personal_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Personal details"))
        form = QFormLayout(box)
        self.legal_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.dob = DateField(self.tr("Unknown"))
        self.minor = QCheckBox(self.tr("Under 18"))
        self.minor_hint = hint_label()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. Spanish, K'iche'"))
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"))
        self.safe_contact = _text_box(72)
        tr = self.tr
        self._field(form, "legal_name", tr("&Legal name:"), self.legal_name, tr("Legal name"))
        self._field(
            form, "preferred_name", tr("&Preferred name:"), self.preferred_name,
            tr("Preferred name"), tr("The name the survivor uses; shown first."),
        )
        self._field(form, "date_of_birth", tr("Date of &birth:"), self.dob, tr("Date of birth"))
        self._field(form, "is_minor", tr("&Minor:"), self.minor, tr("Minor"))
        form.addRow("", self.minor_hint)
        self._field(
            form, "languages", tr("Lan&guages:"), self.languages, tr("Languages"),
            tr("Separate languages with commas."),
        )
        self._field(
            form, "interpreter_needed", tr("&Interpreter:"), self.interpreter,
            tr("Interpreter needed"),
        )
        self._field(
            form, "safe_contact", tr("Sa&fe contact:"), self.safe_contact,
            tr("Safe-contact instructions"), tr("When and how it is safe to call, text or visit."),
        )
        self.dob.changed.connect(self._update_minor)
        self.minor.clicked.connect(self._minor_clicked)
        return box

    def _case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        self.trafficking = QComboBox()
        for member, text in options(TraffickingType):
            self.trafficking.addItem(text, member)
        self.trafficking.setCurrentIndex(self.trafficking.findData(TraffickingType.UNKNOWN))
        self._field(
            form, "trafficking_type", self.tr("&Trafficking type:"), self.trafficking,
            self.tr("Trafficking type"),
        )
        return box

    def _referral_box(self) -> QGroupBox:
        tr = self.tr
        box = QGroupBox(tr("First &referral"))
        box.setCheckable(True)
        box.setAccessibleName(tr("Record the first referral"))
        form = QFormLayout(box)
        self.partner = QComboBox()
        for agency in self.partners:
            self.partner.addItem(f"{agency.name} · {label(agency.kind)}", agency.id)
        self.incoming = QComboBox()
        self.incoming.addItem(tr("The partner referred the survivor to us"), True)
        self.incoming.addItem(tr("We refer the survivor to the partner"), False)
        self.direction = QComboBox()
        for member, text in options(ReferralDirection):
            self.direction.addItem(text, member)
        self.services = CheckGrid(options(ServiceType), columns=2)
        self.urgency = QComboBox()
        for level, text in options(Urgency):
            self.urgency.addItem(text, level)
        self.referring_person = QLineEdit()
        self.external = QLineEdit()
        self._field(form, "to_agency", tr("Partner &agency:"), self.partner, tr("Partner agency"))
        self._field(form, "incoming", tr("&Who referred:"), self.incoming, tr("Who referred"))
        self._field(
            form, "direction", tr("&Direction:"), self.direction, tr("Referral direction"),
            tr("Suggested from the two agencies' kinds."),
        )
        self._field(form, "services", tr("Ser&vices:"), self.services, tr("Services requested"))
        self._field(form, "urgency", tr("&Urgency:"), self.urgency, tr("Urgency"))
        self._field(
            form, "referring_person", tr("Referring p&erson:"), self.referring_person,
            tr("Referring officer or worker"),
        )
        self._field(
            form, "external_case_number", tr("Their &case no.:"), self.external,
            tr("Partner's case or investigation number"),
        )
        if not self.partners:
            box.setChecked(False)
            box.setEnabled(False)
            form.insertRow(0, hint_label(tr(
                "There are no partner agencies yet: add them under Admin › Partners. "
                "Referrals can also be added later in the case."
            )))
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.incoming.currentIndexChanged.connect(self._partner_changed)
        self.direction.activated.connect(self._direction_activated)
        self.referral_box = box
        return box

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
        for lab in (*self.errors.values(), self.message):
            lab.clear()
            lab.setVisible(False)

    def show_error(self, error: BaseException) -> None:
        """The message under the field it names (focused), else under the form."""
        text = error_text(error)
        key = error.field if isinstance(error, ValidationError) else None
        target = self.errors.get(key or "", self.message)
        target.setText(text)
        target.setVisible(True)
        if key in self.widgets:
            self.widgets[key].setFocus()
        self.failed.emit(text)

    def done(self, result: int) -> None:
        """Closing, either way: nothing typed stays behind in the widgets."""
        for edit in (self.legal_name, self.preferred_name, self.languages, self.referring_person,
                     self.external):
            edit.clear()
        self.safe_contact.clear()
        self.dob.set_value(None)
        super().done(result)
