"""The `nap` command line end to end on a real encrypted vault (real Argon2id parameters)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.demo import DEMO_AGENCY, DEMO_PASSPHRASE

PASS = 'it\'s a "quoted" \\ back-slashed passphrase'
CANARY = "Zyxwvutsrq Canarío"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "victim_service_provider"]) == 0
    return path


@pytest.fixture
def demo_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault created by `nap demo` (the only kind it fills), still empty of cases."""
    path = tmp_path / "demo-vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["demo", "--referrals", "0"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_recovery_key_once_and_refuses_second_init(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "init", "--agency", "Other", "--agency-kind", "legal")
    assert code == 1 and "already exists" in err and err[-1] == "\n" and err.count("\n") == 1
    assert {p.name for p in vault.iterdir()} >= {"keyslots.json", "vault.db", "vault.anchor"}


def test_wrong_passphrase_is_one_line_exit_1(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys.readouterr()
    monkeypatch.setenv("NAP_PASSPHRASE", "not the passphrase at all")
    code, _out, err = run(capsys, "referrals", "list")
    assert code == 1
    assert err.startswith("nap: ") and "passphrase is wrong" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_unknown_user_and_not_a_vault(
    vault: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--user", "nobody", "referrals", "list")
    assert code == 1 and "no user" in err.lower()
    code, _, err = run(capsys, "--vault", str(tmp_path / "empty"), "referrals", "list")
    assert code == 1 and "not a NAP vault" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["referrals", "list", "--limit"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["init"],
        ["demo"],
        ["check"],
        ["backup"],
        ["restore"],
        ["users"],
        ["users", "add"],
        ["users", "list"],
        ["users", "remove"],
        ["passwd"],
        ["partners"],
        ["partners", "list"],
        ["referrals"],
        ["referrals", "list"],
        ["referrals", "show"],
    ],
)
def test_help_everywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    assert "usage: nap" in capsys.readouterr().out


def test_demo_list_show_check_and_canary_not_printed_unasked(
    demo_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nap_desktop.services.cases import PersonalInput
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    assert run(capsys, "demo", "--referrals", "300", "--seed", "5")[0] == 0
    with Vault.open(demo_vault) as v:
        ws = Workspace.unlock(v, "admin", DEMO_PASSPHRASE)
        client = ws.cases.create_client(PersonalInput(legal_name=CANARY))
        partner = ws.agencies.list(include_self=False)[0]
        ws.referrals.create(
            client_id=client.id,
            from_agency_id=ws.agency.id,
            to_agency_id=partner.id,
            direction="vsp_to_le",
            services=["legal"],
        )
        ws.lock()
    printed = []
    for argv in (
        ["referrals", "list", "--limit", "1000"],
        ["referrals", "list", "--json"],
        ["referrals", "list", "--search", "canario"],
        ["check"],
        ["users", "list"],
        ["partners", "list"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        printed.append(out + err)
    assert not any("Zyxwvutsrq" in p for p in printed)
    assert "1 of 1 referrals" in printed[2]  # found by search, name still not shown

    code, out, _ = run(capsys, "referrals", "list", "--search", "zyxwvutsrq", "--show-names")
    assert CANARY in out
    code, out, _ = run(capsys, "referrals", "list", "--search", "zyxwvutsrq", "--json")
    ref_id = json.loads(out)["rows"][0]["referral_id"]
    code, out, _ = run(capsys, "referrals", "show", ref_id[:8])
    assert code == 0 and CANARY in out and "Releases of information" in out
    code, out, _ = run(capsys, "referrals", "show", ref_id, "--json")
    data = json.loads(out)
    assert data["client"]["personal"]["legal_name"] == CANARY
    assert data["referral"]["id"] == ref_id

    # Nothing in the vault folder holds the canary in plain text.
    for path in demo_vault.iterdir():
        blob = path.read_bytes()
        assert CANARY.encode() not in blob and CANARY.encode("utf-16-le") not in blob, path.name


def test_users_add_passwd_remove_rotates_key(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", "caseworker pass for tests")
    assert run(capsys, "users", "add", "marcus", "--role", "caseworker")[0] == 0
    monkeypatch.setenv("NAP_USER", "marcus")
    monkeypatch.setenv("NAP_PASSPHRASE", "caseworker pass for tests")
    code, _, err = run(capsys, "users", "list")
    assert code == 0
    code, _, err = run(capsys, "users", "add", "eve", "--role", "admin")
    assert code == 1 and "role" in err
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", "a brand new passphrase 42")
    assert run(capsys, "passwd")[0] == 0
    assert run(capsys, "users", "list")[0] == 1  # old passphrase no longer works
    monkeypatch.setenv("NAP_PASSPHRASE", "a brand new passphrase 42")
    assert run(capsys, "users", "list")[0] == 0
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "users", "remove", "marcus")
    assert code == 0 and "rotated" in out
    monkeypatch.setenv("NAP_USER", "marcus")
    monkeypatch.setenv("NAP_PASSPHRASE", "a brand new passphrase 42")
    code, _, err = run(capsys, "users", "list")
    assert code == 1


def test_backup_restore_refuses_overwrite_without_force(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "vault.napbackup"
    assert run(capsys, "backup", str(backup))[0] == 0
    assert backup.exists() and oct(backup.stat().st_mode & 0o777) == "0o600"
    code, _, err = run(capsys, "restore", str(backup))
    assert (code == 1 and "Confirm" in err) or "--force" in err or "already" in err
    restored = tmp_path / "restored"
    assert run(capsys, "--vault", str(restored), "restore", str(backup))[0] == 0
    assert run(capsys, "--vault", str(restored), "check")[0] == 0


def test_check_detects_damage(demo_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--referrals", "200")[0] == 0
    db = demo_vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    code, _out, err = run(capsys, "check")
    assert code == 1
    assert "damaged" in err.lower() or "PROBLEM" in err
    assert "Traceback" not in err


def test_no_passphrase_without_terminal_is_a_clear_error(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NAP_PASSPHRASE")
    code, _, err = run(capsys, "referrals", "list")
    assert code == 1 and "--passphrase-file" in err
    secret = vault.parent / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    os.chmod(secret, 0o600)
    assert run(capsys, "--passphrase-file", str(secret), "referrals", "list")[0] == 0


def test_nap_switches_core_dumps_off() -> None:
    """A crash must never write survivor data to a core file."""
    code = (
        "import resource, nap_desktop.cli as c\n"
        "try:\n    c.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "(0, 0)"


def test_demo_fills_a_vault_again_and_partners_list_names_every_column(
    demo_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo", "--referrals", "30")[0] == 0
    code, out, err = run(capsys, "demo", "--referrals", "30")  # a vault that has cases
    assert code == 0, err
    assert out.startswith("Added 30 demo referrals")
    code, out, _err = run(capsys, "partners", "list")
    header, _rule, *rows = out.splitlines()
    assert header.split() == ["NAME", "KIND", "OURS", "ID"]
    [ours] = [row for row in rows if row.split()[-2] == "yes"]
    assert ours.startswith(DEMO_AGENCY.split(" (")[0])


def test_demo_is_refused_on_a_real_vault_and_adds_nothing(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "demo", "--referrals", "30")
    assert code == 1 and "not created as a demo vault" in err and "Traceback" not in err
    code, out, _err = run(capsys, "partners", "list")
    assert code == 0 and "(demo)" not in out
    code, out, _err = run(capsys, "referrals", "list", "--json")
    assert code == 0 and json.loads(out)["rows"] == []


def test_demo_referrals_have_an_upper_bound(
    demo_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "demo", "--referrals", "1000001")
    assert code == 1 and "1,000,000" in err
