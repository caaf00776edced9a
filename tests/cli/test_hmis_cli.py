"""`nap report hmis` on a real (encrypted) vault: the files, the options, plain refusals."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.reports.hmis.validator import validate
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store import models as m
from nap_desktop.store.kdf import KdfParams

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "hmis export passphrase"
CANARY = "Zyxwvutsrq Canario"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """One housing project, one client placed in it on 2024-01-10 (exited 2024-03-01)."""
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(path, agency_name="Casa Demo", agency_kind="victim_service_provider",
                             admin_name="admin", admin_display_name="Ada Admin", passphrase=PASS,
                             kdf=FAST)
    client = ws.cases.create_client(PersonalInput(legal_name=CANARY))
    now = ws.ctx.now()
    project_id = new_id()
    with ws.ctx.unit_of_work() as s:
        s.add(m.ProjectRow(id=project_id, name="Casa RRH", hmis_project_type=13,
                           operating_start=date(2020, 1, 1), operating_end=None,
                           coc_code="XX-500", geocode="123456", housing_type=3, active=True,
                           revision=1, created_at=now, updated_at=now))
        s.add(m.PlacementRow(id=new_id(), client_id=client.id, program_type="rapid_rehousing",
                             provider="Casa", status="exited", start_date=date(2024, 1, 10),
                             exit_date=date(2024, 3, 1), exit_destination="deceased",
                             project_id=project_id, revision=1, created_at=now,
                             updated_at=now))
    ws.close()
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    return {"project": project_id}


def hmis(out: Path, *extra: str) -> int:
    return main(["report", "hmis", "--fy", "2024", "--from", "2023-10-01", "--to",
                 "2024-09-30", "--out", str(out), *extra])


def test_writes_the_files_names_only_when_asked(vault: dict[str, str], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hmis"
    assert hmis(out, "--project", vault["project"]) == 0
    said = capsys.readouterr().out
    assert "Wrote 24 HMIS CSV files (FY2024)" in said and "1 clients, 1 enrollments" in said
    written = {p.stem: p.read_bytes() for p in out.glob("*.csv")}
    assert validate(written, 2024) == []
    assert CANARY.encode() not in b"".join(written.values())
    with open(out / "Exit.csv", newline="", encoding="utf-8") as handle:
        assert [r["Destination"] for r in csv.DictReader(handle)] == ["24"]
    assert hmis(tmp_path / "named", "--names") == 0
    assert CANARY.split(maxsplit=1)[0].encode() in (tmp_path / "named" / "Client.csv").read_bytes()
    assert main(["report", "hmis", "--fy", "2026", "--from", "2023-10-01", "--to",
                 "2024-09-30", "--out", str(tmp_path / "fy26"), "--hash"]) == 0
    assert validate({p.stem: p.read_bytes() for p in (tmp_path / "fy26").glob("*.csv")},
                    2026) == []


@pytest.mark.parametrize(("argv", "words"), [
    (["--fy", "2025"], "invalid choice"),
    (["--from", "2024-02-30"], "not a date in the calendar"),
    (["--from", "01/02/2024"], "YYYY-MM-DD"),
    (["--to", "2023-01-01"], "before --from"),
    (["--names", "--hash"], "not allowed with"),
    (["--project", "no-such-project"], "No project"),
])
def test_bad_input_is_refused_plainly_and_nothing_is_written(
        vault: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        argv: list[str], words: str) -> None:
    out = tmp_path / "out"
    base = {"--fy": "2024", "--from": "2023-10-01", "--to": "2024-09-30"}
    flags = [a for a in argv if a.startswith("--") and a in base]
    for flag in flags:
        base.pop(flag)
    args = [x for pair in base.items() for x in pair]
    try:
        code = main(["report", "hmis", *args, *argv, "--out", str(out)])
    except SystemExit as usage:  # argparse: a usage error
        code = usage.code  # type: ignore[assignment]
    assert code in (1, 2)
    assert words in capsys.readouterr().err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_an_existing_folder_with_files_is_refused(vault: dict[str, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.txt").write_text("mine")
    assert hmis(out) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["report.txt"]
