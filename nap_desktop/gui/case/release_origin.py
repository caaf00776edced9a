"""Who recorded a release, in the Releases tab, and the deliberate way to make a
partner's copy count for what we share (``ReleaseService.confirm_partner_release``).

A release that arrived in a partner's package is that partner's record: it is shown, and
labelled, but it never opens anything we send. A supervisor who has seen the signed form
may confirm it; the confirmation is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from nap_desktop.domain.entities import Agency, Release
from nap_desktop.domain.enums import InfoCategory, Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.forms.ui_confirm_release import Ui_ConfirmReleaseDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import fmt_date, tr
from nap_desktop.gui.widgets.labels import label


def origin_text(release: Release, agencies: dict[str, Agency]) -> str:
    """"" for our own releases; otherwise who recorded it and what that means here."""
    if release.recorded_by_agency_id is None:
        return ""
    agency = agencies.get(release.recorded_by_agency_id)
    name = agency.name if agency else tr("another agency")
    if release.counts_for_our_consent:
        return tr("Recorded by %1 — confirmed here, used for what we share").replace("%1", name)
    return tr("Recorded by %1 — not used for what we share").replace("%1", name)


def may_confirm(release: Release | None, user: Any) -> bool:
    return release is not None and not release.counts_for_our_consent \
        and user is not None and role_at_least(user.role, Role.SUPERVISOR)


def release_terms(release: Release, agencies: dict[str, Agency]) -> list[tuple[str, str]]:
    """(what, value) for each term a supervisor confirms: recipient, categories, who signed
    and when, expiry and purpose, as the release reads now."""
    recipient = agencies.get(release.recipient_agency_id)
    signed = tr("%1 by %2").replace("%1", fmt_date(release.signed_on)).replace(
        "%2", label(release.signed_by).lower())
    return [
        (tr("Recipient"), recipient.name if recipient else tr("Unknown agency")),
        (tr("Covers"), ", ".join(label(c) for c in InfoCategory if c in release.categories)),
        (tr("Signed"), signed if release.signed_on is not None else ""),
        (tr("Expires"), fmt_date(release.expires_on)),
        (tr("Purpose"), release.purpose),
    ]


def _plain(text: str) -> QLabel:
    """A label that shows ``text`` as written: a partner's words are never markup."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    return lab


class ConfirmReleaseDialog(QDialog):
    """Says what confirming does and shows the terms being confirmed (as read when the
    dialog opened), then runs ``action``; a refusal stays in the dialog."""

    def __init__(self, *, partner: str, release: Release, agencies: dict[str, Agency],
                 action: Callable[[], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.action = action
        self.ui = Ui_ConfirmReleaseDialog()
        self.ui.setupUi(self)
        intro = self.ui.intro
        intro.setText(intro.text().replace("%1", partner))
        for what, value in release_terms(release, agencies):
            self.ui.terms_form.addRow(what, _plain(value))
        self.error = self.ui.problem
        self.error.hide()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Confirm for our sharing"))
        ok.setAccessibleName(tr("Confirm for our sharing"))
        self.ui.buttons.accepted.connect(self.submit)

    def submit(self) -> None:
        try:
            self.action()
        except Exception as error:
            self.error.setText(error_text(error))
            self.error.setVisible(True)
            return
        self.accept()
