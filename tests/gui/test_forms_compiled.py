"""The generated forms in ``nap_desktop/gui/forms/`` are exactly what ``ui/`` compiles to."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "tools" / "compile_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_file_compiles_to_its_committed_module() -> None:
    tool = _tool()
    for path, text in tool.expected().items():
        assert path.exists(), f"{path.name} is missing: run tools/compile_ui.py"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} differs from what ui/ compiles to (edited by hand, or the .ui file "
            "changed): run tools/compile_ui.py"
        )


def test_no_generated_module_without_a_source() -> None:
    tool = _tool()
    expected = set(tool.expected())
    stray = [p.name for p in tool.FORMS.glob("ui_*.py") if p not in expected]
    assert not stray, f"generated modules whose ui/ source is gone: {stray}"
