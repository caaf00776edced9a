"""Spanish for the desktop: Qt's lookups (``tr()``, the ``.ui`` forms) answered from the
one gettext catalogue (``resources/locale``), with real widgets, enum labels and core error
messages in Spanish; plurals; Qt's own strings left to Qt; the language choice (``--lang``
and ``LANG``). The catalogue itself (complete, current) is checked in
``tests/test_catalogue.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from nap_desktop import i18n as core_i18n
from nap_desktop.app import parse_args
from nap_desktop.domain import errors as err
from nap_desktop.domain.enums import AgencyKind, ProgramType, ReferralStatus, Role
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import TransitionRequest, check_referral_transition
from nap_desktop.gui.application import install_translators, resources_dir
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.i18n import CatalogueTranslator
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import FakeMonotonic, plant_case

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("es"))
    assert any(isinstance(t, CatalogueTranslator) for t in translators)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def translate(source: str, disambiguation: str | None = None, n: int = -1,
              context: str = "AnyWidget") -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


# --- the bridge -----------------------------------------------------------------------


def test_one_english_text_reads_the_same_in_every_qt_context(spanish: None) -> None:
    assert translate("&File", context="MainWindow") == "&Archivo"
    assert translate("&File", context="SomeNewDialog") == "&Archivo"
    assert translate("Not in the catalogue") == "Not in the catalogue"


def test_disambiguation_is_the_gettext_context(spanish: None) -> None:
    """The texts whose Spanish differs by meaning (gender, sense, access key)."""
    assert translate("Keys") == "Teclas"
    assert translate("Keys", "encryption") == "Claves"
    assert translate("Active") == "Activa"  # a release
    assert translate("Active", "user account") == "Activo"
    assert translate("Completed") == "Completada"  # a referral
    assert translate("Completed", "restitution step") == "Finalizado"


def test_qt_plurals_pick_the_spanish_form(spanish: None) -> None:
    text = "Release expires in %n day(s)"
    assert translate(text, None, 1) == "La autorización vence en 1 día"
    assert translate(text, None, 3) == "La autorización vence en 3 días"
    assert translate("%n referral(s)", None, 0) == "0 derivaciones"
    assert translate("%n referral(s)", None, 1) == "1 derivación"


def test_qt_own_contexts_are_left_to_qt(qapp: QApplication, spanish: None) -> None:
    ours = next(t for t in qapp.findChildren(CatalogueTranslator))
    assert ours.translate("QPlatformTheme", "Cancel") is None
    assert ours.translate("MainWindow", "Cancel") == "Cancelar"
    assert ours.translate("MainWindow", "Not in the catalogue") is None  # Qt shows it


def test_the_core_speaks_the_language_the_gui_was_given(spanish: None) -> None:
    assert core_i18n.language().startswith("es")
    assert core_i18n._("&File") == "&Archivo"
    assert core_i18n.pgettext("encryption", "Keys") == "Claves"


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


def spanish_sources() -> set[str]:
    """The English texts of the Spanish catalogue."""
    with (ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "nap.po").open("rb") as po:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.id}


def visible_texts(widget: object) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]  # type: ignore[attr-defined]
    for tabs in widget.findChildren(QTabWidget):  # type: ignore[attr-defined]
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


def test_main_window_and_case_view_speak_spanish(
    window: MainWindow, workspace: Workspace
) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Ver", "&Transferencia", "Ad&ministración",
                     "&Informes", "A&yuda"]
    assert window.vault_label.text() == f"Bóveda: {workspace.vault.path}"  # %1 filled in
    planted = plant_case(workspace)
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    tabs = [view.tabs.tabText(i).rstrip(" *") for i in range(view.tabs.count())]
    assert tabs == ["Derivación", "Sobreviviente", "Autorizaciones", "Vivienda",
                    "Restitución", "Notas", "Historial", "Documentos"]
    assert view.tabs.accessibleName() == "Secciones del caso"
    assert "Derivación: Borrador" in visible_texts(view)  # a chip: "Referral: %1"
    # Nothing on screen is an English source that has a Spanish translation.
    catalogue = core_i18n.translator("es")
    english = {source for source in spanish_sources() if catalogue.gettext(source) != source}
    spanish_texts = {catalogue.gettext(source) for source in english}
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
    assert error_text(choice.value) == "Elija un valor válido para «Tipo de agencia»."
    whole = err.ValidationError(N_("Enter a legal name or the name the survivor uses."))
    assert error_text(whole) == (
        "Ingrese un nombre legal o el nombre que usa la persona sobreviviente."
    )
    with pytest.raises(err.InvalidTransition) as transition:
        check_referral_transition(
            TransitionRequest(current=ReferralStatus.IN_PROGRESS, target=ReferralStatus.SENT)
        )
    assert str(transition.value) == "A referral that is in progress cannot become sent."
    assert error_text(transition.value) == (
        "Una derivación en estado «en curso» no puede pasar a «enviada»."
    )
    assert error_text(err.LockedOut(30)) == (
        "Demasiados intentos fallidos. Intente de nuevo en 1 minuto."
    )
    assert error_text(err.LockedOut(125)).endswith("en 3 minutos.")
    # Data inside a message stays as it is, even when it is a word we translate.
    court = err.ValidationError(N_("No agency called “{name}”."), name="Court")
    assert core_i18n._("Court") == "Tribunal"
    assert error_text(court) == "No hay ninguna agencia llamada «Court»."
    with pytest.raises(err.NotFound) as gone:
        workspace.agencies.update("no-such-agency", name="Harbor Legal", kind=AgencyKind.LEGAL,
                                  contacts="", is_victim_service_provider=False)
    assert error_text(gone.value) == "Esa agencia ya no existe."
    assert error_text(err.NapError(N_("Brand new message."))) == "Brand new message."


# --- choosing the language -------------------------------------------------------------


def test_translations_are_found_in_the_source_tree_and_in_an_installed_wheel(
    tmp_path: Path,
) -> None:
    assert resources_dir() == ROOT / "resources"
    assert (ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "nap.mo").is_file()
    installed = tmp_path / "site-packages" / "nap_desktop"
    (installed / "_resources" / "locale").mkdir(parents=True)
    assert resources_dir(installed) == installed / "_resources"  # pyproject's package-dir
    assert installed / "_resources" / "locale" in core_i18n.locale_dirs(installed)


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
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
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
    assert text.startswith("Falta en la bóveda trabajo que se había guardado: 7 cambios "
                           "guardados después del 2026-12-07 14:02 UTC")
    assert "copia de seguridad" in text
    one = error_text(_behind(1, datetime(2026, 12, 7, 14, 5, tzinfo=UTC), None))
    assert one.startswith("Falta en la bóveda trabajo que se había guardado: 1 cambio "
                          "guardado, hecho el 2026-12-07 14:05 UTC, no está")
    assert "vault.db" in error_text(err.NotAVaultDatabase())
