"""Small-count suppression for reports that leave the agency.

Every count from 1 to ``threshold - 1`` is shown as "<10" (primary suppression). In an
*additive* section (its rows split its total) one hidden row could then be worked out
as the total minus the others, so more rows are hidden (complementary suppression,
shown as "*") until no hidden row can be pinned down: given the total and the rows still
shown, every hidden row must keep at least two possible values, knowing that a "<10" row
holds 1..threshold-1 and a "*" row at least ``threshold``. Rows are added smallest first;
if that is not enough the total is hidden too. Zero is shown: it names nobody. Sections
whose rows overlap (several genders per person) have no exact total to subtract from.
"""

from __future__ import annotations

from collections.abc import Sequence

from nap_desktop.reports.grants.model import Row, Section

PRIMARY = "<"  # shown as "<10"
COMPLEMENTARY = "*"


def is_small(count: int, threshold: int) -> bool:
    """A count that could point at a person: 1 .. threshold-1."""
    return 0 < count < threshold


def _pinned(hidden: Sequence[Row], marks: dict[str, str], total: int, shown_sum: int,
            threshold: int) -> bool:
    """Whether some hidden row has only one value consistent with the total."""
    left = total - shown_sum
    bounds = [(1, threshold - 1) if marks[r.key] == PRIMARY else (threshold, left)
              for r in hidden]
    low_sum = sum(lo for lo, _ in bounds)
    high_sum = sum(hi for _, hi in bounds)
    for lo, hi in bounds:
        smallest = max(lo, left - (high_sum - hi))
        largest = min(hi, left - (low_sum - lo))
        if largest <= smallest:
            return True
    return False


def suppress(section: Section, threshold: int) -> dict[str, str]:
    """Row key -> PRIMARY or COMPLEMENTARY for the rows (and total) to hide."""
    if not section.about_people or threshold <= 1:
        return {}
    marks = {r.key: PRIMARY for r in section.rows if is_small(r.count, threshold)}
    total = section.total
    if total is not None and is_small(total.count, threshold):
        marks[total.key] = PRIMARY
    if not section.additive or total is None or total.key in marks or not marks:
        return marks
    candidates = sorted((r for r in section.rows if r.key not in marks and r.count > 0),
                        key=lambda r: (r.count, r.key))
    while True:
        hidden = [r for r in section.rows if r.key in marks]
        shown_sum = sum(r.count for r in section.rows if r.key not in marks)
        if not _pinned(hidden, marks, total.count, shown_sum, threshold):
            return marks
        if not candidates:
            marks[total.key] = COMPLEMENTARY
            return marks
        marks[candidates.pop(0).key] = COMPLEMENTARY
