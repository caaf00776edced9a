"""The partner agencies directory: list, filter, add and edit (supervisors and admins);
each partner's verified keys, pinning a partner's identity card (admins) and our own card."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from nap_desktop.domain.entities import Agency
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.gui.forms.ui_agency_editor import Ui_AgencyEditor
from nap_desktop.gui.forms.ui_partners import Ui_PartnersDialog
from nap_desktop.gui.messages import error_text, show_error
from nap_desktop.gui.transfer.common import local_time, run_modal
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.transfer.identity import PartnerInfo

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def sort_key(text: str) -> str:
    """A to Z as a person reads it, whatever the system locale: case and accents aside
    ("ámbar" with the A's, not after "Z")."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


class AgencyModel(QAbstractTableModel):
    """The agencies of the directory (a small list: a proxy filters it)."""

    def __init__(
        self,
        agencies: list[Agency],
        parent: QWidget | None = None,
        keys: dict[str, PartnerInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.agencies = agencies
        self.keys = keys or {}  # pinned identity cards by directory id
        self.headers = [
            self.tr("Agency"),
            self.tr("Kind"),
            self.tr("Victim services"),
            self.tr("Keys", "encryption"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.agencies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.agencies):
            return None
        agency = self.agencies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(agency)[index.column()]
        if role == SORT_ROLE:
            return sort_key(self._texts(agency)[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            info = self.keys.get(agency.id)
            if info is not None:
                return self.tr("Fingerprint verified on %1").replace(
                    "%1", local_time(info.verified_at)
                )
            return self.tr("No verified identity card: pin one to exchange packages")
        return None

    def _texts(self, agency: Agency) -> list[str]:
        name = agency.name + (self.tr(" (us)") if agency.is_self else "")
        yes = self.tr("Yes") if agency.is_victim_service_provider else ""
        return [name, label(agency.kind), yes, self._keys_text(agency)]

    def _keys_text(self, agency: Agency) -> str:
        if agency.is_self:
            return ""
        info = self.keys.get(agency.id)
        return info.fingerprint if info is not None else self.tr("Not verified")

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def replace(self, agencies: list[Agency], keys: dict[str, PartnerInfo] | None = None) -> None:
        self.beginResetModel()
        self.agencies = agencies
        if keys is not None:
            self.keys = keys
        self.endResetModel()


class AgencyEditor(QDialog):
    """Add or edit one agency; the service validates, its message is shown inline."""

    def __init__(
        self, *, workspace: Workspace, agency: Agency | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.agency = agency
        self.ui = Ui_AgencyEditor()
        self.ui.setupUi(self)
        if agency:
            self.setWindowTitle(self.tr("Edit agency"))
        self.name, self.kind, self.contacts = self.ui.name, self.ui.kind, self.ui.contacts
        self.vsp, self.error = self.ui.vsp, self.ui.problem
        for kind in AgencyKind:
            self.kind.addItem(label(kind), kind)
        if agency:
            self.name.setText(agency.name)
            self.kind.setCurrentIndex(self.kind.findData(agency.kind))
            self.contacts.setPlainText(agency.contacts)
        self.vsp.setChecked(bool(agency and agency.is_victim_service_provider))
        self.ui.buttons.accepted.connect(self.save)

    def save(self) -> None:
        try:
            if self.agency is None:
                self.ws.agencies.add_partner(
                    name=self.name.text(),
                    kind=self.kind.currentData(),
                    contacts=self.contacts.toPlainText(),
                    is_victim_service_provider=self.vsp.isChecked(),
                )
            else:
                self.ws.agencies.update(
                    self.agency.id,
                    name=self.name.text(),
                    kind=self.kind.currentData(),
                    contacts=self.contacts.toPlainText(),
                    is_victim_service_provider=self.vsp.isChecked(),
                    expected_revision=self.agency.revision,
                )
        except Exception as error:
            self.error.setText(error_text(error))
            return
        self.accept()


class PartnersDialog(QDialog):
    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.views = workspace.transfer_views
        #: Runs a modal dialog (tests replace it).
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.report_error: Callable[[QWidget, BaseException], None] = show_error
        self.ui = Ui_PartnersDialog()
        self.ui.setupUi(self)
        self.model = AgencyModel(workspace.agencies.list(), self, self._keys())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter, self.table = self.ui.filter, self.ui.table
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.setModel(self.proxy)
        self.proxy.setSortRole(SORT_ROLE)
        # Qt 6's header starts with a descending indicator: A to Z by name is what a
        # person expects of a directory (a header click still reverses it).
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)
        self.ui.add_button.clicked.connect(self.add)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.pin_button.clicked.connect(self.pin_card)
        if not self._is_admin():
            self.ui.pin_button.setEnabled(False)
            self.ui.pin_button.setToolTip(self.tr("Only an administrator can pin identity cards"))
        self.ui.own_card_button.clicked.connect(self.show_own_card)

    def _keys(self) -> dict[str, PartnerInfo]:
        return self.views.partner_keys()

    def _is_admin(self) -> bool:
        from nap_desktop.domain.enums import Role

        user = self.ws.user
        return user is not None and user.role is Role.ADMIN

    def refresh(self) -> None:
        self.model.replace(self.ws.agencies.list(), self._keys())

    def selected_agency(self) -> Agency | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.agencies[self.proxy.mapToSource(rows[0]).row()]

    def pin_card(self) -> None:
        from nap_desktop.gui.transfer.identity_card import PinCardDialog

        selected = self.selected_agency()
        agency = selected if selected is not None and not selected.is_self else None
        dialog = PinCardDialog(workspace=self.ws, agency=agency, parent=self)
        if self.run_dialog(dialog):
            self.refresh()

    def show_own_card(self) -> None:
        from nap_desktop.gui.transfer.identity_card import MyCardDialog

        try:
            dialog = MyCardDialog(workspace=self.ws, parent=self)
        except Exception as error:
            self.report_error(self, error)
            return
        self.run_dialog(dialog)

    def add(self) -> None:
        if self.run_dialog(AgencyEditor(workspace=self.ws, agency=None, parent=self)):
            self.refresh()

    def edit_selected(self, *_args: object) -> None:
        agency = self.selected_agency()
        if agency is None:
            return
        if self.run_dialog(AgencyEditor(workspace=self.ws, agency=agency, parent=self)):
            self.refresh()
