"""`nap referrals new`: a referral on an existing case, sent or received, on a real vault.
Every bad argument first (each gets its own message, exit 1, nothing stored), then the
referral received from the FBI and the one sent on to the shelter that follows from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.domain.enums import AgencyKind, ReferralDirection, ReferralStatus, ServiceType
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from nap_desktop.store.vault import Vault

PASS = "onward referrals correct horse battery"


@dataclass
class Setup:
    path: Path
    case: str  #: Ana's case number
    other_case: str
    fbi_referral: str  #: received from the FBI, Ana's
    other_referral: str  #: Bea's, to the shelter
    shelter_release: str  #: Ana's, to the shelter, active
    fbi_release: str  #: Ana's, to the FBI
    other_client_release: str  #: Bea's, to the shelter
    expired_release: str  #: Ana's, to the shelter, lapsed


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Setup:
    path = tmp_path / "vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "victim_service_provider"]) == 0
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            return _fill(ws, path)
        finally:
            ws.close()


def _fill(ws: Workspace, path: Path) -> Setup:
    fbi = ws.agencies.add_partner(name="FBI Victim Services", kind=AgencyKind.LE_FEDERAL)
    shelter = ws.agencies.add_partner(name="Harbor Shelter", kind=AgencyKind.HOUSING)
    ana = ws.cases.create_client(PersonalInput(legal_name="Ana"))
    bea = ws.cases.create_client(PersonalInput(legal_name="Bea"))
    today = ws.ctx.today()

    def release(client: str, to: str) -> str:
        return ws.releases.create(client_id=client, recipient_agency_id=to,
                                  categories=["identity", "housing"], purpose="Housing",
                                  expires_on=today + timedelta(days=30), signed_on=today).id

    shelter_release, fbi_release = release(ana.id, shelter.id), release(ana.id, fbi.id)
    other_client_release, expired = release(bea.id, shelter.id), release(ana.id, shelter.id)
    with ws.ctx.unit_of_work() as s:  # lapsed yesterday (a release cannot be made so)
        row = s.get(m.ReleaseRow, expired)
        assert row is not None
        row.signed_on, row.expires_on = today - timedelta(days=40), today - timedelta(days=1)
    received = ws.referrals.create(client_id=ana.id, from_agency_id=fbi.id,
                                   to_agency_id=ws.agency.id, direction=None,
                                   services=[ServiceType.HOUSING])
    other = ws.referrals.create(client_id=bea.id, from_agency_id=ws.agency.id,
                                to_agency_id=shelter.id, direction=None,
                                services=[ServiceType.HOUSING])
    return Setup(path=path, case=ana.case_number, other_case=bea.case_number,
                 fbi_referral=received.id, other_referral=other.id,
                 shelter_release=shelter_release, fbi_release=fbi_release,
                 other_client_release=other_client_release, expired_release=expired)


def nap(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["referrals", "new", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def nap_show(capsys: pytest.CaptureFixture[str], referral_id: str) -> tuple[int, str, str]:
    code = main(["referrals", "show", referral_id])
    out, err = capsys.readouterr()
    return code, out, err


def referral_count(path: Path) -> int:
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            with ws.ctx.read() as s:
                return s.query(m.ReferralRow).count()
        finally:
            ws.close()


BAD = {
    "unknown case": (["--case", "NAP-99-99999"], "No case has the number"),
    "unknown partner": (["--partner", "Nowhere Agency"], "No agency called “Nowhere Agency”"),
    "ourselves as partner": (["--partner", "Casa Demo"], "Your own agency cannot be the partner"),
    "release of another client": (["--release", "{other_client_release}"],
                                  "That release of information is for another client."),
    "release to another partner": (["--release", "{fbi_release}"],
                                   "made out to FBI Victim Services, not to the partner"),
    "expired release": (["--release", "{expired_release}"],
                        "That release of information is expired; choose an active one."),
    "follows a referral of another case": (["--follows", "{other_referral}"],
                                           "belongs to another case"),
    "unknown service": (["--services", "housing,spaceflight"], "spaceflight"),
    "unknown follows": (["--follows", "00000000-dead"], "No referral has that id."),
}


@pytest.mark.parametrize("name", list(BAD))
def test_every_bad_argument_has_its_own_message_and_stores_nothing(
    setup: Setup, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    capsys.readouterr()
    override, message = BAD[name]
    values = {"--case": setup.case, "--partner": "Harbor Shelter", "--direction": "sent",
              "--services": "housing"}
    extra: list[str] = []
    for flag, raw in zip(override[::2], override[1::2], strict=True):
        value = raw.format(**vars(setup))
        if flag in values:
            values[flag] = value
        else:
            extra += [flag, value]
    argv = [x for pair in values.items() for x in pair] + extra
    code, out, err = nap(capsys, *argv)
    assert code == 1, (out, err)
    assert message in err and "Traceback" not in err and out == ""
    assert referral_count(setup.path) == 2


def test_usage_errors_name_the_argument(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(["referrals", "new", "--case", setup.case, "--partner", "Harbor Shelter",
              "--direction", "sideways", "--services", "housing"])
    assert info.value.code == 2
    assert "--direction" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["referrals", "new", "--case", setup.case, "--direction", "sent",
              "--services", "housing"])
    assert "--partner" in capsys.readouterr().err


def test_onward_referral_from_the_command_line(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, err = nap(capsys, "--case", setup.case.lower(), "--partner", "harbor shelter",
                         "--direction", "sent", "--services", "housing,legal",
                         "--urgency", "priority", "--release", setup.shelter_release[:8],
                         "--follows", setup.fbi_referral[:8],
                         "--reason", "Needs a safe bed tonight")
    assert code == 0, err
    new_id = out.strip()
    assert len(new_id) == 36 and out.count("\n") == 1
    with Vault.open(setup.path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            client = ws.queries.client_by_case_number(setup.case)
            case = ws.cases.get_case(client)
            ref = next(r for r in case.referrals if r.id == new_id)
            assert ref.status is ReferralStatus.DRAFT
            assert ref.follows_id == setup.fbi_referral
            assert ref.release_id == setup.shelter_release
            assert ref.services == {ServiceType.HOUSING, ServiceType.LEGAL}
            assert ref.direction is ReferralDirection.BETWEEN_PROVIDERS
            assert [n.body for n in case.notes if n.referral_id == new_id] == [
                "Needs a safe bed tonight"]
            events = [e.action for e in ws.cases.history(client)]
            assert "referral.create" in events and "note.add" in events
        finally:
            ws.close()
    code, out, err = nap_show(capsys, new_id)
    assert code == 0, err
    assert f"Follows from referral {setup.fbi_referral[:8]} (FBI Victim Services -> " in out
    # Received: the partner referred the survivor to us; it starts as received.
    code, out, err = nap(capsys, "--case", setup.case, "--partner", "FBI Victim Services",
                         "--direction", "received", "--services", "immigration")
    assert code == 0, err
    assert referral_count(setup.path) == 4
