"""The field-level merge of one conflict as a person reads it: per field the label,
the version both sides last held (if known), ours, the partner's, and what will happen;
a pair of radio buttons per contested field; a summary line of what applying does.
Built in code: its rows are the record's fields (``domain.merge``)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from nap_desktop.domain.merge import ABSENT, FieldMerge, Merge, Outcome, Side
from nap_desktop.gui.case.field_labels import field_label
from nap_desktop.gui.transfer.common import MASK, TableRow

Text = Callable[[str, Any], str]

def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def _guarded(reason: str) -> str:
    """Why a guarded field keeps ours (``services.transfer.merging`` reason codes)."""
    if reason == "our_consent":
        return tr("Kept: our consent never changes through a partner")
    if reason == "other_agency":
        return tr("Kept: another agency recorded this release")
    if reason == "moved":
        return tr("Kept: a record never moves through a package")
    if reason == "third_agency":
        return tr("Kept: it concerns a third agency")
    return tr("Kept: we withhold it from %1")


def what_happens(f: FieldMerge, partner: str, base_known: bool) -> str:
    """The outcome of one field in words (the partner named)."""
    o = f.outcome
    if o is Outcome.UNCHANGED:
        return tr("Same on both sides")
    if o is Outcome.KEPT:
        return tr("Kept: only we changed it")
    if o is Outcome.TAKEN:
        return tr("Taken from %1 automatically: only they changed it").replace("%1", partner)
    if o is Outcome.SAME:
        return tr("Both made the same change")
    if o is Outcome.NOT_SENT:
        return tr("Kept: %1 did not send it").replace("%1", partner)
    if o is Outcome.GUARDED:
        return _guarded(f.reason).replace("%1", partner)
    if f.reason == "review":
        return tr("You choose: a date of birth is never changed automatically")
    if not base_known:
        return tr("You choose: no earlier version is known")
    return tr("You choose: both changed it")


#: Outcomes where nothing is decided: not in bold, after the others (in this order).
_QUIET = (Outcome.NOT_SENT, Outcome.UNCHANGED)


def rows(kind: str, m: Merge, text: Text, partner: str,
         masked: Callable[[str], bool]) -> list[TableRow]:
    """The table rows: what applying changes or asks first (in bold), then what the
    partner did not send, then what is the same."""
    out = []
    ordered = sorted(m.fields, key=lambda f: _QUIET.index(f.outcome)
                     if f.outcome in _QUIET else -1)
    for f in ordered:
        if f.outcome is Outcome.UNCHANGED and f.name.endswith("_id") \
                and "agency" not in f.name:
            continue  # the same link on both sides: an id says nothing to a person
        hide = masked(f.name)
        values = [MASK if hide else ("" if v is ABSENT else text(f.name, v))
                  for v in (f.base, f.ours, f.theirs)]
        if not m.base_known:
            values[0] = tr("(not known)")
        out.append(TableRow([field_label(kind, f.name), *values,
                             what_happens(f, partner, m.base_known)],
                            key=f.name, emphasis=f.outcome not in _QUIET))
    return out


#: The most characters of a value a choice shows (all of it in its tooltip).
SHOWN = 60


def _radio(template: str, value: str, slot: str = "%1") -> QRadioButton:
    """A choice showing ``value`` on one line, shortened when long (whole in the tooltip:
    safety notes run to pages)."""
    flat = " ".join(value.split())
    short = flat if len(flat) <= SHOWN else flat[:SHOWN - 1].rstrip() + "…"
    button = QRadioButton(template.replace(slot, short.replace("&", "&&")))
    if short != flat:  # escaped: a partner's text must not be read as rich text
        button.setToolTip("<p style='white-space:pre-wrap'>" + html.escape(value) + "</p>")
    return button


class Choices(QScrollArea):
    """One row per contested field: keep ours, or take the partner's."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # a row never needs more width than the dialog: long values are shortened
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Your choices, field by field"))
        self.groups: dict[str, QButtonGroup] = {}
        self._fill(None, "", "", lambda _n, _v: "", lambda _n: False)

    def _fill(self, m: Merge | None, kind: str, partner: str, text: Text,
              masked: Callable[[str], bool]) -> None:
        body = QWidget()
        form = QFormLayout(body)
        self.groups = {}
        for f in (m.fields if m is not None else ()):
            if f.outcome is not Outcome.PICK:
                continue
            name = field_label(kind, f.name)
            hide = masked(f.name)
            ours = _radio(tr("Ours: %1"), MASK if hide else text(f.name, f.ours))
            theirs = _radio(tr("%1's: %2").replace("%1", partner),
                            MASK if hide else text(f.name, f.theirs), "%2")
            ours.setAccessibleName(tr("%1: keep ours").replace("%1", name))
            theirs.setAccessibleName(tr("%1: take %2's").replace("%1", name).replace(
                "%2", partner))
            group = QButtonGroup(body)
            group.addButton(ours, 0)
            group.addButton(theirs, 1)
            group.idToggled.connect(lambda *_a: self.changed.emit())
            row = QHBoxLayout()
            row.addWidget(ours)
            row.addWidget(theirs)
            row.addStretch(1)
            label = QLabel(name + ":")
            label.setBuddy(ours)
            form.addRow(label, row)
            self.groups[f.name] = group
        if not self.groups:
            form.addRow(QLabel(tr("Nothing to choose: every field is decided.")))
        self.setWidget(body)
        # as tall as its rows, up to about five; beyond that it scrolls
        # (a bar is switched on only when needed: "as needed" left one showing, empty)
        most = self.fontMetrics().lineSpacing() * 9
        wanted = body.sizeHint().height() + 2 * self.frameWidth()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if wanted > most
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(min(wanted, most))

    def show_merge(self, m: Merge | None, kind: str, partner: str, text: Text,
                   masked: Callable[[str], bool]) -> None:
        self._fill(m, kind, partner, text, masked)
        self.changed.emit()

    def picks(self) -> dict[str, Side]:
        """The choices made so far."""
        out = {}
        for name, group in self.groups.items():
            if group.checkedId() >= 0:
                out[name] = Side.PARTNER if group.checkedId() == 1 else Side.HERE
        return out


def summary(m: Merge, picks: dict[str, Side], partner: str) -> str:
    """What applying will do, counted truthfully."""
    sides = {f.name: picks.get(f.name) if f.outcome is Outcome.PICK else f.automatic_side
             for f in m.fields}
    auto = sum(1 for f in m.fields if f.outcome is Outcome.TAKEN)
    chosen = sum(1 for f in m.fields if f.outcome is Outcome.PICK
                 and sides[f.name] is Side.PARTNER)
    kept = sum(1 for f in m.fields if f.ours != f.theirs and sides[f.name] is Side.HERE)
    left = sum(1 for f in m.fields if f.outcome is Outcome.PICK and sides[f.name] is None)
    text = tr("Applying takes %1 field(s) from %2 automatically and %3 you chose, and "
              "keeps ours in %4; the result goes to %2 with the next export.").replace(
        "%1", str(auto)).replace("%2", partner).replace("%3", str(chosen)).replace(
        "%4", str(kept))
    if left:
        text = tr("Choose a value for %1 more field(s) before applying.").replace(
            "%1", str(left)) + " " + text
    return text
