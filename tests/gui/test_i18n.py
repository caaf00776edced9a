"""Spanish for the desktop: every string the extractor finds is translated in
``resources/translations/nap_es.ts`` (placeholders, mnemonics and tags intact), the
committed ``.qm`` is the compiled ``.ts``, the extractor gives each string the context Qt
looks it up in, and with the Spanish translator installed real widgets, enum labels and
core error messages read in Spanish. Language choice: ``--lang`` and ``LANG``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from nap_desktop.app import parse_args
from nap_desktop.domain import errors as err
from nap_desktop.domain.enums import AgencyKind, ProgramType, ReferralStatus, Role
from nap_desktop.domain.passphrase import strength_label
from nap_desktop.gui import i18n
from nap_desktop.gui.application import install_translators, resources_dir
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.i18n_extract import Catalog, extract
from nap_desktop.gui.i18n_ts import read_ts
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import FakeMonotonic, plant_case

ES_TS = i18n.TRANSLATIONS / "nap_es.ts"
#: Problems already reported to the owner of the file; new ones fail the test.
KNOWN_PENDING: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return i18n.extract_all()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("es"))
    assert translators, "nap_es.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


# --- the catalog -----------------------------------------------------------------------


def test_every_string_the_extractor_finds_is_translated(catalog: Catalog) -> None:
    missing = i18n.unfinished(catalog, read_ts(ES_TS))
    assert not missing, (
        f"{len(missing)} strings have no finished Spanish translation; run "
        "`python -m nap_desktop.gui.i18n update` and translate them in "
        "resources/translations/nap_es.ts:\n" + "\n".join(missing)
    )


def test_no_translation_call_leaves_text_english(catalog: Catalog) -> None:
    new = [str(p) for p in catalog.problems
           if (p.location.path, p.code) not in KNOWN_PENDING]
    assert not new, "fix these at the source:\n" + "\n".join(new)


def test_committed_qm_is_the_compiled_ts() -> None:
    assert i18n.qm_up_to_date(ES_TS, ES_TS.with_suffix(".qm")), (
        "nap_es.qm is stale: run `python -m nap_desktop.gui.i18n compile`"
    )


def test_core_messages_module_matches_the_core() -> None:
    on_disk = i18n.CORE_MESSAGES.read_text(encoding="utf-8")
    assert i18n.same_messages(on_disk, i18n.core_messages_text()), (
        "gui/core_messages.py is stale: run `python -m nap_desktop.gui.i18n update`"
    )


def _mnemonics(text: str) -> list[str]:
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


def test_placeholders_mnemonics_tags_and_spacing_survive(catalog: Catalog) -> None:
    translations = read_ts(ES_TS)
    wrong = []
    for key, message in catalog.messages.items():
        source = message.source
        for form in translations[key].forms:
            checks = {
                "placeholders": sorted(set(re.findall(r"%\d", source)))
                == sorted(set(re.findall(r"%\d", form))),
                "%n": ("%n" in source) == ("%n" in form),
                "html tags": re.findall(r"</?\w+", source) == re.findall(r"</?\w+", form),
                "one mnemonic": len(_mnemonics(source)) == len(_mnemonics(form)),
                "line breaks": source.count("\n") == form.count("\n"),
                "edge spaces": (source[:1] == " ") == (form[:1] == " "),
            }
            wrong += [f"{what}: {source!r} -> {form!r}" for what, ok in checks.items() if not ok]
    assert not wrong, "\n".join(wrong)


def test_plural_messages_have_both_spanish_forms(catalog: Catalog) -> None:
    translations = read_ts(ES_TS)
    plural = [k for k, m in catalog.messages.items() if m.numerus]
    assert plural, "the LockedOut message at least is a numerus message"
    for key in plural:
        singular, other = translations[key].forms
        assert "%n" in singular and "%n" in other and singular != other, key


def test_dynamic_texts_reviewed_in_i18n_are_in_the_catalog(catalog: Catalog) -> None:
    # REVIEWED says passphrase_widget's tr(strength_label(bits)) is covered by its table.
    sources = {m.source for m in catalog.messages.values() if m.context == "NewPassphrase"}
    labels = {strength_label(bits) for bits in range(0, 200)}
    assert labels <= sources, labels - sources


# --- the extractor, on code written for the purpose ------------------------------------


SAMPLE = {
    "pkg/__init__.py": "",
    "pkg/helpers.py": """
        from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
        CTX = "Helpers"
        def tr(text):
            return QCoreApplication.translate(CTX, text)
        SENTENCES = {"a": QT_TRANSLATE_NOOP("Helpers", "Marked sentence")}
        PLAIN = {"b": "Plain &table entry"}
    """,
    "pkg/widgets.py": """
        from PySide6.QtCore import QCoreApplication, QT_TR_NOOP
        from PySide6.QtWidgets import QWidget
        from pkg.helpers import PLAIN, SENTENCES, tr as helper
        class Base(QWidget):
            CHOICES = (QT_TR_NOOP("Class table entry"),)
            def build(me):
                me.setWindowTitle(me.tr("Title of base"))
                t = me.tr
                t("Through an alias")
                def later():
                    return me.tr("In a nested function")
                helper("Via the imported helper")
                me.tr("%n item(s)", "", 3)
                QCoreApplication.translate("Direct", "Direct call", "disambiguated")
                source = SENTENCES.get("a")
                helper(source)
                helper(PLAIN["b"])
                me.tr(f"Not {me} translatable")
                helper(me.objectName())
                other = QWidget()
                other.tr("Context unknown")
        class Sub(Base):
            def more(self):
                return self.tr("Title of sub")
    """,
}


def test_extractor_gives_each_string_the_context_qt_uses(tmp_path: Path) -> None:
    for name, text in SAMPLE.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    found = extract(tmp_path, ["pkg"])
    keys = {(k[0], k[1]) for k in found.messages}
    assert {
        ("Base", "Title of base"), ("Base", "Through an alias"),
        ("Base", "In a nested function"), ("Base", "Class table entry"),
        ("Sub", "Title of sub"), ("Helpers", "Via the imported helper"),
        ("Helpers", "Marked sentence"), ("Helpers", "Plain &table entry"),
        ("Direct", "Direct call"),
    } <= keys
    assert found.messages[("Base", "%n item(s)", "")].numerus
    assert found.messages[("Direct", "Direct call", "disambiguated")]
    assert [w.code for w in found.warnings] == ["PLAIN['b']"]
    problems = {p.code.split("(")[0] + "(" for p in found.problems}
    assert problems == {"me.tr(", "helper(", "other.tr("}, found.problems


def test_pyside_looks_self_tr_up_under_the_defining_class_too(qapp: QApplication) -> None:
    """The rule the extractor relies on: ``self.tr`` in a base class is found under the
    base class's name for an instance of a subclass (PySide6 walks the MRO)."""

    class Only(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
            return "found" if (context, source) == ("Defining", "text") else None

    class Defining(QLabel):
        def text_of(self) -> str:
            return self.tr("text")

    class Derived(Defining):
        pass

    translator = Only()
    qapp.installTranslator(translator)
    try:
        assert Derived().text_of() == "found"
    finally:
        qapp.removeTranslator(translator)


# --- real widgets in Spanish -----------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, spanish: None) -> Iterator[MainWindow]:
    autolock = AutoLock(minutes=15, clock=FakeMonotonic(), tick_ms=60_000)
    win = MainWindow(workspace=workspace, autolock=autolock)
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.show()
    yield win
    autolock.shutdown()


def visible_texts(widget: object) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]  # type: ignore[attr-defined]
    for tabs in widget.findChildren(QTabWidget):  # type: ignore[attr-defined]
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


def test_main_window_and_case_view_speak_spanish(
    window: MainWindow, workspace: Workspace, catalog: Catalog
) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Ver", "&Transferencia", "Ad&ministración",
                     "A&yuda"]
    assert window.vault_label.text() == f"Bóveda: {workspace.vault.path}"  # %1 filled in
    planted = plant_case(workspace)
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    tabs = [view.tabs.tabText(i).rstrip(" *") for i in range(view.tabs.count())]
    assert tabs == ["Derivación", "Sobreviviente", "Autorizaciones", "Vivienda",
                    "Restitución", "Notas", "Historial"]
    assert view.tabs.accessibleName() == "Secciones del caso"
    assert "Derivación: Borrador" in visible_texts(view)  # a chip: "Referral: %1"
    # Nothing on screen is an English source that has a Spanish translation.
    translations = read_ts(ES_TS)
    english = {k[1] for k, t in translations.items() if t.text != k[1]}
    spanish_texts = {f for t in translations.values() for f in t.forms}
    left = sorted({t for t in visible_texts(window) + visible_texts(view)
                   if t in english and t not in spanish_texts})
    assert not left, f"still English: {left}"


def test_enum_labels_are_spanish(spanish: None) -> None:
    assert label(ReferralStatus.IN_PROGRESS) == "En curso"
    assert label(ProgramType.EMERGENCY_SHELTER) == "Albergue de emergencia"
    assert label(Role.CASEWORKER) == "Gestor(a) de casos"


def test_core_error_messages_reach_the_screen_in_spanish(
    spanish: None, workspace: Workspace
) -> None:
    with pytest.raises(err.ValidationError) as required:
        workspace.agencies.add_partner(name="  ", kind=AgencyKind.LEGAL)
    assert error_text(required.value) == "El campo «Nombre de la agencia» es obligatorio."
    with pytest.raises(err.ValidationError) as choice:
        workspace.agencies.add_partner(name="Harbor Legal", kind="nonsense")
    assert error_text(choice.value) == "Elija un valor válido para «tipo de agencia»."
    whole = err.ValidationError("Enter a legal name or the name the survivor uses.")
    assert error_text(whole) == (
        "Ingrese un nombre legal o el nombre que usa la persona sobreviviente."
    )
    transition = err.InvalidTransition("A referral that is in progress cannot become sent.")
    assert error_text(transition) == (
        "Una derivación en estado «en curso» no puede pasar a «enviada»."
    )
    assert error_text(err.LockedOut(30)).endswith("en 1 minuto.")
    assert error_text(err.LockedOut(125)).endswith("en 3 minutos.")
    # Data inside a message stays as it is, even when it looks like a word we translate.
    assert error_text(err.ValidationError("No agency called “Court”.")) == (
        "No hay ninguna agencia llamada «Court»."
    )
    assert error_text(err.NotFound("That widget no longer exists.")) == (
        "Ese registro (widget) ya no existe."  # an unknown word stays readable
    )
    assert error_text(err.NapError("Brand new message.")) == "Brand new message."


# --- choosing the language -------------------------------------------------------------


def test_translations_are_found_in_the_source_tree_and_in_an_installed_wheel(
    tmp_path: Path,
) -> None:
    assert resources_dir() == i18n.ROOT / "resources"
    installed = tmp_path / "site-packages" / "nap_desktop"
    (installed / "_resources" / "translations").mkdir(parents=True)
    assert resources_dir(installed) == installed / "_resources"  # pyproject's package-dir


def test_lang_option_is_parsed() -> None:
    assert parse_args(["--lang", "es"]).lang == "es"
    assert parse_args([]).lang is None


def _menu_title_in_new_process(language: str | None, env_lang: str) -> str:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from nap_desktop.gui.application import create_application\n"
        f"create_application([sys.argv[0]], language={language!r})\n"
        "print(QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=env_lang, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=i18n.ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("language", "env_lang", "expected"),
    [
        (None, "es_MX.UTF-8", "&Archivo"),  # the system locale, any Spanish country
        ("es", "C", "&Archivo"),  # --lang es
        ("en", "es_SV.UTF-8", "&File"),  # --lang en over a Spanish system
        (None, "C", "&File"),
    ],
)
def test_language_follows_the_system_unless_chosen(
    language: str | None, env_lang: str, expected: str
) -> None:
    assert _menu_title_in_new_process(language, env_lang) == expected


@pytest.mark.parametrize("name", ["C", "en_US", "de_DE"])
def test_english_and_untranslated_languages_get_real_plurals(qapp: QApplication,
                                                              name: str) -> None:
    """The English source writes "minute(s)"; the small English file gives the forms."""
    from nap_desktop.domain import errors as err
    from nap_desktop.gui.application import install_translators
    from nap_desktop.gui.messages import error_text

    installed = install_translators(qapp, QLocale(name))
    try:
        assert error_text(err.LockedOut(30)).endswith("in 1 minute.")
        assert error_text(err.LockedOut(125)).endswith("in 3 minutes.")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_lost_work_at_unlock_is_shown_in_full_in_spanish(spanish: None) -> None:
    """Not the generic "damaged" line: how much was lost, since when, and what to do."""
    from datetime import UTC, datetime

    from nap_desktop.store.anchor import _behind

    lost = _behind(7, datetime(2026, 12, 7, 14, 5, tzinfo=UTC),
                   datetime(2026, 12, 7, 14, 2, tzinfo=UTC))
    text = error_text(lost)
    assert text.startswith("Falta en la bóveda trabajo que se había guardado: 7 cambio(s)")
    assert "2026-12-07 14:02 UTC" in text and "copia de seguridad" in text
    assert "vault.db" in error_text(err.NotAVaultDatabase())
