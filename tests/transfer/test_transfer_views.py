"""The read-only views the desktop shows around a transfer: export dry run, named import
preview, conflicts with their case, card summaries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from nap_desktop.domain.enums import AgencyKind, InfoCategory, Role
from nap_desktop.domain.errors import PermissionDenied
from nap_desktop.services.transfer.views import ABSENT, TransferViews, compare_data
from nap_desktop.transfer import errors as te
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import Side, add_case, agencies, clock, pair

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    return a, b


def test_export_preview_matches_the_export_and_writes_nothing(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    shared = add_case(a, to_b, categories=["identity", "housing"], canary="S1")
    withheld = add_case(a, to_b, categories=["identity"], canary="W1")
    views = TransferViews(a.ctx)
    before = a.counts()
    preview = views.export_preview(to_b)
    assert a.counts() == before  # no sync state, no audit
    by_id = {c.client_id: c for c in preview.clients}
    assert InfoCategory.HOUSING in by_id[shared["client"]].shared
    assert by_id[shared["client"]].records["placement"] == 1
    assert InfoCategory.HOUSING in by_id[withheld["client"]].withheld
    assert "placement" not in by_id[withheld["client"]].records
    assert by_id[withheld["client"]].label.name == "Ana Ruiz W1"
    outcome = a.exports.export_detailed(to_b)
    assert preview.record_count == outcome.record_count
    assert dict(preview.withheld) == outcome.withheld
    only = views.export_preview(to_b, [shared["referral"]])
    assert [c.client_id for c in only.clients] == [shared["client"]]


def test_override_preview_is_for_supervisors_only(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    add_case(a, to_b, categories=["identity"])
    views = TransferViews(a.ctx)
    assert views.export_preview(to_b, override=True).withheld == {}
    a.act_as_role(Role.CASEWORKER)
    with pytest.raises(PermissionDenied):
        views.export_preview(to_b, override=True)


def test_import_preview_names_the_records_it_plans(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=["identity"], canary="N1")
    data = a.exports.export(to_b)
    preview = TransferViews(b.ctx).preview_import(data)
    plan = b.imports.preview_import(data)
    assert preview.plan.counts == plan.counts
    assert preview.sender_name == a.name
    client = next(r for r in preview.records if r.record_type == "client")
    assert client.action is Action.NEW and client.label.name == "Ana Ruiz N1"
    referral = next(r for r in preview.records if r.record_type == "referral")
    assert referral.client_id == ids["client"] and referral.withheld == (
        "demographics", "housing", "immigration", "safety")
    [withheld] = preview.withheld
    assert "location" in withheld.categories and withheld.label.case_number
    b.imports.import_package(data)
    assert TransferViews(b.ctx).preview_import(data).plan.already_imported


def test_conflicts_carry_their_case_and_compare_field_by_field(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=["identity"])
    a.referrals.transition(ids["referral"], "sent")
    b.imports.import_package(a.exports.export(to_b))
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="dup")
    b.referrals.transition(ids["referral"], "received")  # both changed it: a conflict
    b.imports.import_package(a.exports.export(to_b))
    views = TransferViews(b.ctx)
    [view] = views.conflicts()
    assert view.partner_name == a.name
    assert view.label.case_number == b.cases.get_case(ids["client"]).client.case_number
    compared = views.compare(view)
    status = next(f for f in compared.fields if f.path == "status")
    assert (status.ours, status.theirs) == ("received", "withdrawn") and status.differs
    safety = next(f for f in compared.fields if f.path == "safety_notes")
    assert safety.theirs is ABSENT and safety.personal  # withheld by the sender
    assert safety.withheld_by_sender and not safety.differs  # importing keeps ours


def test_compare_flattens_personal_details_and_item_lists() -> None:
    rows = {f.path: f for f in compare_data(
        "client", {"case_number": "A", "personal": {"legal_name": "X"}, "history": []},
        {"case_number": "B", "personal": {"legal_name": "Y"},
         "history": [{"to_status": "sent"}]})}
    assert "case_number" not in rows
    assert rows["personal.legal_name"].personal and rows["personal.legal_name"].differs
    assert rows["history 1"].ours is ABSENT and rows["history 1"].theirs == {"to_status": "sent"}
    assert rows["history 1"].differs  # a history entry only they have is a difference


def test_card_summary_never_reveals_a_new_fingerprint(ab: tuple[Side, Side]) -> None:
    a, b = ab
    views = TransferViews(a.ctx)
    summary = views.card_summary(b.identity.identity_card().card)
    assert summary.agency_name == b.name and summary.same_keys_as_pinned
    rotated = b.identity.rotate_keys()
    changed = views.card_summary(rotated.card)
    assert changed.pinned is not None and not changed.same_keys_as_pinned
    assert rotated.fingerprint not in repr(changed)
    assert views.card_summary(a.identity.identity_card().card).is_ours
    with pytest.raises(te.CardInvalid):
        views.card_summary(b"not a card")
