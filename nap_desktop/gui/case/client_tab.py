"""The Client tab: personal details, languages and interpreter, safe contact, location,
trafficking type and immigration relief. In discreet mode the personal fields are blank
and locked until the case is deliberately revealed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord, Client
from nap_desktop.domain.enums import ImmigrationRelief, TraffickingType
from nap_desktop.domain.rules import minor_by_birth_date, minor_today
from nap_desktop.gui.case.demographics import (
    DEMOGRAPHIC_KEYS,
    Demographics,
    demographic_values,
    demographics_box,
)
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.widgets.common import DateField, Guard, enum_data, hint_label, tr
from nap_desktop.gui.widgets.labels import options
from nap_desktop.services.cases import PersonalInput

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

PERSONAL_KEYS = (
    "legal_name",
    "preferred_name",
    "date_of_birth",
    "is_minor",
    "languages",
    "interpreter_needed",
    "contact_info",
    "safe_contact",
    "location",
    "continued_presence",
    "continued_presence_expires",
    "t_visa",
    "hhs_letter",
    *DEMOGRAPHIC_KEYS,
)


def relief_combo() -> QComboBox:
    combo = QComboBox()
    for member, text in options(ImmigrationRelief):
        combo.addItem(text, member)
    return combo


def text_box(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ClientForm(RecordForm):
    FIELDS = registry_fields(
        "client", "legal_name", "preferred_name", "date_of_birth", "is_minor", "languages",
        "interpreter_needed", "contact_info", ("safe_contact", "safe_contact_instructions"),
        "location", "trafficking_type", "continued_presence", "continued_presence_expires",
        "t_visa", "hhs_letter", *DEMOGRAPHIC_KEYS)
    PERSONAL = frozenset(PERSONAL_KEYS)
    WITHHELD: Mapping[str, str] = {
        key: "safe_contact_instructions" if key == "safe_contact" else key
        for key in PERSONAL_KEYS}

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Client details"), parent=parent)
        self.legal_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.dob = DateField(tr("Unknown"))
        self.minor = QCheckBox(tr("Under 18"))
        self.minor_hint = hint_label()
        #: The tick a person gave (or the one loaded): what the box shows while the date
        #: of birth is unknown.
        self._minor_choice = False
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(tr("e.g. Spanish, K'iche'"))
        self.interpreter = QCheckBox(tr("Needs an interpreter"))
        self.contact = text_box()
        self.safe_contact = text_box()
        self.location = text_box(48)
        self.trafficking = QComboBox()
        for member, text in options(TraffickingType):
            self.trafficking.addItem(text, member)
        self.cp = relief_combo()
        self.cp_expires = DateField(tr("No expiry recorded"))
        self.t_visa = relief_combo()
        self.hhs = relief_combo()
        self.masked_note = hint_label(
            tr("Personal details are hidden in discreet mode. Use “Reveal this case” "
               "above to see and edit them (this is recorded).")
        )
        self.form.addRow(self.masked_note)
        self.form.addRow(self._columns())

    def _columns(self) -> QWidget:
        person, relief = QGroupBox(tr("Personal details")), QGroupBox(tr("Case and immigration"))
        self.person_box = person
        left, right = QFormLayout(person), QFormLayout(relief)
        rows = (
            ("legal_name", tr("&Legal name:"), self.legal_name, tr("Legal name"), "", left),
            ("preferred_name", tr("&Preferred name:"), self.preferred_name,
             tr("Preferred name"), tr("The name the survivor uses; shown first."), left),
            ("date_of_birth", tr("Date of &birth:"), self.dob, tr("Date of birth"), "", left),
            ("is_minor", tr("&Minor:"), self.minor, tr("Minor"), "", left),
            ("languages", tr("Lan&guages:"), self.languages, tr("Languages"),
             tr("Separate languages with commas."), left),
            ("interpreter_needed", tr("&Interpreter:"), self.interpreter,
             tr("Interpreter needed"), "", left),
            ("contact_info", tr("&Contact:"), self.contact, tr("Contact details"), "", left),
            ("safe_contact", tr("Sa&fe contact:"), self.safe_contact,
             tr("Safe-contact instructions"),
             tr("When and how it is safe to call, text or visit."), left),
            ("location", tr("L&ocation:"), self.location, tr("Location"),
             tr("Counts as personal information under VAWA."), left),
            ("trafficking_type", tr("&Trafficking type:"), self.trafficking,
             tr("Trafficking type"), "", right),
            ("continued_presence", tr("Continued P&resence:"), self.cp,
             tr("Continued Presence"), "", right),
            ("continued_presence_expires", tr("CP e&xpires:"), self.cp_expires,
             tr("Continued Presence expires"), tr("Only for granted Continued Presence."), right),
            ("t_visa", tr("T &visa:"), self.t_visa, tr("T visa"), "", right),
            ("hhs_letter", tr("&HHS letter:"), self.hhs,
             tr("HHS certification or eligibility letter"),
             tr("Certification (adults) or eligibility letter (minors)."), right),
        )
        for key, text, widget, accessible, hint, form in rows:
            self.add_field(key, text, widget, accessible, hint=hint, form=form)
        column = self.rows["is_minor"][1].layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.indexOf(self.errors["is_minor"]), self.minor_hint)
        self.dob.changed.connect(self._follow_birth_date)
        self.minor.clicked.connect(self._minor_ticked)
        right_column = QVBoxLayout()
        right_column.addWidget(relief)
        self.demographics = Demographics()  # gender, race, sex, citizenship, source
        self.reported_box = demographics_box(self, self.demographics)
        right_column.addWidget(self.reported_box)
        right_column.addStretch(1)
        box = QWidget()
        columns = QHBoxLayout(box)
        columns.setContentsMargins(0, 0, 0, 0)
        left_column = QVBoxLayout()  # rows keep their height beside a taller right column
        left_column.addWidget(person)
        left_column.addStretch(1)
        columns.addLayout(left_column, 3)
        columns.addLayout(right_column, 2)
        return box

    def field_enabled(self, key: str) -> bool:
        if key == "continued_presence_expires":
            return enum_data(self.cp, ImmigrationRelief) is ImmigrationRelief.GRANTED
        if key == "is_minor":  # a known date of birth decides it
            return self.dob.value() is None
        return True

    def update_enabled(self) -> None:
        self.masked_note.setVisible(self.masked)
        self.person_box.setVisible(not self.masked)
        self.reported_box.setVisible(not self.masked)
        if not self.masked:
            self.cp_expires.setEnabled(self.field_enabled("continued_presence_expires"))
            by_hand = self.field_enabled("is_minor")
            self.minor.setEnabled(by_hand)
            hint = (
                tr("Tick if the survivor is under 18, even without a date of birth.")
                if by_hand
                else tr("Set from the date of birth. If the date is in doubt, set it to "
                        "“Unknown” and tick by hand.")
            )
            self.minor_hint.setText(hint)
            self.minor.setAccessibleDescription(hint)

    # --- the minor flag follows a known date of birth ----------------------------------

    def minor_by_birth(self, dob: date | None) -> bool | None:
        return minor_by_birth_date(dob, self.ws.today())

    def _minor_ticked(self, checked: bool) -> None:
        self._minor_choice = checked

    def _follow_birth_date(self) -> None:
        """Under 18 by the date of birth ticks the box, 18 or over unticks it (the service
        keeps the same rule). When the date becomes unknown the person's own tick is back,
        and a tick on show stays: a minor is never un-flagged unseen."""
        if self._filling or self.masked:
            return
        by_birth = self.minor_by_birth(self.dob.value())
        if by_birth is None:
            self.minor.setChecked(self._minor_choice or self.minor.isChecked())
        else:
            self.minor.setChecked(by_birth)

    def values_of(self, record: Client | None) -> Values:
        if record is None:
            return {
                "legal_name": "", "preferred_name": "", "date_of_birth": None, "is_minor": False,
                "languages": [], "interpreter_needed": False, "contact_info": "",
                "safe_contact": "", "location": "", "trafficking_type": TraffickingType.UNKNOWN,
                "continued_presence": ImmigrationRelief.NONE, "continued_presence_expires": None,
                "t_visa": ImmigrationRelief.NONE, "hhs_letter": ImmigrationRelief.NONE,
                **demographic_values(None),
            }
        p = record.personal
        return {
            "legal_name": p.legal_name,
            "preferred_name": p.preferred_name,
            "date_of_birth": p.date_of_birth,
            # A flag stored before the survivor turned 18 (or before the date was
            # corrected) shows, and is saved, as the date of birth says today.
            "is_minor": p.minor_on(self.ws.today()),
            "languages": list(p.languages),
            "interpreter_needed": p.interpreter_needed,
            "contact_info": p.contact_info,
            "safe_contact": p.safe_contact_instructions,
            "location": p.location,
            "trafficking_type": record.trafficking_type,
            "continued_presence": p.continued_presence,
            "continued_presence_expires": p.continued_presence_expires,
            "t_visa": p.t_visa,
            "hhs_letter": p.hhs_letter,
            **demographic_values(p),
        }

    def read_form(self) -> Values:
        languages = [x.strip() for x in self.languages.text().split(",")]
        return {
            "legal_name": self.legal_name.text(),
            "preferred_name": self.preferred_name.text(),
            "date_of_birth": self.dob.value(),
            "is_minor": self.minor.isChecked(),
            "languages": [x for x in languages if x],
            "interpreter_needed": self.interpreter.isChecked(),
            "contact_info": self.contact.toPlainText(),
            "safe_contact": self.safe_contact.toPlainText(),
            "location": self.location.toPlainText(),
            "trafficking_type": enum_data(self.trafficking, TraffickingType),
            "continued_presence": enum_data(self.cp, ImmigrationRelief),
            "continued_presence_expires": self.cp_expires.value(),
            "t_visa": enum_data(self.t_visa, ImmigrationRelief),
            "hhs_letter": enum_data(self.hhs, ImmigrationRelief),
            **self.demographics.read(),
        }

    def write_form(self, values: Values) -> None:
        self.legal_name.setText(values.get("legal_name") or "")
        self.preferred_name.setText(values.get("preferred_name") or "")
        self.dob.set_value(values.get("date_of_birth"))
        self._minor_choice = bool(values.get("is_minor"))
        self.minor.setChecked(
            minor_today(values.get("date_of_birth"), self._minor_choice, self.ws.today())
        )
        self.languages.setText(", ".join(values.get("languages") or []))
        self.interpreter.setChecked(bool(values.get("interpreter_needed")))
        self.contact.setPlainText(values.get("contact_info") or "")
        self.safe_contact.setPlainText(values.get("safe_contact") or "")
        self.location.setPlainText(values.get("location") or "")
        for combo, key, default in (
            (self.trafficking, "trafficking_type", TraffickingType.UNKNOWN),
            (self.cp, "continued_presence", ImmigrationRelief.NONE),
            (self.t_visa, "t_visa", ImmigrationRelief.NONE),
            (self.hhs, "hhs_letter", ImmigrationRelief.NONE),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values.get(key) or default)))
        self.cp_expires.set_value(values.get("continued_presence_expires"))
        self.demographics.write(values)

    def fetch(self) -> Client | None:
        return self.ws.cases.get_case(self.base.id).client if self.base else None

    def submit(self, values: Values) -> Client:
        assert self.base is not None
        personal = PersonalInput(
            legal_name=values["legal_name"],
            preferred_name=values["preferred_name"],
            date_of_birth=values["date_of_birth"],
            is_minor=values["is_minor"],
            languages=values["languages"],
            interpreter_needed=values["interpreter_needed"],
            contact_info=values["contact_info"],
            safe_contact_instructions=values["safe_contact"],
            location=values["location"],
            continued_presence=values["continued_presence"],
            continued_presence_expires=values["continued_presence_expires"],
            t_visa=values["t_visa"],
            hhs_letter=values["hhs_letter"],
            **{key: values[key] for key in DEMOGRAPHIC_KEYS},
            entered=self.entered_fields(),
        )
        return self.ws.cases.update_client(
            self.base.id,
            personal,
            trafficking_type=values["trafficking_type"],
            expected_revision=self.base.revision,
        )


class ClientTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Client"), parent=parent)
        self.form = ClientForm(workspace=workspace)
        self.connect_form(self.form)
        layout = QVBoxLayout(self)
        # The form takes the height: a message appearing uses the room above Save.
        layout.addWidget(self.form, 1)

    def forms(self) -> list[RecordForm]:
        return [self.form]

    def show_case(self, case: CaseRecord) -> None:
        self.form.rebind(case.client)
