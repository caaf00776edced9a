"""The layers, as the import-linter contracts in pyproject.toml state them (``lint-imports``
runs the same in .ci/run): a lower layer never imports a higher one, only the GUI imports
Qt, the GUI and the CLI reach the store only through services, and the GUI has no import
cycles."""

from __future__ import annotations

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
    assert report.count("KEPT") >= 7
