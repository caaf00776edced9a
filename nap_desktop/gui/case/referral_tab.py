"""The Referral tab: the client's referrals, status changes as explicit actions (only the
ones the state machine allows), the status history, and the editable details."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import moments
from nap_desktop.domain.entities import CaseRecord, Referral, StatusChange
from nap_desktop.domain.enums import ReferralStatus, ReleaseStatus, Role, ServiceType, Urgency
from nap_desktop.domain.rules import allowed_transitions, role_at_least
from nap_desktop.gui.case.form import RecordForm, Values, registry_fields
from nap_desktop.gui.case.models import RowsModel
from nap_desktop.gui.case.referral_list import ReferralList, is_outgoing
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.case.transition import (
    ACTION_ORDER,
    TransitionDialog,
    action_text,
    actions_hint,
    export_hint,
    our_sides,
    partner_of,
)
from nap_desktop.gui.widgets.common import (
    MASK,
    CheckGrid,
    Guard,
    chip,
    enum_data,
    fmt_date,
    fmt_time,
    hint_label,
    set_chip,
    tr,
)
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

STATUS_TONE = {
    ReferralStatus.DRAFT: "neutral",
    ReferralStatus.SENT: "info",
    ReferralStatus.RECEIVED: "info",
    ReferralStatus.ACCEPTED: "good",
    ReferralStatus.IN_PROGRESS: "good",
    ReferralStatus.COMPLETED: "good",
    ReferralStatus.DECLINED: "bad",
    ReferralStatus.WITHDRAWN: "bad",
    ReferralStatus.EXPIRED: "bad",
}


def partner_name(case: CaseRecord, ref: Referral) -> str:
    """The other agency of a referral (ours is either end)."""
    to = case.agencies.get(ref.to_agency_id)
    other = case.agencies.get(ref.from_agency_id) if to is not None and to.is_self else to
    return other.name if other is not None else tr("Unknown agency")


class TimelineModel(RowsModel):
    """The status history of one referral, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("When"), tr("Change"), tr("By"), tr("Reason")], parent)
        self.users: dict[str, str] = {}
        self.masked = False

    def display(self, row: StatusChange, column: int) -> str:
        if column == 0:
            return fmt_time(row.at)
        if column == 1:
            if row.from_status is None:
                return tr("Created as %1").replace("%1", label(row.to_status))
            return f"{label(row.from_status)} → {label(row.to_status)}"
        if column == 2:
            return self.users.get(row.by_user_id or "", tr("(another agency)"))
        reason = label(row.reason) if row.reason else ""
        text = MASK if self.masked and row.reason_text else row.reason_text
        return ": ".join(x for x in (reason, text) if x)

    def row_id(self, row: StatusChange) -> str:
        return row.at.isoformat()


class ReferralForm(RecordForm):
    FIELDS = registry_fields("referral", "services", "urgency", "referring_person",
                             "external_case_number", "safety_notes", "release_id")
    PERSONAL = frozenset({"safety_notes"})
    #: the withholdable fields of a referral (``domain.consent``), by form key
    WITHHELD: Mapping[str, str] = {"safety_notes": "safety_notes",
                                   "referring_person": "referring_person",
                                   "external_case_number": "external_case_number"}

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, title=tr("Referral details"), parent=parent)
        self.client_id = ""
        self.services = CheckGrid(options(ServiceType), columns=3)
        self.urgency = QComboBox()
        for member, text in options(Urgency):
            self.urgency.addItem(text, member)
        self.referring_person = QLineEdit()
        self.external = QLineEdit()
        self.safety = QPlainTextEdit()
        self.safety.setTabChangesFocus(True)
        self.safety.setFixedHeight(64)
        self.release = QComboBox()
        self.add_field("services", tr("Ser&vices:"), self.services, tr("Services requested"))
        self.add_field("urgency", tr("&Urgency:"), self.urgency, tr("Urgency"))
        self.add_field(
            "referring_person", tr("Referring &person:"), self.referring_person,
            tr("Referring officer or worker"),
        )
        self.add_field(
            "external_case_number", tr("Their &case no.:"), self.external,
            tr("Partner's case or investigation number"),
        )
        self.add_field("safety_notes", tr("Sa&fety notes:"), self.safety, tr("Safety notes"))
        self.add_field(
            "release_id", tr("Re&lease used:"), self.release, tr("Release of information used"),
            hint=tr("Only active releases to this partner can be chosen."),
        )

    def set_release_options(self, case: CaseRecord, ref: Referral | None) -> None:
        """The releases a referral may cite: the active ones for its receiving agency,
        and always the one it cites now and the one chosen in the form (even expired,
        revoked or made out to another agency: showing "None" instead would read as an
        edit, and saving it would drop the link). The choice in the form is kept while
        it shows the same referral."""
        same = ref is not None and self.base is not None and self.base.id == ref.id
        chosen = self.release.currentData() if same else None  # another referral: its own
        self._filling = True
        try:
            self.release.clear()
            self.release.addItem(tr("None"), None)
            # The partner is the other end, whichever way the referral goes.
            partner = "" if ref is None else (
                ref.to_agency_id if is_outgoing(case, ref) else ref.from_agency_id)
            for rel in case.releases:
                usable = rel.recipient_agency_id == partner
                in_use = ref is not None and rel.id == ref.release_id
                if in_use or rel.id == chosen or (usable and rel.status is ReleaseStatus.ACTIVE):
                    self.release.addItem(self._release_text(rel), rel.id)
            self.release.setCurrentIndex(max(0, self.release.findData(chosen)))
        finally:
            self._filling = False

    @staticmethod
    def _release_text(rel: Any) -> str:
        """"Active, expires 1 Mar 2027"; "Expired 30 Apr 2026"; "Revoked"…"""
        day = fmt_date(rel.expires_on)
        if rel.status is ReleaseStatus.ACTIVE:
            return tr("%1, expires %2").replace("%1", label(rel.status)).replace("%2", day)
        if rel.status is ReleaseStatus.EXPIRED:
            return tr("Expired %1").replace("%1", day)
        return label(rel.status)

    def values_of(self, record: Referral | None) -> Values:
        if record is None:
            return {
                "services": frozenset(), "urgency": Urgency.ROUTINE, "referring_person": "",
                "external_case_number": "", "safety_notes": "", "release_id": None,
            }
        return {
            "services": frozenset(record.services),
            "urgency": record.urgency,
            "referring_person": record.referring_person,
            "external_case_number": record.external_case_number,
            "safety_notes": record.safety_notes,
            "release_id": record.release_id,
        }

    def read_form(self) -> Values:
        return {
            "services": self.services.values(),
            "urgency": enum_data(self.urgency, Urgency),
            "referring_person": self.referring_person.text(),
            "external_case_number": self.external.text(),
            "safety_notes": self.safety.toPlainText(),
            "release_id": self.release.currentData(),
        }

    def write_form(self, values: Values) -> None:
        self.services.set_values(values.get("services") or ())
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(values.get("urgency"))))
        self.referring_person.setText(values.get("referring_person") or "")
        self.external.setText(values.get("external_case_number") or "")
        self.safety.setPlainText(values.get("safety_notes") or "")
        self.safety.setPlaceholderText(tr("Hidden in discreet mode") if self.masked else "")
        self.release.setCurrentIndex(max(0, self.release.findData(values.get("release_id"))))

    def render_value(self, key: str, value: Any) -> str:
        if key == "release_id":
            index = self.release.findData(value)
            return self.release.itemText(index) if index >= 0 else tr("None")
        return super().render_value(key, value)

    def fetch(self) -> Referral | None:
        case = self.ws.cases.get_case(self.client_id)
        return next((r for r in case.referrals if self.base and r.id == self.base.id), None)

    def submit(self, values: Values) -> Referral:
        assert self.base is not None
        return self.ws.referrals.update(
            self.base.id,
            services=values["services"],
            urgency=values["urgency"],
            referring_person=values["referring_person"],
            external_case_number=values["external_case_number"],
            safety_notes=values["safety_notes"],
            release_id=values["release_id"],
            expected_revision=self.base.revision,
            entered=self.entered_fields(),
        )


class ReferralTab(CaseTab):
    def __init__(
        self, *, workspace: Workspace, guard: Guard, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Referral"), parent=parent)
        #: Runs a dialog modally; tests replace it to fill the dialog in and submit.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: TransitionDialog | None = None
        self.selector = QComboBox()
        self.selector.setMinimumWidth(360)
        self.selector.activated.connect(self._selector_activated)
        #: The case's referrals, newest first: choosing a row shows it (the hidden combo
        #: box above keeps which one is shown, for the code that reads it).
        self.referral_list = ReferralList()
        self.referral_list.chosen.connect(self._list_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Referral summary"))
        self.status_chip = chip("")
        self.empty = hint_label(tr("This case has no referrals yet."))
        self.action_buttons: dict[ReferralStatus, QPushButton] = {}
        self.actions_box = QGroupBox(tr("Change status"))
        self.actions_row = QHBoxLayout(self.actions_box)
        self.closed_hint = hint_label()
        self.export_button = QPushButton(tr("Exp&ort to partner…"))
        self.export_button.setAccessibleName(tr("Export this referral to the partner"))
        self.export_button.setToolTip(tr("Opens Transfer > Export with this partner and this "
                                         "referral chosen."))
        self.export_button.clicked.connect(self.export_referral)
        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setAccessibleName(tr("Status history"))
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.timeline_view.setWordWrap(True)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.form = ReferralForm(workspace=workspace)
        self.connect_form(self.form)
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        add_label = QLabel(tr("Re&ferrals:"))
        add_label.setBuddy(self.referral_list.view)
        self.selector.setAccessibleName(tr("Referral"))
        self.selector.hide()
        top.addWidget(add_label)
        top.addWidget(self.selector)
        top.addStretch(1)
        chosen = QHBoxLayout()  # the chosen referral: its status, then what it is
        chosen.addWidget(self.status_chip)
        chosen.addWidget(self.summary, 1)
        history_box = QGroupBox(tr("Status history"))
        QVBoxLayout(history_box).addWidget(self.timeline_view)
        details_box = QGroupBox(tr("Details"))
        QVBoxLayout(details_box).addWidget(self.form)
        columns = QHBoxLayout()
        columns.addWidget(details_box, 1)
        columns.addWidget(history_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.referral_list)
        layout.addLayout(chosen)
        layout.addWidget(self.empty)
        layout.addWidget(self.actions_box)
        layout.addLayout(columns, 1)

    # --- data ---------------------------------------------------------------------------

    def forms(self) -> list[RecordForm]:
        return [self.form]

    def referral(self) -> Referral | None:
        ref_id = self.selector.currentData()
        if self.case is None or ref_id is None:
            return None
        return next((r for r in self.case.referrals if r.id == ref_id), None)

    def selected_id(self) -> str | None:
        return self.selector.currentData()  # type: ignore[no-any-return]

    def select(self, record_id: str | None) -> None:
        index = self.selector.findData(record_id)
        if index >= 0:
            self.selector.setCurrentIndex(index)
            self._show_referral(rebind=False)

    def show_referral(self, record_id: str) -> bool:
        """Show this referral, through the unsaved-changes guard when another one has
        edits. False when it stays on the other one (the person chose to)."""
        if self.selector.findData(record_id) < 0:
            return False
        if self.selector.currentData() == record_id:
            return True
        if not self.guard.leave(self.form, self):
            return False
        self.select(record_id)
        return True

    def show_case(self, case: CaseRecord) -> None:
        current = self.selector.currentData()
        self.selector.clear()
        for ref in case.referrals:
            sender = case.agencies.get(ref.from_agency_id)
            outgoing = sender is not None and sender.is_self
            text = tr("To %1 · %2 · %3") if outgoing else tr("From %1 · %2 · %3")
            self.selector.addItem(
                text.replace("%1", partner_name(case, ref))
                .replace("%2", label(ref.status))
                .replace("%3", fmt_date(moments.local(ref.created_at).date())),
                ref.id,
            )
        index = self.selector.findData(current)
        self.selector.setCurrentIndex(index if index >= 0 else self.selector.count() - 1)
        self.form.client_id = case.client.id
        self.timeline.users = {u.id: u.display_name for u in case.users.values()}
        self.referral_list.show_case(case, self.selector.currentData())
        self._show_referral(rebind=True)

    def _selector_activated(self, _index: int) -> None:
        ref = self.referral()
        if ref is not None and self.form.base is not None and ref.id == self.form.base.id:
            return
        if not self.guard.leave(self.form, self):
            previous = self.form.base.id if self.form.base is not None else None
            self.selector.setCurrentIndex(max(0, self.selector.findData(previous)))
            return
        self._show_referral(rebind=False)

    def _list_chosen(self, referral_id: str) -> None:
        """A row of the list was chosen: show it (through the unsaved-changes guard)."""
        if not self.show_referral(referral_id):
            self.referral_list.select(self.selector.currentData())

    def _show_referral(self, *, rebind: bool) -> None:
        ref = self.referral()
        has = ref is not None
        self.referral_list.select(ref.id if ref else None)
        for widget in (self.summary, self.actions_box, self.form, self.status_chip):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.timeline.masked = self.masked
        self.timeline.set_rows(list(reversed(ref.history)) if ref else [])
        if ref is None or self.case is None:
            self.form.clear_sensitive()
            return
        self.summary.setText(self._summary_text(self.case, ref))
        set_chip(self.status_chip, label(ref.status), STATUS_TONE[ref.status])
        self._show_actions(ref)
        same = self.form.base is not None and self.form.base.id == ref.id
        if not (rebind and same and self.form.is_dirty()):
            self.form.set_release_options(self.case, ref)
        if rebind and same:
            self.form.rebind(ref)
        else:
            self.form.bind(ref)

    def _summary_text(self, case: CaseRecord, ref: Referral) -> str:
        sender = case.agencies.get(ref.from_agency_id)
        receiver = case.agencies.get(ref.to_agency_id)
        parts = [
            tr("From %1 to %2").replace("%1", sender.name if sender else "?")
            .replace("%2", receiver.name if receiver else "?"),
            label(ref.direction),
            tr("opened %1").replace("%1", fmt_date(moments.local(ref.created_at).date())),
        ]
        if ref.outcome is not None:
            parts.append(tr("outcome: %1").replace("%1", label(ref.outcome)))
        return " · ".join(parts)

    def _show_actions(self, ref: Referral) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.actions_row.removeWidget(self.closed_hint)
        self.action_buttons = {}
        assert self.case is not None
        sides = our_sides(self.case, ref)
        allowed = allowed_transitions(ref.status, sides)
        user = self.ws.user
        may_send = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        for target in (t for t in ACTION_ORDER if t in allowed):
            button = QPushButton(action_text(target))
            button.setAccessibleName(action_text(target).replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _c=False, t=target: self.request_transition(t))
            if target is ReferralStatus.SENT:
                button.setToolTip(export_hint())
            if target is ReferralStatus.SENT and not may_send:
                button.setEnabled(False)
                button.setToolTip(tr("A supervisor approves and sends outgoing referrals."))
            self.action_buttons[target] = button
            self.actions_row.addWidget(button)
        self.actions_row.removeWidget(self.export_button)
        self.actions_row.addWidget(self.export_button)
        self.closed_hint.setText(actions_hint(ref, sides, partner_name(self.case, ref)))
        self.actions_row.addWidget(self.closed_hint, 1)

    def request_transition(self, target: ReferralStatus) -> bool:
        """Ask for what the change needs, then store it. True when it was stored."""
        ref = self.referral()
        if ref is None:
            return False
        dialog = TransitionDialog(workspace=self.ws, referral=ref, target=target, parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.result_referral is not None
        dialog.deleteLater()
        if accepted:
            self.saved.emit()
        return accepted

    def export_referral(self) -> None:
        """Transfer > Export, with this referral and its partner chosen."""
        ref = self.referral()
        window = self.window()
        transfer = getattr(window, "transfer", None)
        if ref is None or self.case is None or transfer is None:
            return
        transfer.export_to_partner(referral_ids=[ref.id], partner_id=partner_of(self.case, ref))

    def clear_views(self) -> None:
        self.selector.clear()
        self.referral_list.clear()
        self.summary.clear()
        self.timeline.clear()
        self.closed_hint.clear()
