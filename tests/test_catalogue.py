"""The one message catalogue: ``tools/i18n.py`` finds every marked text the way Qt and
gettext mean it, the committed catalogues are complete and current (so the suite fails on
any untranslated or unreviewed text), and ``nap_desktop.i18n`` (Qt-free) reads them."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from nap_desktop import i18n

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))  # as when it runs: its helper module beside it
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package and its catalogues in a temporary folder, to change freely."""
    shutil.copytree(ROOT / "nap_desktop", tmp_path / "nap_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "locale", tmp_path / "resources" / "locale")
    return tmp_path


def test_the_committed_catalogues_are_complete_and_current(tool: ModuleType) -> None:
    report = tool.run(ROOT, write=False)
    assert report.ok, (
        "run `python tools/i18n.py update`, translate what it lists in "
        "resources/locale/es/LC_MESSAGES/nap.po, run update again:\n"
        + "\n".join(report.lines())
    )
    assert report.messages > 1000


def _plant(root: Path, code: str) -> None:
    path = root / "nap_desktop" / "domain" / "planted.py"
    path.write_text("from nap_desktop.domain.messages import N_\n" + code, encoding="utf-8")


def test_check_fails_on_a_new_untranslated_text_until_it_is_translated(
    tool: ModuleType, copy: Path
) -> None:
    _plant(copy, 'PLANTED = N_("A planted message nobody translated")\n')
    before = tool.run(copy, write=False)
    assert not before.ok
    assert "resources/locale/nap.pot" in before.stale
    tool.run(copy, write=True)  # update: extract, merge, compile
    after = tool.run(copy, write=False)
    assert after.stale == []
    assert any("A planted message" in item for item in after.untranslated["es"])
    assert after.untranslated["en"] == []  # English is the source

    po = tool.po_path(copy, "es")
    catalog = tool.read(po, "es")
    catalog.get("A planted message nobody translated").string = "Un mensaje plantado"
    po.write_text(tool.render_po(catalog), encoding="utf-8")
    assert "resources/locale/es/LC_MESSAGES/nap.mo" in tool.run(copy, write=False).stale
    tool.compile_all(copy)
    assert tool.run(copy, write=False).ok


def test_a_changed_english_text_keeps_its_old_translation_as_fuzzy(
    tool: ModuleType, copy: Path
) -> None:
    target = copy / "nap_desktop" / "gui" / "main_window.py"
    text = target.read_text(encoding="utf-8")
    assert '"&File"' in text
    target.write_text(text.replace('"&File"', '"&Files"'), encoding="utf-8")
    tool.run(copy, write=True)
    catalog = tool.read(tool.po_path(copy, "es"), "es")
    changed = catalog.get("&Files")
    assert changed.fuzzy and changed.string == "&Archivo"
    assert any(item.startswith("fuzzy: '&Files'")
               for item in tool.run(copy, write=False).untranslated["es"])


def test_a_translation_that_loses_a_placeholder_or_mnemonic_is_a_problem(
    tool: ModuleType, copy: Path
) -> None:
    po = tool.po_path(copy, "es")
    catalog = tool.read(po, "es")
    catalog.get("&File").string = "Archivo"
    po.write_text(tool.render_po(catalog), encoding="utf-8")
    problems = tool.run(copy, write=False).problems
    assert problems == ["es: one mnemonic: '&File' -> 'Archivo'"]


def test_a_translation_that_changes_a_formatted_field_is_a_problem(
    tool: ModuleType, copy: Path
) -> None:
    """Fields with a format spec ("{total:,}") count too: a misspelt name or a broken spec
    in Spanish would make ``_(...).format(...)`` raise in the CLI."""
    po = tool.po_path(copy, "es")
    catalog = tool.read(po, "es")
    entry = next(m for m in catalog if m.id and "{total:,}" in tool.source(m))
    one, many = entry.string
    entry.string = (one.replace("{total:,}", "{totl:,}"), many.replace("{rows:,}", "{rows:.}"))
    po.write_text(tool.render_po(catalog), encoding="utf-8")
    problems = tool.run(copy, write=False).problems
    assert len(problems) == 2
    assert "{totl:,}" in problems[0] and "{rows:.}" in problems[1]
    assert all(p.startswith("es: {name} placeholders:") for p in problems)


SAMPLE = '''
    from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
    from nap_desktop.i18n import N_, _, ngettext, pgettext

    def tr(text, n=-1):
        return QCoreApplication.translate("Helpers", text, None, n)

    class Widget:
        def build(self, count, name):
            self.tr("Plain")
            self.tr("Open", "a vault")
            self.tr("%n item(s)", "", count)
            tr("%n page(s)", count)
            QCoreApplication.translate("Form", u"From a form", None)
            QCoreApplication.translate("Form", "%n form(s)", None, count)
            QT_TRANSLATE_NOOP("Labels", "Marked for later")
            # TRANSLATORS: a note for the translator
            _("Core text {name}").format(name=name)
            N_("Marked core text")
            ngettext("{n} file", "{n} files", count)
            NP_("{n} day", "{n} days", count="days")
            pgettext("menu", "Open")
            self.tr(name)
            "abc".translate({})
'''


def test_extraction_reads_qt_and_gettext_calls_as_they_are_meant(
    tool: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "nap_desktop").mkdir()
    (tmp_path / "nap_desktop" / "sample.py").write_text(textwrap.dedent(SAMPLE), "utf-8")
    extraction = tool.extract(tmp_path)
    found = {(m.context, m.id if isinstance(m.id, str) else tuple(m.id))
             for m in extraction.catalog if m.id}
    assert found == {
        (None, "Plain"), ("a vault", "Open"), ("menu", "Open"),
        (None, ("%n item(s)", "%n item(s)")), (None, ("%n page(s)", "%n page(s)")),
        (None, "From a form"), (None, ("%n form(s)", "%n form(s)")),
        (None, "Marked for later"), (None, "Core text {name}"), (None, "Marked core text"),
        (None, ("{n} file", "{n} files")), (None, ("{n} day", "{n} days")),
    }
    noted = extraction.catalog.get("Core text {name}")
    assert noted.auto_comments == ["a note for the translator"]
    # self.tr(name) would stay English; the helper's own translate(CTX, text) is fine.
    assert [d.split(": ")[1] for d in extraction.dynamic] == ["tr(...)"]


def test_import_ts_fills_only_entries_without_a_translation(
    tool: ModuleType, copy: Path
) -> None:
    _plant(copy, 'A = N_("Only in the branch")\nB = N_("&File")\n')
    tool.run(copy, write=True)
    ts = copy / "branch_es.ts"
    ts.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="es" sourcelanguage="en">
        <context><name>Anything</name>
          <message><source>Only in the branch</source>
            <translation>Solo en la rama</translation></message>
          <message><source>&amp;File</source>
            <translation>&amp;Fichero</translation></message>
        </context>
        </TS>
        """), encoding="utf-8")
    notes = tool.import_ts(ts, copy)
    assert notes[0] == "es: filled 1 entries from branch_es.ts"
    assert "kept ['&Archivo']" in notes[1]
    assert tool.run(copy, write=False).ok


def test_import_tsv_fills_plain_and_plural_entries(tool: ModuleType, copy: Path) -> None:
    _plant(copy, 'from nap_desktop.i18n import ngettext\nA = N_("Tab text {name}")\n'
                 'B = ngettext("{n} thing", "{n} things", 2)\n')
    tool.run(copy, write=True)
    tsv = copy / "pairs.tsv"
    tsv.write_text("Tab text {name}\tTexto {name}\n{n} thing|{n} things\t{n} cosa|{n} cosas\n",
                   encoding="utf-8")
    assert tool.import_ts(tsv, copy)[0] == "es: filled 2 entries from pairs.tsv"
    assert tool.run(copy, write=False).ok


# --- the core's side (no Qt) ----------------------------------------------------------


@pytest.fixture
def spanish_core() -> object:
    i18n.set_language("es_MX")
    yield
    i18n.set_language("en")


def test_core_translates_into_the_language_set(spanish_core: object) -> None:
    assert i18n.language() == "es_MX"
    assert i18n._("&File") == "&Archivo"
    assert i18n._("A text nobody wrote") == "A text nobody wrote"
    assert i18n.pgettext("user account", "Active") == "Activo"
    assert i18n.ngettext("%n referral(s)", "%n referral(s)", 1) == "%n derivación"
    assert i18n.ngettext("%n referral(s)", "%n referral(s)", 2) == "%n derivaciones"


def test_english_and_unknown_languages_get_the_english_plural_forms() -> None:
    for language in ("en", "C", "de_DE"):
        catalogue = i18n.translator(language)
        assert catalogue.ngettext("%n client(s)", "%n client(s)", 1) == "%n client"
        assert catalogue.ngettext("%n client(s)", "%n client(s)", 5) == "%n clients"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_MX.UTF-8"}, "es_MX"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_SV.UTF-8"}, "es_SV"),
    ({"LANG": "es_MX.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANGUAGE": "es:en", "LANG": "C"}, "es"),
    ({}, "en"),
])
def test_the_locale_names_the_language(environ: dict[str, str], expected: str) -> None:
    assert i18n.locale_language(environ) == expected


def test_the_core_catalogue_loads_without_qt() -> None:
    code = ("import sys, nap_desktop.i18n as i\n"
            "i.set_language('es'); print(i._('&File'), 'PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["&Archivo", "False"]


def test_texts_chosen_at_run_time_are_in_the_catalogue(tool: ModuleType) -> None:
    """The calls REVIEWED in tools/i18n_extract.py pass a text from a table; the table's
    texts must be extracted from where they are marked."""
    from nap_desktop.domain.passphrase import strength_label

    texts = {m.id for m in tool.read(tool.paths(ROOT)["pot"]) if isinstance(m.id, str)}
    labels = {strength_label(bits) for bits in range(200)}
    assert labels <= texts, labels - texts
