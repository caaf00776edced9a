"""Languages: which one the app speaks, and the tool that
keeps ``resources/translations/`` in step with the code.

The app follows the system locale (``LANG=es_MX``...) unless ``nap-desktop --lang es``
says otherwise. Translations live in ``resources/translations/nap_<lang>.ts`` (the
source of truth for translators, edit with ``pyside6-linguist``) and the compiled
``nap_<lang>.qm`` beside it (committed, so an install needs no Qt tools)::

    .venv/bin/python -m nap_desktop.gui.i18n update    # extract, merge into every .ts, compile
    .venv/bin/python -m nap_desktop.gui.i18n check     # exit 1 if anything is missing or stale
    .venv/bin/python -m nap_desktop.gui.i18n compile   # only .ts -> .qm

How strings are found, and why not ``pyside6-lupdate``: ``nap_desktop/gui/i18n_extract.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from nap_desktop.gui.i18n_extract import Catalog
    from nap_desktop.gui.i18n_ts import Key, Translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI_FOLDERS = ("nap_desktop/gui",)
DEFAULT_LANGUAGES = ("es",)
#: Translation calls with a computed text that are known to be covered, and why.
REVIEWED = {
    ("nap_desktop/gui/widgets/passphrase.py", "strength_label(bits)"):
        "the domain's strength labels, marked in STRENGTH_LABELS of the same module",
}


# --- run time ------------------------------------------------------------------------


def locale_for(language: str | None) -> QLocale:
    """``None`` or "" follow the system; otherwise a code such as "es", "es_MX" or "en"."""
    return QLocale(language) if language else QLocale.system()


# --- the tool ------------------------------------------------------------------------


@dataclass
class Report:
    messages: int = 0
    unfinished: dict[str, list[str]] = field(default_factory=dict)  # language -> strings
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # files that `update` would change

    @property
    def ok(self) -> bool:
        return not (self.problems or self.stale or any(self.unfinished.values()))

    def lines(self) -> list[str]:
        out = [f"{self.messages} translatable strings in the GUI."]
        out += [f"problem (stays English, fix at the source): {p}" for p in self.problems]
        out += [f"warning: {w}" for w in self.warnings]
        for language, items in self.unfinished.items():
            out.append(f"{language}: {len(items)} untranslated")
            out += [f"  {item}" for item in items]
        out += [f"out of date: {s} (run: python -m nap_desktop.gui.i18n update)"
                for s in self.stale]
        return out


def ts_files() -> list[Path]:
    found = sorted(TRANSLATIONS.glob("nap_*.ts"))
    return found or [TRANSLATIONS / f"nap_{lang}.ts" for lang in DEFAULT_LANGUAGES]


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("nap_")


def extract_all(root: Path = ROOT) -> Catalog:
    """The catalog of the GUI (core messages are in the gettext catalogue)."""
    from nap_desktop.gui.i18n_extract import extract

    return extract(root, GUI_FOLDERS, REVIEWED)


#: The language the source strings are written in: its file only gives the plural forms
#: ("%n minute(s)" -> "1 minute" / "3 minutes"); everything else falls back to the source.
SOURCE_LANGUAGE = "en"


def unfinished(catalog: Catalog, translations: dict[Key, Translation],
               language: str = "") -> list[str]:
    out = []
    for key, message in catalog.messages.items():
        if language == SOURCE_LANGUAGE and not message.numerus:
            continue
        translation = translations.get(key)
        if translation is None or not translation.complete(message.numerus):
            where = message.locations[0] if message.locations else None
            at = f"{where.path}:{where.line}" if where else "?"
            out.append(f"[{message.context}] {message.source!r}  ({at})")
    return out


def run(*, write: bool) -> Report:
    """``update`` (write=True) or ``check`` (write=False): the same steps, writing or
    comparing."""
    from nap_desktop.gui.i18n_ts import compile_qm, merge, read_ts, render_ts

    report = Report()
    catalog = extract_all()
    report.messages = len(catalog.messages)
    report.problems = [str(p) for p in catalog.problems]
    report.warnings = [str(w) for w in catalog.warnings]
    for ts in ts_files():
        old = read_ts(ts)
        merged = merge(catalog.messages, old)
        report.unfinished[language_of(ts)] = unfinished(catalog, merged, language_of(ts))
        text = render_ts(catalog.messages, merged, language=language_of(ts),
                         ts_dir=ts.parent, root=ROOT)
        qm = ts.with_suffix(".qm")
        if write:
            ts.parent.mkdir(parents=True, exist_ok=True)
            ts.write_text(text, encoding="utf-8")
            compile_qm(ts, qm)
            continue
        if set(old) != set(merged) or not ts.exists():
            report.stale.append(str(ts.relative_to(ROOT)))
        if not qm_up_to_date(ts, qm):
            report.stale.append(str(qm.relative_to(ROOT)))
    return report


def qm_up_to_date(ts: Path, qm: Path) -> bool:
    from nap_desktop.gui.i18n_ts import compile_qm

    if not (ts.exists() and qm.exists()):
        return False
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        compile_qm(ts, fresh)
        return fresh.read_bytes() == qm.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nap_desktop.gui.i18n",
                                     description="Keep the translations in step with the code.")
    parser.add_argument("command", choices=("update", "check", "compile"))
    args = parser.parse_args(argv)
    if args.command == "compile":
        from nap_desktop.gui.i18n_ts import compile_qm

        for ts in ts_files():
            compile_qm(ts, ts.with_suffix(".qm"))
            print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
        return 0
    report = run(write=args.command == "update")
    print("\n".join(report.lines()))
    if args.command == "check":
        return 0 if report.ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
