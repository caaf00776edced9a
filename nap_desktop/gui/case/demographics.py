"""The client fields the funders' reports ask for (gender, race and ethnicity, sex,
citizenship, referral source): several answers may apply to gender and to race and
ethnicity, and each field takes instead exactly one of "Client doesn't know", "Client
refused" or "Not collected". Ticking one of those three clears the real answers, and a
real answer clears them: the exclusive rule is kept by the widget, never by a message."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import ClientPersonal
from nap_desktop.domain.enums import (
    DOESNT_KNOW,
    NOT_COLLECTED,
    REFUSED,
    Citizenship,
    Gender,
    RaceEthnicity,
    ReferralSource,
    Sex,
)
from nap_desktop.gui.widgets.common import CheckGrid, enum_data, tr
from nap_desktop.gui.widgets.labels import options

NO_ANSWER = (DOESNT_KNOW, REFUSED, NOT_COLLECTED)


class MultiAnswer(CheckGrid):
    """Check boxes for the answers of ``vocabulary`` (two columns), then a line, then the
    three exclusive "no answer" boxes. ``changed`` on every edit (a ``CheckGrid``: the
    forms' inline errors and dirty state follow it as they follow any other)."""

    def __init__(self, vocabulary: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__([], parent=parent)
        self.vocabulary = vocabulary
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        grid.setVerticalSpacing(2)
        answers = [(m, t) for m, t in options(vocabulary) if m.value not in NO_ANSWER]
        none = [(m, t) for m, t in options(vocabulary) if m.value in NO_ANSWER]
        for i, (member, text) in enumerate(answers):
            grid.addWidget(self._box(member, text), i // 2, i % 2)
        row = (len(answers) + 1) // 2
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 2)
        no_answer = QHBoxLayout()  # one row: the three answers that exclude the rest
        no_answer.setSpacing(18)
        for member, text in none:
            no_answer.addWidget(self._box(member, text))
        no_answer.addStretch(1)
        grid.addLayout(no_answer, row + 1, 0, 1, 2)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def _box(self, member: StrEnum, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.toggled.connect(lambda checked, m=member: self._toggled(m, checked))
        self.boxes[member] = box
        return box

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        for box in self.boxes.values():
            box.setAccessibleName(f"{name}: {box.text()}")

    def _toggled(self, member: StrEnum, checked: bool) -> None:
        if checked:
            exclusive = member.value in NO_ANSWER
            for other, box in self.boxes.items():
                if other is not member and (exclusive or other.value in NO_ANSWER):
                    blocked = box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(blocked)
        self.changed.emit()

    def values(self) -> frozenset[Any]:
        """The ticked answers; none ticked reads as "Not collected" (never an empty set)."""
        chosen = frozenset(m for m, box in self.boxes.items() if box.isChecked())
        return chosen or frozenset({self.vocabulary(NOT_COLLECTED)})

    def set_values(self, values: Iterable[Any]) -> None:
        chosen = {self.vocabulary(v) for v in values}
        for member, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(member in chosen)
            box.blockSignals(blocked)


def answer_combo(vocabulary: type[StrEnum]) -> QComboBox:
    """One answer, the three "no answer" values last (the enum's own order)."""
    combo = QComboBox()
    for member, text in options(vocabulary):
        combo.addItem(text, member)
    return combo


DEMOGRAPHIC_KEYS = ("gender", "race_ethnicity", "sex", "citizenship", "referral_source")
MULTI: dict[str, type[StrEnum]] = {"gender": Gender, "race_ethnicity": RaceEthnicity}
SINGLE: dict[str, type[StrEnum]] = {"sex": Sex, "citizenship": Citizenship,
                                    "referral_source": ReferralSource}


def demographic_values(personal: ClientPersonal | None) -> dict[str, Any]:
    """The five fields of a stored client (None: a new one, all "Not collected")."""
    if personal is None:
        return {**{k: frozenset({v(NOT_COLLECTED)}) for k, v in MULTI.items()},
                **{k: v(NOT_COLLECTED) for k, v in SINGLE.items()}}
    return {key: getattr(personal, key) for key in DEMOGRAPHIC_KEYS}


class Demographics:
    """The five widgets of one form: read and write them as the form's values."""

    def __init__(self) -> None:
        self.multi = {key: MultiAnswer(vocabulary) for key, vocabulary in MULTI.items()}
        self.single = {key: answer_combo(vocabulary) for key, vocabulary in SINGLE.items()}

    def read(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: box.values() for key, box in self.multi.items()}
        for key, combo in self.single.items():
            values[key] = enum_data(combo, SINGLE[key])
        return values

    def write(self, values: dict[str, Any]) -> None:
        for key, box in self.multi.items():
            box.set_values(values.get(key) or ())
        for key, combo in self.single.items():
            wanted = values.get(key) or SINGLE[key](NOT_COLLECTED)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))


def demographics_box(form: Any, fields: Demographics) -> QGroupBox:
    """The "Reported to funders" group of the client form: ``fields`` as rows of the
    form (``form.add_field``: labels, inline errors, dirty state)."""
    box = QGroupBox(tr("Reported to funders"))
    layout = QFormLayout(box)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    hint = tr("Ask; never guess. The reports count “doesn't know”, “refused” and "
              "“not collected” apart.")
    rows = (("gender", tr("Gen&der:"), fields.multi["gender"], tr("Gender"), hint),
            ("race_ethnicity", tr("Race and et&hnicity:"), fields.multi["race_ethnicity"],
             tr("Race and ethnicity"), ""),
            ("sex", tr("S&ex:"), fields.single["sex"], tr("Sex"), ""),
            ("citizenship", tr("Citi&zenship:"), fields.single["citizenship"],
             tr("Citizenship"), ""),
            ("referral_source", tr("Referred b&y:"), fields.single["referral_source"],
             tr("Referral source"), tr("How the survivor came to us.")))
    for key, text, widget, accessible, note in rows:
        form.add_field(key, text, widget, accessible, hint=note, form=layout)
    return box
