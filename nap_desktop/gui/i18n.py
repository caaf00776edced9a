"""Languages: which one the app speaks, core messages in that language, and the tool that
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
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from nap_desktop.gui.i18n_extract import Catalog
    from nap_desktop.gui.i18n_ts import Key, Translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI_FOLDERS = ("nap_desktop/gui",)
CORE_MESSAGES = ROOT / "nap_desktop" / "gui" / "core_messages.py"
DEFAULT_LANGUAGES = ("es",)
#: Translation calls with a computed text that are known to be covered, and why.
REVIEWED = {
    ("nap_desktop/gui/i18n.py", "QCoreApplication.translate(context, text)"):
        "core messages and their values, looked up in the Messages and Labels contexts",
    ("nap_desktop/gui/widgets/passphrase.py", "strength_label(bits)"):
        "the domain's strength labels, marked in STRENGTH_LABELS of the same module",
}


# --- run time ------------------------------------------------------------------------


def locale_for(language: str | None) -> QLocale:
    """``None`` or "" follow the system; otherwise a code such as "es", "es_MX" or "en"."""
    return QLocale(language) if language else QLocale.system()


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(regex, template, placeholders holding words) for the core's message templates."""
    from nap_desktop.gui.core_messages import TEMPLATES, WORDED

    patterns = []
    for template in map(str, TEMPLATES):
        pieces = re.split(r"(%\d)", template)
        regex = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in pieces)
        patterns.append((re.compile(regex, re.DOTALL), template, WORDED.get(template, "")))
    patterns.sort(key=lambda item: -len(re.sub(r"%\d", "", item[1])))  # most literal first
    return patterns


def _translated(context: str, text: str) -> str | None:
    result = QCoreApplication.translate(context, text)
    return result if result != text else None


def value_text(value: str) -> str:
    """A word taken out of a core message: a field name ("Legal name", "agency kind") or a
    stored status ("in progress"); unknown words stay as they are."""
    if not value:
        return value
    upper = value[:1].upper() + value[1:]
    for context, text in (("Messages", value), ("Messages", upper), ("Labels", upper)):
        result = _translated(context, text)
        if result is not None:
            return result[:1].lower() + result[1:] if value[:1].islower() else result
    return value


def core_message(message: str) -> str:
    """A core (domain/service) message in the current language: translated whole, or
    matched against the templates of ``core_messages.py`` with its values translated."""
    whole = _translated("Messages", message)
    if whole is not None:
        return whole
    for pattern, template, worded in _patterns():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        translated = _translated("Messages", template)
        if translated is None:
            return message
        values = [value_text(v) if str(i) in worded else v
                  for i, v in enumerate(match.groups(), 1)]
        return fill(translated, values)
    return message


def fill(text: str, values: list[str]) -> str:
    """Put ``values`` in for %1, %2... in one pass (a value holding "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 0 < index <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


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
        out = [f"{self.messages} translatable strings in the GUI and the core messages."]
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


def core_messages_text(root: Path = ROOT) -> str:
    from nap_desktop.gui.i18n_core import render, scan_core

    return render(scan_core(root))


def same_messages(old: str, new: str) -> bool:
    """Two renderings of core_messages.py hold the same messages (the ``#:`` notes on where
    they come from may differ: moving a message around needs no new translation)."""

    def strings(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.lstrip().startswith("#:")]

    return strings(old) == strings(new)


def extract_all(root: Path = ROOT) -> Catalog:
    """The catalog of the GUI (core_messages.py included, as it is on disk)."""
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
    fresh = core_messages_text()
    current = CORE_MESSAGES.read_text(encoding="utf-8") if CORE_MESSAGES.exists() else ""
    if write and current != fresh:
        CORE_MESSAGES.write_text(fresh, encoding="utf-8")
    elif not same_messages(current, fresh):
        report.stale.append(str(CORE_MESSAGES.relative_to(ROOT)))
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
