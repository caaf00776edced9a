"""The Designer sources in ``ui/``: every widget named, labels' access keys tied to a buddy,
tab stops that exist; the generated forms speak Spanish, and a label marked as a hint or
an error in Designer looks like one (app.qss)."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget, QWizardPage

from nap_desktop.gui.application import install_translators, style_sheet

UI = Path(__file__).resolve().parents[2] / "ui"
#: The forms of the transfer and case areas (ui file -> top-level class).
TRANSFER_FORMS = {
    "my_card": QDialog, "pin_card": QDialog, "partners": QDialog, "agency_editor": QDialog,
    "export_partner_page": QWizardPage, "export_cases_page": QWizardPage,
    "export_review_page": QWizardPage, "export_save_page": QWizardPage,
    "export_result_page": QWizardPage, "import_preview": QDialog, "conflicts": QDialog,
    "referral_summary": QDialog, "confirm_release": QDialog, "transition": QDialog,
}


def sources() -> list[Path]:
    return sorted(UI.glob("*.ui"))


@pytest.mark.parametrize("source", sources(), ids=lambda p: p.name)
def test_every_widget_is_named_and_every_access_key_has_a_buddy(source: Path) -> None:
    root = ET.parse(source).getroot()
    names = [w.get("name") for w in root.iter("widget")]
    assert all(names), f"{source.name}: a widget without objectName"
    assert len(names) == len(set(names)), f"{source.name}: objectName used twice"
    for label in root.iter("widget"):
        if label.get("class") != "QLabel":
            continue
        text = label.findtext("./property[@name='text']/string") or ""
        buddy = label.findtext("./property[@name='buddy']/cstring")
        if re.search(r"&[^&\s]", text.replace("&&", "")):
            assert buddy in names, f"{source.name}: {text!r} has no buddy to focus"
        elif buddy is not None:
            assert buddy in names, f"{source.name}: {label.get('name')}'s buddy is missing"
    stops = [t.text for t in root.iter("tabstop")]
    assert set(stops) <= set(names), f"{source.name}: a tab stop names no widget"


def test_the_transfer_forms_are_all_there() -> None:
    assert {p.stem for p in sources()} >= set(TRANSFER_FORMS)


def built(stem: str, top: type[QWidget]) -> tuple[QWidget, Any]:
    module = importlib.import_module(f"nap_desktop.gui.forms.ui_{stem}")
    [form_class] = [v for k, v in vars(module).items() if k.startswith("Ui_")]
    widget = top()
    form = form_class()
    form.setupUi(widget)
    return widget, form


def texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    if isinstance(widget, QWizardPage):
        yield from (widget.title(), widget.subTitle())
    for child in widget.findChildren(QLabel):
        yield child.text()
    for child in widget.findChildren(QAbstractButton):
        yield child.text()
    for child in widget.findChildren(QWidget):
        yield child.accessibleName()


def test_the_transfer_forms_speak_spanish(qapp: QCoreApplication) -> None:
    """Each form's texts are looked up under the form's name: every one has its Spanish
    (a form renamed in Designer, or a text moved there from code, would stay English)."""
    english = {stem: list(texts(built(stem, top)[0])) for stem, top in TRANSFER_FORMS.items()}
    translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    try:
        untranslated = {}
        for stem, top in TRANSFER_FORMS.items():
            spanish = list(texts(built(stem, top)[0]))
            same = [en for en, es in zip(english[stem], spanish, strict=True)
                    if en == es and re.search(r"[a-z]{3}", en)]
            if same:
                untranslated[stem] = same
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert untranslated == {}


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    yield qapp
    qapp.setStyleSheet(before)


def colour(label: QLabel) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_labels_marked_in_designer_take_the_hint_and_error_look(styled: QApplication) -> None:
    _card, card_form = built("my_card", QDialog)
    assert colour(card_form.intro) == "#52606d"
    assert colour(card_form.status) not in ("#52606d", "#b3261e")
    _dialog, form = built("transition", QDialog)
    assert colour(form.problem) == "#b3261e"
    assert form.problem.font().bold()
