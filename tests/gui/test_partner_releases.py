"""The Releases tab says who recorded each release: a partner's copy is labelled "not used
for what we share", and a supervisor or administrator can confirm it (audited), after a
dialog that says what confirming does. A caseworker cannot."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from nap_desktop.domain.enums import Role
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
