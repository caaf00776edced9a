"""The intake's possible-duplicate warning: a panel under the form, never a blocker.

While the caseworker types a name or a date of birth, the panel looks the person up
(``DuplicateService.check``, after a short pause in typing, the same person never twice)
and lists the likeliest existing cases, each with a button to open that case instead of
creating a new one. In discreet mode it shows only that a possible match exists and its
case number: no name, birth date or reason (the reasons would tell what the other case
holds); opening it opens the case masked, and revealing follows the case view's rules.
With names shown, each client listed is recorded as viewed by the service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nap_desktop.domain.duplicates import REASON_LABELS, Person, Reason
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import tr
from nap_desktop.services.duplicates import Candidate

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The pause in typing after which the person is looked up (ms).
PAUSE_MS = 400


def describe(candidate: Candidate, discreet: bool) -> str:
    """One line for a candidate: its case number only in discreet mode."""
    if discreet:
        return candidate.case_number
    names = " / ".join(n for n in (candidate.legal_name, candidate.preferred_name) if n)
    born = candidate.date_of_birth.isoformat() if candidate.date_of_birth else "—"
    return f"{candidate.case_number} · {names} · {born} — {reasons_text(candidate.reasons)}"


def reasons_text(reasons: tuple[Reason, ...]) -> str:
    """"same phonetic name, birth date day/month swapped" (translated)."""
    return ", ".join(tr(REASON_LABELS[r]) for r in reasons)


class DuplicateWarning(QFrame):
    """Emits ``open_requested`` with a client id when the caseworker opens a match;
    ``checked`` after each look-up (tests wait on it)."""

    open_requested = Signal(str)
    checked = Signal()

    def __init__(self, *, workspace: Workspace, discreet: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.discreet = discreet
        self.candidates: list[Candidate] = []
        self._asked: Person | None = None
        self._person: Person | None = None
        self.setObjectName("duplicateWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Possible duplicates"))
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setProperty("styleClass", "warning")
        layout.addWidget(self.header)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._look_up)
        self.hide()

    def person_changed(self, person: Person) -> None:
        """The form changed: look the person up once typing pauses."""
        self._person = person
        self.timer.start()

    def _look_up(self) -> None:
        person = self._person
        if person is None or person == self._asked:
            return
        self._asked = person
        try:
            found = self.ws.duplicates.check(person, show_names=not self.discreet)
        except Exception as error:  # the warning is a help: never in the way of intake
            self.header.setText(error_text(error))
            found = []
        self._show(found)
        self.checked.emit()

    def _show(self, found: list[Candidate]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.candidates = found
        if not found:
            self.hide()
            return
        self.header.setText(self.tr(
            "This person may already have a case. Check before creating another one:"))
        for candidate in found:
            self.rows.addWidget(self._row(candidate))
        self.show()

    def _row(self, candidate: Candidate) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = describe(candidate, self.discreet)
        if self.discreet:
            text = self.tr("Possible match: case %1").replace("%1", text)
        label = QLabel(text)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        button = QPushButton(self.tr("&Open %1 instead").replace("%1", candidate.case_number))
        button.setAccessibleName(self.tr("Open case %1 instead of creating a new one")
                                 .replace("%1", candidate.case_number))
        button.clicked.connect(lambda: self.open_requested.emit(candidate.client_id))
        line.addWidget(button)
        return row
