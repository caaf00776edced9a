"""`nap summary` and `nap report caseload` on a real vault: consent-aware and audited."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nap_desktop.cli import main
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.models import AuditRow
from nap_desktop.store.vault import Vault

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "reports cli passphrase"
CANARY = "Zyxwvutsrq Canario"


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(path, agency_name="Casa Demo", agency_kind="victim_service_provider",
                             admin_name="admin", admin_display_name="Ada Admin", passphrase=PASS,
                             kdf=FAST)
    hsi = ws.agencies.add_partner(name="HSI Demo", kind="le_federal")
    legal = ws.agencies.add_partner(name="Legal Demo", kind="legal")
    client = ws.cases.create_client(PersonalInput(legal_name=CANARY))
    ref = ws.referrals.create(client_id=client.id, from_agency_id=ws.agency.id,
                              to_agency_id=hsi.id, direction="vsp_to_le", services=["legal"])
    today = ws.ctx.today()
    ws.releases.create(client_id=client.id, recipient_agency_id=legal.id,
                       categories=[InfoCategory.IDENTITY], purpose="Legal help",
                       expires_on=today + timedelta(days=60), signed_on=today)
    ws.close()
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    return {"vault": str(path), "referral": ref.id}


def test_summary_for_partner_without_release_withholds_the_name(
        setup: dict[str, str], tmp_path: Path) -> None:
    internal, partner, legal = (tmp_path / n for n in ("int.pdf", "hsi.pdf", "legal.pdf"))
    assert main(["summary", setup["referral"], "--out", str(internal)]) == 0
    assert main(["summary", setup["referral"][:8], "--out", str(partner), "--for", "HSI Demo"]) == 0
    assert main(["summary", setup["referral"], "--out", str(legal), "--for", "legal demo",
                 "--lang", "es"]) == 0
    assert CANARY in text_of(internal)
    assert CANARY not in text_of(partner) and "withheld" in text_of(partner).lower()
    assert CANARY.encode() not in partner.read_bytes()
    assert CANARY in text_of(legal)  # the release to Legal Demo covers identity
    assert oct(partner.stat().st_mode & 0o777) == "0o600"
    with Vault.open(Path(setup["vault"])) as vault:
        ws = Workspace.unlock(vault, "admin", PASS)
        with ws.ctx.read() as s:
            events = s.scalars(select(AuditRow).where(AuditRow.action == "report.summary")).all()
        ws.lock()
    assert len(events) == 3 and all(CANARY not in e.detail for e in events)
    assert "withheld identity" in events[1].detail.replace(",", " ")


def test_caseload_report_and_bad_arguments(setup: dict[str, str], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "caseload.pdf"
    assert main(["report", "caseload", "--out", str(out), "--discreet"]) == 0
    text = text_of(out)
    assert "NAP-26-00001" in text and CANARY not in text
    code = main(["summary", setup["referral"], "--out", str(tmp_path / "x.pdf"),
                 "--override-reason", "court order"])
    assert code == 1 and "--for" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["summary", setup["referral"], "--out", str(tmp_path / "x.txt")])
    assert info.value.code == 2
