"""`nap referrals show` says who recorded each release, as the Releases tab does: a
partner's release (one its package brought) decides nothing of what we share, and used to
print exactly like our own (red team, repro_relay_to_c.sh)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.domain.enums import AgencyKind, ReferralDirection, ServiceType
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from nap_desktop.store.vault import Vault

PASS = "release origin correct horse battery"


@pytest.fixture
def referral_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A client with our release to Harbor Legal Aid, Harbor's own release naming a task
    force (as its package brought it before such packages were refused), and Harbor's
    release naming us, confirmed here by a supervisor."""
    path = tmp_path / "vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "victim_service_provider"]) == 0
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            harbor = ws.agencies.add_partner(name="Harbor Legal Aid", kind=AgencyKind.LEGAL)
            force = ws.agencies.add_partner(name="County Task Force",
                                            kind=AgencyKind.TASK_FORCE)
            client = ws.cases.create_client(PersonalInput(legal_name="Ana"))
            today = ws.ctx.today()

            def release(to: str, categories: list[str]) -> str:
                return ws.releases.create(
                    client_id=client.id, recipient_agency_id=to, categories=categories,
                    purpose="Coordinate", expires_on=today + timedelta(days=30),
                    signed_on=today).id

            release(harbor.id, ["housing"])
            relayed = release(force.id, ["contact", "identity", "location"])
            confirmed = release(harbor.id, ["identity"])
            with ws.ctx.unit_of_work() as s:  # as an import stores a partner's releases
                for rid in (relayed, confirmed):
                    row = s.get(m.ReleaseRow, rid)
                    assert row is not None
                    row.recorded_by_agency_id = harbor.id
                    if rid == confirmed:
                        row.recipient_agency_id = ws.agency.id
            with ws.ctx.read() as s:
                revision = s.get(m.ReleaseRow, confirmed).revision  # type: ignore[union-attr]
            ws.releases.confirm_partner_release(confirmed, expected_revision=revision)
            return ws.referrals.create(
                client_id=client.id, from_agency_id=ws.agency.id, to_agency_id=harbor.id,
                direction=ReferralDirection.BETWEEN_PROVIDERS,
                services=[ServiceType.LEGAL]).id
        finally:
            ws.close()


def test_show_labels_a_partners_release(referral_id: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["referrals", "show", referral_id]) == 0
    shown = capsys.readouterr().out
    releases = shown.split("Releases of information:\n")[1].split("\n\n")[0].splitlines()
    assert releases == [
        line for line in releases if line.startswith(("  to ", "    recorded by "))]
    ours, relayed, confirmed = (releases.index(next(x for x in releases if name in x))
                                for name in ("to Harbor Legal Aid", "to County Task Force",
                                             "to Casa Demo"))
    follows = {i: releases[i + 1] if i + 1 < len(releases) else "" for i in
               (ours, relayed, confirmed)}
    assert not follows[ours].startswith("    recorded by")
    assert follows[relayed] == \
        "    recorded by Harbor Legal Aid — not used for what we share"
    assert follows[confirmed] == \
        "    recorded by Harbor Legal Aid — confirmed here, used for what we share"
