"""Merging two cases found to be one person (supervisors).

The supervisor picks the case that stays (the other's records move under it), and for
each field where the two differ, whose value stays; then writes why. The values are
shown to decide (both clients are recorded as viewed when the dialog opens). Refusals
(a partner-known case merged away, a blank reason) show under the form; nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import fields as registry
from nap_desktop.gui.case.field_labels import field_label
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import tr
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.merges import FieldDifference
    from nap_desktop.services.workspace import Workspace


def _value(spec: registry.Field | None, value: Any, users: dict[str, str]) -> str:
    """A stored value as the client form shows it (Yes/No, a label, a user's name)."""
    if value is None or value == "":
        return "—"
    kind = spec.kind if spec is not None else None
    if kind is registry.Kind.BOOL:
        return tr("Yes") if value in (1, True, "1") else tr("No")
    if kind is registry.Kind.TEXT_LIST:
        return ", ".join(str(value).split(","))
    if spec is not None and spec.enum is not None:
        try:
            return label(spec.enum(value))
        except ValueError:
            return str(value)
    if spec is not None and spec.key == "assigned_user_id":
        return users.get(str(value), str(value))
    return str(value)


class MergeDialog(QDialog):
    """Accepted once merged: ``merge_id``, ``kept_number`` and ``other_number`` set."""

    def __init__(self, *, workspace: Workspace, first: str, second: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ids = (first, second)
        cases = [workspace.cases.get_case(i) for i in self.ids]
        self.numbers = tuple(c.client.case_number for c in cases)
        self.users = {u.id: u.display_name for u in cases[0].users.values()}
        self.merge_id: str | None = None
        self.kept_number = self.other_number = ""
        workspace.cases.record_views(self.ids, detail="merge cases")
        self.differences: list[FieldDifference] = workspace.merges.differences(first, second)
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge two cases"))
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every referral, release, placement, restitution matter and note of the other "
            "case moves to the case that stays; both histories are kept, and the merge can "
            "be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        keep_box = QGroupBox(self.tr("Case that stays"))
        keep_layout = QVBoxLayout(keep_box)
        self.keep_group = QButtonGroup(self)
        for i, number in enumerate(self.numbers):
            radio = QRadioButton(number)
            radio.setAccessibleName(self.tr("Keep case %1").replace("%1", number))
            self.keep_group.addButton(radio, i)
            keep_layout.addWidget(radio)
        self.keep_group.button(0).setChecked(True)
        layout.addWidget(keep_box)
        fields_box = QGroupBox(self.tr("Where they differ, keep the value of"))
        form = QFormLayout(fields_box)
        for diff in self.differences:
            form.addRow(self._label(diff.field), self._choice(diff))
        if not self.differences:
            form.addRow(QLabel(self.tr("The two cases hold the same details.")))
        # Two cases can differ in a dozen fields: the choices scroll, so that the reason and
        # the Merge button stay on a 768-pixel screen.
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(fields_box)
        # as wide as the choices (names whole); only the height scrolls
        area.setMinimumWidth(fields_box.sizeHint().width()
                             + area.verticalScrollBar().sizeHint().width())
        layout.addWidget(area, 1)
        self.fields_area = area
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the merge"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        reason_form = QFormLayout()
        reason_form.addRow(reason_label, self.reason)
        layout.addLayout(reason_form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("styleClass", "error")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAccessibleName(self.tr("Merge the two cases"))
        self.merge_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _label(field: str) -> str:
        spec = registry.REGISTRY["client"].get(field)
        return field_label("client", spec.path if spec is not None else field)

    def _choice(self, diff: FieldDifference) -> QWidget:
        box = QWidget()
        line = QVBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        spec = registry.REGISTRY["client"].get(diff.field)
        for i, (number, value) in enumerate(zip(self.numbers, (diff.keep_value,
                                                               diff.other_value), strict=True)):
            radio = QRadioButton(f"{number}: {_value(spec, value, self.users)}")
            radio.setAccessibleName(self.tr("%1 from case %2").replace(
                "%1", self._label(diff.field)).replace("%2", number))
            group.addButton(radio, i)
            line.addWidget(radio)
        group.button(0).setChecked(True)
        self.choices[diff.field] = group
        return box

    def take_from_other(self) -> frozenset[str]:
        """The fields whose chosen value is the merged-away case's."""
        keep = self.keep_group.checkedId()
        return frozenset(f for f, g in self.choices.items() if g.checkedId() != keep)

    def submit(self) -> bool:
        keep = self.keep_group.checkedId()
        keep_id, other_id = self.ids[keep], self.ids[1 - keep]
        try:
            record = self.ws.merges.merge(keep_id, other_id, reason=self.reason.text(),
                                          take_from_other=self.take_from_other())
        except Exception as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        self.merge_id = record.id
        self.kept_number, self.other_number = self.numbers[keep], self.numbers[1 - keep]
        self.accept()
        return True
