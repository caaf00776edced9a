"""The field registry: complete (every stored column is a field or bookkeeping), consistent
with the one consent table, and the limits it states are the ones input validation and
the package parser enforce."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import DeclarativeBase

from nap_desktop.domain import consent
from nap_desktop.domain import fields as registry
from nap_desktop.domain.errors import ValidationError
from nap_desktop.services import validate as v
from nap_desktop.store import models as m
from nap_desktop.transfer import checks, schema
from nap_desktop.transfer.errors import SchemaViolation

#: The stored table of each registry record (a client's personal details are its own).
TABLES: list[tuple[str, type[DeclarativeBase]]] = [
    ("agency", m.AgencyRow), ("client", m.ClientRow), ("client", m.ClientPersonalRow),
    ("release", m.ReleaseRow), ("referral", m.ReferralRow),
    ("referral.history", m.StatusChangeRow), ("placement", m.PlacementRow),
    ("placement.ledger", m.AssistanceRow), ("restitution", m.RestitutionMatterRow),
    ("restitution.steps", m.RestitutionStepRow), ("restitution.money", m.MoneyEventRow),
    ("note", m.NoteRow),
]

TEXTS = [f for f in registry.all_fields()
         if f.kind in (registry.Kind.TEXT, registry.Kind.LONG_TEXT)
         and f.sharing is not registry.Sharing.LOCAL]


@pytest.mark.parametrize(("record", "row"), TABLES, ids=[t[1].__name__ for t in TABLES])
def test_every_stored_column_is_a_field_with_a_consent_decision(
        record: str, row: type[DeclarativeBase]) -> None:
    """A new column cannot be forgotten: it needs an entry, and the entry says whether
    consent governs it, it travels with its record, or it stays in this vault."""
    known = registry.REGISTRY[record]
    for column in row.__table__.columns:
        if column.key in registry.BOOKKEEPING or (
                column.key == "client_id" and row is m.ClientPersonalRow):
            continue
        assert column.key in known, f"{row.__name__}.{column.key} has no registry entry"
        assert known[column.key].sharing in registry.Sharing
        assert known[column.key].label.strip()


def test_governed_fields_are_exactly_the_consent_tables() -> None:
    """The registry reuses ``domain.consent``: it marks the governed fields and reads
    their categories from there, never a second copy."""
    governed: dict[str, set[str]] = {}
    for f in registry.all_fields():
        if f.sharing is registry.Sharing.GOVERNED:
            governed.setdefault(f.record, set()).add(f.key)
            assert f.categories, f"{f.record}.{f.key}"
        else:
            assert f.categories == frozenset()
    expected = {kind: set(rules) for kind, rules in consent.FIELD_RULES.items()}
    for kind, children in consent.CHILD_FIELD_RULES.items():
        for child, rules in children.items():
            expected[f"{kind}.{child}"] = set(rules)
    assert governed == expected


def test_personal_fields_are_the_consent_tables() -> None:
    """The registry lists them in form order; the fingerprints keep the table's."""
    assert {f.key for f in registry.personal_fields()} == set(consent.WITHHOLDABLE["client"])


def _package_accepts(f: registry.Field, value: Any) -> bool:
    check = schema.PERSONAL_CHECKS[f.key] if f.personal else _data_check(f)
    try:
        check(value, "x")
    except SchemaViolation:
        return False
    return True


def _data_check(f: registry.Field) -> checks.Check:
    record, _dot, child = f.record.partition(".")
    if not child:
        return schema.DATA[record][f.key]
    if child == "history":
        return schema.check_of(f)
    return schema.CHILD_ROWS[record][child][0][f.key]


def _input_accepts(f: registry.Field, value: str) -> bool:
    try:
        v.text(value, field=f.key, label=f.label, spec=f)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("f", TEXTS, ids=[f"{f.record}.{f.key}" for f in TEXTS])
def test_text_limits_are_the_same_at_input_and_in_a_package(f: registry.Field) -> None:
    """At the limit both take it; one character more and both refuse it."""
    assert f.max_length is not None
    fits, too_long = "x" * f.max_length, "x" * (f.max_length + 1)
    assert _input_accepts(f, fits) and _package_accepts(f, fits)
    assert not _input_accepts(f, too_long)
    assert not _package_accepts(f, too_long)


def test_a_too_long_name_is_refused_by_both_with_the_registrys_limit() -> None:
    spec = registry.field("client", "legal_name")
    assert spec.max_length == 200
    with pytest.raises(ValidationError, match="at most 200 characters"):
        v.text("n" * 201, field="legal_name", label="Legal name", spec=spec)
    with pytest.raises(SchemaViolation, match=r"personal\.legal_name"):
        schema.data_check("client", frozenset())(
            {"case_number": "NAP-1", "trafficking_type": "sex",
             "created_at": "2026-01-01T00:00:00.000000Z",
             "updated_at": "2026-01-01T00:00:00.000000Z",
             "personal": {**_blank_personal(), "legal_name": "n" * 201}}, "record")


def _blank_personal() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in registry.personal_fields():
        out[f.key] = [] if f.kind is registry.Kind.TEXT_LIST else f.blank
    return out


def test_languages_are_capped_at_input_as_in_a_package() -> None:
    spec = registry.field("client", "languages")
    assert spec.max_items is not None
    many = [f"lang{i}" for i in range(spec.max_items + 1)]
    with pytest.raises(ValidationError):
        v.text_list(many, field="languages", label="Languages", item_label="Language",
                    spec=spec)
    assert not _package_accepts(spec, many)
    assert v.text_list(many[:-1], field="languages", label="Languages",
                       item_label="Language", spec=spec) == many[:-1]
    assert _package_accepts(spec, many[:-1])


def test_money_and_dates_have_the_domain_bounds() -> None:
    from nap_desktop.domain import moments, rules
    amount = registry.field("placement.ledger", "amount_cents")
    assert amount.max_value == rules.MAX_CENTS
    assert _package_accepts(amount, rules.MAX_CENTS)
    assert not _package_accepts(amount, rules.MAX_CENTS + 1)
    dob = registry.field("client", "date_of_birth")
    assert (dob.earliest, dob.latest) == (moments.EARLIEST, moments.LATEST)
    assert not _package_accepts(dob, "1899-12-31")


def test_the_package_schema_is_the_registry() -> None:
    """Every field that travels is in the package schema, nothing else is."""
    for record in ("agency", "client", "release", "referral", "placement", "restitution",
                   "note"):
        travels = {f.key for f in registry.fields_of(record)
                   if f.sharing is not registry.Sharing.LOCAL and not f.personal}
        assert set(schema.DATA[record]) == travels, record
    assert set(schema.PERSONAL_CHECKS) == {f.key for f in registry.personal_fields()}
