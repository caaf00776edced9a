"""``CaseTab``: what every tab of the case view offers the view (load, dirty state,
snapshot for auto-lock, clearing on lock, discreet mode)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.gui.case.form import RecordForm
from nap_desktop.gui.widgets.common import Guard

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class CaseTab(QWidget):
    """A tab of the case view. ``saved`` after any stored change (the view reloads)."""

    saved = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self, *, workspace: Workspace, guard: Guard, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ws = workspace
        self.guard = guard
        self.title = title
        self.case: CaseRecord | None = None
        self.masked = False

    # --- for subclasses -------------------------------------------------------------

    def forms(self) -> list[RecordForm]:
        return []

    def show_case(self, case: CaseRecord) -> None:
        """Fill the tab from ``case`` (forms keep edits in progress: see RecordForm.rebind)."""

    def selected_id(self) -> str | None:
        return None

    def select(self, record_id: str | None) -> None:
        """Select the record a snapshot was taken on."""

    def clear_views(self) -> None:
        """Empty the lists and labels holding case data."""

    # --- used by the case view ---------------------------------------------------------

    def connect_form(self, form: RecordForm) -> None:
        form.saved.connect(lambda _record: self.saved.emit())
        form.dirty_changed.connect(lambda _d: self.dirty_changed.emit(self.is_dirty()))

    def load(self, case: CaseRecord, *, masked: bool) -> None:
        self.case = case
        self.masked = masked
        self.show_case(case)
        for form in self.forms():
            form.set_masked(masked)

    def set_masked(self, masked: bool) -> None:
        if self.case is not None:
            self.load(self.case, masked=masked)

    def is_dirty(self) -> bool:
        return any(f.is_dirty() for f in self.forms())

    def save(self) -> bool:
        return all(f.save() for f in self.forms() if f.is_dirty())

    def revert(self) -> None:
        for form in self.forms():
            if form.is_dirty():
                form.revert()

    def snapshot(self) -> dict[str, Any] | None:
        if not self.is_dirty():
            return None
        return {"selected": self.selected_id(), "forms": [f.snapshot() for f in self.forms()]}

    def restore(self, snapshot: dict[str, Any]) -> None:
        self.select(snapshot.get("selected"))
        for form, values in zip(self.forms(), snapshot.get("forms", []), strict=False):
            if values:
                form.restore(values)

    def clear_sensitive(self) -> None:
        self.case = None
        for form in self.forms():
            form.clear_sensitive()
        self.clear_views()
