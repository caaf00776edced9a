"""The referral summary PDF, read back with pypdf."""

from __future__ import annotations

import builtins
import re
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.reports import Audience, SummaryResult, render_referral_summary
from nap_desktop.reports.content import document_record, sha256_hex, summary_content
from nap_desktop.reports.redaction import plan_redaction
from tests.reports import factories as f
from tests.reports.pdftext import all_text, assert_absent, page_texts, reader

NEW_YORK = ZoneInfo("America/New_York")
PARTNER_NAME = "Example County Task Force (demo)"
PARTNER = Audience.for_partner(f.PARTNER_ID, PARTNER_NAME)
CANARIES = [f.CANARY_NAME, "Zyxwarbleton", "Quillfeather", f.CANARY_PREFERRED,
            "1991-07-14", "14/07/1991", f.CANARY_LOCATION, "Imaginary Lane", f.CANARY_CONTACT,
            f.CANARY_SAFETY, "blue van", f.CANARY_NOTE, "Placement canary safety note"]


def render(case: CaseRecord, audience: Audience = PARTNER, **kw: Any) -> SummaryResult:
    kw.setdefault("include_notes", True)
    return render_referral_summary(
        case, referral_id=f.REFERRAL_ID, audience=audience, generated_by="Sofia Demo-Ramírez",
        agency_name="Harborview Survivor Services (demo)", now=f.NOW, today=f.TODAY,
        tz=NEW_YORK, **kw)


@pytest.fixture(scope="module")
def internal() -> SummaryResult:
    return render(f.make_case(notes=2), Audience.internal())


@pytest.fixture(scope="module")
def internal_text(internal: SummaryResult) -> str:
    return all_text(internal.pdf)


@pytest.mark.parametrize("expected", [
    # front matter
    "Referral summary", "NAP-2026-0042", "Generated 2026-11-23 14:05 EST",
    "Prepared by Sofia Demo-Ramírez", "Internal use — Harborview Survivor Services (demo)",
    # referral
    "From agency Harborview Survivor Services (demo)", "To agency Example County Task Force (demo)",
    "Victim services → law enforcement", "Urgency Priority", "Referring person Marcus Example",
    "TF-2026-0815", "Status In progress", "Housing, Legal, Interpretation",
    "Canary safety: trafficker drives a blue van",
    "2026-09-02 11:30 EDT Draft Sofia Demo-Ramírez", "Draft → Sent Marcus Example",
    "Accepted → In progress",
    # client
    "Labor trafficking", f.CANARY_NAME, f.CANARY_PREFERRED, "Date of birth 1991-07-14",
    "Spanish, K'iche'", "Interpreter needed Yes", f.CANARY_CONTACT,
    "Text first; never leave voicemail", f.CANARY_LOCATION,
    "Continued Presence Granted (expires 2027-03-01)", "T visa Requested",
    # releases (none in force in this case)
    "No release of information is in force.",
    # housing
    "Transitional housing", "Moved in", "Lighthouse Housing Demo 1", "OVC housing grant",
    "2026-01-05", "2026-01-15", "expected 2027-06-30", "Permanent: rental or owned",
    "2026-03-21", "$1,235,517.89", "$123.45", "Total assistance $1,235,641.34",
    "Placement canary safety note",
    # restitution
    "U.S. District Court (demo district)", "1:26-cr-00042", "Defendant Demo Enterprises LLC",
    "18 U.S.C. 1593", "$48,000.00 $45,000.00 $1,500.00 $1,000.00 $43,500.00",
    "Loss documentation gathered Done 2026-06-01 2026-05-28",
    "Restitution order entered Pending 2026-09-29",
    "Filed with victim-witness coordinator",
    # notes and signatures
    f.CANARY_NOTE, "Follow-up call 1 went well.", "Caseworker", "Supervisor",
    "Survivor (or guardian) acknowledgement", "Signature and date", "Printed name",
])
def test_every_section_shows_its_key_values(internal_text: str, expected: str) -> None:
    assert expected in internal_text


def test_section_headings_in_order(internal_text: str) -> None:
    headings = ["1 Referral", "Status history", "2 Client", "3 Releases of information in force",
                "4 Housing", "5 Restitution", "6 Notes", "7 Signatures"]
    positions = [internal_text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_money_is_exact() -> None:
    text = all_text(render(f.make_case(), Audience.internal()).pdf)
    assert "$1,234,567.89" not in text  # the rent alone is never shown, only totals
    case = f.make_case(placements=1)
    case.placements[0].ledger = case.placements[0].ledger[:1]
    text = all_text(render(case, Audience.internal()).pdf)
    assert "$1,234,567.89" in text


def test_internal_document_contains_the_canaries(internal: SummaryResult,
                                                 internal_text: str) -> None:
    """Positive control: the absence checks below would see a leak."""
    for canary in (f.CANARY_NAME, "1991-07-14", f.CANARY_LOCATION, f.CANARY_NOTE):
        assert canary in internal_text
    assert internal.withheld == []


def test_partner_without_release_sees_no_personal_details() -> None:
    result = render(f.make_case(notes=2))
    for canary in CANARIES:
        assert_absent(result.pdf, canary)
    text = all_text(result.pdf)
    assert text.count("withheld — no release") >= 12
    assert "Prepared for: Example County Task Force (demo)" in text
    assert ("Withheld from Example County Task Force (demo): Identity (names, date of birth, "
            "minor), Contact and safe-contact details") in text
    assert result.withheld == [c.value for c in InfoCategory]
    # what is never personal is still there
    # (housing and interpretation requests are housing and demographics: withheld)
    for shown in ("NAP-2026-0042", "Draft → Sent", "Services requested Legal, withheld",
                  "Labor trafficking", "No release of information to Example County"):
        assert shown in text


def test_release_covering_identity_shows_the_name_only() -> None:
    case = f.make_case(releases=[f.release(categories=frozenset({InfoCategory.IDENTITY}))])
    result = render(case)
    text = all_text(result.pdf)
    assert f.CANARY_NAME in text
    assert "Date of birth 1991-07-14" in text
    for canary in (f.CANARY_LOCATION, f.CANARY_CONTACT, f.CANARY_SAFETY, f.CANARY_NOTE):
        assert_absent(result.pdf, canary)
    assert "identity" not in result.withheld
    assert result.release_ids == ("release-1",)
    assert "Example County Task Force (demo) Identity" in text  # the release itself


def test_housing_release_does_not_release_placement_safety_notes_or_the_shelter() -> None:
    """The provider says where the survivor stays: under VAWA that is location, which a
    housing release alone does not cover."""
    case = f.make_case(releases=[f.release(categories=frozenset({InfoCategory.HOUSING}))])
    result = render(case)
    text = all_text(result.pdf)
    assert "Transitional housing" in text and "OVC housing grant" in text
    assert "$1,235,641.34" in text
    assert_absent(result.pdf, "Placement canary safety note")
    assert_absent(result.pdf, "Lighthouse Housing")
    assert "Transitional housing withheld — no release" in text  # the safety notes' row
    assert "location" in result.withheld


def test_housing_and_location_release_names_the_shelter() -> None:
    case = f.make_case(releases=[f.release(
        categories=frozenset({InfoCategory.HOUSING, InfoCategory.LOCATION}))])
    result = render(case)
    text = all_text(result.pdf)
    assert "Lighthouse Housing Demo 1" in text
    assert_absent(result.pdf, "Placement canary safety note")
    assert "Lighthouse Housing Demo 1 withheld — no release" in text


@pytest.mark.parametrize("release", [
    f.release(recipient=f.OTHER_ID, categories=frozenset(InfoCategory)),
    f.release(categories=frozenset(InfoCategory), expires_on=f.TODAY - timedelta(days=1)),
    f.release(categories=frozenset(InfoCategory), status=ReleaseStatus.REVOKED,
              revoked_on=f.TODAY - timedelta(days=2)),
], ids=["release-to-another-agency", "expired", "revoked"])
def test_releases_that_do_not_count_show_nothing(release: Any) -> None:
    result = render(f.make_case(releases=[release]))
    for canary in CANARIES:
        assert_absent(result.pdf, canary)
    # the partner does not learn whom else the survivor shares with
    assert_absent(result.pdf, "Fictional Legal Aid Clinic")


def test_override_shows_everything_and_says_why() -> None:
    audience = Audience.for_partner(f.PARTNER_ID, PARTNER_NAME, "Court order 26-CV-1 (demo)")
    result = render(f.make_case(), audience)
    text = all_text(result.pdf)
    assert "Released under supervisor override: Court order 26-CV-1 (demo)" in text
    assert f.CANARY_NAME in text
    assert "withheld — no release" not in text
    assert result.withheld == []


def test_spanish_output() -> None:
    result = render(f.make_case(), lang="es")
    text = all_text(result.pdf)
    for heading in ("Resumen de la derivación", "1 Derivación", "Historial de estados",
                    "2 Sobreviviente",
                    "3 Autorizaciones de divulgación vigentes", "4 Vivienda",
                    "5 Restitución", "6 Notas", "Firmas", "Generado 23/11/2026 14:05 EST",
                    "Preparado para: Example County Task Force (demo)",
                    "retenido — sin autorización", "CONFIDENCIAL", "Página 1 de",
                    "Servicios a víctimas → fuerzas del orden", "Borrador → Enviada"):
        assert heading in text
    for english in ("Referral summary", "Status history", "withheld — no release", "Page 1"):
        assert english not in text


@pytest.mark.parametrize("name", ["Nguyễn Thị Hương", "王秀英", "Nguyễn 王秀英 Hương"])
def test_names_in_other_scripts_are_extracted_intact(name: str) -> None:
    case = f.make_case(personal_overrides={"legal_name": name, "preferred_name": name})
    assert f"Legal name {name}" in all_text(render(case, Audience.internal()).pdf)


def test_decomposed_vietnamese_is_normalised() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    case = f.make_case(personal_overrides={"legal_name": nfd})
    assert "Nguyễn Thị Hương" in all_text(render(case, Audience.internal()).pdf)


def test_page_numbers_confidential_and_footer_on_every_page() -> None:
    case = f.make_case(placements=10, steps=10, history_entries=60, notes=12)
    result = render(case, Audience.internal())
    texts = page_texts(result.pdf)
    total = len(texts)
    assert total >= 3
    assert result.pages == total == len(reader(result.pdf).pages)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert len(re.findall(r"Page \d+ of \d+", text)) == 1
        assert "CONFIDENTIAL" in text
        assert f"Document ID: {result.document_id}" in text
        assert f"SHA-256: {result.sha256}" in text
        assert "Referral summary · NAP-2026-0042" in text


def test_long_free_text_flows_across_pages() -> None:
    case = f.make_case()
    case.notes[0].body = "Long note. " * 2500
    result = render(case, Audience.internal())
    assert result.pages >= 4


def test_checksum_is_of_the_shown_content(monkeypatch: pytest.MonkeyPatch) -> None:
    fixed = uuid.UUID("00000000-0000-4000-8000-000000000001")
    monkeypatch.setattr(uuid, "uuid4", lambda: fixed)
    case = f.make_case()
    first, again = render(case), render(case)
    assert first.document_id == str(fixed)
    assert first.sha256 == again.sha256
    assert re.fullmatch(r"[0-9a-f]{64}", first.sha256)
    plan = plan_redaction(case, PARTNER, f.TODAY)
    content = summary_content(case, referral_id=f.REFERRAL_ID, plan=plan, include_notes=True,
                              today=f.TODAY)
    record = document_record(
        kind="referral_summary", document_id=str(fixed), generated_at=f.NOW,
        generated_by="Sofia Demo-Ramírez", agency_name="Harborview Survivor Services (demo)",
        lang="en", audience=PARTNER, withheld=plan.withheld_names, content=content)
    assert sha256_hex(record) == first.sha256
    # withheld details do not feed the checksum: changing them changes nothing
    case.client.personal.legal_name = "Someone Else Entirely"
    assert render(case).sha256 == first.sha256
    assert render(case, Audience.internal()).sha256 != first.sha256


def test_nothing_is_written_to_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        assert not set(mode) & set("wax+"), f"report tried to write {file!r}"
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    assert render(f.make_case(), Audience.internal()).pdf.startswith(b"%PDF")


def test_notes_are_left_out_unless_asked() -> None:
    text = all_text(render(f.make_case(), Audience.internal(), include_notes=False).pdf)
    assert f.CANARY_NOTE not in text
    assert "6 Signatures" in text


def test_metadata_carries_no_personal_details() -> None:
    result = render(f.make_case(), Audience.internal())
    meta = reader(result.pdf).metadata
    assert meta is not None
    assert meta.title == "Referral summary — NAP-2026-0042"
    assert f.CANARY_NAME not in str(dict(meta))


def test_errors() -> None:
    case = f.make_case()
    with pytest.raises(NotFound):
        render_referral_summary(case, referral_id="nope", audience=PARTNER, generated_by="x",
                                agency_name="y", now=f.NOW)
    with pytest.raises(ValidationError):
        render(case, lang="fr")
    with pytest.raises(ValueError, match="timezone-aware"):
        render_referral_summary(case, referral_id=f.REFERRAL_ID, audience=PARTNER,
                                generated_by="x", agency_name="y",
                                now=datetime(2026, 1, 1))


def test_defaults_use_the_clock_and_local_zone() -> None:
    result = render_referral_summary(f.make_case(), referral_id=f.REFERRAL_ID,
                                     audience=Audience.internal(), generated_by="x",
                                     agency_name="y")
    year = str(datetime.now(UTC).year)
    assert year in all_text(result.pdf)


def test_the_minor_line_reads_the_date_of_birth_on_the_day_of_the_summary() -> None:
    """A flag stored while the survivor was 17 does not make an adult a minor on paper;
    without a date of birth the flag decides."""
    from dataclasses import replace

    case = f.make_case()
    p = case.client.personal
    for dob, stored, minor in (
        (f.TODAY.replace(year=f.TODAY.year - 30), True, False),  # an adult now
        (f.TODAY.replace(year=f.TODAY.year - 10), False, True),  # under 18 by the date
        (None, True, True),  # no date: the flag
    ):
        case.client.personal = replace(p, date_of_birth=dob, is_minor=stored)
        content = summary_content(case, referral_id=f.REFERRAL_ID,
                                  plan=plan_redaction(case, Audience.internal(), f.TODAY),
                                  include_notes=False, today=f.TODAY)
        identity = content.client.identity
        assert not isinstance(identity, type(None)) and identity.is_minor is minor  # type: ignore[union-attr]


def test_voided_entries_and_notes_are_left_out_of_the_summary() -> None:
    """Corrections: a voided money or assistance entry counts in no total the PDF prints,
    and a voided note is not printed (it stays in the vault, struck through)."""
    from dataclasses import replace

    from nap_desktop.domain.entities import AssistanceEntry, Void
    from nap_desktop.domain.enums import AssistanceKind

    case = f.make_case()
    void = Void(at=f.NOW, by_user_id=None, reason="entered twice")
    matter = case.restitution[0]
    matter.money = [replace(matter.money[0], amount_cents=150_000),
                    replace(matter.money[1], void=void)]
    place = case.placements[0]
    place.ledger = [AssistanceEntry(id="a1", kind=AssistanceKind.RENT, amount_cents=80_000,
                                    paid_on=f.TODAY),
                    AssistanceEntry(id="a2", kind=AssistanceKind.RENT, amount_cents=99_999,
                                    paid_on=f.TODAY, void=void)]
    case.notes = [*case.notes, replace(case.notes[0], id="note-void", body="VOIDED-NOTE-CANARY",
                                       void=void)]
    plan = plan_redaction(case, Audience.internal(), f.TODAY)
    content = summary_content(case, referral_id=f.REFERRAL_ID, plan=plan, include_notes=True,
                              today=f.TODAY)
    assert isinstance(content.restitution, tuple)
    assert content.restitution[0].money.disbursed_cents == 0
    assert isinstance(content.housing, tuple)
    assert content.housing[0].assistance_total_cents == 80_000
    assert isinstance(content.notes, tuple)
    assert all(n.body != "VOIDED-NOTE-CANARY" for n in content.notes)
    text = all_text(render(case, Audience.internal()).pdf)
    assert "VOIDED-NOTE-CANARY" not in text and "$999.99" not in text
