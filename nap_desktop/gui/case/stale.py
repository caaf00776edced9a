"""When someone else saved a record while it was being edited: the bar a form shows
(``stale_bar``) and the side-by-side list of what differs (``CompareDialog``).

``RecordForm`` decides when to show them; nothing here reads or writes the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.gui.widgets.common import tr


def stale_bar(
    on_compare: Callable[[], None], on_keep: Callable[[], None], on_reload: Callable[[], None]
) -> QFrame:
    """The calm bar a form shows when someone else saved its record in between: compare,
    keep my edits, reload the saved version (hidden until needed)."""
    bar = QFrame()
    bar.setObjectName("staleBar")
    bar.setStyleSheet(
        "QFrame#staleBar { background: #fff6d6; border: 1px solid #e6cf7a;"
        " border-radius: 4px; }"
    )
    text = QLabel(
        tr(
            "Someone else saved this record while you were editing. Your edits are "
            "still here and nothing was overwritten."
        )
    )
    text.setWordWrap(True)
    compare = QPushButton(tr("&Compare…"))
    compare.setAccessibleName(tr("Compare your edits with the saved version"))
    compare.clicked.connect(on_compare)
    keep = QPushButton(tr("&Keep mine"))
    keep.setAccessibleName(tr("Keep my edits and save them over the newer version"))
    keep.clicked.connect(on_keep)
    reload_ = QPushButton(tr("&Reload saved"))
    reload_.setAccessibleName(tr("Discard my edits and load the saved version"))
    reload_.clicked.connect(on_reload)
    row = QHBoxLayout(bar)
    row.addWidget(text, 1)
    for button in (compare, keep, reload_):
        row.addWidget(button)
    bar.setVisible(False)
    return bar


class CompareDialog(QDialog):
    """(field, my value, saved value) for each field that differs, in a table."""

    def __init__(
        self, rows: Iterable[tuple[str, str, str]], *, masked: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your edits and the saved version"))
        self.resize(640, 320)
        rows = list(rows)
        table = QTableWidget(len(rows), 3)
        table.setAccessibleName(tr("Differences"))
        table.setHorizontalHeaderLabels([tr("Field"), tr("Your edits"), tr("Saved version")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        note = QLabel(
            tr("Personal details are hidden in discreet mode.")
            if masked
            else tr("Only the fields that differ are listed.")
        )
        note.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
