"""The dashboard's list of active releases of information whose signed paper is not on
file (no signed-release document attached), soonest expiry first. Enter or a double
click opens the case at its Releases tab, on that release. Names no survivor: the case
number, the agency, the dates."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from nap_desktop.domain.documents import ReleaseWithoutSignedCopy
from nap_desktop.gui.documents.texts import tr
from nap_desktop.gui.widgets.common import fmt_date

log = logging.getLogger(__name__)
#: (client id, release id) of an item
ITEM_ROLE = int(Qt.ItemDataRole.UserRole)


class UnsignedSource(Protocol):
    def releases_without_signed_copy(self) -> list[ReleaseWithoutSignedCopy]: ...


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

    def set_source(self, source: UnsignedSource | None) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        failed = False
        try:
            self.rows = self._source.releases_without_signed_copy() if self._source else []
        except Exception:  # the rest of the dashboard still shows
            log.exception("releases without a signed copy could not be listed")
            self.rows, failed = [], True
        self.model.clear()
        for row in self.rows:
            item = QStandardItem(item_text(row))
            item.setToolTip(item_tooltip(row))
            item.setData((row.client_id, row.release_id), ITEM_ROLE)
            self.model.appendRow(item)
        self.title.setText(tr("Releases without a signed copy: %1").replace(
            "%1", QLocale().toString(len(self.rows))) if not failed else
            tr("Releases without a signed copy could not be listed."))
        self.list.setVisible(bool(self.rows))
        self.refreshed.emit()

    def count(self) -> int:
        return len(self.rows)

    def _open(self, index: QModelIndex) -> None:
        client_id, release_id = self.model.data(index, ITEM_ROLE)
        self.open_release.emit(client_id, release_id)
