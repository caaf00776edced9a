"""The onward referral travels to the shelter between two real vaults: the FBI refers a
survivor to us (vault A), we refer her on to the shelter (vault B), export through the
wizard, which offers the onward referral and never the FBI's, and import at the shelter.
The chain link stays in A: the shelter learns of no FBI referral, no FBI agency, no link
(docs/transfer-format.md, "Onward referrals")."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import AgencyKind, ReferralStatus, ServiceType
from nap_desktop.gui.transfer.export import ExportWizard
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from tests.gui.test_transfer_gui import (
    WAIT,
    make,
    open_import,
    partner_id,
    pin,
    run_export,
    save_card,
    side,
)
from tests.transfer.transfer_helpers import open_plain

__all__ = ["english"]
from tests.gui.test_transfer_gui import english


def test_the_onward_referral_goes_to_the_shelter_and_its_chain_stays_here(
    qtbot: QtBot, tmp_path: Path, english: None, qtmodeltester: Any
) -> None:
    a = make(tmp_path / "a", "Casa Esperanza (test)", AgencyKind.VICTIM_SERVICE_PROVIDER)
    b = make(tmp_path / "b", "Harbor Shelter (test)", AgencyKind.HOUSING)
    try:
        _run(qtbot, a, b, tmp_path, qtmodeltester)
    finally:
        a.close()
        b.close()


def _run(qtbot: QtBot, a: Workspace, b: Workspace, tmp_path: Path, tester: Any) -> None:
    pin(qtbot, a, tmp_path / "b.napcard", save_card(qtbot, b, tmp_path / "b.napcard"))
    pin(qtbot, b, tmp_path / "a.napcard", save_card(qtbot, a, tmp_path / "a.napcard"))
    shelter = partner_id(a)
    fbi = a.agencies.add_partner(name="FBI Victim Services", kind=AgencyKind.LE_FEDERAL)
    client = a.cases.create_client(PersonalInput(legal_name="Ana Onward"))
    today = a.ctx.today()
    release = a.releases.create(
        client_id=client.id, recipient_agency_id=shelter,
        categories=["identity", "housing", "notes"], purpose="Shelter placement",
        expires_on=today + timedelta(days=90), signed_on=today)
    received = a.referrals.create(
        client_id=client.id, from_agency_id=fbi.id, to_agency_id=a.agency.id, direction=None,
        services=[ServiceType.HOUSING], external_case_number="FBI-INV-0001",
        reason="FBI victim specialist: survivor of a labor trafficking case")
    onward = a.referrals.create(
        client_id=client.id, from_agency_id=a.agency.id, to_agency_id=shelter, direction=None,
        services=[ServiceType.HOUSING], release_id=release.id, follows_id=received.id,
        reason="Needs a safe bed tonight")
    a.referrals.transition(onward.id, ReferralStatus.SENT)  # a supervisor approves it

    # The wizard offers the onward referral (the one with this partner), never the FBI's.
    wizard = ExportWizard(workspace=a, discreet=False, referral_ids=[onward.id],
                          partner_id=shelter)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    cases = wizard.cases_page
    tester.check(cases.model)
    assert [r.key for r in cases.model.rows] == [onward.id]
    assert cases.model.checked == {onward.id}
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT):
        wizard.next()
    run_export(qtbot, wizard, tmp_path / "for-shelter")
    package = tmp_path / "for-shelter.napx"
    wizard.accept()

    # What travels: no FBI agency, referral, case number or link, and no FBI reason.
    plain = open_plain(package.read_bytes(), side(b))
    carried = b"".join(plain.records) + plain.manifest
    for secret in (b"FBI", received.id.encode(), b"follows", b"labor trafficking case"):
        assert secret not in carried, secret
    assert b"Needs a safe bed tonight" in carried  # the notes category is released

    dialog = open_import(qtbot, b, package, discreet=False)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        dialog.apply()
    got = b.cases.get_case(client.id)
    [ref] = got.referrals
    assert ref.id == onward.id and ref.status is ReferralStatus.SENT
    assert ref.follows_id is None
    assert ref.release_id == release.id
    assert [n.body for n in got.notes] == ["Needs a safe bed tonight"]
    assert not any("FBI" in agency.name for agency in b.agencies.list())
    with b.ctx.read() as s:
        assert s.query(m.ReferralRow).count() == 1
