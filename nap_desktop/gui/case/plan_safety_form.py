"""The safety plan: seven items (contact risk from the trafficker, safe contacts, code
word, safe places, technology safety, protective-order status, emergency numbers), how
many are filled ("4 of 7"), Save / Revert with the case's unsaved-changes guard.

In discreet mode the code word, the safe contacts and the safe places are hidden (their
rows go, not just their text): they are what a trafficker looking over a shoulder wants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from nap_desktop.domain.enums import ContactRisk, ProtectiveOrder
from nap_desktop.domain.services_entities import SAFETY_ITEMS, SafetyPlan, SafetyPlanInput
from nap_desktop.gui.case.client_tab import text_box
from nap_desktop.gui.case.form import RecordForm, Values
from nap_desktop.gui.widgets.common import enum_data, tr
from nap_desktop.gui.widgets.labels import options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

TEXTS = ("safe_contacts", "code_word", "safe_places", "technology_safety", "emergency_numbers")


def combo(enum: Any) -> QComboBox:
    box = QComboBox()
    for member, text in options(enum):
        box.addItem(text, member)
    return box


def filled(values: Values) -> int:
    """How many of the seven items are filled (as ``SafetyPlan.filled`` counts them)."""
    risk = values.get("contact_risk")
    return sum((risk is not None and risk is not ContactRisk.UNKNOWN,
                *(bool(str(values.get(k) or "").strip()) for k in TEXTS),
                values.get("protective_order") is not None))


class SafetyPlanForm(RecordForm):
    FIELDS: tuple[tuple[str, str], ...] = (
        ("contact_risk", str(QT_TRANSLATE_NOOP("CaseEditors", "Contact risk from the trafficker"))),
        ("safe_contacts", str(QT_TRANSLATE_NOOP("CaseEditors", "Safe contacts"))),
        ("code_word", str(QT_TRANSLATE_NOOP("CaseEditors", "Code word"))),
        ("safe_places", str(QT_TRANSLATE_NOOP("CaseEditors", "Safe places"))),
        ("technology_safety", str(QT_TRANSLATE_NOOP("CaseEditors", "Technology safety"))),
        ("protective_order", str(QT_TRANSLATE_NOOP("CaseEditors", "Protective order"))),
        ("emergency_numbers", str(QT_TRANSLATE_NOOP("CaseEditors", "Emergency numbers"))),
    )
    PERSONAL = frozenset({"safe_contacts", "code_word", "safe_places"})

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Safety plan"),
                         save_text=tr("Save safet&y plan"), parent=parent)
        self.client_id: str | None = None
        self.reviewed_on: Any = None
        self.progress = QLabel()
        self.progress.setObjectName("sectionTitle")
        self.progress.setAccessibleName(tr("Safety plan items filled"))
        self.risk = combo(ContactRisk)
        self.safe_contacts = text_box(40)
        self.code_word = QLineEdit()
        self.safe_places = text_box(40)
        self.technology = text_box(40)
        self.order = combo(ProtectiveOrder)
        self.numbers = text_box(40)
        self.masked_note = QLabel(tr("Discreet mode: the code word, safe contacts and safe "
                                     "places are hidden. Reveal this case to see them."))
        self.masked_note.setObjectName("hint")
        self.masked_note.setWordWrap(True)
        self.form.addRow(self.progress)
        self.form.addRow(self.masked_note)
        rows = (
            ("contact_risk", tr("Contact ris&k:"), self.risk,
             tr("Contact risk from the trafficker"),
             tr("How likely the trafficker or associates are to reach out.")),
            ("safe_contacts", tr("Safe co&ntacts:"), self.safe_contacts, tr("Safe contacts"),
             ""),
            ("code_word", tr("Code &word:"), self.code_word, tr("Code word"), ""),
            ("safe_places", tr("Safe pl&aces:"), self.safe_places, tr("Safe places"), ""),
            ("technology_safety", tr("Technolog&y safety:"), self.technology,
             tr("Technology safety"),
             tr("Phone, location sharing, social media, shared accounts.")),
            ("protective_order", tr("Protective or&der:"), self.order,
             tr("Protective order status"), ""),
            ("emergency_numbers", tr("E&mergency numbers:"), self.numbers,
             tr("Emergency numbers"), ""),
        )
        for key, text, widget, accessible, hint in rows:
            self.add_field(key, text, widget, accessible, hint=hint)
        # Said on hover and to a screen reader: the form fits a laptop screen without them.
        for widget, text in ((self.safe_contacts,
                              tr("People the survivor can call when in danger.")),
                             (self.code_word,
                              tr("The word that means “I am not safe, call for help”."))):
            widget.setToolTip(text)
            widget.setAccessibleDescription(text)
        self.changed_progress()
        self.dirty_changed.connect(lambda _d: self.changed_progress())

    def update_enabled(self) -> None:
        self.masked_note.setVisible(self.masked)
        self.changed_progress()

    def changed_progress(self) -> None:
        count = filled(self.current_values()) if self.client_id else 0
        self.progress.setText(tr("Safety plan: %1 of %2 items filled").replace(
            "%1", str(count)).replace("%2", str(len(SAFETY_ITEMS))))

    def values_of(self, record: SafetyPlan | None) -> Values:
        if record is None:
            return {"contact_risk": ContactRisk.UNKNOWN, "safe_contacts": "", "code_word": "",
                    "safe_places": "", "technology_safety": "",
                    "protective_order": ProtectiveOrder.NONE, "emergency_numbers": ""}
        return {"contact_risk": record.contact_risk, "safe_contacts": record.safe_contacts,
                "code_word": record.code_word, "safe_places": record.safe_places,
                "technology_safety": record.technology_safety,
                "protective_order": record.protective_order,
                "emergency_numbers": record.emergency_numbers}

    def read_form(self) -> Values:
        return {"contact_risk": enum_data(self.risk, ContactRisk),
                "safe_contacts": self.safe_contacts.toPlainText(),
                "code_word": self.code_word.text(),
                "safe_places": self.safe_places.toPlainText(),
                "technology_safety": self.technology.toPlainText(),
                "protective_order": enum_data(self.order, ProtectiveOrder),
                "emergency_numbers": self.numbers.toPlainText()}

    def write_form(self, values: Values) -> None:
        self.risk.setCurrentIndex(max(0, self.risk.findData(
            values.get("contact_risk") or ContactRisk.UNKNOWN)))
        self.safe_contacts.setPlainText(values.get("safe_contacts") or "")
        self.code_word.setText(values.get("code_word") or "")
        self.safe_places.setPlainText(values.get("safe_places") or "")
        self.technology.setPlainText(values.get("technology_safety") or "")
        self.order.setCurrentIndex(max(0, self.order.findData(
            values.get("protective_order") or ProtectiveOrder.NONE)))
        self.numbers.setPlainText(values.get("emergency_numbers") or "")

    def fetch(self) -> SafetyPlan | None:
        return self.ws.plans.get(self.client_id).safety_plan if self.client_id else None

    def submit(self, values: Values) -> SafetyPlan:
        assert self.client_id is not None
        data = SafetyPlanInput(
            contact_risk=values["contact_risk"], safe_contacts=values["safe_contacts"].strip(),
            code_word=values["code_word"].strip(), safe_places=values["safe_places"].strip(),
            technology_safety=values["technology_safety"].strip(),
            emergency_numbers=values["emergency_numbers"].strip(),
            protective_order=values["protective_order"], reviewed_on=self.reviewed_on)
        return self.ws.plans.save_safety_plan(
            self.client_id, data, expected_revision=self.base.revision if self.base else None)
