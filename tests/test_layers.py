"""The layers, as the import-linter contracts in pyproject.toml state them (``lint-imports``
runs the same in .ci/run): a lower layer never imports a higher one, only the GUI imports
Qt, the GUI and the CLI reach the store only through services, and the GUI has no import
cycles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_every_import_contract_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                          no_logo=True)
    report = capsys.readouterr().out
    assert status == 0, report
    assert "BROKEN" not in report
    assert report.count("KEPT") >= 8


RAW_QUERY = '''
from sqlalchemy import select

from nap_desktop.services.cases import m
from nap_desktop.services.workspace import Workspace


def raw(ws: Workspace) -> object:
    with ws.ctx.unit_of_work() as s:
        return s.scalars(select(m.ReferralRow)).all()
'''


def test_a_cli_query_through_a_name_services_import_breaks_a_contract(tmp_path: Path) -> None:
    """The issue's example, a raw ``select(ReferralRow)`` in the CLI, written without
    naming the store (its models reached through a services module), is caught."""
    shutil.copytree(ROOT / "nap_desktop", tmp_path / "nap_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "nap_desktop" / "cli_commands" / "planted.py").write_text(RAW_QUERY, "utf-8")
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "The GUI and the CLI hold no SQL: they import no database library BROKEN" in run.stdout
    assert "nap_desktop.cli_commands.planted -> sqlalchemy" in run.stdout
