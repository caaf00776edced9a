"""Enum and field labels are written once (``domain/labels.py``, ``domain/fields.py``):
the screen and the printed summary say the same, in English and in Spanish, and the
editors translate their field names when they show them, not when they are imported."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nap_desktop import i18n
from nap_desktop.domain import fields as registry
from nap_desktop.domain import labels as vocabulary
from nap_desktop.domain.enums import ImmigrationRelief, ProgramType, TraffickingType
from nap_desktop.gui.application import install_translators
from nap_desktop.gui.case import client_tab
from nap_desktop.gui.case.field_labels import field_label, item_label
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.labels import label
from nap_desktop.reports import Audience, render_referral_summary
from nap_desktop.reports import i18n as report_i18n
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PLANTED_NAME, plant_case
from tests.reports import factories as f
from tests.reports.pdftext import all_text

#: Fields the summary prints, by their registry entry.
PRINTED = [("client", "legal_name"), ("client", "preferred_name"), ("client", "date_of_birth"),
           ("client", "interpreter_needed"), ("client", "safe_contact_instructions"),
           ("client", "hhs_letter"), ("client", "trafficking_type"),
           ("referral", "referring_person"), ("referral", "external_case_number"),
           ("referral", "safety_notes"), ("referral", "from_agency_id"),
           ("restitution", "docket_number"), ("restitution.steps", "completed_on")]


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, QLocale(request.param))
    yield request.param
    _remove(qapp, translators)


def _remove(qapp: QApplication, translators: list[QTranslator]) -> None:
    """Uninstall and orphan them (others find the app's translators among its children)."""
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    i18n.set_language("en")


def _screen_name(record: str, key: str) -> str:
    """What the conflict view calls a field (``field_labels``, the registry's label)."""
    spec = registry.field(record, key)
    parent, _dot, child = record.partition(".")
    if child:
        return item_label(child, key)
    return field_label(parent, spec.path)


def test_enum_labels_read_the_same_on_screen_and_on_paper(language: str) -> None:
    for (vocab, value), _source in vocabulary.LABELS.items():
        member = vocab(value)
        assert label(member) == report_i18n.enum_label(language, member), member


def test_the_summary_names_fields_as_the_screen_does(language: str) -> None:
    pdf = render_referral_summary(
        f.make_case(), referral_id=f.REFERRAL_ID, audience=Audience.internal(),
        generated_by="Sofia", agency_name="Harborview", lang=language, now=f.NOW,
        today=f.TODAY).pdf
    text = all_text(pdf)
    for record, key in PRINTED:
        assert _screen_name(record, key) in text, (language, record, key)
    for member in (TraffickingType.LABOR, ImmigrationRelief.GRANTED,
                   ProgramType.RAPID_REHOUSING):
        assert label(member) in text, (language, member)
    if language == "es":  # the Spanish really is Spanish, not English passed through
        assert "Nombre legal" in text and "Legal name" not in text
        assert "Trata con fines de explotación laboral" in text


def test_editor_field_names_are_translated_when_shown(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace) -> None:
    """The editor modules were imported (in English) long before Spanish is installed;
    the compare view still names the fields in Spanish."""
    assert dict(client_tab.ClientForm.FIELDS)["preferred_name"] == "Preferred name"
    planted = plant_case(workspace)
    translators = install_translators(qapp, QLocale("es"))
    try:
        view = CaseView(workspace=workspace, client_id=planted.client_id, discreet=False)
        view.guard.ask = lambda *_a: Choice.DISCARD
        qtbot.addWidget(view)
        form = view.client_tab.form
        form.preferred_name.setText("Ana")
        case = workspace.cases.get_case(planted.client_id)
        workspace.cases.update_client(
            planted.client_id, PersonalInput(legal_name=PLANTED_NAME, preferred_name="Anita"),
            trafficking_type=case.client.trafficking_type,
            expected_revision=case.client.revision)
        assert not form.save()
        names = [name for name, _mine, _theirs in form.differences()]
        assert "Nombre preferido" in names
        assert "Preferred name" not in names
    finally:
        _remove(qapp, translators)
