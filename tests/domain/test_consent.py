"""The one consent table (``domain.consent``) and its two operations."""

from __future__ import annotations

from nap_desktop.domain import consent
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.transfer import schema

IC = InfoCategory


def test_the_package_names_are_the_domain_table_itself() -> None:
    assert schema.PERSONAL_FIELDS is consent.PERSONAL_FIELDS
    assert schema.RECORD_FIELDS is consent.RECORD_FIELDS
    assert schema.RECORD_CATEGORY is consent.RECORD_CATEGORY
    assert schema.FIELD_CATEGORIES is consent.FIELD_CATEGORIES
    assert schema.WITHHOLDABLE is consent.WITHHOLDABLE


def test_new_withholdable_fields_come_after_the_old_ones() -> None:
    """The "not received" fingerprints are stored in this order (records.fingerprints)."""
    assert consent.WITHHOLDABLE["referral"][:1] == ("safety_notes",)
    assert consent.WITHHOLDABLE["placement"][:2] == ("safety_notes", "provider")
    assert consent.WITHHOLDABLE["client"][0] == "legal_name"


def test_a_part_governed_by_two_categories_needs_both() -> None:
    assert consent.fields_of("placement", frozenset({IC.LOCATION})) == {"provider",
                                                                          "safety_notes"}
    assert consent.fields_of("placement", frozenset({IC.SAFETY})) == {"safety_notes"}
    assert not consent.shares({IC.SAFETY}, consent.FIELD_RULES["placement"]["safety_notes"])


def test_strip_and_restore() -> None:
    ours = {"services": ["housing", "immigration", "legal"], "referring_person": "Agent X",
            "safety_notes": "s"}
    withheld = frozenset({IC.IMMIGRATION, IC.IDENTITY})
    sent = consent.strip("referral", ours, withheld)
    assert sent == {"services": ["housing", "legal"], "safety_notes": "s"}
    # whatever comes back, our immigration request stands, and only ours
    back = {**sent, "services": ["legal", "repatriation"]}
    assert consent.restore("referral", back, ours, withheld)["services"] == [
        "immigration", "legal"]
    ledger = [{"id": "1", "note": "12 Hidden Lane"}]
    kept = consent.restore("placement", {"ledger": [{"id": "1", "note": "X"}, {"id": "2"}]},
                           {"ledger": ledger}, frozenset({IC.LOCATION}))
    assert kept["ledger"] == [{"id": "1", "note": "12 Hidden Lane"}, {"id": "2", "note": ""}]
