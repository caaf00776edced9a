"""The three-way field merge (``domain.merge``): rules by example, then properties."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nap_desktop.domain.merge import (
    ABSENT,
    BadSide,
    Guard,
    MissingPick,
    Outcome,
    Side,
    UnknownPick,
    merge,
)

BASE = {"a": 1, "b": "x", "c": [1], "d": None}


def outcomes(base: dict[str, Any] | None, ours: dict[str, Any],
             theirs: dict[str, Any], **kw: Any) -> dict[str, Outcome]:
    return {f.name: f.outcome for f in merge(base, ours, theirs, **kw).fields}


def test_each_rule_by_example() -> None:
    ours = {**BASE, "a": 2, "c": [1, 2], "d": "same"}
    theirs = {**BASE, "b": "y", "c": [3], "d": "same"}
    assert outcomes(BASE, ours, theirs) == {
        "a": Outcome.KEPT, "b": Outcome.TAKEN, "c": Outcome.PICK, "d": Outcome.SAME}
    m = merge(BASE, ours, theirs)
    assert m.pending == ("c",)
    assert m.result({"c": "partner"}) == {"a": 2, "b": "y", "c": [3], "d": "same"}
    assert m.result({"c": Side.HERE})["c"] == [1, 2]
    assert m.taken({"c": "here"}) == {"b"}


def test_without_a_base_every_difference_is_a_pick() -> None:
    ours = {**BASE, "a": 2}
    theirs = {**BASE, "b": "y"}
    got = outcomes(None, ours, theirs)
    assert got == {"a": Outcome.PICK, "b": Outcome.PICK, "c": Outcome.UNCHANGED,
                   "d": Outcome.UNCHANGED}
    assert not merge(None, ours, theirs).base_known


def test_a_guarded_field_is_never_taken_and_says_why() -> None:
    theirs = {**BASE, "a": 9, "b": "y"}
    m = merge(BASE, BASE, theirs, guards={"a": Guard("our_consent"),
                                          "b": Guard("review", pickable=True)})
    a, b = m.fields[0], m.fields[1]
    assert (a.outcome, a.reason) == (Outcome.GUARDED, "our_consent")
    assert (b.outcome, b.reason) == (Outcome.PICK, "review")
    assert m.result({"b": "here"})["a"] == 1
    # a guard does not matter where only we changed the field
    assert outcomes(BASE, {**BASE, "a": 5}, BASE, guards={"a": Guard("x")})["a"] \
        is Outcome.KEPT


def test_a_field_the_partner_did_not_send_keeps_ours() -> None:
    theirs = {k: v for k, v in BASE.items() if k != "b"}
    m = merge(BASE, {**BASE, "b": "mine"}, theirs)
    assert m.by_name()["b"].outcome is Outcome.NOT_SENT
    assert m.result({})["b"] == "mine"


def test_picks_must_cover_exactly_the_contested_fields() -> None:
    m = merge(BASE, {**BASE, "a": 2}, {**BASE, "a": 3})
    with pytest.raises(MissingPick) as missing:
        m.result({})
    assert missing.value.missing == ("a",)
    with pytest.raises(UnknownPick) as unknown:
        m.result({"a": "here", "b": "partner", "c": "here"})
    assert unknown.value.unknown == ("b", "c")
    with pytest.raises(BadSide):  # a clear message, not a bare ValueError
        m.result({"a": "both"})


# --- properties ---------------------------------------------------------------------

values = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from("xyz"),
                   st.lists(st.integers(0, 2), max_size=2))
names = st.sampled_from(["a", "b", "c", "d", "e"])
records = st.dictionaries(names, values, max_size=5)


def any_picks(m: Any, side: Side) -> dict[str, Side]:
    return dict.fromkeys(m.pending, side)


@given(records, records)
def test_merging_identical_sides_is_identity(base: dict[str, Any],
                                             record: dict[str, Any]) -> None:
    m = merge(base, record, dict(record))
    assert m.pending == ()
    assert m.result({}) == record


@given(records, records, st.sampled_from(list(Side)))
def test_a_field_changed_on_one_side_only_ends_with_that_side(
        base: dict[str, Any], changes: dict[str, Any], pick: Side) -> None:
    full = {**{n: 0 for n in "abcde"}, **base}
    ours = {**full, **{k: v for k, v in changes.items() if k in "abc"}}
    theirs = {**full, **{k: v for k, v in changes.items() if k in "de"}}
    m = merge(full, ours, theirs)
    assert m.pending == ()
    result = m.result(any_picks(m, pick))
    for name in "abc":
        assert result[name] == ours[name]
    for name in "de":
        assert result[name] == theirs[name]


@given(st.one_of(st.none(), records), records, records, st.sampled_from(list(Side)),
       st.dictionaries(names, st.booleans()))
def test_never_a_value_that_neither_side_had(
        base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any],
        pick: Side, guarded: dict[str, bool]) -> None:
    guards = {n: Guard("g", pickable=p) for n, p in guarded.items()}
    m = merge(base, ours, theirs, guards=guards)
    for name, value in m.result(any_picks(m, pick)).items():
        assert value in (ours.get(name, ABSENT), theirs.get(name, ABSENT))
    for f in m.fields:  # a guarded field never ends with theirs without a person
        if f.name in guards and f.ours != f.theirs and f.outcome is not Outcome.KEPT:
            assert f.outcome in (Outcome.GUARDED, Outcome.PICK, Outcome.NOT_SENT)
