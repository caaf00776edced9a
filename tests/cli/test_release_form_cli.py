"""`nap report release-form` and the service behind it on a real vault: the partner and
every category, the name only with --print-name, audited without the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from nap_desktop.cli import main
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.models import AuditRow
from nap_desktop.store.vault import Vault
from tests.reports.pdftext import all_text, assert_absent

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "release form passphrase"
CANARY = "Zyxwvutsrq Canario"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(path, agency_name="Casa Demo", agency_kind="victim_service_provider",
                             admin_name="admin", admin_display_name="Ada Admin", passphrase=PASS,
                             kdf=FAST)
    shelter = ws.agencies.add_partner(name="Harbor Shelter", kind="housing")
    client = ws.cases.create_client(PersonalInput(legal_name=CANARY))
    ws.close()
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    return {"vault": str(path), "case": client.case_number, "client": client.id,
            "shelter": shelter.id}


def audit_details(path: str) -> list[str]:
    with Vault.open(Path(path)) as v:
        ws = Workspace.unlock(v, "admin", PASS)
        with ws.ctx.read() as s:
            rows = s.scalars(select(AuditRow).where(AuditRow.action == "report.release_form"))
            details = [r.detail for r in rows]
        ws.lock()
    return details


def test_form_names_the_partner_and_leaves_the_name_blank(
        vault: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank, named = tmp_path / "blank.pdf", tmp_path / "named.pdf"
    assert main(["report", "release-form", "--partner", "harbor shelter", "--lang", "es",
                 "--case", vault["case"], "-o", str(blank)]) == 0
    assert "Wrote" in capsys.readouterr().out
    text = all_text(blank.read_bytes())
    assert "Harbor Shelter" in text and vault["case"] in text and "Casa Demo" in text
    assert "Autorización para compartir información" in text
    assert_absent(blank.read_bytes(), CANARY)
    assert oct(blank.stat().st_mode & 0o777) == "0o600"
    assert main(["report", "release-form", "--partner", "Harbor Shelter", "--case",
                 vault["case"], "--print-name", "--out", str(named)]) == 0
    assert CANARY in all_text(named.read_bytes())
    details = audit_details(vault["vault"])
    assert len(details) == 2 and all(CANARY not in d for d in details)
    assert "left blank" in details[0] and "printed" in details[1]


def test_bad_requests_are_refused_plainly(vault: dict[str, str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "release-form", "--partner", "Harbor Shelter", "--print-name",
                 "--out", str(out)]) == 1
    assert "--case" in capsys.readouterr().err
    assert main(["report", "release-form", "--partner", "Nobody", "--out", str(out)]) == 1
    assert main(["report", "release-form", "--partner", "Casa Demo", "--out", str(out)]) == 1
    assert "another agency" in capsys.readouterr().err
    assert main(["report", "release-form", "--partner", "Harbor Shelter", "--case",
                 "NAP-00-404", "--out", str(out)]) == 1
    assert not out.exists()
    with Vault.open(Path(vault["vault"])) as v:
        ws = Workspace.unlock(v, "admin", PASS)
        with pytest.raises(NotFound):
            ws.reports.release_form(vault["shelter"], client_id="nope")
        with pytest.raises(ValidationError):
            ws.reports.release_form(vault["shelter"], lang="fr")
        ws.lock()
