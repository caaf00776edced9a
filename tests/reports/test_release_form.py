"""The release form a survivor signs: every category of the consent table with what it
covers, the one partner, the rights a release must state, signature lines, the document
id; in English and Spanish; the survivor's name only when given."""

from __future__ import annotations

from datetime import date

import pytest

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.labels import CATEGORY_SCOPE
from nap_desktop.i18n import translator
from nap_desktop.reports import i18n
from nap_desktop.reports.release_form import ReleaseFormRequest, render_release_form
from tests.reports import factories as f
from tests.reports.pdftext import all_text, assert_absent, reader

AGENCY = "Harborview Survivor Services (demo)"
PARTNER = "Harbor Shelter (demo)"
NAME = "Zyxwvut Canaria"


def render(lang: str, **request: object) -> tuple[str, bytes, str]:
    result = render_release_form(
        ReleaseFormRequest(partner_name=PARTNER, **request),  # type: ignore[arg-type]
        agency_name=AGENCY, generated_by="Sofia", lang=lang, now=f.NOW)
    return all_text(result.pdf), result.pdf, result.document_id


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_category_and_the_partner_in_each_language(lang: str) -> None:
    text, _pdf, document_id = render(lang, case_number="NAP-2026-0012")
    words = translator(lang).gettext
    for category in InfoCategory:
        assert i18n.enum_label(lang, category) in text, category
        assert " ".join(words(CATEGORY_SCOPE[category]).split()) in text, category
    assert PARTNER in text and AGENCY in text and "NAP-2026-0012" in text
    assert i18n.t(lang, "title_release") in text
    assert document_id in text  # the footer names the document
    for key in ("rf_right_optional", "rf_right_revoke", "rf_sign_survivor", "rf_sign_guardian"):
        expected = i18n.t(lang, key, agency=AGENCY, partner=PARTNER)
        assert " ".join(expected.split()) in text, key


def test_spanish_form_is_in_spanish() -> None:
    text, _pdf, _id = render("es")
    assert "Autorización para compartir información" in text
    assert "no dependen" in text  # services are not conditional on signing
    assert "Authorization to release information" not in text


def test_no_survivor_data_unless_given() -> None:
    text, pdf, _id = render("en", case_number="NAP-2026-0012")
    assert_absent(pdf, NAME)
    assert i18n.t("en", "rf_survivor") in text  # a line to write the name by hand
    metadata = reader(pdf).metadata
    assert metadata is not None and NAME not in str(dict(metadata))
    named, _pdf, _id = render("en", survivor_name=NAME)
    assert NAME in named


def test_purpose_and_end_date_print_when_given() -> None:
    text, _pdf, _id = render("es", purpose="Coordinar vivienda", expires_on=date(2027, 6, 1))
    assert "Coordinar vivienda" in text and "01/06/2027" in text
