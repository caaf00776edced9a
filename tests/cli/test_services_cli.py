"""``nap services add|list``, ``nap tasks [--ics FILE]``, ``nap funding list|add`` (issue
#13) end to end on a demo vault: one-line messages, exit 1 (2 for a malformed command
line), nothing stored on a refusal, a calendar file with case numbers only."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = tmp_path / "demo-vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "marcus")
    monkeypatch.setenv("NAP_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["demo", "--referrals", "0"]) == 0
    with Vault.open(path) as v:
        ws = Workspace.unlock(v, "marcus", DEMO_PASSPHRASE)
        client = ws.cases.create_client(PersonalInput(legal_name="Rosa Quokkaname"),
                                        assigned_user_id=ws.user.id if ws.user else None)
        ws.lock()
    return tmp_path, client.case_number


def _json(args: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_services_are_added_and_listed(case: tuple[Path, str],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _tmp, number = case
    code = main(["services", "add", number, "--date", "2026-11-02", "--category",
                 "accompaniment_court", "--minutes", "180", "--mode", "accompaniment",
                 "--note", "Rosa Quokkaname at court"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "Accompaniment to court" in out and "Quokkaname" not in out
    [listed] = _json(["services", "list", number], capsys)  # type: ignore[misc]
    assert (listed["category"], listed["minutes"], listed["status"]) == (
        "accompaniment_court", 180, "delivered")


@pytest.mark.parametrize(("extra", "code", "says"), [
    (["--minutes", "2000"], 1, "from 0 to 1,440"),
    (["--category", "massage"], 2, "invalid choice"),
    (["--date", "2026-13-45"], 1, ""),
    (["--date", "02/11/2026"], 2, "YYYY-MM-DD"),
    (["--partner-referral", "0000"], 1, "not one of this case"),
])
def test_bad_arguments_store_nothing(case: tuple[Path, str], capsys: pytest.CaptureFixture[str],
                                     extra: list[str], code: int, says: str) -> None:
    _tmp, number = case
    args = ["services", "add", number, "--date", "2026-11-02", "--category", "case_management"]
    for i in range(0, len(extra), 2):
        if extra[i] in args:
            args[args.index(extra[i]) + 1] = extra[i + 1]
        else:
            args += extra[i:i + 2]
    try:
        got = main(args)
    except SystemExit as exit_:  # argparse: a malformed command line
        got = int(exit_.code or 0)
    assert got == code
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert _json(["services", "list", number], capsys) == []


def test_tasks_and_the_calendar_file(case: tuple[Path, str],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    tmp, number = case
    tasks = _json(["tasks"], capsys)
    assert [(t["kind"], t["case_number"]) for t in tasks] == [("plan_due", number)]  # type: ignore[index,union-attr]
    ics = tmp / "my-tasks.ics"
    assert main(["tasks", "--ics", str(ics)]) == 0
    assert "Wrote 1 task date" in capsys.readouterr().out
    data = ics.read_bytes()
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and number.encode() in data
    assert b"Quokkaname" not in data and b"Rosa" not in data
    assert main(["tasks", "--team"]) == 1  # a caseworker
    assert "supervisor" in capsys.readouterr().err


def test_funding_sources(case: tuple[Path, str], capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["funding", "add", "--funder", "voca", "--name", "VOCA 2027"]) == 1
    assert "supervisor" in capsys.readouterr().err
    monkeypatch.setenv("NAP_USER", "sofia")
    assert main(["funding", "add", "--funder", "state", "--name", "State grant",
                 "--from", "2026-10-01", "--to", "2026-01-01"]) == 1
    assert "ends (1 Jan 2026) before it starts" in capsys.readouterr().err
    assert main(["funding", "add", "--funder", "state", "--name", "State grant",
                 "--award", "ST-1", "--from", "2025-10-01", "--to", "2026-09-30"]) == 0
    names = {f["name"] for f in _json(["funding", "list"], capsys)}  # type: ignore[index,union-attr]
    assert "State grant" in names and "VOCA Victim Assistance (demo)" in names
