"""The caseload's filter bar: instant search, quick filters, status, partner.
It only builds a ``CaseloadFilter``; the SQL does the work, off the GUI thread."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.gui.widgets.labels import options
from nap_desktop.services.queries import CaseloadFilter

#: Keystrokes are not delayed: the search runs at once on the caseload's own threads and
#: a newer keystroke cancels it. A zero-interval timer only coalesces the keystrokes that
#: are already waiting (a paste, key repeat, a slow moment), so one search runs for them.
SEARCH_COALESCE_MS = 0
QUICK_FILTERS = ("all", "mine", "awaiting", "overdue", "consent_expiring")


class FilterBar(QWidget):
    """Emits ``filter_changed`` with a new filter (sort order kept from ``base``)."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_id: str | None = None
        self.base = CaseloadFilter()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search case number, name, external number or notes…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the caseload"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)

        self.quick_combo = QComboBox()
        self.quick_combo.setAccessibleName(self.tr("Quick filter"))
        for key, text in zip(QUICK_FILTERS, self._quick_labels(), strict=True):
            self.quick_combo.addItem(text, key)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.quick_combo)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status, text in options(ReferralStatus):
            self.status_combo.addItem(text, status.value)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_combo)

        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner filter"))
        self.partner_combo.setMinimumContentsLength(18)
        self.partner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        partner_label = QLabel(self.tr("&Partner:"))
        partner_label.setBuddy(self.partner_combo)
        self.set_partners([])

        layout.addWidget(search_label)
        layout.addWidget(self.search_edit, 3)
        for label, combo in (
            (show_label, self.quick_combo),
            (status_label, self.status_combo),
            (partner_label, self.partner_combo),
        ):
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(combo, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_COALESCE_MS)
        self._debounce.timeout.connect(self.apply)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.quick_combo, self.status_combo, self.partner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply())

    def _quick_labels(self) -> list[str]:
        return [
            self.tr("All referrals"),
            self.tr("My cases"),
            self.tr("Awaiting response"),
            self.tr("Overdue", "referrals"),
            self.tr("Consent expiring (30 days)"),
        ]

    def set_discreet(self, discreet: bool) -> None:
        """In discreet mode what was typed in the search box (often a name) shows only
        while the box is being typed in; otherwise it reads as dots."""
        self.search_edit.setEchoMode(
            QLineEdit.EchoMode.PasswordEchoOnEdit if discreet else QLineEdit.EchoMode.Normal
        )

    def set_partners(self, partners: list[Agency]) -> None:
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("Any partner"), "")
        for agency in sorted(partners, key=lambda a: a.name.casefold()):
            self.partner_combo.addItem(agency.name, agency.id)
        self.partner_combo.blockSignals(False)

    def reset(self) -> None:
        """Back to everything (used on lock, so no search text lingers)."""
        for widget in (self.search_edit, self.quick_combo, self.status_combo, self.partner_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.quick_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.partner_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.quick_combo, self.status_combo, self.partner_combo):
            widget.blockSignals(False)
        self._debounce.stop()

    def set_quick(self, key: str) -> None:
        self.quick_combo.setCurrentIndex(max(0, self.quick_combo.findData(key)))

    def current_filter(self) -> CaseloadFilter:
        return self._with_quick(self.quick_combo.currentData())

    def _with_quick(self, quick: str) -> CaseloadFilter:
        status = self.status_combo.currentData()
        return replace(
            self.base,
            search=self.search_edit.text(),
            statuses=frozenset({ReferralStatus(status)}) if status else frozenset(),
            partner_id=self.partner_combo.currentData() or None,
            assigned_user_id=self.user_id if quick == "mine" else None,
            awaiting_response=quick == "awaiting",
            overdue=quick == "overdue",
            consent_expiring=quick == "consent_expiring",
        )

    def quick_variants(self) -> list[CaseloadFilter]:
        """The filter as it would be with each other quick filter picked (the caseload
        reads them once at start, so that the first pick is as quick as the next)."""
        current = self.quick_combo.currentData()
        return [self._with_quick(key) for key in QUICK_FILTERS if key != current]

    def describe(self, *, discreet: bool = False) -> str:
        """The filter in words, for the report's heading. In discreet mode the search
        text (often a name) is left out."""
        parts = [self.quick_combo.currentText()]
        if self.status_combo.currentIndex() > 0:
            parts.append(self.status_combo.currentText())
        if self.partner_combo.currentIndex() > 0:
            parts.append(self.partner_combo.currentText())
        search = self.search_edit.text().strip()
        if search and discreet:
            parts.append(self.tr("a search (hidden in discreet mode)"))
        elif search:
            parts.append(self.tr("search “%1”").replace("%1", search))
        return " · ".join(parts)

    def apply(self) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current_filter())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
