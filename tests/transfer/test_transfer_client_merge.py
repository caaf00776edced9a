"""A merged client and partners' packages, between two real encrypted vaults.

The decision (``services/merges.py``): a client our partners know must stay the survivor
(their packages name it by id); merging it away is refused with the way round that
works. Merging a local duplicate *into* it keeps every later package importing, and the
import keeps the duplicate index current."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nap_desktop.domain.errors import ValidationError
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.duplicates import DuplicateService
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.merges import MergeService
from tests.transfer.transfer_helpers import Clock, add_case, pair, to, vault_side


def test_a_partner_known_client_survives_a_merge_and_packages_still_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    a = vault_side(tmp_path / "a", "Casa Esperanza", clock, monkeypatch)
    b = vault_side(tmp_path / "b", "Harbor Legal Aid", clock, monkeypatch)
    try:
        pair(a, b)
        # B already met her, under a spelling of its own, before A's referral came.
        local = b.cases.create_client(PersonalInput(legal_name="Anna Ruis",
                                                    date_of_birth=date(1990, 3, 4)))
        b.cases.add_note(local.id, "Walk-in, first contact")
        ids = add_case(a, to(a, b), categories=["identity", "housing"])
        b.imports.import_package(a.exports.export(to(a, b)))
        shared = ids["client"]
        # The import filled the duplicate index: each is found from the other.
        assert [c.client_id for c in DuplicateService(b.ctx).for_case(local.id)] == [shared]

        merges = MergeService(b.ctx)
        with pytest.raises(ValidationError, match="must be the case that stays"):
            merges.merge(local.id, shared, reason="same person")
        record = merges.merge(shared, local.id, reason="same person")
        case = b.cases.get_case(shared)
        assert [n.body for n in case.notes] == ["Walk-in, first contact"]  # B's, moved
        assert len(case.referrals) == 1 and len(case.placements) == 1  # A's

        # A's next package names the shared client: it imports, and B's records stay.
        clock.advance(hours=1)
        a.housing.add_placement(shared, PlacementInput(program_type="transitional_housing",
                                                       provider="Second Home"))
        b.imports.import_package(a.exports.export(to(a, b)))
        case = b.cases.get_case(shared)
        assert len(case.placements) == 2 and len(case.notes) == 1
        assert case.client.personal.legal_name == "Ana Ruiz"

        # Undo before anything moved was sent on: the walk-in client is back, alone.
        merges.unmerge(record.id)
        assert [n.body for n in b.cases.get_case(local.id).notes] == ["Walk-in, first contact"]
        assert len(b.cases.get_case(shared).notes) == 0
        # Merged again, and the moved note sent to A (a release now covers notes): undo
        # would break A's copy, so it is refused and nothing changes.
        again = merges.merge(shared, local.id, reason="same person")
        today = b.ctx.today()
        b.releases.create(client_id=shared, recipient_agency_id=to(b, a),
                          categories=["identity", "notes"], purpose="Coordinate",
                          expires_on=today.replace(year=today.year + 1), signed_on=today)
        a.imports.import_package(b.exports.export(to(b, a)))
        assert "Walk-in, first contact" in [n.body for n in a.cases.get_case(shared).notes]
        with pytest.raises(ValidationError, match="partner"):
            merges.unmerge(again.id)
        assert len(b.cases.get_case(shared).notes) == 1
    finally:
        a.close()
        b.close()
