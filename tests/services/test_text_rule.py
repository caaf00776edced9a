"""What input accepts, a transfer package accepts: one text rule (domain.text_rules).

Before, a NUL pasted into a note was saved, and every later export to a partner that may
see notes failed on the package's own check; a lone surrogate (from a broken paste or a
command-line argument) failed with an unexpected internal error at commit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from nap_desktop.domain.errors import ValidationError
from nap_desktop.services import validate as v
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.reports import ReportService
from nap_desktop.store import models as m
from nap_desktop.transfer import checks
from nap_desktop.transfer import errors as te
from tests.services.conftest import Services

NUL = "Rent paid\x00 to the landlord"
SURROGATE = "Ana \ud83d Ruiz"

Entry = Callable[[Services, str], object]


def _client(svc: Services) -> str:
    return svc.cases.create_client(PersonalInput(legal_name="Ana Ruiz")).id


def _referral(svc: Services) -> tuple[str, str]:
    client = _client(svc)
    ref = svc.referrals.create(client_id=client, from_agency_id=svc.self_id,
                               to_agency_id=svc.partner_id, direction="vsp_to_le",
                               services=["legal"])
    return client, ref.id


def _placement(svc: Services) -> str:
    return svc.housing.add_placement(_client(svc), PlacementInput(
        program_type="emergency_shelter", provider="Safe House")).id


def _matter(svc: Services) -> tuple[str, str]:
    matter = svc.restitution.open_matter(_client(svc), court="District Court",
                                         docket_number="1:26-cr-1")
    return matter.id, matter.steps[0].id


def _release(svc: Services, **kw: str) -> object:
    return svc.releases.create(client_id=_client(svc), recipient_agency_id=svc.partner_id,
                               categories=["identity"], purpose=kw.get("purpose", "Services"),
                               exception_basis=kw.get("exception_basis", ""),
                               expires_on=date(2027, 5, 1), signed_on=date(2026, 11, 23))


#: Every service that takes long free text, with the label its message must name.
LONG_TEXT: dict[str, tuple[str, Entry]] = {
    "note": ("Note", lambda svc, t: svc.cases.add_note(_client(svc), t)),
    "location": ("Location", lambda svc, t: svc.cases.create_client(
        PersonalInput(legal_name="Ana", location=t))),
    "contact": ("Contact", lambda svc, t: svc.cases.create_client(
        PersonalInput(legal_name="Ana", contact_info=t))),
    "safe contact": ("Safe-contact instructions", lambda svc, t: svc.cases.create_client(
        PersonalInput(legal_name="Ana", safe_contact_instructions=t))),
    "referral safety notes": ("Safety notes", lambda svc, t: svc.referrals.create(
        client_id=_client(svc), from_agency_id=svc.self_id, to_agency_id=svc.partner_id,
        direction="vsp_to_le", services=["legal"], safety_notes=t)),
    "referral update": ("Safety notes", lambda svc, t: svc.referrals.update(
        _referral(svc)[1], services=["legal"], urgency="routine", referring_person="",
        external_case_number="", release_id=None, safety_notes=t)),
    "withdrawal reason": ("Reason", lambda svc, t: svc.referrals.transition(
        _referral(svc)[1], "withdrawn", reason="other", reason_text=t)),
    "placement safety notes": ("Safety notes", lambda svc, t: svc.housing.add_placement(
        _client(svc), PlacementInput(program_type="emergency_shelter", provider="Safe House",
                                     safety_notes=t))),
    "assistance note": ("Note", lambda svc, t: svc.housing.add_assistance(
        _placement(svc), kind="rent", amount_cents=100, paid_on=date(2026, 11, 1), note=t)),
    "step note": ("Note", lambda svc, t: svc.restitution.update_step(
        *_matter(svc), status="in_progress", due_on=None, note=t)),
    "money note": ("Note", lambda svc, t: svc.restitution.record_money(
        _matter(svc)[0], kind="collected", amount_cents=100, on=date(2026, 11, 1), note=t)),
    "purpose": ("Purpose", lambda svc, t: _release(svc, purpose=t)),
    "exception basis": ("Exception basis", lambda svc, t: _release(svc, exception_basis=t)),
    "summary override reason": ("Override reason", lambda svc, t: ReportService(
        svc.ctx, svc.queries).referral_summary(_referral(svc)[1], partner_id=svc.partner_id,
                                               override_reason=t)),
    "agency contacts": ("Contacts", lambda svc, t: svc.agencies.add_partner(
        name=f"Shelter {uuid.uuid4()}", kind="housing", contacts=t)),
}

SHORT_TEXT: dict[str, tuple[str, Entry]] = {
    "legal name": ("Legal name", lambda svc, t: svc.cases.create_client(
        PersonalInput(legal_name=t))),
    "provider": ("Provider", lambda svc, t: svc.housing.add_placement(
        _client(svc), PlacementInput(program_type="emergency_shelter", provider=t))),
    "defendant": ("Defendant", lambda svc, t: svc.restitution.open_matter(
        _client(svc), court="District Court", docket_number="1", defendant=t)),
    "agency name": ("Agency name", lambda svc, t: svc.agencies.add_partner(
        name=t, kind="housing")),
}


@pytest.mark.parametrize("name", sorted(LONG_TEXT))
def test_long_text_with_a_nul_is_refused_naming_the_field(svc: Services, name: str) -> None:
    label, enter = LONG_TEXT[name]
    svc.act_as("admin")  # every role may enter text somewhere; the admin everywhere
    enter(svc, "fine text\nover two lines\twith a tab")  # line breaks and tabs are fine
    with pytest.raises(ValidationError, match=f"^{label} contains an invisible null") as caught:
        enter(svc, NUL)
    assert "Nothing was saved" in str(caught.value)
    assert "\x00" not in str(caught.value) and "landlord" not in str(caught.value)
    with svc.ctx.read() as s:
        for column in (m.NoteRow.body, m.ReferralRow.safety_notes, m.PlacementRow.safety_notes,
                       m.ReleaseRow.purpose, m.AgencyRow.contacts):
            assert not [x for x in s.scalars(select(column)) if "\x00" in x]


@pytest.mark.parametrize("name", sorted(LONG_TEXT) + sorted(SHORT_TEXT))
def test_a_lone_surrogate_is_refused_with_a_message_not_an_internal_error(
    svc: Services, name: str
) -> None:
    label, enter = {**LONG_TEXT, **SHORT_TEXT}[name]
    svc.act_as("admin")
    with pytest.raises(ValidationError, match=f"^{label} contains a broken character"):
        enter(svc, SURROGATE)


@pytest.mark.parametrize("name", sorted(SHORT_TEXT))
def test_short_text_still_refuses_control_characters(svc: Services, name: str) -> None:
    label, enter = SHORT_TEXT[name]
    svc.act_as("admin")
    with pytest.raises(ValidationError, match=f"^{label} cannot contain line breaks"):
        enter(svc, "Ana\x00Ruiz")


LIMITS = (40, 200, 2000, 20_000)
ALPHABET = st.sampled_from(["a", " ", "\n", "\t", "\x00", "\x01", "\x1f", "\x7f", "é",
                            "\ud800", "\udfff", "😀", "\u2028"])


@settings(max_examples=400, deadline=None)
@given(value=st.text(ALPHABET, min_size=1, max_size=12), limit=st.sampled_from(LIMITS))
def test_input_and_package_accept_exactly_the_same_text(value: str, limit: int) -> None:
    """A text saved through the services passes the package schema, and the other way
    round: the export can never refuse what the input let in."""
    value = f"x{value}x"  # nothing for strip() to change
    try:
        saved = v.text(value, field="f", label="Field", limit=limit)
    except ValidationError:
        saved = None
    try:
        sent = checks.text(limit)(value, "record 1.data.f")
    except te.SchemaViolation:
        sent = None
    assert saved == sent


def test_the_package_still_refuses_a_nul_in_a_note_from_a_partner() -> None:
    check = checks.text(checks.LONG, required=True)
    assert check("one\ntwo", "note") == "one\ntwo"
    with pytest.raises(te.SchemaViolation, match="control characters"):
        check("one\x00two", "note")
    with pytest.raises(te.SchemaViolation, match="invalid character"):
        check("one\udc80two", "note")

