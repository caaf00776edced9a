"""What needs attention today: overdue restitution steps, releases expiring within 30 days,
housing exits and move-ins due, referrals awaiting a response, and counts by status.
Every item opens its case (Enter or double-click)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import moments
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.domain.errors import VaultLocked
from nap_desktop.gui.caseload.cells import masked_text
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE
from nap_desktop.gui.documents.unsigned_panel import (
    UnsignedList,
    UnsignedReleasesPanel,
    UnsignedSource,
    read_unsigned,
)
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.labels import code_label, due_label, label
from nap_desktop.services.queries import AttentionItem, Dashboard

Index = QModelIndex | QPersistentModelIndex
AWAITING_DAYS_KEY = "dashboard/awaiting_days"
DEFAULT_AWAITING_DAYS = 7
#: Items listed per section; a full section shows "50+".
DASHBOARD_LIMIT = 50
#: The TaskRunner key of the dashboard's background read (the newest wins).
BACKGROUND_KEY = "dashboard"


class DashboardSource(Protocol):
    def dashboard(
        self, *, awaiting_days: int = 7, horizon_days: int = 14, limit: int = 50
    ) -> Dashboard: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def read_board(
    source: DashboardSource, documents: UnsignedSource | None, awaiting_days: int
) -> tuple[Dashboard, UnsignedList]:
    """Everything the dashboard shows (a worker thread: plain values only)."""
    board = source.dashboard(awaiting_days=awaiting_days, limit=DASHBOARD_LIMIT)
    return board, read_unsigned(documents)


class AttentionModel(QAbstractTableModel):
    """The attention items of every section, one row each: what, case, client, detail, due."""

    def __init__(self, *, discreet: bool = True, today: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._discreet = discreet
        self._today = today

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_discreet(self, discreet: bool) -> None:
        self._discreet = discreet
        if self._items:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._items) - 1, 2))

    def item(self, row: int) -> AttentionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < 5
        ):
            return None
        return (tr("Needs attention"), tr("Case"), tr("Client"), tr("Detail"), tr("Due"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < 5:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == CLIENT_ID_ROLE:
            return item.client_id
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == 4
            and item.due_on is not None
            and self._today is not None
            and item.due_on < self._today()
        ):
            return QBrush(QColor("#b3261e"))
        return None

    def _text(self, item: AttentionItem, column: int) -> str:
        if column == 0:
            return code_label(item.kind)
        if column == 1:
            return item.case_number
        if column == 2:
            return masked_text() if self._discreet else item.client_name
        if column == 3:
            return due_label(item.subject)
        return moments.iso_day(item.due_on) if item.due_on else ""


class DashboardView(QWidget):
    #: client id, referral id ("" when the item is not about one referral)
    open_case = Signal(str, str)
    refreshed = Signal()
    #: "My cases" was chosen: the caseload, showing the referrals assigned to me.
    show_mine = Signal()
    #: client id, release id: a release without its signed copy was opened
    open_release = Signal(str, str)

    def __init__(
        self, *, discreet: bool = True, today: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source: DashboardSource | None = None
        self.model = AttentionModel(discreet=discreet, today=today, parent=self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("What needs attention today"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.cards = QHBoxLayout()
        self.card_labels: dict[str, QLabel] = {}
        for kind in ("overdue_step", "release_expiring", "housing_exit", "awaiting_response"):
            card = QLabel()
            card.setObjectName("countCard")
            card.setAccessibleName(code_label(kind))
            self.card_labels[kind] = card
            self.cards.addWidget(card)
        layout.addLayout(self.cards)

        controls = QHBoxLayout()
        self.mine_button = QPushButton()
        self.mine_button.setAccessibleName(self.tr("My cases: open them in the caseload"))
        self.mine_button.clicked.connect(self.show_mine)
        controls.addWidget(self.mine_button)
        controls.addSpacing(16)
        self.awaiting_spin = QSpinBox()
        self.awaiting_spin.setRange(1, 90)
        self.awaiting_spin.setValue(self.awaiting_days_setting())
        self.awaiting_spin.setSuffix(self.tr(" days"))
        self.awaiting_spin.setAccessibleName(self.tr("Days before a referral counts as waiting"))
        spin_label = QLabel(self.tr("Referrals waiting &longer than:"))
        spin_label.setBuddy(self.awaiting_spin)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        controls.addWidget(spin_label)
        controls.addWidget(self.awaiting_spin)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        layout.addLayout(controls)

        self._build_body(layout)

        self.refresh_button.clicked.connect(self.refresh)
        self.awaiting_spin.valueChanged.connect(self._awaiting_changed)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.runner = TaskRunner(self)  # the background read (self.tasks is "My tasks")
        self._show(None)

    def _build_body(self, layout: QVBoxLayout) -> None:
        body = QHBoxLayout()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items that need attention"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((250, 110, 170, 300, 100)):
            self.table.setColumnWidth(column, width)
        # The detail (a step, "Release to <agency>") takes the room left: long agency
        # names, longer still in Spanish, were cut off beside an empty margin.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        self.cut_hint = QLabel(
            self.tr(
                "Each list shows its first %1: the most recently overdue steps, the soonest "
                "expiries and exits, the longest waits. The caseload lists every one "
                "(Show: Overdue, Consent expiring, Awaiting response)."
            ).replace("%1", str(DASHBOARD_LIMIT))
        )
        self.cut_hint.setObjectName("hint")
        self.cut_hint.setWordWrap(True)
        self.cut_hint.hide()
        left.addWidget(self.cut_hint)
        from nap_desktop.gui.todo.panel import TasksPanel  # "My tasks" (issue #13)

        self.tasks = TasksPanel()
        left.addWidget(self.tasks, 1)
        body.addLayout(left, 4)
        counts_box = QWidget()
        counts_box.setAccessibleName(self.tr("Referrals by status"))
        self.counts_grid = QGridLayout(counts_box)
        counts_title = QLabel(self.tr("Referrals by status"))
        counts_title.setObjectName("sectionTitle")
        self.counts_grid.addWidget(counts_title, 0, 0, 1, 2)
        self.count_values: dict[ReferralStatus, QLabel] = {}
        for row, status in enumerate(ReferralStatus, start=1):
            name = QLabel(label(status))
            value = QLabel("0")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setAccessibleName(label(status))
            self.counts_grid.addWidget(name, row, 0)
            self.counts_grid.addWidget(value, row, 1)
            self.count_values[status] = value
        self.counts_grid.setRowStretch(len(ReferralStatus) + 1, 1)
        right = QVBoxLayout()
        right.addWidget(counts_box)
        self.unsigned = UnsignedReleasesPanel()  # its source: ``set_documents``
        self.unsigned.open_release.connect(self.open_release)
        right.addWidget(self.unsigned, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

    @staticmethod
    def awaiting_days_setting() -> int:
        value = QSettings().value(AWAITING_DAYS_KEY, DEFAULT_AWAITING_DAYS)
        try:
            return max(1, min(90, int(str(value))))
        except ValueError:
            return DEFAULT_AWAITING_DAYS

    def set_source(self, source: DashboardSource | None, *, background: bool = False) -> None:
        """``background``: read on a worker thread (``refreshed`` when shown), so that the
        main window paints first; at 100k referrals these queries take 50-300 ms."""
        self._source = source
        if background and source is not None:
            self.refresh_in_background()
        else:
            self.refresh()

    def set_documents(self, documents: UnsignedSource | None) -> None:
        """Where the releases without a signed copy come from (``Workspace.documents``);
        read with the dashboard's next refresh."""
        self.unsigned.set_source(documents, refresh=False)

    def clear(self) -> None:
        self.runner.cancel(BACKGROUND_KEY)  # nothing read before the lock shows after it
        self.tasks.clear()
        self.set_source(None)
        self.unsigned.set_source(None)

    def set_discreet(self, discreet: bool) -> None:
        self.model.set_discreet(discreet)
        self.tasks.model.set_discreet(discreet)

    def refresh_in_background(self) -> None:
        """What ``refresh`` does, its queries on a worker thread; the newest read wins."""
        source, documents = self._source, self.unsigned.source
        if source is None:
            self.refresh()
            return
        days = self.awaiting_spin.value()
        self._show(None, loading=True)
        self.runner.run(
            lambda _task: read_board(source, documents, days),
            on_success=self._show_read,
            on_failure=self._read_failed,
            key=BACKGROUND_KEY,
        )

    def _read_failed(self, error: BaseException) -> None:
        """As when ``refresh`` raises: the person is told; no card claims a zero. A read
        that the vault's locking cut short says nothing: the lock screen says it."""
        self.unsigned.show_list(UnsignedList([], 0, failed=True))
        if not isinstance(error, VaultLocked):
            self.runner.report_error(self, error)

    def _show_read(self, read: tuple[Dashboard, UnsignedList]) -> None:
        self.unsigned.show_list(read[1])
        self._show(read[0])

    def refresh(self) -> None:
        self.runner.cancel(BACKGROUND_KEY)  # an older read must not land after this one
        if self._source is None:
            self._show(None)
            return
        self.unsigned.refresh()
        self._show(
            self._source.dashboard(awaiting_days=self.awaiting_spin.value(), limit=DASHBOARD_LIMIT)
        )
        self.tasks.refresh()

    def _awaiting_changed(self, days: int) -> None:
        QSettings().setValue(AWAITING_DAYS_KEY, days)
        self.refresh()

    def _show(self, board: Dashboard | None, *, loading: bool = False) -> None:
        sections = {
            "overdue_step": board.overdue_steps if board else [],
            "release_expiring": board.expiring_releases if board else [],
            "housing_exit": board.housing_due if board else [],
            "awaiting_response": board.awaiting_response if board else [],
        }
        titles = {
            "overdue_step": self.tr("Overdue restitution steps"),
            "release_expiring": self.tr("Releases expiring within 30 days"),
            "housing_exit": self.tr("Housing exits and move-ins due"),
            "awaiting_response": self.tr("Referrals awaiting a response"),
        }
        cut = self.unsigned.count() > len(self.unsigned.rows)  # its first 50 too
        for kind, card in self.card_labels.items():
            shown = len(sections[kind])
            cut = cut or shown >= DASHBOARD_LIMIT
            number = f"{shown}+" if shown >= DASHBOARD_LIMIT else str(shown)
            number = "…" if loading else number
            card.setText(f"<b style='font-size:16pt'>{number}</b><br>{titles[kind]}")
        self.model.set_items([item for items in sections.values() for item in items])
        self.cut_hint.setVisible(cut)
        self.mine_button.setText(self.tr("&My cases (%1)").replace(
            "%1", "…" if loading else QLocale().toString(board.mine if board else 0)))
        counts = board.counts_by_status if board else {}
        for status, value in self.count_values.items():
            value.setText("…" if loading else QLocale().toString(counts.get(status, 0)))
        if loading:
            self.unsigned.show_loading()
        else:
            self.refreshed.emit()

    def _open(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.open_case.emit(item.client_id, item.referral_id or "")
