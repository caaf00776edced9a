"""Forms of the Restitution tab: open a matter, the amounts (losses claimed, ordered), one
checklist step, and a money entry (collected or disbursed). Money is parsed exactly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from nap_desktop.domain.entities import RestitutionMatter, RestitutionStep
from nap_desktop.domain.enums import MoneyEventKind, StepStatus
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import format_cents, parse_money
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.case.housing_forms import plain_date_edit
from nap_desktop.gui.widgets.common import DateField, enum_data, tr
from nap_desktop.gui.widgets.labels import options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def money_text(cents: int) -> str:
    """Cents as an editable amount: "1,234.56" (no currency sign)."""
    return format_cents(cents).replace("$", "")


def money_value(text: str, field: str) -> int | str:
    """The amount in cents when it parses, else the raw text (the save shows the problem)."""
    try:
        return parse_money(text, field=field)
    except ValidationError:
        return text.strip()


def cents(value: int | str, field: str) -> int:
    return value if isinstance(value, int) else parse_money(value, field=field)


class MatterForm(RecordForm):
    """Opens a new matter with its ten-step checklist."""

    FIELDS = registry_fields("restitution", "court", "docket_number", "defendant", "statute",
                             ("losses_claimed", "losses_claimed_cents"))

    def __init__(
        self, *, workspace: Workspace, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, title=tr("New restitution matter"),
                         save_text=tr("&Open matter"), parent=parent)
        self.client_id = client_id
        self.court = QLineEdit()
        self.court.setPlaceholderText(tr("e.g. U.S. District Court, District of Example"))
        self.docket = QLineEdit()
        self.defendant = QLineEdit()
        self.defendant.setPlaceholderText(tr("As listed on the docket"))
        self.statute = QComboBox()
        self.statute.setEditable(True)
        self.statute.addItems(["18 U.S.C. 1593", "18 U.S.C. 3663A", tr("State law")])
        self.losses = QLineEdit()
        self.losses.setPlaceholderText(tr("e.g. 12,500.00 (can be added later)"))
        self.add_field("court", tr("&Court:"), self.court, tr("Court"))
        self.add_field("docket_number", tr("&Docket no.:"), self.docket, tr("Docket number"))
        self.add_field("defendant", tr("De&fendant:"), self.defendant, tr("Defendant"))
        self.add_field("statute", tr("&Statute:"), self.statute, tr("Statute"),
                       hint=tr("18 U.S.C. 1593: mandatory restitution of the full loss."))
        self.add_field("losses_claimed", tr("&Losses claimed:"), self.losses,
                       tr("Losses claimed in dollars"))
        self.bind(None)

    def values_of(self, record: Any | None) -> Values:
        return {"court": "", "docket_number": "", "defendant": "", "statute": "18 U.S.C. 1593",
                "losses_claimed": ""}

    def read_form(self) -> Values:
        return {"court": self.court.text(), "docket_number": self.docket.text(),
                "defendant": self.defendant.text(), "statute": self.statute.currentText(),
                "losses_claimed": self.losses.text().strip()}

    def write_form(self, values: Values) -> None:
        self.court.setText(values.get("court") or "")
        self.docket.setText(values.get("docket_number") or "")
        self.defendant.setText(values.get("defendant") or "")
        self.statute.setCurrentText(values.get("statute") or "")
        self.losses.setText(values.get("losses_claimed") or "")

    def is_dirty(self) -> bool:
        return True  # the service says what is missing

    def fetch(self) -> None:
        return None

    def submit(self, values: Values) -> RestitutionMatter:
        losses = values["losses_claimed"]
        return self.ws.restitution.open_matter(
            self.client_id,
            court=values["court"],
            docket_number=values["docket_number"],
            defendant=values["defendant"],
            statute=values["statute"],
            losses_claimed_cents=parse_money(losses, field="losses_claimed") if losses else 0,
        )


class AmountsForm(RecordForm):
    FIELDS = registry_fields("restitution", ("losses_claimed", "losses_claimed_cents"),
                             ("ordered", "ordered_cents"))

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Amounts"), parent=parent)
        self.client_id = ""
        self.losses = QLineEdit()
        self.ordered = QLineEdit()
        self.add_field("losses_claimed", tr("Losses &claimed:"), self.losses,
                       tr("Losses claimed in dollars"))
        self.add_field("ordered", tr("&Ordered:"), self.ordered,
                       tr("Restitution ordered in dollars"),
                       hint=tr("The final amount may be set up to 90 days after sentencing."))

    def values_of(self, record: RestitutionMatter | None) -> Values:
        if record is None:
            return {"losses_claimed": 0, "ordered": 0}
        return {"losses_claimed": record.losses_claimed_cents, "ordered": record.ordered_cents}

    def read_form(self) -> Values:
        return {"losses_claimed": money_value(self.losses.text(), "losses_claimed"),
                "ordered": money_value(self.ordered.text(), "ordered")}

    def write_form(self, values: Values) -> None:
        for edit, key in ((self.losses, "losses_claimed"), (self.ordered, "ordered")):
            value = values.get(key, 0)
            edit.setText(money_text(value) if isinstance(value, int) else str(value))

    def render_value(self, key: str, value: Any) -> str:
        return format_cents(value) if isinstance(value, int) else str(value)

    def fetch(self) -> RestitutionMatter | None:
        case = self.ws.cases.get_case(self.client_id)
        return next((m for m in case.restitution if self.base and m.id == self.base.id), None)

    def submit(self, values: Values) -> RestitutionMatter:
        assert self.base is not None
        return self.ws.restitution.set_amounts(
            self.base.id,
            losses_claimed_cents=cents(values["losses_claimed"], "losses_claimed"),
            ordered_cents=cents(values["ordered"], "ordered"),
            expected_revision=self.base.revision,
        )


class StepForm(RecordForm):
    """One step of the checklist: status, due date, completion date, note."""

    FIELDS = registry_fields("restitution.steps", "status", "due_on", "completed_on", "note")

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Restitution step"),
                         save_text=tr("&Save step"), parent=parent)
        self.client_id = ""
        self.matter_id = ""
        self.status = QComboBox()
        for member, text in options(StepStatus):
            self.status.addItem(text, member)
        self.due = DateField(tr("No due date"))
        self.completed = DateField(tr("Today when saved"))
        self.note = QLineEdit()
        self.add_field("status", tr("S&tatus:"), self.status, tr("Step status"))
        self.add_field("due_on", tr("D&ue:"), self.due, tr("Due date"))
        self.add_field("completed_on", tr("Com&pleted:"), self.completed, tr("Completed on"))
        self.add_field("note", tr("&Note:"), self.note, tr("Step note"))

    def field_enabled(self, key: str) -> bool:
        if key == "completed_on":
            return enum_data(self.status, StepStatus) is StepStatus.DONE
        return True

    def update_enabled(self) -> None:
        self.completed.setEnabled(self.field_enabled("completed_on"))

    def values_of(self, record: RestitutionStep | None) -> Values:
        if record is None:
            return {"status": StepStatus.PENDING, "due_on": None, "completed_on": None, "note": ""}
        return {"status": record.status, "due_on": record.due_on,
                "completed_on": record.completed_on, "note": record.note}

    def read_form(self) -> Values:
        done = self.field_enabled("completed_on")
        return {"status": enum_data(self.status, StepStatus), "due_on": self.due.value(),
                "completed_on": self.completed.value() if done else None,
                "note": self.note.text()}

    def write_form(self, values: Values) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status"))))
        self.due.set_value(values.get("due_on"))
        self.completed.set_value(values.get("completed_on"))
        self.note.setText(values.get("note") or "")

    def fetch(self) -> RestitutionStep | None:
        """The step as stored now (after someone else saved it)."""
        if self.base is None:
            return None
        for matter in self.ws.cases.get_case(self.client_id).restitution:
            if matter.id == self.matter_id:
                return next((s for s in matter.steps if s.id == self.base.id), None)
        return None

    def submit(self, values: Values) -> RestitutionStep:
        assert self.base is not None
        matter = self.ws.restitution.update_step(
            self.matter_id, self.base.id, status=values["status"], due_on=values["due_on"],
            completed_on=values["completed_on"], note=values["note"], expected=self.base,
        )
        step: RestitutionStep = next(s for s in matter.steps if s.id == self.base.id)
        return step


class MoneyForm(RecordForm):
    """Money collected by the clerk or disbursed to the survivor."""

    ADD_ONLY = True
    FIELDS = registry_fields("restitution.money", "kind", ("amount", "amount_cents"), "on",
                             "note")

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("New money entry"),
                         save_text=tr("Add &entry"), revert_text=tr("C&lear"), parent=parent)
        self.matter_id = ""
        self.kind = QComboBox()
        for member, text in options(MoneyEventKind):
            self.kind.addItem(text, member)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("e.g. 250.00"))
        self.on = plain_date_edit()
        self.on.dateChanged.connect(self.on_edit)
        self.note = QLineEdit()
        self.add_field("kind", tr("&Kind:"), self.kind, tr("Collected or disbursed"))
        self.add_field("amount", tr("A&mount:"), self.amount, tr("Amount in dollars"))
        self.add_field("on", tr("&Date:"), self.on, tr("Date of the payment"))
        self.add_field("note", tr("Pa&yment note:"), self.note, tr("Money note"))
        self.bind(None)

    def values_of(self, record: Any | None) -> Values:
        return {"kind": MoneyEventKind.COLLECTED, "amount": "", "on": self.ws.today(),
                "note": ""}

    def read_form(self) -> Values:
        return {"kind": enum_data(self.kind, MoneyEventKind), "amount": self.amount.text().strip(),
                "on": self.on.date().toPython(), "note": self.note.text()}

    def write_form(self, values: Values) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.amount.setText(values.get("amount") or "")
        when = values.get("on") or self.ws.today()
        self.on.setDate(QDate(when.year, when.month, when.day))
        self.note.setText(values.get("note") or "")

    def fetch(self) -> None:
        return None

    def submit(self, values: Values) -> RestitutionMatter:
        return self.ws.restitution.record_money(
            self.matter_id, kind=values["kind"],
            amount_cents=parse_money(values["amount"], field="amount"),
            on=values["on"], note=values["note"],
        )
