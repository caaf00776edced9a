"""The "New referral" dialog (``ui/new_referral.ui``): a referral on the open case, one we
send to a partner or one a partner sent us, optionally following from another referral
of the case (received from the FBI, sent on to a shelter).

One service call (``ReferralService.create``) stores it with its reason as a note, in
one transaction. The service's messages are shown under the field they name, which then
gets the focus; the dialog stays open until the referral exists. Enter confirms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from nap_desktop.domain.entities import Agency, CaseRecord, Referral, Release
from nap_desktop.domain.enums import ReleaseStatus, Urgency
from nap_desktop.domain.errors import ValidationError
from nap_desktop.gui.case.referral_list import referral_line
from nap_desktop.gui.forms.ui_new_referral import Ui_NewReferralDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The fields the service's messages can name (``ValidationError.field``) -> the widget.
FIELD_WIDGETS = {"to_agency": "partner", "agency": "partner", "direction": "incoming",
                 "services": "services", "urgency": "urgency", "release": "release",
                 "follows": "follows", "reason": "reason"}


class NewReferralDialog(QDialog):
    """Accepted once the referral exists (``referral`` is then set; ``created`` carries
    its id, ``failed`` the message of a refused attempt)."""

    created = Signal(str)
    failed = Signal(str)

    def __init__(self, *, workspace: Workspace, case: CaseRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.case = case
        self.referral: Referral | None = None
        self.own: Agency = workspace.agency
        self.partners = workspace.agencies.list(include_self=False)
        self.ui = Ui_NewReferralDialog()
        self.ui.setupUi(self)
        self.errors: dict[str, QLabel] = {}
        for name in dict.fromkeys(FIELD_WIDGETS.values()):
            error = getattr(self.ui, f"{name}_error")
            error.setAccessibleName(self.tr("Problem with %1").replace(
                "%1", getattr(self.ui, name).accessibleName()))
            error.hide()
            self.errors[name] = error
        self.ui.message.hide()
        self._build_buttons()
        self._fill()
        self.ui.partner.currentIndexChanged.connect(self._partner_changed)
        self._partner_changed()
        self._clear_on_edit()
        # Its full size hint: left to itself, Qt opens a dialog at most two thirds of the
        # screen high, and on a 768-pixel screen that squeezed the services' check boxes
        # together (the wrapped hints make the layout's own minimum an underestimate).
        self.resize(self.sizeHint())
        locked = getattr(parent.window() if parent is not None else None, "locked", None)
        if locked is not None:
            locked.connect(self.reject)  # never leave a typed reason over a locked window
        self.ui.partner.setFocus()

    def _build_buttons(self) -> None:
        buttons: QDialogButtonBox = self.ui.buttons
        self.create_button = buttons.addButton(self.tr("&Create referral"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName(self.tr("Create the referral"))
        self.create_button.setDefault(True)  # Enter, from any field, confirms
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        QWidget.setTabOrder(self.create_button, cancel)
        buttons.setFocusProxy(self.create_button)
        self.create_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def _fill(self) -> None:
        ui = self.ui
        for agency in self.partners:
            ui.partner.addItem(f"{agency.name} · {label(agency.kind)}", agency.id)
        ui.incoming.addItem(self.tr("We refer the survivor to the partner"), False)
        ui.incoming.addItem(self.tr("The partner referred the survivor to us"), True)
        for level, text in options(Urgency):
            ui.urgency.addItem(text, level)
        ui.follows.addItem(self.tr("None: it does not follow from another referral"), None)
        for ref in sorted(self.case.referrals, key=lambda r: r.created_at, reverse=True):
            ui.follows.addItem(referral_line(self.case, ref), ref.id)
        if not self.partners:
            self.show_message(self.tr("There are no partner agencies yet: add them under "
                                      "Admin › Partners."))
            self.create_button.setEnabled(False)

    def _clear_on_edit(self) -> None:
        """An error goes away as soon as its field is changed."""
        ui = self.ui
        for combo in (ui.partner, ui.incoming, ui.urgency, ui.release, ui.follows):
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._clear(c.objectName()))
        ui.reason.textEdited.connect(lambda _t: self._clear("reason"))
        ui.services.changed.connect(lambda: self._clear("services"))

    def _clear(self, name: str) -> None:
        self.errors[name].hide()
        self.ui.message.hide()

    # --- the releases the chosen partner's referral may cite -------------------------

    def selected_partner(self) -> Agency | None:
        agency_id = self.ui.partner.currentData()
        return next((a for a in self.partners if a.id == agency_id), None)

    def _partner_changed(self, *_args: object) -> None:
        """Offer this client's releases to that partner: the active ones can be chosen,
        the lapsed ones are listed greyed out (so "why not?" has its answer)."""
        partner = self.selected_partner()
        combo = self.ui.release
        combo.clear()
        mine = [r for r in self.case.releases
                if partner is not None and r.recipient_agency_id == partner.id]
        active = [r for r in mine if r.status is ReleaseStatus.ACTIVE]
        combo.addItem(self.tr("No release yet") if not active else self.tr("None"), None)
        model = combo.model()
        for rel in sorted(mine, key=lambda r: r.expires_on, reverse=True):
            combo.addItem(self._release_text(rel), rel.id)
            if rel.status is not ReleaseStatus.ACTIVE and isinstance(model, QStandardItemModel):
                item = model.item(combo.count() - 1)
                if item is not None:
                    item.setEnabled(False)
        combo.setCurrentIndex(1 if len(active) == 1 and combo.count() > 1
                              and combo.itemData(1) == active[0].id else 0)
        self.ui.release_hint.setText(self._release_hint(partner, mine, active))

    def _release_hint(self, partner: Agency | None, mine: list[Release],
                      active: list[Release]) -> str:
        if partner is None:
            return ""
        if active:
            return self.tr("Only this client's active releases to %1 can be chosen. The export "
                           "still checks what they allow.").replace("%1", partner.name)
        if mine:
            return self.tr("This client's releases to %1 have expired or been revoked: record "
                           "a new one in the Releases tab. The referral can be created now and "
                           "cite it later; until then nothing personal goes to %1."
                           ).replace("%1", partner.name)
        return self.tr("No release of information to %1 yet: record one in the Releases tab. "
                       "The referral can be created now and cite it later; until then "
                       "nothing personal goes to %1.").replace("%1", partner.name)

    def _release_text(self, rel: Release) -> str:
        """"Active, expires 1 Mar 2027"; "Expired 30 Apr 2026 (cannot be used)"…"""
        day = fmt_date(rel.expires_on)
        if rel.status is ReleaseStatus.ACTIVE:
            return self.tr("%1, expires %2").replace("%1", label(rel.status)).replace("%2", day)
        signed = fmt_date(rel.signed_on) if rel.signed_on else ""
        return self.tr("%1 (signed %2): cannot be used").replace(
            "%1", label(rel.status)).replace("%2", signed or "—")

    # --- saving ---------------------------------------------------------------------

    def submit(self) -> bool:
        """Store the referral. True when it exists (the dialog is then accepted)."""
        self.clear_messages()
        partner = self.selected_partner()
        if partner is None:
            return False  # no partner agencies: the button is disabled and says why
        incoming = bool(self.ui.incoming.currentData())
        sender, receiver = (partner.id, self.own.id) if incoming else (self.own.id, partner.id)
        try:
            self.referral = self.ws.referrals.create(
                client_id=self.case.client.id, from_agency_id=sender, to_agency_id=receiver,
                direction=None, services=tuple(self.ui.services.values()),
                urgency=self.ui.urgency.currentData(), release_id=self.ui.release.currentData(),
                follows_id=self.ui.follows.currentData(), reason=self.ui.reason.text())
        except Exception as error:
            self.show_error(error)
            return False
        self.created.emit(self.referral.id)
        self.accept()
        return True

    def clear_messages(self) -> None:
        for lab in (*self.errors.values(), self.ui.message):
            lab.clear()
            lab.hide()

    def show_message(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.show()

    def show_error(self, error: BaseException) -> None:
        """The message under the field it names (focused), else under the form."""
        text = error_text(error)
        name = FIELD_WIDGETS.get(error.field or "") if isinstance(error, ValidationError) else None
        if name is None:
            self.show_message(text)
        else:
            self.errors[name].setText(text)
            self.errors[name].show()
            getattr(self.ui, name).setFocus()
        self.failed.emit(text)

    def done(self, result: int) -> None:
        """Closing, either way: the typed reason does not stay behind in the widget."""
        self.ui.reason.clear()
        super().done(result)

