"""`nap` imports a command's code only when that command runs (cli_commands/parsers.py):
help, the version and a usage error never load the database, the crypto, the PDF code or
the services. Checked on what a fresh interpreter has imported, not on timings."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nap_desktop.cli import build_parser, main
from nap_desktop.cli_commands import parsers

PASS = "a passphrase long enough for the rules, for this test"

#: Packages whose import is what made `nap --version` take a second.
HEAVY = ("sqlalchemy", "reportlab", "cryptography", "alembic", "sqlcipher3", "PySide6",
         "nap_desktop.store", "nap_desktop.services", "nap_desktop.transfer",
         "nap_desktop.reports")

PROBE = """
import json, sys
from nap_desktop.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def imported_by(*argv: str) -> tuple[int, list[str]]:
    """Run ``nap argv`` in a fresh interpreter; its exit code and every module it loaded."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    return result["code"], result["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["referrals", "--help"],
                                  ["export", "--help"], ["no-such-command"]])
def test_help_and_version_import_nothing_heavy(argv: list[str]) -> None:
    code, modules = imported_by(*argv)
    assert code in (0, 2)
    assert heavy(modules) == []


def test_listing_referrals_imports_neither_the_pdf_nor_the_transfer_code_nor_alembic(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workspace makes its report and transfer services on first use, and a vault
    whose schema is up to date opens without Alembic."""
    vault = tmp_path / "vault"
    for name, value in {"NAP_VAULT": str(vault), "NAP_USER": "admin",
                        "NAP_PASSPHRASE": PASS, "NAP_NEW_PASSPHRASE": PASS}.items():
        monkeypatch.setenv(name, value)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind",
                 "victim_service_provider"]) == 0
    code, modules = imported_by("referrals", "list")
    assert code == 0
    # The probe sees what it claims to: the command did open the vault.
    assert "nap_desktop.services.workspace" in modules
    assert not [m for m in modules if m.split(".")[0] in ("reportlab", "alembic")
                or m.startswith(("nap_desktop.reports", "nap_desktop.services.transfer",
                                 "nap_desktop.services.reports", "nap_desktop.transfer"))]


def nap_commands() -> int:
    """How many commands the grammar declares (one ``handler=run(...)`` each)."""
    return inspect.getsource(parsers).count("handler=run(")


def test_every_handler_named_in_the_grammar_exists() -> None:
    """A handler is named by a string: a typo would only show when the command runs."""
    handlers = []
    pending = [build_parser()]
    while pending:
        parser = pending.pop()
        handler = parser.get_default("handler")
        if handler is not None:
            handlers.append(handler)
        for action in parser._actions:
            if action.choices and isinstance(action.choices, dict):
                pending.extend(action.choices.values())
    assert len(handlers) == nap_commands()
    for handler in handlers:
        assert isinstance(handler, parsers.run)
        module = __import__(handler.module, fromlist=[handler.function])
        assert callable(getattr(module, handler.function)), handler


def test_the_demo_limit_in_the_help_is_the_generators() -> None:
    from nap_desktop.services.demo import MAX_DEMO_REFERRALS

    assert parsers.MAX_DEMO_REFERRALS == MAX_DEMO_REFERRALS


def test_the_readme_lists_every_command() -> None:
    """The README's command block is where people look first: a command missing there
    (``cases assign`` was) is a command nobody finds."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.partition("nap --vault DIR --user NAME <command>")[2].partition("```")[0]
    words = set(re.findall(r"[a-z][a-z-]*", block))
    missing = []
    pending = [(build_parser(), "")]
    while pending:
        parser, path = pending.pop()
        for action in parser._actions:
            if action.choices and isinstance(action.choices, dict):
                for name, child in action.choices.items():
                    if name not in words:
                        missing.append(f"{path} {name}".strip())
                    pending.append((child, f"{path} {name}".strip()))
    assert sorted(missing) == []
