"""``nap cases assign CASE... --to USER --reason TEXT`` end to end on a demo vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault


@pytest.fixture
def cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    path = tmp_path / "demo-vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "sofia")
    monkeypatch.setenv("NAP_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["demo", "--referrals", "0"]) == 0
    with Vault.open(path) as v:
        ws = Workspace.unlock(v, "admin", DEMO_PASSPHRASE)
        numbers = [ws.cases.create_client(PersonalInput(legal_name=n)).case_number
                   for n in ("Rosa", "Mai")]
        ws.lock()
    return path, numbers


def test_a_supervisor_assigns_two_cases(cases: tuple[Path, list[str]],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, numbers = cases
    code = main(["cases", "assign", *numbers, "--to", "thu", "--reason", "Balancing"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "Assigned 2 cases to Thu Pham (demo)." in out
    with Vault.open(path) as v:
        ws = Workspace.unlock(v, "admin", DEMO_PASSPHRASE)
        thu = ws.assignments.find_worker("thu")
        for client_id in ws.assignments.find_cases(numbers):
            assert ws.cases.get_case(client_id).client.assigned_user_id == thu
            assert [a.reason for a in ws.assignments.history(client_id)] == ["Balancing"]
        ws.lock()


def test_a_caseworker_is_refused_and_an_unknown_case_changes_nothing(
        cases: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, numbers = cases
    monkeypatch.setenv("NAP_USER", "marcus")
    code = main(["cases", "assign", numbers[0], "--to", "thu", "--reason", "Mine to give"])
    err = capsys.readouterr().err
    assert code == 1 and "Only a supervisor or an administrator can assign cases" in err
    assert "Traceback" not in err
    monkeypatch.setenv("NAP_USER", "sofia")
    code = main(["cases", "assign", numbers[0], "2026-99999", "--to", "thu", "--reason", "x"])
    err = capsys.readouterr().err
    assert code == 1 and "There is no case 2026-99999" in err
    with Vault.open(path) as v:
        ws = Workspace.unlock(v, "admin", DEMO_PASSPHRASE)
        assert ws.assignments.history(ws.assignments.find_cases(numbers[:1])[0]) == []
        ws.lock()


def test_the_reason_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["cases", "assign", "2026-00001", "--to", "thu"])
    assert caught.value.code == 2
    assert "--reason" in capsys.readouterr().err
