"""The dashboard's list of active releases of information whose signed paper is not on
file (no signed-release document attached), soonest expiry first. Enter or a double
click opens the case at its Releases tab, on that release. Names no survivor: the case
number, the agency, the dates."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from nap_desktop.domain.documents import ReleaseWithoutSignedCopy
from nap_desktop.domain.errors import VaultLocked
from nap_desktop.gui.documents.texts import tr
from nap_desktop.gui.widgets.common import fmt_date

log = logging.getLogger(__name__)
#: (client id, release id) of an item
ITEM_ROLE = int(Qt.ItemDataRole.UserRole)


#: Releases listed at most: at 100k referrals tens of thousands have no signed copy, and
#: listing them all took seconds and ~80 MB at every start.
PANEL_LIMIT = 50
#: Counted at most: past this the title says "10,000 or more" (counting 291,320 at a
#: million referrals took 3-8 s in the background of every start).
COUNT_LIMIT = 10_000


class UnsignedSource(Protocol):
    def releases_without_signed_copy(
        self, *, limit: int | None = None
    ) -> list[ReleaseWithoutSignedCopy]: ...

    def count_releases_without_signed_copy(self, *, most: int | None = None) -> int: ...


@dataclass(frozen=True, slots=True)
class UnsignedList:
    """What the panel shows: the first releases, how many there are, or a failure."""

    rows: list[ReleaseWithoutSignedCopy]
    total: int
    failed: bool = False


def read_unsigned(source: UnsignedSource | None) -> UnsignedList:
    """The panel's data (any thread: plain values only). A failure is logged, never
    raised: the rest of the dashboard still shows."""
    if source is None:
        return UnsignedList([], 0)
    try:
        rows = source.releases_without_signed_copy(limit=PANEL_LIMIT)
        total = len(rows) if len(rows) < PANEL_LIMIT else \
            source.count_releases_without_signed_copy(most=COUNT_LIMIT)
    except VaultLocked:  # locked while reading: the lock screen says so
        return UnsignedList([], 0, failed=True)
    except Exception:
        log.exception("releases without a signed copy could not be listed")
        return UnsignedList([], 0, failed=True)
    return UnsignedList(rows, total)


def item_text(row: ReleaseWithoutSignedCopy) -> str:
    """"NAP-26-00909 · expires 3 Mar 2027" (the column is narrow: the agency is the
    item's tooltip)."""
    return tr("%1 · expires %2").replace("%1", row.case_number).replace(
        "%2", fmt_date(row.expires_on))


def item_tooltip(row: ReleaseWithoutSignedCopy) -> str:
    return tr("Release to %1, signed %2: no signed copy on file").replace(
        "%1", row.recipient_name).replace("%2", fmt_date(row.signed_on) or "—")


class UnsignedReleasesPanel(QWidget):
    """Refreshed with the dashboard; emptied when the vault locks (``set_source(None)``)."""

    #: client id, release id
    open_release = Signal(str, str)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: UnsignedSource | None = None
        self.rows: list[ReleaseWithoutSignedCopy] = []
        self._total = 0
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(tr("Active releases without a signed copy"))
        self.list.setToolTip(tr("Enter or a double click opens the case at this release, "
                                "where the scan of the signed form can be attached."))
        self.list.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.refresh()

    @property
    def source(self) -> UnsignedSource | None:
        return self._source

    def set_source(self, source: UnsignedSource | None, *, refresh: bool = True) -> None:
        """Where the releases come from; ``refresh=False`` leaves reading them to the
        dashboard (which reads them with its own queries, in the background at start)."""
        self._source = source
        if refresh or source is None:
            self.refresh()

    def refresh(self) -> None:
        self.show_list(read_unsigned(self._source))

    def show_list(self, found: UnsignedList) -> None:
        """Show what ``read_unsigned`` found (the first ``PANEL_LIMIT``, soonest expiry
        first, and how many there are)."""
        self.rows, self._total = found.rows, found.total
        self.model.clear()
        for row in self.rows:
            item = QStandardItem(item_text(row))
            item.setToolTip(item_tooltip(row))
            item.setData((row.client_id, row.release_id), ITEM_ROLE)
            self.model.appendRow(item)
        count = QLocale().toString(found.total)
        if found.total >= COUNT_LIMIT:
            count = tr("%1 or more").replace("%1", QLocale().toString(COUNT_LIMIT))
        self.title.setText(tr("Releases without a signed copy: %1").replace("%1", count)
                           if not found.failed else
                           tr("Releases without a signed copy could not be listed."))
        self.list.setVisible(bool(self.rows))
        self.refreshed.emit()

    def show_loading(self) -> None:
        """While the dashboard reads in the background: no stale rows, no number yet."""
        self.rows, self._total = [], 0
        self.model.clear()
        self.title.setText(tr("Releases without a signed copy: %1").replace("%1", "…"))
        self.list.setVisible(False)

    def count(self) -> int:
        """How many releases have no signed copy (the list shows the first of them)."""
        return self._total

    def _open(self, index: QModelIndex) -> None:
        client_id, release_id = self.model.data(index, ITEM_ROLE)
        self.open_release.emit(client_id, release_id)
