"""A vault saved before input refused NUL still exports: the NUL is left out of what is
sent (it shows nothing), instead of every later export to the partner failing."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import update

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.store import models as m
from nap_desktop.transfer import age
from nap_desktop.transfer import errors as te
from nap_desktop.transfer import package as pkg
from tests.transfer.transfer_helpers import (
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


def test_text_with_a_nul_from_an_older_vault_is_sent_without_it(
    agencies: Callable[..., Side],
) -> None:
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    to_b = a.partners[b.name].agency_id
    ids = add_case(a, to_b, categories=["identity", "notes", "safety", "location"])
    with a.session() as s, s.begin():  # as an older version let them be saved
        s.execute(update(m.NoteRow).values(body="Rent paid\x00 to the landlord\nsecond line"))
        s.execute(update(m.ReferralRow).values(safety_notes="Trafficker\x00 nearby"))
        s.execute(update(m.ClientPersonalRow).values(location="12 Hidden\x00 Lane"))
    data = a.exports.export(to_b)  # before: SchemaViolation, on this and every later export
    assert b"\\u0000" not in age.decrypt(data, b.identities())  # JSON spells NUL so
    assert b.imports.import_package(data).applied
    case = b.cases.get_case(ids["client"])
    assert [n.body for n in case.notes] == ["Rent paid to the landlord\nsecond line"]
    assert case.referrals[0].safety_notes == "Trafficker nearby"
    assert case.client.personal.location == "12 Hidden Lane"
    # our own copy is left as it was (the export changes nothing it does not record)
    assert [n.body for n in a.cases.get_case(ids["client"]).notes] == [
        "Rent paid\x00 to the landlord\nsecond line"]
    assert a.exports.export(to_b)  # and the next export works too


def test_a_partner_cannot_send_what_our_input_would_refuse(
    agencies: Callable[..., Side],
) -> None:
    """Forged with the partner's own valid key: the shared rule refuses, nothing changes."""
    a = agencies("Casa Esperanza")
    b = agencies("HSI Field Office", AgencyKind.LE_FEDERAL)
    pair(a, b)
    add_case(a, a.partners[b.name].agency_id, categories=["identity", "notes"])
    container = open_plain(a.exports.export(a.partners[b.name].agency_id), b)
    manifest = manifest_of(container)
    kinds = [e["type"] for e in manifest["records"]]
    for kind, edit in (("note", lambda d: d.__setitem__("body", "one\x00two")),
                       ("client", lambda d: d["personal"].__setitem__("legal_name", "Ana\nRuiz"))):
        index = kinds.index(kind)
        record = json.loads(container.records[index])
        edit(record["data"])
        records = list(container.records)
        records[index] = pkg.canonical(record)
        forged = json.loads(json.dumps(manifest))
        forged["records"][index]["sha256"] = pkg.sha256_hex(records[index])
        before = b.counts()
        with pytest.raises(te.SchemaViolation, match="contains control characters"):
            b.imports.import_package(reseal(forged, records, signer=a, receiver=b))
        assert b.counts() == before
