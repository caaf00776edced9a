"""Keep the one message catalogue (gettext, through Babel) in step with the code.

    .venv/bin/python tools/i18n.py extract         # the code -> resources/locale/nap.pot
    .venv/bin/python tools/i18n.py update          # extract, merge into every .po, compile
    .venv/bin/python tools/i18n.py check           # exit 1: untranslated, fuzzy or stale
    .venv/bin/python tools/i18n.py compile         # only .po -> .mo
    .venv/bin/python tools/i18n.py import-ts FILE  # fill empty entries from a .ts or .tsv

Strings are found by Babel's Python extractor in every module of ``nap_desktop/`` (the
generated ``gui/forms/ui_*.py`` included), under the core's markers (``_``, ``N_``,
``NP_``, ``ngettext``, ``pgettext``, ``npgettext``) and Qt's (``self.tr``, the module
helpers named ``tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``, ``QT_TR_NOOP``). Qt's
arguments are read the way Qt reads them (``tools/i18n_extract.py``): the Qt *context* (class
name) is not part of the key, one English text has one translation everywhere; Qt's
*disambiguation* becomes gettext's ``msgctxt``; a count makes a plural entry whose two
English forms are the same ``%n`` text (the English catalogue gives "1 minute" / "3
minutes"). The ``.mo`` files are committed, so an install needs no tools. See
``docs/i18n.md``.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from i18n_extract import extract  # beside this file: tools/ is on sys.path when run

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "nap"
#: The languages with a catalogue. English is the source: its catalogue only holds the
#: plural forms of Qt's "%n minute(s)" messages.
LANGUAGES = ("en", "es")
SOURCE_LANGUAGE = "en"
#: Numbers are shown as digits, so Spanish needs CLDR's "one" and "other" only ("many" is
#: for "1 millón de ..."): two forms, as Qt and GNU gettext use for Spanish.
PLURAL_FORMS = {"en": "nplurals=2; plural=(n != 1);", "es": "nplurals=2; plural=(n != 1);"}
#: Header lines that change with every run; they never make a file "stale".
VOLATILE = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date|Generated-By): .*\\n"$', re.M)


def paths(root: Path) -> dict[str, Path]:
    locale = root / "resources" / "locale"
    return {"locale": locale, "pot": locale / f"{DOMAIN}.pot"}


def po_path(root: Path, language: str) -> Path:
    return paths(root)["locale"] / language / "LC_MESSAGES" / f"{DOMAIN}.po"


HEADER = ("Messages of NAP Desktop: one gettext catalogue for the GUI, the core, the PDFs\n"
          "and the command line. Made by tools/i18n.py; translate the empty entries and\n"
          "review the fuzzy ones (see docs/i18n.md).")


def new_catalog(language: str | None) -> Catalog:
    catalog = Catalog(locale=language, domain=DOMAIN, charset="utf-8", fuzzy=False)
    set_header(catalog, language)
    return catalog


def set_header(catalog: Catalog, language: str | None) -> None:
    """The same header for every file, whatever wrote it first."""
    catalog.header_comment = "\n".join(f"# {line}" for line in HEADER.splitlines())
    catalog.project, catalog.version = "NAP Desktop", "1"
    catalog.msgid_bugs_address = "the NAP Desktop issue tracker"
    catalog.last_translator = "NAP Desktop translators"
    catalog.language_team = f"NAP Desktop ({language})" if language else "NAP Desktop"
    if language in PLURAL_FORMS:
        set_plural_forms(catalog, language)


def set_plural_forms(catalog: Catalog, language: str) -> None:
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]


# --- files ----------------------------------------------------------------------------


def render_po(catalog: Catalog) -> str:
    """Sorted by text, file names without line numbers: editing code elsewhere in a file
    does not touch the catalogue, and two branches adding strings merge cleanly."""
    out = io.BytesIO()
    write_po(out, catalog, sort_output=True, ignore_obsolete=True, include_lineno=False,
             width=100)
    return out.getvalue().decode("utf-8")


def render_mo(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    if language in PLURAL_FORMS:
        set_plural_forms(catalog, language)
    return catalog


def same_text(old: str, new: str) -> bool:
    return VOLATILE.sub("", old) == VOLATILE.sub("", new)


def write_text(path: Path, text: str) -> bool:
    """Write ``text`` unless only the volatile header lines differ; True if written."""
    if path.exists() and same_text(path.read_text(encoding="utf-8"), text):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def merged(template: Catalog, current: Catalog | None, language: str) -> Catalog:
    """``current`` brought in step with ``template``: kept translations stay, new texts
    start empty or (when close to a vanished one) fuzzy, vanished texts go."""
    catalog = current if current is not None else new_catalog(language)
    source = language == SOURCE_LANGUAGE
    catalog.update(template, update_header_comment=False, no_fuzzy_matching=source)
    catalog.obsolete.clear()
    set_header(catalog, language)
    for message in catalog if source else ():
        if message.id and not qt_plural(message):  # the English text is its own translation
            message.string = ("", "") if message.pluralizable else ""
            message.flags.discard("fuzzy")
    return catalog


# --- checks ---------------------------------------------------------------------------


def forms(message: Message) -> list[str]:
    string = message.string
    return list(string) if isinstance(string, list | tuple) else [string or ""]


def source(message: Message) -> str:
    return message.id[0] if isinstance(message.id, list | tuple) else message.id


def qt_plural(message: Message) -> bool:
    """A plural entry from Qt ("%n minute(s)" twice): even English needs its forms."""
    return message.pluralizable and message.id[0] == message.id[1]


def untranslated(catalog: Catalog, language: str) -> list[str]:
    """Messages a speaker of ``language`` would see in English (or unreviewed: fuzzy)."""
    out = []
    for message in catalog:
        if not message.id:
            continue
        if language == SOURCE_LANGUAGE and not qt_plural(message):
            continue  # the English text is the translation
        wanted = catalog.num_plurals if message.pluralizable else 1
        empty = not all(forms(message)) or len(forms(message)) < wanted
        if empty or message.fuzzy:
            where = message.locations[0][0] if message.locations else "?"
            state = "fuzzy" if message.fuzzy and not empty else "untranslated"
            out.append(f"{state}: {source(message)!r} ({where})")
    return out


def _mnemonics(text: str) -> list[str]:
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


#: A ``str.format`` field with its conversion and format spec: "{n}", "{rows:,}", "{0!r}".
_FIELD = re.compile(r"\{[^{}]*\}")


def _fields(text: str) -> set[str]:
    """The ``{...}`` fields of a text, spec and all ("{rows:,}"): a translation that changes
    one (``{total:,}`` -> ``{totl:,}``, ``{rows:.}``) would fail when formatted."""
    return set(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


def shape_problems(catalog: Catalog) -> list[str]:
    """Translations that lost a placeholder, a mnemonic, a tag, a line break or an edge
    space of their English text."""
    wrong = []
    for message in catalog:
        text = source(message)
        for form in forms(message):
            if not message.id or not form or message.fuzzy:
                continue
            checks = {
                "%1 placeholders": set(re.findall(r"%\d", text)) == set(re.findall(r"%\d", form)),
                "{name} placeholders": _fields(text) == _fields(form),
                "%n": ("%n" in text) == ("%n" in form),
                "html tags": re.findall(r"</?\w+", text) == re.findall(r"</?\w+", form),
                "one mnemonic": len(_mnemonics(text)) == len(_mnemonics(form)),
                "line breaks": text.count("\n") == form.count("\n"),
                "edge spaces": (text[:1] == " ") == (form[:1] == " "),
            }
            wrong += [f"{what}: {text!r} -> {form!r}" for what, ok in checks.items() if not ok]
    return wrong


@dataclass
class Report:
    messages: int = 0
    untranslated: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.problems or self.stale or any(self.untranslated.values()))

    def lines(self) -> list[str]:
        out = [f"{self.messages} messages in the catalogue."]
        out += [f"problem: {p}" for p in self.problems]
        for language, items in self.untranslated.items():
            out.append(f"{language}: {len(items)} to translate")
            out += [f"  {item}" for item in items]
        out += [f"out of date: {s} (run: python tools/i18n.py update)" for s in self.stale]
        return out


def run(root: Path = ROOT, *, write: bool) -> Report:
    """``update`` (write=True) or ``check`` (write=False): the same steps, writing or
    comparing."""
    extraction = extract(root)
    template = extraction.catalog
    set_header(template, None)
    report = Report(messages=len(template), problems=[
        f"text is not a literal, it stays English: {d}" for d in extraction.dynamic])
    files = paths(root)
    pot_text = render_po(template)
    if write:
        write_text(files["pot"], pot_text)
    elif not files["pot"].exists() or not same_text(files["pot"].read_text("utf-8"), pot_text):
        report.stale.append(_rel(files["pot"], root))
    for language in LANGUAGES:
        po = po_path(root, language)
        current = read(po, language) if po.exists() else None
        catalog = merged(template, read(po, language) if po.exists() else None, language)
        report.untranslated[language] = untranslated(catalog, language)
        report.problems += [f"{language}: {p}" for p in shape_problems(catalog)]
        text = render_po(catalog)
        if write:
            write_text(po, text)
            compile_po(po, language)
            continue
        if current is None or not same_text(po.read_text("utf-8"), text):
            report.stale.append(_rel(po, root))
        if current is None or not _mo_current(po, current):
            report.stale.append(_rel(po.with_suffix(".mo"), root))
    return report


def _mo_current(po: Path, catalog: Catalog) -> bool:
    mo = po.with_suffix(".mo")
    return mo.exists() and mo.read_bytes() == render_mo(catalog)


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def compile_po(po: Path, language: str) -> Path:
    """``.po`` -> ``.mo`` beside it (what is on disk, so check can compare)."""
    mo = po.with_suffix(".mo")
    mo.write_bytes(render_mo(read(po, language)))
    return mo


def compile_all(root: Path = ROOT) -> list[Path]:
    return [compile_po(po_path(root, lang), lang) for lang in LANGUAGES
            if po_path(root, lang).exists()]


def read_ts(path: Path) -> tuple[str, dict[tuple[str | None, str], list[str]]]:
    """A Qt Linguist ``.ts`` file's language and finished translations, keyed as gettext
    keys them: (Qt's disambiguation as ``msgctxt``, the English text); Qt's context (the
    class) is not part of the key, and the first context wins."""
    # A translation file from a branch of this repository, not untrusted input.
    root = ET.parse(path).getroot()  # noqa: S314
    found: dict[tuple[str | None, str], list[str]] = {}
    for message in root.iter("message"):
        element = message.find("translation")
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        texts = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        if all(texts):
            key = (message.findtext("comment") or None, message.findtext("source") or "")
            found.setdefault(key, texts)
    return (root.get("language") or "").split("_")[0], found


def read_tsv(path: Path) -> dict[tuple[str | None, str], list[str]]:
    """``English<TAB>translation`` lines; a plural as ``singular|plural<TAB>one|other``."""
    found: dict[tuple[str | None, str], list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        english, tab, translated = line.partition("\t")
        if tab and english and translated:
            found.setdefault((None, english), [translated])
            singular, bar, _plural = english.partition("|")
            if bar and "|" in translated:
                found.setdefault((None, singular), translated.split("|"))
    return found


def import_ts(ts: Path, root: Path = ROOT, language: str | None = None) -> list[str]:
    """Fill the entries of the ``.po`` for the file's language that have no translation
    yet, from a Qt ``.ts`` file's finished translations or a ``.tsv`` of pairs (its
    language: ``--lang``, default Spanish); returns what it did and what it left (a
    different translation already there is kept and reported)."""
    if ts.suffix == ".tsv":
        found_language, translations = "es", read_tsv(ts)
    else:
        found_language, translations = read_ts(ts)
    language = language or found_language
    po = po_path(root, language)
    catalog = read(po, language)
    filled, differing = 0, []
    for key, ts_forms in translations.items():
        message = catalog.get(key[1], context=key[0])
        if message is None:
            continue
        wanted = ts_forms if message.pluralizable else ts_forms[:1]
        if message.fuzzy or not all(forms(message)):  # a fuzzy one is an unreviewed guess
            message.string = tuple(wanted) if message.pluralizable else wanted[0]
            message.flags.discard("fuzzy")
            filled += 1
        elif forms(message)[: len(wanted)] != wanted:
            differing.append(f"kept {forms(message)!r}, {ts.name} has {wanted!r} for {key[1]!r}")
    write_text(po, render_po(catalog))
    compile_po(po, language)
    return [f"{language}: filled {filled} entries from {ts.name}", *differing]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/i18n.py", description=__doc__.split(
        "\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("extract", "update", "check", "compile"):
        sub.add_parser(name)
    ts = sub.add_parser("import-ts", help="fill untranslated entries from a Qt .ts file or "
                        "an English<TAB>translation .tsv")
    ts.add_argument("file", type=Path)
    ts.add_argument("--lang", help="the .po to fill (default: the .ts file's, or es)")
    args = parser.parse_args(argv)
    if args.command == "extract":
        extraction = extract(ROOT)
        set_header(extraction.catalog, None)
        write_text(paths(ROOT)["pot"], render_po(extraction.catalog))
        print(f"{len(extraction.catalog)} messages -> {_rel(paths(ROOT)['pot'], ROOT)}")
        print("\n".join(f"warning: {d}" for d in extraction.dynamic))
        return 0
    if args.command == "compile":
        print("\n".join(f"compiled {_rel(p, ROOT)}" for p in compile_all()))
        return 0
    if args.command == "import-ts":
        print("\n".join(import_ts(args.file, ROOT, args.lang)))
        return 0
    report = run(write=args.command == "update")
    print("\n".join(report.lines()))
    return 0 if report.ok or args.command == "update" else 1


if __name__ == "__main__":
    sys.exit(main())
