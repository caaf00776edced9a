"""Shown in place of a field the agency that sent the case withheld (no release of
information to us covered it, or it never held the value): "Withheld by Harbor Legal
Aid — no release", not an empty box, an "Unknown" date or an unticked "Under 18" that
would tell a false story about the survivor. The field stays read-only until a person
deliberately enters a value (``Enter a value…``); only then can a value go back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from nap_desktop.gui.widgets.common import tr

#: The look of a withheld marker (a dashed box), here and in the Notes tab.
WITHHELD_STYLE = ("QLabel#withheld { background: #eef1f5; color: #33475b; border: 1px dashed "
                  "#9aa8b8; border-radius: 4px; padding: 3px 8px; font-style: italic; }")


def withheld_text(agency_name: str) -> str:
    name = agency_name or tr("the sending agency")
    return tr("Withheld by %1 — no release").replace("%1", name)


class WithheldMarker(QWidget):
    """The marker and its "Enter a value…" button; ``enter_requested`` on a click."""

    enter_requested = Signal()

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.text = QLabel()
        self.text.setObjectName("withheld")
        self.text.setWordWrap(True)  # a long agency name wraps instead of widening the tab
        self.text.setMinimumWidth(120)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setStyleSheet(WITHHELD_STYLE)
        self.button = QPushButton(tr("Enter a value…"))
        self.button.setAccessibleName(tr("Enter a value for %1 here").replace("%1", field_name))
        self.button.setToolTip(tr("The sending agency keeps its own value. A value entered "
                                  "here replaces it when this case is sent back."))
        self.button.clicked.connect(self.enter_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)
        self.setVisible(False)

    def show_for(self, agency_name: str) -> None:
        text = withheld_text(agency_name)
        self.text.setText(text)
        self.text.setAccessibleName(f"{self.field_name}: {text}")
        self.setVisible(True)
