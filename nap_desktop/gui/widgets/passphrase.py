"""A new passphrase typed twice, with a strength meter and the policy's own messages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.passphrase import check_passphrase, strength_bits, strength_label
from nap_desktop.gui.messages import error_text

# The domain returns these English labels; marked here so pyside6-lupdate extracts them.
STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("NewPassphrase", "too weak"),
    QT_TRANSLATE_NOOP("NewPassphrase", "weak"),
    QT_TRANSLATE_NOOP("NewPassphrase", "fair"),
    QT_TRANSLATE_NOOP("NewPassphrase", "strong"),
    QT_TRANSLATE_NOOP("NewPassphrase", "very strong"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("NewPassphrase", text)


class NewPassphraseFields(QWidget):
    """Two password fields, a meter and a problem line; ``changed`` on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_name = ""
        self.agency_name = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(tr("New passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 120)
        self.meter.setTextVisible(True)
        self.meter.setFormat(tr("Strength: %1").replace("%1", tr("too weak")))
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Passphrase advice"))
        first_label = QLabel(tr("New &passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(tr("&Again:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow(QLabel(tr("Strength:")), self.meter)  # a gauge, not a field: no key
        form.addRow("", self.problem)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem_text(self) -> str:
        """Why the passphrase cannot be used yet; empty when it can."""
        text = self.first.text()
        if not text:
            return tr("At least 12 characters. A few unrelated words are easy to remember.")
        try:
            check_passphrase(text, user_name=self.user_name, agency_name=self.agency_name)
        except ValidationError as error:
            return error_text(error)
        if text != self.second.text():
            return tr("Type the same passphrase twice.")
        return ""

    def is_acceptable(self) -> bool:
        return self.problem_text() == ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        bits = strength_bits(self.first.text())
        self.meter.setValue(min(120, int(bits)))
        self.meter.setFormat(tr("Strength: %1").replace("%1", tr(strength_label(bits))))
        problem = self.problem_text()
        self.problem.setText(problem or tr("This passphrase can be used."))
        self.changed.emit()
