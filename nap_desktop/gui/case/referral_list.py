"""The case's referrals as a list, newest first (date, way, partner, status, what it
follows from), and the chain of the chosen one: "Received from FBI on 1 Dec 2026 → sent
to Shelter on 3 Dec 2026". Choosing a row shows that referral in the Referral tab.

Plain display of the ``CaseRecord`` the tab already holds: no query of its own, so a case
with many referrals opens as fast as one with a single referral.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import moments
from nap_desktop.domain.entities import CaseRecord, Referral
from nap_desktop.gui.case.models import ID_ROLE, RowsModel
from nap_desktop.gui.widgets.common import fmt_date, hint_label, tr
from nap_desktop.gui.widgets.labels import label

#: How many rows the list shows before it scrolls (the tab's details stay in view).
VISIBLE_ROWS = 5


def agency_name(case: CaseRecord, agency_id: str) -> str:
    agency = case.agencies.get(agency_id)
    return agency.name if agency is not None else tr("Unknown agency")


def is_outgoing(case: CaseRecord, ref: Referral) -> bool:
    """We sent it (ours is the sending end)."""
    sender = case.agencies.get(ref.from_agency_id)
    return sender is not None and sender.is_self


def partner_of(case: CaseRecord, ref: Referral) -> str:
    """The other agency's name (ours is either end)."""
    return agency_name(case, ref.to_agency_id if is_outgoing(case, ref) else ref.from_agency_id)


def day_of(ref: Referral) -> str:
    return fmt_date(moments.local(ref.created_at).date())


def referral_line(case: CaseRecord, ref: Referral) -> str:
    """"To Harbor Shelter · Draft · 3 Dec 2026" (the follows-from choices)."""
    text = tr("To %1 · %2 · %3") if is_outgoing(case, ref) else tr("From %1 · %2 · %3")
    return text.replace("%1", partner_of(case, ref)).replace("%2", label(ref.status)) \
        .replace("%3", day_of(ref))


def step_text(case: CaseRecord, ref: Referral, *, first: bool) -> str:
    """One link of a chain: "Received from FBI on 1 Dec 2026" / "sent to Shelter on …"."""
    if is_outgoing(case, ref):
        text = tr("Sent to %1 on %2") if first else tr("sent to %1 on %2")
    else:
        text = tr("Received from %1 on %2") if first else tr("received from %1 on %2")
    return text.replace("%1", partner_of(case, ref)).replace("%2", day_of(ref))


def chain_of(case: CaseRecord, ref: Referral) -> tuple[list[Referral], list[Referral]]:
    """(the referrals ``ref`` follows from, oldest first, then ``ref``; those that follow
    from it). A loop (never made here, but the vault is not trusted blindly) stops it."""
    by_id = {r.id: r for r in case.referrals}
    back: list[Referral] = []
    current: Referral | None = ref
    while current is not None and current not in back:
        back.insert(0, current)
        current = by_id.get(current.follows_id or "")
    onward = sorted((r for r in case.referrals if r.follows_id == ref.id and r not in back),
                    key=lambda r: r.created_at)
    return back, onward


def chain_text(case: CaseRecord, ref: Referral) -> str:
    """"Received from FBI on 1 Dec 2026 → sent to Shelter on 3 Dec 2026; sent to Legal Aid
    on 4 Dec 2026" (the referrals that follow from the same one are siblings, not a
    line), or "" when the referral stands alone."""
    back, onward = chain_of(case, ref)
    if len(back) + len(onward) < 2:
        return ""
    text = " → ".join(step_text(case, r, first=i == 0) for i, r in enumerate(back))
    if onward:
        text += " → " + "; ".join(step_text(case, r, first=False) for r in onward)
    return text


class ReferralListModel(RowsModel):
    """The case's referrals, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Date"), tr("Way"), tr("Partner"), tr("Status"),
                          tr("Follows from")], parent)
        self.case: CaseRecord | None = None
        #: each row's texts, worked out once per case shown: a view asks for every cell
        #: many times (sizes, painting, accessibility), and opening a case must stay fast
        self.texts: dict[str, list[str]] = {}

    def show(self, case: CaseRecord) -> None:
        self.case = case
        by_id = {r.id: r for r in case.referrals}
        self.texts = {r.id: self._texts(case, r, by_id.get(r.follows_id or ""))
                      for r in case.referrals}
        self.set_rows(sorted(case.referrals, key=lambda r: (r.created_at, r.id), reverse=True))

    @staticmethod
    def _texts(case: CaseRecord, row: Referral, earlier: Referral | None) -> list[str]:
        return [
            day_of(row),
            # Not "Sent"/"Received": those are statuses, shown in their own column.
            tr("Outgoing") if is_outgoing(case, row) else tr("Incoming"),
            partner_of(case, row),
            label(row.status),
            referral_line(case, earlier) if earlier is not None else "",
        ]

    def display(self, row: Referral, column: int) -> str:
        return self.texts[row.id][column]


class ReferralList(QWidget):
    """The list and the chosen referral's chain; ``chosen`` carries the id a person
    picked (click, arrow keys, Enter)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReferralListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Referrals of this case, newest first"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Every column as wide as its text (no clipping at 1366 px), measured once per case
        # shown (``show_case``) rather than at every repaint; the last takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.chain = hint_label()
        self.chain.setAccessibleName(tr("Chain of referrals"))
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.chain)
        self._quiet = False

    def show_case(self, case: CaseRecord, current: str | None) -> None:
        self._quiet = True
        try:
            self.model.show(case)
            self.view.resizeColumnsToContents()
            self.select(current)
        finally:
            self._quiet = False
        # Tall enough for every row up to VISIBLE_ROWS (then it scrolls): the rows' own
        # height, not a guess, so that no row hides under the header at any font size.
        rows = min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        row_height = max(self.view.verticalHeader().defaultSectionSize(),
                         self.view.sizeHintForRow(0) if self.model.rowCount() else 0)
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * row_height + 2 * self.view.frameWidth() + 2)

    def select(self, referral_id: str | None) -> None:
        """Mark the row of ``referral_id`` (no ``chosen``: the tab already shows it)."""
        row = self.model.row_of(referral_id)
        quiet, self._quiet = self._quiet, True
        try:
            if row >= 0:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = quiet
        self._show_chain(referral_id)

    def _show_chain(self, referral_id: str | None) -> None:
        case = self.model.case
        ref = next((r for r in case.referrals if r.id == referral_id), None) if case else None
        text = chain_text(case, ref) if case is not None and ref is not None else ""
        self.chain.setText(text)
        self.chain.setVisible(bool(text))

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if self._quiet or not current.isValid():
            return
        referral_id = self.model.data(current, ID_ROLE)
        if referral_id:
            self.chosen.emit(str(referral_id))

    def clear(self) -> None:
        self.model.clear()
        self.model.case, self.model.texts = None, {}
        self.chain.clear()
