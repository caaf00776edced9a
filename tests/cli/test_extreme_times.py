"""`nap referrals list / show` over stored times at the edge of what Python represents,
written straight into the vault, in zones where their local time overflows."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.domain.enums import AgencyKind, ReferralDirection, ServiceType
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.extreme_times import EXTREMES, ZONES, local_zone, stamp

PASS = "extreme times correct horse battery"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A vault with a referral stamped at each extreme; key -> referral id."""
    path = tmp_path / "vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "victim_service_provider"]) == 0
    referrals = {}
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            partner = ws.agencies.add_partner(name="Harbor Legal Aid", kind=AgencyKind.LEGAL)
            for key, (moment, day) in EXTREMES.items():
                client = ws.cases.create_client(PersonalInput(legal_name=f"Extreme {key}"))
                referrals[key] = ws.referrals.create(
                    client_id=client.id, from_agency_id=ws.agency.id, to_agency_id=partner.id,
                    direction=ReferralDirection.BETWEEN_PROVIDERS,
                    services=[ServiceType.LEGAL]).id
                stamp(ws, client.id, moment, day)
        finally:
            ws.close()
    return referrals


@pytest.mark.parametrize("zone", ZONES)
def test_list_and_show_print_every_extreme_time(
        vault: dict[str, str], zone: str, capsys: pytest.CaptureFixture[str]) -> None:
    with local_zone(zone):
        assert main(["referrals", "list"]) == 0
        listed = capsys.readouterr().out
        assert "2 of 2 referrals" in listed
        assert "9999-12-31" in listed and "0001-01-01" in listed
        for key, referral_id in vault.items():
            assert main(["referrals", "show", referral_id]) == 0
            shown = capsys.readouterr().out
            assert EXTREMES[key][0][:10] in shown  # the history's time
