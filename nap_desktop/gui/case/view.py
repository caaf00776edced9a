"""The case view: one client's record in tabs (referral, client, releases, housing,
restitution, notes, history) under a header with the case number, the (masked) name and
status chips.

Everything shown comes from ``workspace.cases.get_case`` (plain records), read once per
(re)load; every save is one service call. In discreet mode personal details stay masked
until "Reveal this case", which is audited. Unsaved edits are guarded (switching tabs,
closing) and can be snapshotted in memory for auto-lock.

Tabs are built when first needed (issue #16: opening a case builds one tab, not ten). The
tab bar, titles, tooltips and Alt+number shortcuts exist at once (``lazy_tabs.LazyTabs``);
a tab's widgets are made and loaded with the case already read when the tab is first
shown (``currentChanged``, or the view's first ``showEvent`` for the tab in front), or
when code reads its attribute (``view.housing_tab`` is a ``Section``: it builds the tab
on access, so callers and tests need not know). ``show_release``/``show_record`` called
before the view is shown therefore build only the tab they bring forward. A reload, the
mask, the guard, save/revert and the auto-lock snapshot deal with the built tabs only (an
unbuilt tab has no edits, and gets the newest record and mask when it is built).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import ReleaseStatus
from nap_desktop.gui import accelerators
from nap_desktop.gui.case.client_tab import ClientTab
from nap_desktop.gui.case.history_tab import HistoryTab
from nap_desktop.gui.case.housing_tab import HousingTab
from nap_desktop.gui.case.lazy_tabs import LazyTabs, Section, Tab
from nap_desktop.gui.case.notes_tab import NotesTab
from nap_desktop.gui.case.plan_tab import PlanTab
from nap_desktop.gui.case.referral_tab import STATUS_TONE, ReferralTab
from nap_desktop.gui.case.releases_tab import EXPIRY_WARNING_DAYS, ReleasesTab
from nap_desktop.gui.case.restitution_tab import RestitutionTab, is_overdue
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.documents.tab import DocumentsTab
from nap_desktop.gui.messages import show_error
from nap_desktop.gui.services_tab.tab import ServicesTab
from nap_desktop.gui.widgets.common import MASK, Guard, chip, hint_label
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The tabs' indexes, in the order ``CaseView.__init__`` adds them.
REFERRAL, CLIENT, RELEASES, HOUSING, RESTITUTION, NOTES, HISTORY, DOCUMENTS, SERVICES, PLAN = (
    range(10)
)


class CaseView(QWidget):
    saved = Signal()
    title_changed = Signal(str)
    # Each tab, built on first access (see the module docstring).
    referral_tab = Section[ReferralTab](REFERRAL)
    client_tab = Section[ClientTab](CLIENT)
    releases_tab = Section[ReleasesTab](RELEASES)
    housing_tab = Section[HousingTab](HOUSING)
    restitution_tab = Section[RestitutionTab](RESTITUTION)
    notes_tab = Section[NotesTab](NOTES)
    history_tab = Section[HistoryTab](HISTORY)
    documents_tab = Section[DocumentsTab](DOCUMENTS)
    services_tab = Section[ServicesTab](SERVICES)
    plan_tab = Section[PlanTab](PLAN)

    def __init__(
        self, *, workspace: Workspace, client_id: str, discreet: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id = client_id
        self.discreet = discreet
        self.revealed = False
        self.case: CaseRecord | None = None
        self.guard = Guard()  # tests replace ``guard.ask``
        self.title = ""
        self._tab_index = 0
        self._switching = False
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionTitle")
        self.number_label.setAccessibleName(self.tr("Case number", "in full"))
        self.name_label = QLabel()
        self.name_label.setAccessibleName(self.tr("Client name"))
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.reveal_button = QPushButton(self.tr("Re&veal this case"))
        self.reveal_button.setAccessibleName(self.tr("Reveal personal details of this case"))
        self.reveal_button.setToolTip(self.tr("Shows this case's personal details. Recorded "
                                              "in the audit log."))
        self.reveal_button.clicked.connect(self.reveal)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setAccessibleName(self.tr("Reload this case"))
        self.reload_button.clicked.connect(self.reload)
        self.pdf_button = QPushButton(self.tr("&Summary…"))
        self.pdf_button.setAccessibleName(self.tr("Referral summary: preview, print or save"))
        self.pdf_button.setToolTip(self.tr("A PDF summary of the selected referral, for our "
                                           "agency or for a partner (redacted by its releases)."))
        self.pdf_button.clicked.connect(self.open_summary)
        self.new_referral_button = QPushButton(self.tr("&New referral…"))
        self.new_referral_button.setAccessibleName(self.tr("New referral on this case"))
        self.new_referral_button.setToolTip(self.tr("A referral we send to a partner, or one a "
                                                    "partner sent us (Ctrl+Shift+N)."))
        self.new_referral_button.clicked.connect(self.new_referral)
        #: Runs a dialog modally; tests replace it.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.masked_hint = hint_label(self.tr("Discreet mode: names and personal details are "
                                              "hidden."))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.deck = LazyTabs(self.tabs, on_built=self._tab_built)
        ws, guard = workspace, self.guard
        kinds: list[tuple[Callable[..., Tab], str]] = [  # in the order of the indexes above
            (ReferralTab, self.tr("Referral")), (ClientTab, self.tr("Client")),
            (ReleasesTab, self.tr("Releases")), (HousingTab, self.tr("Housing")),
            (RestitutionTab, self.tr("Restitution")), (NotesTab, self.tr("Notes")),
            (HistoryTab, self.tr("History")), (DocumentsTab, self.tr("Documents")),
            # Services and Plan (issue #13), after the tabs people know by their Alt+number.
            (ServicesTab, self.tr("Services")), (PlanTab, self.tr("Plan")),
        ]
        for kind, text in kinds:
            self._add(partial(kind, workspace=ws, guard=guard), text)
        self.tabs.currentChanged.connect(self._tab_changed)  # builds, and guards edits
        self._build_layout()
        self.reload()

    def _add(self, factory: Callable[[], Tab], text: str) -> None:
        """A tab (in a scroll area, built when first needed) and its Alt+number."""
        index = self.deck.add(factory, text)
        # Alt+1…Alt+9, Alt+0 (tab titles carry no mnemonic: the menu bar's letters first).
        key = QKeySequence(f"Alt+{(index + 1) % 10}")
        shortcut = QShortcut(key, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        self.tabs.setTabToolTip(index, key.toString(QKeySequence.SequenceFormat.NativeText))

    def _tab_built(self, _index: int, tab: Tab) -> None:
        """A tab just made: wired to the view and loaded with the case already read."""
        tab.saved.connect(self._tab_saved)
        tab.dirty_changed.connect(lambda _d, t=tab: self._mark_tab(t))
        if self.case is not None:
            try:
                tab.load(self.case, masked=self.masked())
            except Exception as error:
                show_error(self, error)

    @property
    def editors(self) -> list[Tab]:
        """Every tab, in order (building those not yet built: the view itself uses only
        the built ones, through ``deck``)."""
        return [self.deck.tab(i) for i in range(len(self.deck))]

    def showEvent(self, event: QShowEvent) -> None:
        self.deck.tab(self.tabs.currentIndex())  # before the first paint
        super().showEvent(event)

    def show_tab(self, tab: Tab) -> None:
        """Bring ``tab`` forward (through the unsaved-changes guard)."""
        self.tabs.setCurrentIndex(self.deck.index_of(tab))

    def show_referral(self, referral_id: str) -> None:
        """The Referral section, on this referral (the row that was opened)."""
        if self.referral_tab.show_referral(referral_id):
            self.show_tab(self.referral_tab)

    def show_release(self, release_id: str) -> None:
        """The Releases section, on this release (the dashboard's "no signed copy" item)."""
        self.releases_tab.select(release_id)
        self.show_tab(self.releases_tab)

    def show_record(self, record_type: str, record_id: str) -> None:
        """The section holding the record a task is about ("My tasks": Enter)."""
        if record_type == "release" and record_id:
            self.show_release(record_id)
            return
        if record_type == "referral" and record_id:
            self.show_referral(record_id)
            return
        indexes = {"client": CLIENT, "placement": HOUSING, "restitution": RESTITUTION,
                   "plan": PLAN, "service": SERVICES}
        index = indexes.get(record_type.split("_", 1)[0] if record_type else "", PLAN)
        if index == SERVICES:
            self.services_tab.select(record_id or None)
        self.show_tab(self.deck.tab(index))  # only that tab is built

    def current_tab(self) -> Tab:
        return self.deck.tab(self.tabs.currentIndex())

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.name_label)
        head.addSpacing(8)
        head.addLayout(self.chips)
        head.addStretch(1)
        head.addWidget(self.masked_hint)
        head.addWidget(self.reveal_button)
        head.addWidget(self.reload_button)
        head.addWidget(self.new_referral_button)
        head.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    # --- data ----------------------------------------------------------------------------

    def masked(self) -> bool:
        return self.discreet and not self.revealed

    def reload(self) -> None:
        """Fetch the case again; edits in progress are kept (see RecordForm.rebind)."""
        try:
            self.case = self.ws.cases.get_case(self.client_id)
            for _index, tab in self.deck.built():  # the others load when built
                tab.load(self.case, masked=self.masked())
        except Exception as error:
            show_error(self, error)
            return
        self._render_header()

    def _tab_saved(self) -> None:
        self.reload()
        self.saved.emit()

    def _render_header(self) -> None:
        case = self.case
        if case is None:
            return
        client = case.client
        masked = self.masked()
        name = client.personal.display_name or self.tr("(name not shared)")
        self.number_label.setText(client.case_number)
        self.name_label.setText(self.tr("%1 masked").replace("%1", MASK) if masked else name)
        self.reveal_button.setVisible(masked)
        self.masked_hint.setVisible(masked)
        self._render_chips(case, masked)
        title = client.case_number if masked else f"{client.case_number} — {name}"
        if title != self.title:
            self.title = title
            self.setWindowTitle(title)
            self.title_changed.emit(title)

    def _render_chips(self, case: CaseRecord, masked: bool) -> None:
        self._clear_chips()
        chips: list[tuple[str, str]] = []
        if case.referrals:
            ref = case.referrals[-1]
            text = self.tr("Referral: %1").replace("%1", label(ref.status))
            chips.append((text, STATUS_TONE[ref.status]))
        today = self.ws.today()
        active = [r for r in case.releases if r.status is ReleaseStatus.ACTIVE]
        soon = [r for r in active if (r.expires_on - today).days <= EXPIRY_WARNING_DAYS]
        if not active:
            chips.append((self.tr("No active release"), "neutral"))
        elif soon:
            days = min((r.expires_on - today).days for r in soon)
            chips.append((self.tr("Release expires in %n day(s)", "", days), "warn"))
        overdue = sum(is_overdue(s, today) for m in case.restitution for s in m.steps)
        if overdue:
            chips.append((self.tr("%n overdue step(s)", "", overdue), "bad"))
        personal = case.client.personal
        if not masked and personal.minor_on(today):
            chips.append((self.tr("Minor"), "info"))
        if not masked and personal.interpreter_needed:
            chips.append((self.tr("Interpreter needed"), "info"))
        for text, tone in chips:
            self.chips.addWidget(chip(text, tone))

    def _mark_tab(self, tab: Tab) -> None:
        """An asterisk on tabs holding unsaved edits."""
        index = self.deck.index_of(tab)
        text = self.tabs.tabText(index).rstrip(" *")
        self.tabs.setTabText(index, text + (" *" if tab.is_dirty() else ""))

    def _tab_changed(self, index: int) -> None:
        if index < 0:  # no tab (the tab widget being torn down)
            return
        self.deck.tab(index)  # built before it paints (and before the guard's question)
        if self._switching:
            return
        previous = self.deck.built_tab(self._tab_index)  # an unbuilt tab has no edits
        if previous is not None and not self.guard.leave(previous, self):
            self._switching = True
            self.tabs.setCurrentIndex(self._tab_index)
            self._switching = False
            return
        self._tab_index = index
        accelerators.resolve(self.window())  # the underlined letters of what now shows

    # --- actions -------------------------------------------------------------------------

    def reveal(self) -> None:
        try:
            self.ws.cases.reveal(self.client_id)
        except Exception as error:
            show_error(self, error)
            return
        self.revealed = True
        self._apply_mask()

    def set_discreet(self, discreet: bool) -> None:
        self.discreet = discreet
        if discreet:
            self.revealed = False
        self._apply_mask()

    def _apply_mask(self) -> None:
        for _index, tab in self.deck.built():  # the others are masked when built
            tab.set_masked(self.masked())
        self._render_header()

    def open_summary(self) -> bool:
        """Preview, print or save the selected referral's summary (for us or a partner)."""
        ref = self.referral_tab.referral()
        if ref is None or self.case is None:
            return False
        dialog = SummaryDialog(
            workspace=self.ws, case=self.case, referral=ref, discreet=self.masked(), parent=self
        )
        self.last_dialog = dialog
        self.run_dialog(dialog)
        dialog.deleteLater()
        return True

    def new_referral(self) -> str | None:
        """Record a new referral on this case (dialog); then show it. Its id, or None."""
        if self.case is None:
            return None
        from nap_desktop.gui.case.new_referral import NewReferralDialog

        dialog = NewReferralDialog(workspace=self.ws, case=self.case, parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.referral is not None
        dialog.deleteLater()
        if not accepted or dialog.referral is None:
            return None
        self._tab_saved()  # reload, and the caseload learns of the new row
        self.show_referral(dialog.referral.id)
        return dialog.referral.id

    # --- the unsaved-changes guard (CaseView is itself "leavable") -----------------------

    def is_dirty(self) -> bool:
        return any(tab.is_dirty() for _index, tab in self.deck.built())

    def save(self) -> bool:
        return all(tab.save() for _index, tab in self.deck.built() if tab.is_dirty())

    def revert(self) -> None:
        for _index, tab in self.deck.built():
            tab.revert()

    def confirm_close(self) -> bool:
        """Ask (Save / Discard / Cancel) when there are unsaved edits."""
        return self.guard.leave(self, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close():
            event.accept()
        else:
            event.ignore()

    # --- the contract with the main window -------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.is_dirty()

    def unsaved_snapshot(self) -> object | None:
        """The unsaved form state, in memory only (auto-lock keeps it to offer it back)."""
        snaps = {i: tab.snapshot() for i, tab in self.deck.built() if tab.is_dirty()}
        return {"tab": self.tabs.currentIndex(), "tabs": snaps} if snaps else None

    def restore_snapshot(self, snapshot: object) -> None:
        if not isinstance(snapshot, dict):
            return
        for index, snap in snapshot.get("tabs", {}).items():
            if 0 <= index < len(self.deck) and snap:
                self.deck.tab(index).restore(snap)
        self._switching = True
        self.tabs.setCurrentIndex(int(snapshot.get("tab", 0)))
        self._tab_index = self.tabs.currentIndex()
        self._switching = False

    def clear_sensitive(self) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.case = None
        self.title = ""
        self.setWindowTitle("")
        self.number_label.clear()
        self.name_label.clear()
        self._clear_chips()
        for _index, tab in self.deck.built():
            tab.clear_sensitive()

    def _clear_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
