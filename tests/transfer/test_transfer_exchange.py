"""Exchanges between agencies: consent, idempotency, conflicts, keys and senders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.domain.errors import PermissionDenied, StaleRecord, ValidationError
from nap_desktop.transfer import age, schema
from nap_desktop.transfer import errors as te
from nap_desktop.transfer import package as pkg
from nap_desktop.transfer.importer import Action
from tests.transfer.transfer_helpers import (
    Clock,
    Side,
    add_case,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]


@pytest.fixture
def ab(agencies: Make) -> tuple[Side, Side]:
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    return a, b


def test_consent_gate_withholds_uncovered_categories(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = add_case(a, a.partners[b.name].agency_id, categories=["identity"], canary="CANARY-7Q")
    out = a.exports.export_detailed(a.partners[b.name].agency_id)
    plain = age.decrypt(out.data, b.identities())
    assert b"Ana Ruiz CANARY-7Q" in plain  # identity is covered
    for secret in (b"Hidden Lane", b"555-0100", b"Trafficker nearby", b"Case note", b"Safe House",
                   b"gate code", b"Spanish"):
        assert secret not in plain
    manifest = manifest_of(pkg.parse_container(plain))
    [client] = manifest["clients"]
    assert client["shared"] == ["identity"] and client["release_ids"] == [ids["release"]]
    assert "location" in client["withheld"] and "notes" in client["withheld"]
    result = b.imports.import_package(out.data)
    assert result.applied and result.plan.count(Action.NEW) == 3  # client, release, referral
    case = b.cases.get_case(ids["client"])
    assert case.client.personal.legal_name == "Ana Ruiz CANARY-7Q"
    assert case.client.personal.location == "" and case.notes == [] and case.placements == []
    assert case.referrals[0].safety_notes == ""


def test_expired_revoked_or_other_agency_release_shares_nothing(agencies: Make,
                                                                clock: Clock) -> None:
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(a, c)
    to_b, to_c = a.partners["B"].agency_id, a.partners["C"].agency_id
    ids = add_case(a, to_c, categories=list(c.value for c in schema.IC), canary="OTHER-AGENCY")
    a.referrals.create(client_id=ids["client"], from_agency_id=a.me, to_agency_id=to_b,
                       direction="vsp_to_le", services=["legal"])
    revoked = add_case(a, to_b, categories=["identity", "location"], canary="REVOKED")
    a.releases.revoke(revoked["release"])
    expiring = add_case(a, to_b, categories=["identity"], canary="EXPIRED")
    clock.advance(days=200)
    plain = age.decrypt(a.exports.export(to_b), b.identities())
    for canary in (b"OTHER-AGENCY", b"REVOKED", b"EXPIRED"):
        assert canary not in plain
    manifest = manifest_of(pkg.parse_container(plain))
    assert all(c["shared"] == [] for c in manifest["clients"])
    assert expiring["client"] in {c["client_id"] for c in manifest["clients"]}


def test_supervisor_override_shares_everything_and_is_audited(ab: tuple[Side, Side]) -> None:
    a, b = ab
    partner = a.partners[b.name].agency_id
    add_case(a, partner, categories=["identity"], canary="OVERRIDE-9")
    a.act_as_role(Role.CASEWORKER)
    with pytest.raises(PermissionDenied):
        a.exports.export(partner, override_reason="Court order 26-114")
    a.act_as_role(Role.SUPERVISOR)
    data = a.exports.export(partner, override_reason="Court order 26-114")
    plain = age.decrypt(data, b.identities())
    assert b"12 Hidden Lane OVERRIDE-9" in plain and b"gate code" in plain
    assert manifest_of(pkg.parse_container(plain))["override_reason"] == "Court order 26-114"
    from nap_desktop.services import audit
    with a.ctx.read() as s:
        events = audit.events_for(s, [partner])
    assert any("SUPERVISOR OVERRIDE: Court order 26-114" in e.detail for e in events)
    assert b.imports.preview_import(data).override_reason == "Court order 26-114"


def test_double_import_is_a_no_op(ab: tuple[Side, Side]) -> None:
    a, b = ab
    add_case(a, a.partners[b.name].agency_id, categories=["identity", "housing"])
    data = a.exports.export(a.partners[b.name].agency_id)
    assert b.imports.import_package(data).applied
    before = b.counts()
    again = b.imports.import_package(data)
    assert not again.applied and "already imported" in again.message
    assert b.imports.preview_import(data).already_imported
    assert b.counts() == before


def test_dry_run_plans_without_writing(ab: tuple[Side, Side]) -> None:
    a, b = ab
    add_case(a, a.partners[b.name].agency_id, categories=["identity"])
    data = a.exports.export(a.partners[b.name].agency_id)
    before = b.counts()
    plan = b.imports.preview_import(data)
    assert plan.counts["new"] == 3 and plan.withheld["location"] == 1
    assert b.counts() == before


def test_round_trip_back_is_unchanged_and_edits_fast_forward(ab: tuple[Side, Side]) -> None:
    a, b = ab
    ids = add_case(a, a.partners[b.name].agency_id, categories=["identity", "safety"])
    a.referrals.transition(ids["referral"], "sent")
    b.imports.import_package(a.exports.export(a.partners[b.name].agency_id))
    back = a.imports.import_package(b.exports.export(b.partners[a.name].agency_id))
    assert back.plan.count(Action.UNCHANGED) == 3 and back.plan.count(Action.CONFLICT) == 0
    b.referrals.transition(ids["referral"], "received")  # the receiver's step
    result = a.imports.import_package(b.exports.export(b.partners[a.name].agency_id))
    assert result.plan.count(Action.UPDATED) == 1
    referral = a.cases.get_case(ids["client"]).referrals[0]
    assert referral.status.value == "received" and referral.safety_notes.startswith("Traff")


def test_concurrent_edits_become_a_conflict_with_both_versions(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b, to_a = a.partners[b.name].agency_id, b.partners[a.name].agency_id
    ids = add_case(a, to_b, categories=["identity", "safety"])
    b.imports.import_package(a.exports.export(to_b))
    edit = {"urgency": "priority", "referring_person": "", "external_case_number": "",
            "safety_notes": "x", "release_id": ids["release"]}
    a.referrals.update(ids["referral"], services=["medical"], **edit)
    # (services no category governs: an interpretation request would be demographics)
    b.referrals.update(ids["referral"], services=["education"], **edit)
    result = b.imports.import_package(a.exports.export(to_b))
    assert result.plan.count(Action.CONFLICT) == 1
    [conflict] = b.imports.conflicts()
    shown = b.imports.conflict(conflict.id)
    assert '"education"' in shown.local_json and '"medical"' in shown.remote_json
    # B's own version is untouched until a person decides
    assert {s.value for s in b.cases.get_case(ids["client"]).referrals[0].services} == {
        "education"}
    b.imports.resolve_conflict(conflict.id, "remote")
    assert {s.value for s in b.cases.get_case(ids["client"]).referrals[0].services} == {"medical"}
    assert b.imports.conflicts() == []
    with pytest.raises(te.ConflictResolved):
        b.imports.resolve_conflict(conflict.id, "local")
    # and the two sides now agree
    assert a.imports.import_package(b.exports.export(to_a)).plan.count(Action.CONFLICT) == 0


def test_keep_local_wins_at_the_partner_without_a_second_conflict(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b, to_a = a.partners[b.name].agency_id, b.partners[a.name].agency_id
    ids = add_case(a, to_b, categories=["identity", "safety"])
    b.imports.import_package(a.exports.export(to_b))
    edit = {"urgency": "priority", "referring_person": "", "external_case_number": "",
            "safety_notes": "x", "release_id": ids["release"]}
    a.referrals.update(ids["referral"], services=["medical"], **edit)
    # (services no category governs: an interpretation request would be demographics)
    b.referrals.update(ids["referral"], services=["education"], **edit)
    b.imports.import_package(a.exports.export(to_b))
    [conflict] = b.imports.conflicts()
    b.imports.resolve_conflict(conflict.id, "local")
    result = a.imports.import_package(b.exports.export(to_a))
    assert result.plan.count(Action.UPDATED) == 1 and result.plan.count(Action.CONFLICT) == 0
    assert {s.value for s in a.cases.get_case(ids["client"]).referrals[0].services} == {
        "education"}


def test_keep_remote_refused_when_local_changed_after_the_conflict(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=["identity"])
    a.referrals.transition(ids["referral"], "sent")
    b.imports.import_package(a.exports.export(to_b))
    a.referrals.transition(ids["referral"], "withdrawn", reason="other", reason_text="dup")
    b.referrals.transition(ids["referral"], "received")  # both changed it: a conflict
    b.imports.import_package(a.exports.export(to_b))
    [conflict] = b.imports.conflicts()
    b.referrals.update(ids["referral"], services=["legal"], urgency="routine",
                       referring_person="", external_case_number="", safety_notes="",
                       release_id=ids["release"])
    with pytest.raises(StaleRecord):
        b.imports.resolve_conflict(conflict.id, "remote")


def test_stale_package_from_the_same_partner_is_not_applied(ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=["identity"])
    first = a.exports.export(to_b)
    a.referrals.transition(ids["referral"], "sent")
    second = a.exports.export(to_b)
    b.imports.import_package(second)
    result = b.imports.import_package(first)  # delivered late
    assert result.plan.count(Action.UPDATED) == 0
    assert b.cases.get_case(ids["client"]).referrals[0].status.value == "sent"


def test_third_agency_cannot_open_the_package(agencies: Make) -> None:
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(a, c)
    add_case(a, a.partners["B"].agency_id, categories=["identity"], canary="NOT-FOR-C")
    data = a.exports.export(a.partners["B"].agency_id)
    before = c.counts()
    with pytest.raises(te.NotAddressedToUs):
        c.imports.import_package(data)
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(data, c.identities())
    assert c.counts() == before


def test_a_passphrase_file_is_not_a_package_for_us(agencies: Make) -> None:
    """Someone re-encrypts a real package under a passphrase (as the old password ZIPs
    were): it is refused as not addressed to us, and nothing changes."""
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    plain = age.decrypt(a.exports.export(a.partners["B"].agency_id), b.identities())
    before = b.counts()
    with pytest.raises(te.NotAddressedToUs):
        b.imports.import_package(age.encrypt_with_passphrase(plain, "password1", work_factor=10))
    assert b.counts() == before


def test_resigned_by_another_known_partner_is_rejected(agencies: Make) -> None:
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(c, b)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    before = b.counts()
    forged = reseal(container.manifest, container.records, signer=c, receiver=b)
    with pytest.raises(te.ManifestMismatch):
        b.imports.import_package(forged)
    manifest = manifest_of(container)
    manifest["sender"]["signing_key_sha256"] = "0" * 64  # C pretends to be A, fully
    with pytest.raises(te.ManifestMismatch):
        b.imports.import_package(reseal(manifest, container.records, signer=c, receiver=b))
    assert b.counts() == before


def test_unknown_sender_and_bad_signature(agencies: Make) -> None:
    a, b, stranger = agencies("A"), agencies("B"), agencies("Stranger")
    pair(a, b)
    card_b = b.identity.identity_card()
    stranger.identity.pin_partner(card_b.card, card_b.fingerprint)
    add_case(stranger, stranger.partners.get("B", stranger.identity.partners()[0]).agency_id,
             categories=["identity"])
    with pytest.raises(te.UnknownSender):
        b.imports.import_package(stranger.exports.export(stranger.identity.partners()[0].agency_id))
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    bad = pkg.build_container(container.manifest, bytes(64), container.records)
    recipient = age.to_recipient(b.current_keys().pq_identity)
    with pytest.raises(te.SignatureInvalid):
        b.imports.import_package(age.encrypt(bad, [recipient]))


def test_manifest_addressed_to_someone_else(agencies: Make) -> None:
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(a, c)
    add_case(a, a.partners["B"].agency_id, categories=["identity"])
    container = open_plain(a.exports.export(a.partners["B"].agency_id), b)
    manifest = manifest_of(container)
    manifest["recipient"]["agency_id"] = c.me  # signed by A, sealed to B, names C
    with pytest.raises(te.ManifestMismatch):
        b.imports.import_package(reseal(manifest, container.records, signer=a, receiver=b))


def test_key_rotation_keeps_old_packages_readable_and_needs_reverification(
        ab: tuple[Side, Side]) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    add_case(a, to_b, categories=["identity"])
    old_package = a.exports.export(to_b)  # sealed to B's first keys
    old_card = b.identity.identity_card()
    new_card = b.identity.rotate_keys()
    assert new_card.fingerprint != old_card.fingerprint
    assert b.imports.import_package(old_package).applied  # retired keys still open it
    with pytest.raises(te.PartnerKeyChanged):
        a.identity.pin_partner(new_card.card, old_card.fingerprint)
    with pytest.raises(te.FingerprintMismatch):
        a.identity.pin_partner(new_card.card, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    # B now signs with its new key: A refuses until it re-verifies B
    with pytest.raises(te.SignatureInvalid):
        a.imports.import_package(b.exports.export(b.partners[a.name].agency_id))
    with pytest.raises(te.ReplacesVerifiedKey):  # not without an explicit confirmation
        a.identity.pin_partner(new_card.card, new_card.fingerprint)
    info = a.identity.pin_partner(new_card.card, new_card.fingerprint, replace_verified=True)
    assert info.replaced_fingerprint == old_card.fingerprint
    assert a.imports.import_package(b.exports.export(b.partners[a.name].agency_id)).applied


def test_a_partner_that_made_its_vault_anew_replaces_its_old_card(agencies: Make) -> None:
    """B's new vault has a new agency id and new keys. Pinned onto B's directory entry,
    its card replaces the old one: one current card per partner, so what the directory
    shows is what packages are sealed to."""
    a, b, b_again = agencies("A"), agencies("B"), agencies("B")
    pair(a, b)
    entry = a.partners["B"].agency_id
    old, new = b.identity.identity_card(), b_again.identity.identity_card()
    with pytest.raises(te.PartnerKeyChanged):  # the old fingerprint read out: refused
        a.identity.pin_partner(new.card, old.fingerprint, local_agency_id=entry)
    info = a.identity.pin_partner(new.card, new.fingerprint, local_agency_id=entry,
                           replace_verified=True)
    assert info.replaced_fingerprint == old.fingerprint
    assert [p.fingerprint for p in a.identity.partners()] == [new.fingerprint]
    add_case(a, entry, categories=["identity"])
    package = a.exports.export(entry)
    assert age.decrypt(package, b_again.identities())
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(package, b.identities())  # not to the old vault's keys


def test_fingerprint_typed_loosely_still_matches(agencies: Make) -> None:
    a, b = agencies("A"), agencies("B")
    card = b.identity.identity_card()
    typed = card.fingerprint.lower().replace("-", " ")
    assert a.identity.pin_partner(card.card, typed).fingerprint == card.fingerprint
    with pytest.raises(te.CardInvalid):
        a.identity.pin_partner(card.card.replace(b'"B"', b'"X"'), card.fingerprint)


def test_export_requires_a_pinned_partner(agencies: Make) -> None:
    a = agencies("A")
    other = a.agencies.add_partner(name="Unverified Shelter", kind="housing")
    with pytest.raises(te.PartnerNotPinned):
        a.exports.export(other.id)


def test_a_referral_with_another_agency_cannot_be_sent(agencies: Make) -> None:
    """Picking a referral between us and C for a package to B is refused outright: its
    agencies, numbers and services are not B's business, whatever the releases say."""
    a, b, c = agencies("A"), agencies("B"), agencies("C")
    pair(a, b)
    pair(a, c)
    to_b, to_c = a.partners["B"].agency_id, a.partners["C"].agency_id
    ids = add_case(a, to_c, categories=["identity"], canary="FBI-CASE-0042")
    before = a.counts()
    with pytest.raises(ValidationError, match="only hold referrals between"):
        a.exports.export(to_b, [ids["referral"]])
    assert a.counts() == before
    assert age.decrypt(a.exports.export(to_c, [ids["referral"]]), c.identities())  # C may have it


def test_export_to_file_records_nothing_when_the_file_cannot_be_written(
    ab: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = ab
    to_b = a.partners[b.name].agency_id
    add_case(a, to_b, categories=["identity"])
    audit_before = a.counts()
    with pytest.raises(ValidationError, match="does not exist"):
        a.exports.export_to_file(to_b, tmp_path / "missing" / "p.napx")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    import nap_desktop.services.transfer.exports as service_module

    monkeypatch.setattr(service_module, "stage_private_file", disk_full)
    with pytest.raises(OSError, match="No space"):
        a.exports.export_to_file(to_b, tmp_path / "p.napx")
    assert a.counts() == audit_before
    assert not (tmp_path / "p.napx").exists()
    monkeypatch.undo()
    outcome = a.exports.export_to_file(to_b, tmp_path / "p.napx")
    assert (tmp_path / "p.napx").read_bytes() == outcome.data
    assert (tmp_path / "p.napx").stat().st_mode & 0o777 == 0o600
    assert b.imports.import_package(outcome.data).applied
