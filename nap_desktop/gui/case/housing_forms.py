"""The placement form (HMIS dates, status by the placement life cycle) and the form that
adds a line to a placement's assistance ledger (exact money)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from nap_desktop.domain.entities import Placement
from nap_desktop.domain.enums import AssistanceKind, ExitDestination, PlacementStatus, ProgramType
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import PLACEMENT_TRANSITIONS, parse_money
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.widgets.common import DATE_FORMAT, DateField, bound_dates, enum_data, tr
from nap_desktop.gui.widgets.labels import label, options
from nap_desktop.services.housing import PlacementInput

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

PS = PlacementStatus
#: Where a new placement can start in its life cycle.
NEW_STATUSES = (PS.REFERRED, PS.WAITLISTED, PS.ACCEPTED, PS.STARTED, PS.MOVED_IN)


class PlacementForm(RecordForm):
    FIELDS = registry_fields(
        "placement", "program_type", "provider", "funding_source", "status", "referred_on",
        "start_date", "move_in_date", "expected_exit_date", "exit_date", "exit_destination",
        "safety_notes")
    PERSONAL = frozenset({"safety_notes"})
    WITHHELD: Mapping[str, str] = {"provider": "provider", "safety_notes": "safety_notes"}

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Placement"), parent=parent)
        self.client_id = ""
        self.program = QComboBox()
        for program, text in options(ProgramType):
            self.program.addItem(text, program)
        self.provider = QLineEdit()
        self.funding = QLineEdit()
        self.funding.setPlaceholderText(tr("e.g. OVC housing grant"))
        self.status = QComboBox()
        self.referred_on = DateField(tr("Not recorded"))
        self.start = DateField(tr("Not started"))
        self.move_in = DateField(tr("Not moved in"))
        self.expected_exit = DateField(tr("Not set"))
        self.exit = DateField(tr("Not exited"))
        self.destination = QComboBox()
        self.destination.addItem(tr("— choose —"), None)
        for destination, text in options(ExitDestination):
            self.destination.addItem(text, destination)
        self.safety = QPlainTextEdit()
        self.safety.setTabChangesFocus(True)
        self.safety.setFixedHeight(56)
        add = self.add_field
        add("program_type", tr("Pro&gram:"), self.program, tr("Program type"))
        add("provider", tr("Pro&vider:"), self.provider, tr("Housing provider"))
        add("funding_source", tr("F&unding:"), self.funding, tr("Funding source"))
        add("status", tr("S&tatus:"), self.status, tr("Placement status"),
            hint=tr("Only the next steps of the placement's life cycle are offered."))
        add("referred_on", tr("Re&ferred on:"), self.referred_on, tr("Referred on"))
        add("start_date", tr("Project st&art:"), self.start, tr("Project start date, HMIS 3.10"))
        add("move_in_date", tr("Mo&ve-in:"), self.move_in, tr("Housing move-in date, HMIS 3.20"),
            hint=tr("Only for rapid re-housing and permanent housing."))
        add("expected_exit_date", tr("E&xpected exit:"), self.expected_exit, tr("Expected exit"))
        add("exit_date", tr("&Exit:"), self.exit, tr("Exit date, HMIS 3.11"),
            hint=tr("Recorded together with the status “Exited”."))
        add("exit_destination", tr("&Destination:"), self.destination, tr("Exit destination"))
        add("safety_notes", tr("Safet&y notes:"), self.safety, tr("Safety notes"))
        self._fill_statuses(None)

    def _fill_statuses(self, current: PlacementStatus | None) -> None:
        was = self._filling
        self._filling = True
        self.status.clear()
        if current is None:
            for st in NEW_STATUSES:
                self.status.addItem(label(st), st)
        else:
            self.status.addItem(tr("%1 (now)").replace("%1", label(current)), current)
            for st in PS:
                if st in PLACEMENT_TRANSITIONS[current]:
                    self.status.addItem("→ " + label(st), st)
        self._filling = was

    def bind(self, record: Any | None) -> None:
        self._fill_statuses(record.status if record is not None else None)
        super().bind(record)

    def field_enabled(self, key: str) -> bool:
        if key == "move_in_date":
            program = enum_data(self.program, ProgramType)
            return program is not None and program.needs_move_in
        if key in ("exit_date", "exit_destination"):
            return enum_data(self.status, PS) is PS.EXITED
        return True

    def update_enabled(self) -> None:
        for key in ("move_in_date", "exit_date", "exit_destination"):
            self.widgets[key].setEnabled(self.field_enabled(key))

    def values_of(self, record: Placement | None) -> Values:
        if record is None:
            return {
                "program_type": ProgramType.EMERGENCY_SHELTER, "provider": "", "funding_source": "",
                "status": PS.REFERRED, "referred_on": self.ws.today(), "start_date": None,
                "move_in_date": None, "expected_exit_date": None, "exit_date": None,
                "exit_destination": None, "safety_notes": "",
            }
        return {
            "program_type": record.program_type, "provider": record.provider,
            "funding_source": record.funding_source, "status": record.status,
            "referred_on": record.referred_on, "start_date": record.start_date,
            "move_in_date": record.move_in_date, "expected_exit_date": record.expected_exit_date,
            "exit_date": record.exit_date, "exit_destination": record.exit_destination,
            "safety_notes": record.safety_notes,
        }

    def read_form(self) -> Values:
        # A field that does not apply (move-in for a shelter, exit before "Exited") is not
        # sent, so a value left behind in a locked field cannot block the save.
        return {
            "program_type": enum_data(self.program, ProgramType),
            "provider": self.provider.text(),
            "funding_source": self.funding.text(),
            "status": enum_data(self.status, PS),
            "referred_on": self.referred_on.value(),
            "start_date": self.start.value(),
            "move_in_date": self.move_in.value() if self.field_enabled("move_in_date") else None,
            "expected_exit_date": self.expected_exit.value(),
            "exit_date": self.exit.value() if self.field_enabled("exit_date") else None,
            "exit_destination": (
                enum_data(self.destination, ExitDestination)
                if self.field_enabled("exit_destination")
                else None
            ),
            "safety_notes": self.safety.toPlainText(),
        }

    def write_form(self, values: Values) -> None:
        self.program.setCurrentIndex(max(0, self.program.findData(values.get("program_type"))))
        self.provider.setText(values.get("provider") or "")
        self.funding.setText(values.get("funding_source") or "")
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status"))))
        self.referred_on.set_value(values.get("referred_on"))
        self.start.set_value(values.get("start_date"))
        self.move_in.set_value(values.get("move_in_date"))
        self.expected_exit.set_value(values.get("expected_exit_date"))
        self.exit.set_value(values.get("exit_date"))
        self.destination.setCurrentIndex(
            max(0, self.destination.findData(values.get("exit_destination")))
        )
        self.safety.setPlainText(values.get("safety_notes") or "")
        self.safety.setPlaceholderText(tr("Hidden in discreet mode") if self.masked else "")

    def fetch(self) -> Placement | None:
        case = self.ws.cases.get_case(self.client_id)
        return next((p for p in case.placements if self.base and p.id == self.base.id), None)

    def submit(self, values: Values) -> Placement:
        data = PlacementInput(
            program_type=values["program_type"], provider=values["provider"],
            funding_source=values["funding_source"], referred_on=values["referred_on"],
            start_date=values["start_date"], move_in_date=values["move_in_date"],
            expected_exit_date=values["expected_exit_date"], exit_date=values["exit_date"],
            exit_destination=values["exit_destination"], safety_notes=values["safety_notes"],
            entered=self.entered_fields(),
        )
        if self.base is None:
            return self.ws.housing.add_placement(
                self.client_id, data, values["status"]
            )
        status = values["status"] if values["status"] is not self.base.status else None
        return self.ws.housing.update_placement(
            self.base.id, data, status, expected_revision=self.base.revision
        )


def plain_date_edit() -> QDateEdit:
    edit = bound_dates(QDateEdit(QDate.currentDate()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class AssistanceForm(RecordForm):
    """Adds one line to the selected placement's ledger."""

    ADD_ONLY = True
    FIELDS = registry_fields("placement.ledger", "kind", ("amount", "amount_cents"),
                             "paid_on", "note")

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("New assistance entry"),
                         save_text=tr("Add &entry"), revert_text=tr("C&lear"), parent=parent)
        self.placement_id: str | None = None
        self.kind = QComboBox()
        for member, text in options(AssistanceKind):
            self.kind.addItem(text, member)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("e.g. 1,250.00"))
        self.paid_on = plain_date_edit()
        self.paid_on.dateChanged.connect(self.on_edit)
        self.note = QLineEdit()
        self.add_field("kind", tr("&Kind:"), self.kind, tr("Assistance kind"))
        self.add_field("amount", tr("A&mount:"), self.amount, tr("Amount in dollars"))
        self.add_field("paid_on", tr("&Paid on:"), self.paid_on, tr("Date paid"))
        self.add_field("note", tr("N&ote:"), self.note, tr("Ledger note"))
        self.bind(None)

    def values_of(self, record: Any | None) -> Values:
        return {"kind": AssistanceKind.RENT, "amount": "", "paid_on": self.ws.today(),
                "note": ""}

    def read_form(self) -> Values:
        return {"kind": enum_data(self.kind, AssistanceKind), "amount": self.amount.text().strip(),
                "paid_on": self.paid_on.date().toPython(), "note": self.note.text()}

    def write_form(self, values: Values) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.amount.setText(values.get("amount") or "")
        when: date = values.get("paid_on") or self.ws.today()
        self.paid_on.setDate(QDate(when.year, when.month, when.day))
        self.note.setText(values.get("note") or "")

    def fetch(self) -> None:
        return None

    def submit(self, values: Values) -> Placement:
        if self.placement_id is None:
            raise ValidationError(tr("Save the placement first."), field="amount")
        return self.ws.housing.add_assistance(
            self.placement_id,
            kind=values["kind"],
            amount_cents=parse_money(values["amount"], field="amount"),
            paid_on=values["paid_on"],
            note=values["note"],
        )
