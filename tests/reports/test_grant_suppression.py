"""Small-count suppression: no hidden count can be worked out from the total and the
rows shown (checked by brute force over every consistent assignment)."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from nap_desktop.reports.grants.model import ReportKind, Row, Section, VocaReport
from nap_desktop.reports.grants.suppression import COMPLEMENTARY, PRIMARY, suppress
from nap_desktop.reports.grants.view import shown_section, shown_sections


def _section(counts: list[int], *, additive: bool = True) -> Section:
    rows = tuple(Row(f"r.{i}", n) for i, n in enumerate(counts))
    return Section("victims", rows, Row("served.total", sum(counts)), additive=additive)


def _possible_values(section: Section, marks: dict[str, str], threshold: int
                     ) -> dict[str, set[int]]:
    """Every value each hidden row can take, given what a reader sees."""
    assert section.total is not None
    hidden = [r for r in section.rows if r.key in marks]
    total_hidden = section.total.key in marks
    shown_sum = sum(r.count for r in section.rows if r.key not in marks)
    ranges = [range(1, threshold) if marks[r.key] == PRIMARY
              else range(threshold, section.total.count + 40) for r in hidden]
    seen: dict[str, set[int]] = {r.key: set() for r in hidden}
    if total_hidden:
        seen[section.total.key] = set()
        total_range = (range(1, threshold) if marks[section.total.key] == PRIMARY
                       else range(threshold, 10**6))
    for combo in itertools.product(*ranges):
        total = shown_sum + sum(combo)
        if total_hidden and total not in total_range:
            continue
        if not total_hidden and total != section.total.count:
            continue
        for r, value in zip(hidden, combo, strict=True):
            seen[r.key].add(value)
        if total_hidden:
            seen[section.total.key].add(total)
    return seen


def test_a_single_small_row_takes_a_complement_with_it() -> None:
    section = _section([3, 15, 40])
    marks = suppress(section, 10)
    assert marks == {"r.0": PRIMARY, "r.1": COMPLEMENTARY}
    shown = shown_section(section, lang="en", for_outside=True)
    assert [r.figure for r in shown.rows] == ["<10", "*", "40", "58"]
    assert shown.rows[0].count is None and shown.rows[1].count is None


def test_two_ones_are_not_left_alone() -> None:
    # 1 + 1 hidden beside a total would say "both are 1": a third row goes too.
    marks = suppress(_section([1, 1, 50]), 10)
    assert marks == {"r.0": PRIMARY, "r.1": PRIMARY, "r.2": COMPLEMENTARY}


def test_the_total_goes_when_no_row_can_cover() -> None:
    marks = suppress(_section([4, 0, 0]), 10)
    assert marks == {"r.0": PRIMARY, "served.total": PRIMARY}


def test_overlapping_rows_and_activities_suppress_only_what_they_must() -> None:
    assert suppress(_section([3, 15, 40], additive=False), 10) == {"r.0": PRIMARY}
    activities = Section("a", (Row("x", 2),), Row("t", 2), additive=True, about_people=False)
    assert suppress(activities, 10) == {}
    inside = shown_section(_section([3, 15, 40]), lang="en", for_outside=False)
    assert [r.figure for r in inside.rows] == ["3", "15", "40", "58"]


def test_zero_is_shown() -> None:
    assert suppress(_section([0, 25, 40]), 10) == {}


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("total_hidden_elsewhere", [False, True])
def test_no_hidden_row_can_be_pinned_down(seed: int, total_hidden_elsewhere: bool) -> None:
    rng = random.Random(seed)
    counts = [rng.choice([0, 1, 2, 5, 9, 10, 11, 14, 30]) for _ in range(rng.randint(2, 4))]
    section = _section(counts)
    forced = frozenset({"served.total"} if total_hidden_elsewhere else ())
    marks = suppress(section, 10, forced)
    for key, values in _possible_values(section, marks, 10).items():
        assert len(values) >= 2, (counts, marks, key, values)
    for row in section.rows:  # every small count is hidden, and only hidden rows
        if 0 < row.count < 10:
            assert marks.get(row.key) == PRIMARY


def test_a_figure_hidden_in_one_table_is_hidden_in_every_table() -> None:
    # 45 new + 3 continuing: "new" is hidden beside the 3 in the first table, so the age
    # table's total (the same 45 new victims) must not print it either.
    victims = Section("victims", (Row("served.new", 45), Row("served.continuing", 3)),
                      Row("served.total", 48), additive=True)
    ages = Section("new_age", (Row("age.18_24", 20), Row("age.25_59", 25)),
                   Row("new.total", 45), additive=True)
    report = VocaReport(kind=ReportKind.VOCA, start=date(2026, 1, 1), end=date(2026, 3, 31),
                        sections=(victims, ages))
    shown = {s.key: {r.key: r.figure for r in s.rows}
             for s in shown_sections(report, lang="en", for_outside=True)}
    assert shown["victims"] == {"served.new": "*", "served.continuing": "<10",
                                "served.total": "48"}
    assert shown["new_age"]["new.total"] == "*"
    # and then the age groups shown would add up to it again: one more goes
    assert shown["new_age"]["age.18_24"] == "*"
