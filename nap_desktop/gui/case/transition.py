"""The dialog behind each referral status action: asks for the outcome and the reason
where the rules need them, and saves the change with one service call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nap_desktop.domain.entities import CaseRecord, Referral
from nap_desktop.domain.enums import ReferralOutcome, ReferralReason, ReferralSide, ReferralStatus
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.rules import (
    REFERRAL_TRANSITIONS,
    allowed_transitions,
    reason_required,
    referral_sides,
)
from nap_desktop.gui.forms.ui_transition import Ui_TransitionDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import enum_data, tr
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

RS = ReferralStatus

#: The verb on each action button (with its mnemonic).
ACTION_TEXT: dict[ReferralStatus, Any] = {
    RS.SENT: QT_TRANSLATE_NOOP("CaseEditors", "Mark as se&nt…"),
    RS.RECEIVED: QT_TRANSLATE_NOOP("CaseEditors", "Mark &received"),
    RS.ACCEPTED: QT_TRANSLATE_NOOP("CaseEditors", "&Accept"),
    RS.DECLINED: QT_TRANSLATE_NOOP("CaseEditors", "&Decline…"),
    RS.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseEditors", "Start &work"),
    RS.COMPLETED: QT_TRANSLATE_NOOP("CaseEditors", "Co&mplete…"),
    RS.WITHDRAWN: QT_TRANSLATE_NOOP("CaseEditors", "&Withdraw…"),
    RS.EXPIRED: QT_TRANSLATE_NOOP("CaseEditors", "Mark e&xpired"),
}

#: Order of the buttons: forward first, then the ways out.
ACTION_ORDER = (
    RS.SENT,
    RS.RECEIVED,
    RS.ACCEPTED,
    RS.IN_PROGRESS,
    RS.COMPLETED,
    RS.DECLINED,
    RS.WITHDRAWN,
    RS.EXPIRED,
)


def action_text(target: ReferralStatus) -> str:
    return tr(str(ACTION_TEXT[target]))


def export_hint() -> str:
    """Marking a referral sent delivers nothing: a package does."""
    return tr("Export a package to deliver it: Transfer > Export…")


def actions_hint(ref: Referral, sides: frozenset[ReferralSide], partner: str) -> str:
    """Beside the action buttons: closed, waiting for the partner, or who does what."""
    if not REFERRAL_TRANSITIONS[ref.status]:
        reason = f" ({label(ref.reason)})" if ref.reason else ""
        return tr("This referral is closed: %1.").replace("%1", label(ref.status) + reason)
    if not allowed_transitions(ref.status, sides):
        return (tr("Nothing for us to do while it is “%1”: waiting for %2.")
                .replace("%1", label(ref.status)).replace("%2", partner))
    if ref.status is RS.DRAFT and sides == {ReferralSide.SENDER}:
        # Not "We sent this referral": a draft has gone nowhere yet.
        return tr("Not sent yet: mark it as sent, then export a package to %1; they mark it "
                  "received and answer it. We can withdraw it.").replace("%1", partner)
    return side_hint(sides, partner)


def side_hint(sides: frozenset[ReferralSide], partner: str) -> str:
    """Which side we are on, and so which changes are ours to make."""
    if sides == {ReferralSide.SENDER}:
        return tr("We sent this referral to %1: they mark it received and answer it; we can "
                  "withdraw it.").replace("%1", partner)
    if sides == {ReferralSide.RECEIVER}:
        return tr("%1 sent this referral to us: we answer it and do the work; only they can "
                  "withdraw it.").replace("%1", partner)
    return tr("This referral is between two other agencies: they change its status.")


def our_sides(case: CaseRecord, ref: Referral) -> frozenset[ReferralSide]:
    """Whether we sent this referral, received it (or, never in practice, both)."""
    us = next((a.id for a in case.agencies.values() if a.is_self), "")
    return referral_sides(ref.from_agency_id, ref.to_agency_id, us)


class TransitionDialog(QDialog):
    """Accepted once the service stored the change (``self.result_referral``)."""

    def __init__(
        self, *, workspace: Workspace, referral: Referral, target: ReferralStatus,
        parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.referral = referral
        self.target = target
        self.result_referral: Referral | None = None
        self.ui = Ui_TransitionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(action_text(target).replace("&", "").rstrip("…"))
        intro = self.ui.intro
        intro.setText(intro.text().replace("%1", label(referral.status))
                      .replace("%2", label(target)))
        self.outcome, self.reason, self.details = self.ui.outcome, self.ui.reason, self.ui.details
        self.outcome_label, self.reason_label = self.ui.outcome_label, self.ui.reason_label
        self.hint, self.error = self.ui.hint, self.ui.problem
        self.error.hide()
        self.outcome.addItem(tr("— choose —"), None)
        for outcome in ReferralOutcome:
            self.outcome.addItem(label(outcome), outcome)
        self.reason.addItem(tr("— choose a reason —"), None)
        for reason in ReferralReason:
            self.reason.addItem(label(reason), reason)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.windowTitle())
        ok.setAccessibleName(self.windowTitle())
        self.ui.buttons.accepted.connect(self.submit)
        ok.setDefault(True)  # Enter in a list box confirms; in the text box it is a new line
        self.details.installEventFilter(self)  # Ctrl+Enter there confirms
        self.details.setToolTip(tr("Ctrl+Enter confirms."))
        self.outcome.currentIndexChanged.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()
        if not (self._completing() or self.needs_reason()):
            ok.setFocus()  # nothing to choose: Enter confirms at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the details box confirms (Enter there is a new line)."""
        if watched is self.details and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    key.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
                return True
        return super().eventFilter(watched, event)

    def _completing(self) -> bool:
        return self.target is RS.COMPLETED

    def needs_reason(self) -> bool:
        return reason_required(self.target, enum_data(self.outcome, ReferralOutcome))

    def _update(self) -> None:
        completing = self._completing()
        self.outcome.setVisible(completing)
        self.outcome_label.setVisible(completing)
        show_reason = self.needs_reason() or completing
        self.reason.setVisible(show_reason)
        self.reason_label.setVisible(show_reason)
        if self.target is RS.SENT:
            self.hint.setText(export_hint())
        elif self.needs_reason():
            self.hint.setText(tr("A reason is required for this change."))
        elif completing:
            self.hint.setText(tr("Say whether the referral reached its goal."))
        else:
            self.hint.setText(tr("Details are optional."))

    def submit(self) -> None:
        """Store the change; on a refusal, show the service's message and stay open."""
        asked = self.needs_reason() or self._completing()
        reason = enum_data(self.reason, ReferralReason) if asked else None
        try:
            self.result_referral = self.ws.referrals.transition(
                self.referral.id,
                self.target,
                outcome=enum_data(self.outcome, ReferralOutcome) if self._completing() else None,
                reason=reason,
                reason_text=self.details.toPlainText(),
                expected_revision=self.referral.revision,
            )
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            field = getattr(error, "field", None) if isinstance(error, ValidationError) else None
            target = {"reason": self.reason, "outcome": self.outcome}.get(field or "")
            if target is not None:
                target.setFocus()
            return
        self.accept()


def partner_of(case: CaseRecord, ref: Referral) -> str:
    """The other agency of a referral (our directory id): whom an export of it goes to."""
    return ref.from_agency_id if ReferralSide.RECEIVER in our_sides(case, ref) \
        else ref.to_agency_id
