"""The Releases tab says who recorded each release: a partner's copy is labelled "not used
for what we share", and a supervisor or administrator can confirm it (audited), after a
dialog that says what confirming does. A caseworker cannot."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from nap_desktop.domain.enums import Role
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.services.base import Actor
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.conftest import PlantedCase, plant_case
from tests.gui.test_case_view import answering, open_view


def partners_release(ws: Workspace) -> tuple[PlantedCase, str, str]:
    """A case with a release that a partner's package brought (stored as its import
    stores it)."""
    planted = plant_case(ws)
    partner = next(a for a in ws.agencies.list(include_self=False))
    today = ws.ctx.today()
    release = ws.releases.create(client_id=planted.client_id, recipient_agency_id=partner.id,
                                 categories=["identity", "contact"], purpose="Theirs",
                                 expires_on=today + timedelta(days=90), signed_on=today)
    with ws.ctx.unit_of_work() as s:
        s.execute(update(m.ReleaseRow).where(m.ReleaseRow.id == release.id)
                  .values(recorded_by_agency_id=partner.id))
    return planted, release.id, partner.name


def test_a_partners_release_is_labelled_and_confirmed_deliberately(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted, release_id, partner = partners_release(workspace)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.releases_tab
    tab.select(release_id)
    status = tab.model.status_text(tab.selected())  # type: ignore[arg-type]
    assert f"Recorded by {partner} — not used for what we share" in status
    assert not tab.confirm_button.isHidden() and tab.confirm_button.isEnabled()
    details = tab._details_html(tab.selected())  # type: ignore[arg-type]
    assert "does not decide what we share" in details
    assert "redacted in anything sent" not in details  # it decides nothing of what we send
    shown: list[str] = []

    def read(dialog: object) -> None:
        from PySide6.QtWidgets import QLabel

        shown.extend(w.text() for w in dialog.findChildren(QLabel))  # type: ignore[attr-defined]

    tab.run_dialog = answering(read)
    assert tab.confirm_selected()
    assert any("counts for what your agency shares" in text for text in shown)
    [release] = workspace.releases.for_client(planted.client_id)
    assert release.counts_for_our_consent and release.confirmed_by_user_id is not None
    tab.select(release_id)
    assert tab.confirm_button.isHidden()
    assert "confirmed here" in tab.model.status_text(release)
    assert "redacted in anything sent" in tab._details_html(release)


def test_a_caseworker_cannot_confirm_a_partners_release(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted, release_id, _ = partners_release(workspace)
    marcus = next(u for u in workspace.users.list() if u.name == "marcus")
    assert marcus.role is Role.CASEWORKER
    workspace.ctx.actor = Actor(user=marcus, agency=workspace.ctx.actor.agency)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.releases_tab
    tab.select(release_id)
    assert not tab.confirm_button.isHidden() and not tab.confirm_button.isEnabled()
    assert not tab.confirm_selected()
    assert not workspace.releases.for_client(planted.client_id)[0].counts_for_our_consent


def terms_shown(dialog: QDialog) -> dict[str, str]:
    """What the confirmation dialog lists, term by term (label -> value)."""
    [form] = [box.layout() for box in dialog.findChildren(QGroupBox)]
    assert isinstance(form, QFormLayout)
    rows: dict[str, str] = {}
    for row in range(form.rowCount()):
        what = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(what, QLabel) and isinstance(value, QLabel)
        assert value.textFormat() is Qt.TextFormat.PlainText  # a partner's words, not markup
        rows[what.text()] = value.text()
    return rows


def test_the_confirm_dialog_shows_the_terms_being_confirmed(
        qtbot: QtBot, workspace: Workspace) -> None:
    """Recipient, categories (by their labels), signed on and by, expiry and purpose, so
    the supervisor compares what is confirmed with the signed form."""
    planted, release_id, partner = partners_release(workspace)
    with workspace.ctx.unit_of_work() as s:  # a partner's purpose is shown, never rendered
        s.execute(update(m.ReleaseRow).where(m.ReleaseRow.id == release_id)
                  .values(purpose="<b>Theirs</b>"))
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.releases_tab
    tab.select(release_id)
    shown: list[dict[str, str]] = []

    def read_and_cancel(dialog: QDialog) -> int:
        shown.append(terms_shown(dialog))
        dialog.reject()
        return 0

    tab.run_dialog = read_and_cancel
    assert not tab.confirm_selected()
    today = workspace.ctx.today()
    assert shown == [{
        "Recipient": partner,
        "Covers": "Identity (names, date of birth, minor), Contact and safe-contact details",
        "Signed": f"{fmt_date(today)} by survivor",
        "Expires": fmt_date(today + timedelta(days=90)),
        "Purpose": "<b>Theirs</b>",
    }]
    assert not workspace.releases.for_client(planted.client_id)[0].counts_for_our_consent


def test_a_release_changed_while_the_dialog_is_open_is_not_confirmed(
        qtbot: QtBot, workspace: Workspace) -> None:
    """A package imported while the dialog is open widens the release: Confirm says so
    and confirms nothing; the dialog stays open."""
    planted, release_id, _ = partners_release(workspace)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.releases_tab
    tab.select(release_id)

    def widened_meanwhile(dialog: QDialog) -> None:
        with workspace.ctx.unit_of_work() as s:  # as the importer writes a partner's edit
            s.execute(update(m.ReleaseRow).where(m.ReleaseRow.id == release_id)
                      .values(categories="contact,identity,location",
                              revision=m.ReleaseRow.revision + 1))

    tab.run_dialog = answering(widened_meanwhile)
    assert not tab.confirm_selected()
    error = tab.last_dialog.error  # type: ignore[attr-defined]
    assert not error.isHidden()
    assert error.text() == ("This release changed since you opened it; nothing was "
                            "confirmed. Read it again and confirm it only if it is still "
                            "right.")
    [release] = workspace.releases.for_client(planted.client_id)
    assert not release.counts_for_our_consent
