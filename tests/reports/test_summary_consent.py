"""The partner PDF applies the one consent table (``domain.consent``) to the referral's
own fields, its requested services, placement safety notes and restitution step notes."""

from __future__ import annotations

from dataclasses import replace

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import InfoCategory, ServiceType
from tests.reports import factories as f
from tests.reports.pdftext import all_text, assert_absent
from tests.reports.test_summary import render

IC = InfoCategory
OFFICER = "Officer Quintanilla-Zed"
LE_NUMBER = "HSI-2026-77341"
STEP_NOTE = "Address updated with the clerk: 12 Hidden Lane"


def case_with(categories: set[InfoCategory]) -> CaseRecord:
    case = f.make_case(releases=[f.release(categories=frozenset(categories))] if categories
                       else [])
    case.referrals[0] = replace(
        case.referrals[0], referring_person=OFFICER, external_case_number=LE_NUMBER,
        services=frozenset({ServiceType.IMMIGRATION, ServiceType.LEGAL}))
    matter = case.restitution[0]
    matter.steps[1] = replace(matter.steps[1], note=STEP_NOTE)
    return case


def test_referral_section_withholds_the_referrer_le_number_and_immigration_service() -> None:
    result = render(case_with({IC.HOUSING, IC.RESTITUTION}))
    for secret in (OFFICER, "Quintanilla", LE_NUMBER, "HSI-2026"):
        assert_absent(result.pdf, secret)
    text = all_text(result.pdf)
    assert "Referring person withheld — no release" in text
    assert "Their case number withheld — no release" in text
    # "Immigration" is still named once: among the withheld categories, not as a service
    assert "Services requested Legal, withheld — no release Safety notes" in text


def test_identity_and_immigration_release_shows_them() -> None:
    text = all_text(render(case_with({IC.IDENTITY, IC.IMMIGRATION})).pdf)
    assert OFFICER in text and LE_NUMBER in text
    assert "Services requested Legal, Immigration, withheld" in text


def test_restitution_step_notes_need_location_too() -> None:
    without = render(case_with({IC.RESTITUTION}))
    assert "1:26-cr-00042" in all_text(without.pdf)  # the matter itself is shared
    assert_absent(without.pdf, "Hidden Lane")
    assert STEP_NOTE in all_text(render(case_with({IC.RESTITUTION, IC.LOCATION})).pdf)


def test_placement_safety_notes_need_location_as_well_as_safety() -> None:
    result = render(case_with({IC.HOUSING, IC.SAFETY}))
    assert_absent(result.pdf, "Placement canary safety note")
    assert f.CANARY_SAFETY in all_text(result.pdf)  # the referral's own safety notes


def _reported(case: CaseRecord) -> CaseRecord:
    """The case with the reported client fields of issue #13 filled."""
    from nap_desktop.domain.enums import Citizenship, Gender, RaceEthnicity, ReferralSource

    case.client.personal.gender = frozenset({Gender.TRANSGENDER, Gender.WOMAN})
    case.client.personal.race_ethnicity = frozenset({RaceEthnicity.MENA})
    case.client.personal.citizenship = Citizenship.FOREIGN_NATIONAL
    case.client.personal.referral_source = ReferralSource.HOTLINE
    return case


def test_the_reported_client_fields_show_only_under_demographics() -> None:
    shared = all_text(render(_reported(case_with({IC.DEMOGRAPHICS}))).pdf)
    assert "Middle Eastern or North African" in shared and "Foreign national" in shared
    assert "Transgender, Woman (girl, if child)" in shared and "Hotline" in shared
    withheld = render(_reported(case_with({IC.HOUSING})))
    for secret in ("Middle Eastern", "Foreign national", "Transgender", "Hotline"):
        assert_absent(withheld.pdf, secret)
