"""The case's documents as a table: kind, title, date, attached to, added by, size. A
voided document stays in the list, struck through and muted, its void and reason in its
tooltip (or left out: "Show voided"). In discreet mode titles and reasons read as dots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.gui.documents.texts import attached_text, size_text, tr, void_text
from nap_desktop.gui.widgets.common import MASK, fmt_date
from nap_desktop.gui.widgets.labels import label

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#6b7682")
#: The role that holds a row's document id (tests and selection restore).
ID_ROLE = int(Qt.ItemDataRole.UserRole)


def headers() -> list[str]:
    return [tr("Kind"), tr("Title"), tr("Date"), tr("Attached to"), tr("Added by"), tr("Size")]


class DocumentsModel(QAbstractTableModel):
    """One source model over the case's documents (plain views, newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers()
        self.all: list[DocumentView] = []
        self.rows: list[DocumentView] = []
        self.case: CaseRecord | None = None
        self.masked = False
        self.show_voided = True

    # --- filling ---------------------------------------------------------------------

    def set_documents(self, documents: list[DocumentView], case: CaseRecord | None) -> None:
        self.beginResetModel()
        self.all, self.case = list(documents), case
        self.rows = [d for d in self.all if self.show_voided or not d.voided]
        self.endResetModel()

    def set_show_voided(self, show: bool) -> None:
        self.show_voided = show
        self.set_documents(self.all, self.case)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 5))

    def clear(self) -> None:
        self.set_documents([], None)

    def document(self, row: int) -> DocumentView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, document_id: str | None) -> int:
        return next((i for i, d in enumerate(self.rows) if d.id == document_id), -1)

    # --- what a row shows -------------------------------------------------------------

    def display(self, doc: DocumentView, column: int) -> str:
        if column == 0:
            return label(doc.kind)
        if column == 1:
            return MASK if self.masked else doc.title
        if column == 2:
            return fmt_date(doc.doc_date)
        if column == 3:
            return attached_text(self.case, doc.attached_type, doc.attached_id)
        if column == 4:
            return doc.added_by_name
        return size_text(doc.size)

    def tooltip(self, doc: DocumentView) -> str | None:
        return void_text(doc, masked=self.masked) or None

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc = self.document(index.row()) if index.isValid() else None
        if doc is None or not 0 <= index.column() < len(self.headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.display(doc, index.column())
            if role == Qt.ItemDataRole.AccessibleTextRole and doc.voided and index.column() == 1:
                return tr("%1 (voided)").replace("%1", text)  # a strike-through is not read out
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(doc)
        if role == Qt.ItemDataRole.FontRole and doc.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and doc.voided:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return doc.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None
