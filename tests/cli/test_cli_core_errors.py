"""``nap --lang es`` prints a core error in Spanish: the template from the catalogue, the
words among its values translated (a field label), the data as it is (a name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.cli import main

PASS = "correct horse battery staple, long enough"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    return path


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 1
    return capsys.readouterr().err


def test_a_field_label_in_a_core_error_is_spanish(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("init", "--agency", " ", "--agency-kind", "legal")
    assert error_of(capsys, "--lang", "es", *argv) == (
        "nap: El campo «Nombre de la agencia» es obligatorio.\n"
    )
    assert error_of(capsys, "--lang", "en", *argv) == "nap: Agency name is required.\n"


def test_a_name_in_a_core_error_stays_as_it_is(
    env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "legal"]) == 0
    err = error_of(capsys, "--lang", "es", "export", "--to", "Court",
                   "--out", str(tmp_path / "x.napx"))
    assert err.startswith("nap: Ninguna agencia asociada registrada se llama «Court»: ")


def test_an_error_the_cli_raises_itself_is_spanish(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A core error raised by a CLI command (an unknown referral id) is marked too."""
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "legal"]) == 0
    assert error_of(capsys, "--lang", "es", "referrals", "show", "12345678") == (
        "nap: Ninguna derivación tiene ese id.\n"
    )
    assert error_of(capsys, "--lang", "en", "referrals", "show", "12345678") == (
        "nap: No referral has that id.\n"
    )
