"""``nap`` speaks the language of ``--lang`` or of the locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``), from the one message catalogue; its help and its messages alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nap_desktop import i18n
from nap_desktop.cli import chosen_language, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def test_lang_option_prints_spanish(tmp_path: Path, no_locale: None,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "keyslots.json").write_text("{}", encoding="utf-8")
    backup = tmp_path / "backup.napbak"
    backup.write_bytes(b"")
    code = main(["--lang", "es", "--vault", str(vault), "restore", str(backup)])
    assert code == 1
    assert capsys.readouterr().err == (
        f"nap: ya existe una bóveda en {vault}; no se cambió nada. Agregue --force para "
        "reemplazarla con la copia de seguridad\n"
    )
    assert i18n.language() == "es"


def test_help_follows_the_locale_and_lang_overrides_it(
    monkeypatch: pytest.MonkeyPatch, no_locale: None, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "crear una bóveda nueva" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "create a new vault" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "environ", "expected"), [
    (["--lang", "es", "check"], {}, "es"),
    (["--lang=es_SV", "check"], {"LANG": "en_US.UTF-8"}, "es_SV"),
    (["check"], {"LC_ALL": "es_MX.UTF-8"}, "es_MX"),
    (["check"], {}, "en"),
    (["--", "--lang", "es"], {}, "en"),
    (["--vault", "--lang", "summary", "x"], {}, "en"),  # a folder named --lang
    (["--user", "ana", "summary", "x", "--lang", "es"], {}, "en"),  # the PDF's language
])
def test_chosen_language(argv: list[str], environ: dict[str, str], expected: str,
                         monkeypatch: pytest.MonkeyPatch, no_locale: None) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert chosen_language(argv) == expected


def test_a_new_process_speaks_spanish_under_a_spanish_locale(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = "es_MX.UTF-8"
    done = subprocess.run([sys.executable, "-m", "nap_desktop.cli", "--vault",
                           str(tmp_path), "demo", "--referrals", "-1"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert (done.returncode, done.stderr) == (
        1, "nap: --referrals debe estar entre 0 y 1,000,000\n")


def test_the_demo_count_agrees_with_its_number(tmp_path: Path, no_locale: None,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """One referral for one client is singular in both languages (it read "1 demo
    referrals for 1 clients", "1 derivaciones ... 1 clientes")."""
    vault = str(tmp_path / "demo")
    assert main(["--lang", "es", "--vault", vault, "demo", "--referrals", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Se agregó 1 derivación de demostración para 1 cliente en ")
    assert main(["--lang", "en", "--vault", vault, "demo", "--referrals", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Added 1 demo referral for 1 client in ")
    assert main(["--lang", "es", "--vault", vault, "demo", "--referrals", "0"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Se agregaron 0 derivaciones de demostración para 0 clientes en ")
