"""``RecordForm``: one record's form with Save / Revert, inline validation messages and a
calm answer to "someone else saved this in between" (keep my edits, compare, reload).

A subclass says how to read a record (``values_of``), read and fill its widgets
(``read_form``, ``write_form``), fetch the current stored version (``fetch``) and save
(``submit``, exactly one service call). Values are plain Python (str, date, enums, sets),
so "dirty" is a comparison with what was loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain import fields as registry
from nap_desktop.domain.errors import StaleRecord, ValidationError
from nap_desktop.gui.case.stale import CompareDialog, stale_bar
from nap_desktop.gui.case.withheld import WithheldMarker
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import (
    MASK,
    buddy_label,
    error_label,
    field_box,
    fmt_date,
    tr,
)
from nap_desktop.gui.widgets.inline import InlineErrors, edited_signal
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

Values = dict[str, Any]
#: Where a snapshot keeps the withheld fields a person chose to enter.
ENTERED = "__entered__"


def registry_fields(record: str, *keys: str | tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """``FIELDS`` of a form from the field registry (``domain.fields``): each key is the
    form's and the record's, or a pair (form key, record key) where they differ."""
    out = []
    for key in keys:
        form_key, field_key = key if isinstance(key, tuple) else (key, key)
        out.append((form_key, registry.field(record, field_key).label))
    return tuple(out)


def blank_like(value: Any) -> Any:
    """What a masked field shows: empty of the same kind."""
    if isinstance(value, Enum):
        return None
    if isinstance(value, (str, list, frozenset, bool)):
        return type(value)()
    return None


class RecordForm(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(object)

    #: (key, English label) of every field, in form order, for the compare view: the
    #: field registry's labels (:func:`registry_fields`), translated when shown, so a
    #: module imported before the language was set still shows them translated.
    FIELDS: tuple[tuple[str, str], ...] = ()
    #: Keys holding personal details: blanked and locked in discreet mode.
    PERSONAL: frozenset[str] = frozenset()
    #: Keys a partner agency may have withheld when it sent the case -> the record's field
    #: name in ``NotReceived.fields``. Such a field shows "Withheld by …" instead of a
    #: value that would look real, and stays read-only until deliberately entered.
    WITHHELD: Mapping[str, str] = {}

    #: A form that adds records (a note, a ledger line): empty again after each save.
    ADD_ONLY = False

    def __init__(
        self,
        *,
        workspace: Workspace,
        title: str,
        save_text: str = "",
        revert_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.title = title
        self.base: Any | None = None
        self.fresh: Any | None = None  # the stored version after a StaleRecord
        self._loaded: Values = {}
        self._pending: Values | None = None  # restored while masked, applied on reveal
        self.masked = False
        self.read_only = False
        self._dirty = False
        self._filling = False
        self.widgets: dict[str, QWidget] = {}
        #: key -> (its form layout, its field box): personal rows are hidden when masked.
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self.labels: dict[str, QLabel] = {}
        self.markers: dict[str, WithheldMarker] = {}
        #: key -> the name of the agency that withheld it, for the record shown
        self.withheld: dict[str, str] = {}
        #: withheld keys a person chose to enter a value for
        self.entered: set[str] = set()
        self._agency_names: dict[str, str] | None = None
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = error_label()
        self.message.setAccessibleName(tr("Problem saving"))
        #: every inline message of the form; each clears on its field's next edit
        self.inline = InlineErrors(self.message)
        self.errors: dict[str, QLabel] = self.inline.labels
        self.save_button = QPushButton(save_text or tr("&Save"))
        self.save_button.setAccessibleName(tr("Save %1").replace("%1", title))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(revert_text or tr("Re&vert"))
        self.revert_button.setAccessibleName(tr("Revert %1").replace("%1", title))
        self.revert_button.clicked.connect(self.revert)
        self.stale_bar = stale_bar(self.compare, self.keep_mine, self.reload_theirs)
        # The message for the whole form sits beside the buttons, not above them: it
        # appearing never moves Save from under the mouse pointer.
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.message, 1, Qt.AlignmentFlag.AlignVCenter)
        self.bar.addLayout(buttons)
        self.bar.setAlignment(buttons, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.stale_bar)
        self.layout_.addWidget(self.body)
        # Room a field's message takes when the form has more height than it needs.
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.bar)
        self._update_buttons()

    # --- for subclasses ------------------------------------------------------------

    def values_of(self, record: Any | None) -> Values:
        raise NotImplementedError

    def read_form(self) -> Values:
        raise NotImplementedError

    def write_form(self, values: Values) -> None:
        raise NotImplementedError

    def fetch(self) -> Any | None:
        """The stored version of :attr:`base` now."""
        raise NotImplementedError

    def submit(self, values: Values) -> Any:
        """Save ``values`` with one service call; returns the saved record."""
        raise NotImplementedError

    def render_value(self, key: str, value: Any) -> str:
        """A value as text for the compare view."""
        if value is None:
            return "—"
        if isinstance(value, bool):
            return tr("Yes") if value else tr("No")
        if isinstance(value, date):
            return fmt_date(value)
        if isinstance(value, (frozenset, set, list)):
            return ", ".join(sorted(self.render_value(key, v) for v in value))
        if isinstance(value, StrEnum):
            return label(value)
        return str(value)

    def add_field(
        self,
        key: str,
        text: str,
        widget: QWidget,
        accessible: str,
        hint: str = "",
        form: QFormLayout | None = None,
    ) -> None:
        """A labelled row (in ``form``, else the main one) with its mnemonic, accessible
        name and inline error label."""
        widget.setAccessibleName(accessible)
        error = error_label()
        error.setAccessibleName(tr("Problem with %1").replace("%1", accessible))
        self.inline.add(key, widget, error)
        self.widgets[key] = widget
        box = field_box(widget, error, hint)
        target = form or self.form
        lab = buddy_label(text, widget)
        target.addRow(lab, box)
        self.rows[key] = (target, box)
        self.labels[key] = lab
        if key in self.WITHHELD:
            marker = WithheldMarker(accessible)
            marker.enter_requested.connect(lambda k=key: self.enter_withheld(k))
            layout = box.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, marker)
            self.markers[key] = marker
        self.watch(widget)

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            edited = edited_signal(w)
            if edited is not None:
                edited.connect(self.on_edit)

    def on_edit(self, *_args: object) -> None:
        if not self._filling:
            self._refresh_dirty()

    def clear_error(self, key: str) -> None:
        """A person edited ``key``: its own message goes (it may be fixed now); the other
        fields' messages stay, and Save checks everything again anyway."""
        self.inline.edited(key)

    # --- state -----------------------------------------------------------------------

    def withheld_of(self, record: Any | None) -> dict[str, str]:
        """key -> sending agency's name, for the fields ``record`` arrived without."""
        received = getattr(record, "not_received", None)
        if received is None or not received.fields:
            return {}
        name = self.agency_name(received.sender_agency_id)
        return {key: name for key, field in self.WITHHELD.items() if field in received.fields}

    def agency_name(self, agency_id: str | None) -> str:
        if self._agency_names is None or (agency_id or "") not in self._agency_names:
            try:  # read again for an agency added since (a partner's first package)
                self._agency_names = {a.id: a.name for a in self.ws.agencies.list()}
            except Exception:  # the marker says "the sending agency" instead
                self._agency_names = {}
        return self._agency_names.get(agency_id or "", "")

    def entered_fields(self) -> frozenset[str]:
        """The record's field names of the withheld fields a person entered."""
        return frozenset(self.WITHHELD[k] for k in self.entered if k in self.withheld)

    def enter_withheld(self, key: str) -> None:
        """Unlock a withheld field: a value typed now is this agency's own."""
        if self.read_only or key not in self.withheld:
            return
        self.entered.add(key)
        self._show_markers()
        self.widgets[key].setFocus()
        self._refresh_dirty()

    def _show_markers(self) -> None:
        for key, marker in self.markers.items():
            shown = key in self.withheld and key not in self.entered
            if shown:
                marker.show_for(self.withheld[key])
                marker.button.setEnabled(not self.read_only)
            else:
                marker.setVisible(False)
            self.widgets[key].setVisible(not shown)
            # The label's mnemonic reaches the button while the field is locked.
            self.labels[key].setBuddy(marker if shown else self.widgets[key])

    def bind(self, record: Any | None) -> None:
        """Show ``record`` (None: a new, empty record) and forget any edits."""
        self.base, self.fresh, self._pending = record, None, None
        self.withheld, self.entered = self.withheld_of(record), set()
        self._loaded = self.values_of(record)
        self._fill(self._loaded)
        self.clear_messages()
        self.stale_bar.setVisible(False)
        self._refresh_dirty()

    def rebind(self, record: Any | None) -> None:
        """A reload: adopt the new version; with edits in progress, keep them when nothing
        they touch changed (the newer revision is adopted), else keep the old base so that
        saving meets the conflict and offers a comparison."""
        if not self.is_dirty():
            self.bind(record)
        elif record is not None and self.values_of(record) == self._loaded:
            self.base = record
            self.withheld = self.withheld_of(record)
            self._show_markers()

    def current_values(self) -> Values:
        """The form's values; masked personal fields keep what was loaded or restored."""
        values = self.read_form()
        if self.masked:
            hidden = self._pending if self._pending is not None else self._loaded
            for key in self.PERSONAL:
                values[key] = hidden.get(key)
        return values

    def is_dirty(self) -> bool:
        return bool(self._loaded) and (self.current_values() != self._loaded
                                       or bool(self.entered_fields()))

    def set_masked(self, masked: bool) -> None:
        if masked == self.masked:
            return
        values = self.current_values()
        self.masked = masked
        if masked:
            personal = {key: values.get(key) for key in self.PERSONAL}
            unchanged = all(personal[k] == self._loaded.get(k) for k in personal)
            self._pending = None if unchanged else personal
        else:
            self._pending = None
        self._fill(values)
        self._refresh_dirty()

    def _fill(self, values: Values) -> None:
        shown = dict(values)
        if self.masked:
            for key in self.PERSONAL:
                shown[key] = blank_like(values.get(key))
        self._filling = self.inline.filling = True
        try:
            self.write_form(shown)
        finally:
            self._filling = self.inline.filling = False
        for key in self.PERSONAL:
            if key in self.widgets:
                self.widgets[key].setEnabled(not self.masked and self.field_enabled(key))
            if key in self.rows:
                # Hidden, not just blanked: an empty "Interpreter" box or an "Unknown" date
                # would tell a false story about the survivor.
                layout, box = self.rows[key]
                layout.setRowVisible(box, not self.masked)
        self._show_markers()
        self.update_enabled()
        if self.PERSONAL:
            # Rows shown or hidden while the tab is out of sight leave stale size hints
            # behind in the nested layouts; recompute them from the bottom up.
            for layout in {id(lay): lay for lay, _box in self.rows.values()}.values():
                layout.invalidate()
            self.form.invalidate()
            self.body.updateGeometry()

    def field_enabled(self, key: str) -> bool:
        """Subclasses switch fields on and off (e.g. move-in only for some programmes)."""
        return True

    def update_enabled(self) -> None:
        """Re-apply :meth:`field_enabled` after a change."""

    def _refresh_dirty(self) -> None:
        self.update_enabled()
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and not self.read_only)
        self.revert_button.setEnabled(self._dirty)

    def clear_messages(self) -> None:
        self.inline.clear()

    def show_error(self, error: BaseException) -> None:
        key = getattr(error, "field", None) if isinstance(error, ValidationError) else None
        self.inline.show(key, error_text(error))

    # --- actions ----------------------------------------------------------------------

    def save(self) -> bool:
        if not self.is_dirty():
            return True
        values = self.current_values()
        self.clear_messages()
        if not self.inline.check_all():  # e.g. a date whose "Unknown" was unticked
            return False
        try:
            record = self.submit(values)
        except StaleRecord as error:
            self.fresh = self.fetch()
            self.show_error(error)
            self.stale_bar.setVisible(True)
            return False
        except Exception as error:
            self.show_error(error)
            return False
        self.bind(None if self.ADD_ONLY else record)
        self.saved.emit(record)
        return True

    def revert(self) -> None:
        self.bind(self.base)

    def snapshot(self) -> Values | None:
        if not self.is_dirty():
            return None
        return {**self.current_values(), ENTERED: sorted(self.entered)}

    def restore(self, values: Values) -> None:
        values = dict(values)
        self.entered = set(values.pop(ENTERED, ())) & set(self.withheld)
        if self.masked:
            self._pending = {key: values.get(key) for key in self.PERSONAL}
        self._fill(values)
        self._refresh_dirty()

    def clear_sensitive(self) -> None:
        self.base = self.fresh = self._pending = None
        self.withheld, self.entered = {}, set()
        # An add-only form (a note, a ledger line) is always ready for a new entry.
        self._loaded = self.values_of(None) if self.ADD_ONLY else {}
        self._fill(self.values_of(None))
        self.clear_messages()
        self.stale_bar.setVisible(False)
        self._refresh_dirty()

    # --- someone else saved in between -------------------------------------------------

    def differences(self) -> list[tuple[str, str, str]]:
        """(field, my value, saved value) for each field that differs."""
        mine = self.current_values()
        theirs = self.values_of(self.fresh) if self.fresh is not None else self._loaded
        rows = []
        for key, source in self.FIELDS:
            if mine.get(key) == theirs.get(key):
                continue
            text = tr(source)
            if self.masked and key in self.PERSONAL:
                rows.append((text, MASK, MASK))
            else:
                rows.append((
                    text,
                    self.render_value(key, mine.get(key)),
                    self.render_value(key, theirs.get(key)),
                ))
        return rows

    def compare(self) -> None:
        CompareDialog(self.differences(), masked=self.masked, parent=self).exec()

    def keep_mine(self) -> None:
        """Adopt the stored revision and keep the edits: the next Save overwrites it."""
        if self.fresh is not None:
            self.base, self._loaded = self.fresh, self.values_of(self.fresh)
        self.fresh = None
        self.stale_bar.setVisible(False)
        self.clear_messages()
        self._refresh_dirty()

    def reload_theirs(self) -> None:
        self.bind(self.fresh if self.fresh is not None else self.fetch())
