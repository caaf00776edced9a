"""Compile the Qt Designer sources in ``ui/`` into ``nap_desktop/gui/forms/ui_<name>.py``.

    .venv/bin/python tools/compile_ui.py           # (re)write every generated module
    .venv/bin/python tools/compile_ui.py --check   # exit 1 if one is missing, stale or edited

The generated modules are committed, so an install needs no Qt tools, and marked "do not
edit"; ruff and mypy skip the folder. Dialogs hold the form as an attribute
(``self.ui = Ui_UnlockDialog(); self.ui.setupUi(self)``) rather than inheriting from it.
Their texts go through ``QCoreApplication.translate``, which reads the one message
catalogue (see ``docs/architecture.md``). ``uic``'s version line is dropped so that the
output depends on the ``.ui`` file only.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
FORMS = ROOT / "nap_desktop" / "gui" / "forms"
HEADER = '# Generated from ui/{name} by tools/compile_ui.py — do not edit; edit the .ui file.\n'
INIT = '"""Generated from the Qt Designer sources in ``ui/`` by ``tools/compile_ui.py``."""\n'


def uic() -> str:
    found = Path(sys.executable).with_name("pyside6-uic")
    return str(found) if found.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def target(source: Path) -> Path:
    return FORMS / f"ui_{source.stem}.py"


def compile_one(source: Path) -> str:
    """The module ``uic`` makes of ``source``, with our header and without its version line."""
    out = subprocess.run(  # noqa: S603 - our own uic on our own ui/ files
        [uic(), str(source)],
        check=True, capture_output=True, text=True,
    ).stdout
    kept = [line for line in out.splitlines(keepends=True)
            if "Created by: Qt User Interface Compiler" not in line]
    return HEADER.format(name=source.name) + "".join(kept)


def expected() -> dict[Path, str]:
    modules = {FORMS / "__init__.py": INIT}
    for source in sorted(SOURCES.glob("*.ui")):
        modules[target(source)] = compile_one(source)
    return modules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    modules = expected()
    stray = {p for p in FORMS.glob("ui_*.py") if p not in modules}
    if args.check:
        bad = [p for p, text in modules.items()
               if not p.exists() or p.read_text(encoding="utf-8") != text]
        for p in sorted(bad):
            print(f"out of date: {p.relative_to(ROOT)} (run tools/compile_ui.py)")
        for p in sorted(stray):
            print(f"no ui/ source: {p.relative_to(ROOT)}")
        return 1 if bad or stray else 0
    FORMS.mkdir(parents=True, exist_ok=True)
    for p, text in modules.items():
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")
            print(f"wrote {p.relative_to(ROOT)}")
    for p in stray:
        p.unlink()
        print(f"removed {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
