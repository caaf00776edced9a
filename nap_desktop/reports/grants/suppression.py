"""Small-count suppression for reports that leave the agency.

Every count from 1 to ``threshold - 1`` is shown as "<10" (primary suppression). In an
*additive* section (its rows split its total) one hidden row could then be worked out
as the total minus the others, so more rows are hidden (complementary suppression,
shown as "*") until no hidden figure can be pinned down: given the rows shown and the
total (or, when the total is hidden, that the rows add up to it), every hidden row and
a hidden total must keep at least two possible values, knowing that a "<10" figure holds
1..threshold-1 and a "*" one at least ``threshold``. Rows are added smallest first; if
that is not enough the total is hidden too. Zero is shown: it names nobody. Sections
whose rows overlap (several genders per person) have no exact total to subtract from.
"""

from __future__ import annotations

from collections.abc import Sequence

from nap_desktop.reports.grants.model import Section

PRIMARY = "<"  # shown as "<10"
COMPLEMENTARY = "*"
_NO_LIMIT = 10**12  # a "*" figure has no upper bound a reader could know


def is_small(count: int, threshold: int) -> bool:
    """A count that could point at a person: 1 .. threshold-1."""
    return 0 < count < threshold


def _bounds(mark: str, threshold: int) -> tuple[int, int]:
    return (1, threshold - 1) if mark == PRIMARY else (threshold, _NO_LIMIT)


def _pinned(section: Section, marks: dict[str, str], threshold: int) -> bool:
    """Whether some hidden figure of ``section`` (a row, or the total) has only one value
    consistent with what is shown: shown rows + hidden rows = total."""
    assert section.total is not None
    total = section.total
    shown = sum(r.count for r in section.rows if r.key not in marks)
    rows = [_bounds(marks[r.key], threshold) for r in section.rows if r.key in marks]
    if total.key in marks:
        t_lo, t_hi = _bounds(marks[total.key], threshold)
    else:
        t_lo = t_hi = total.count
    low, high = sum(lo for lo, _ in rows), sum(hi for _, hi in rows)
    if total.key in marks and max(t_lo, shown + low) >= min(t_hi, shown + high):
        return True
    for lo, hi in rows:
        smallest = max(lo, t_lo - shown - (high - hi))
        largest = min(hi, t_hi - shown - (low - lo))
        if largest <= smallest:
            return True
    return False


def suppress(section: Section, threshold: int, forced: frozenset[str] = frozenset()
             ) -> dict[str, str]:
    """Row key -> PRIMARY or COMPLEMENTARY for the rows (and total) to hide; ``forced``
    names figures hidden in another table of the same report (hidden here too)."""
    if not section.about_people or threshold <= 1:
        return {}
    marks = {r.key: PRIMARY for r in section.rows if is_small(r.count, threshold)}
    marks |= {r.key: COMPLEMENTARY for r in section.rows
              if r.key in forced and r.key not in marks and r.count > 0}
    total = section.total
    if total is not None and is_small(total.count, threshold):
        marks[total.key] = PRIMARY
    elif total is not None and total.key in forced and total.count > 0:
        marks[total.key] = COMPLEMENTARY
    if not section.additive or total is None or not marks:
        return marks
    candidates = sorted((r for r in section.rows if r.key not in marks and r.count > 0),
                        key=lambda r: (r.count, r.key))
    while _pinned(section, marks, threshold):
        if candidates:
            marks[candidates.pop(0).key] = COMPLEMENTARY
        elif total.key not in marks:
            marks[total.key] = COMPLEMENTARY
        else:
            break  # everything that is not zero is hidden
    return marks


#: Figures that are the same number under two keys (the new victims of the first table
#: are the total of each demographic table).
SAME_FIGURE = {"new.total": "served.new"}


def _figure(key: str) -> str:
    return SAME_FIGURE.get(key, key)


def suppress_report(sections: Sequence[Section], threshold: int) -> dict[str, dict[str, str]]:
    """Section key -> its marks, so that a figure hidden in one table (a total, the new
    victims) is hidden in every table that prints it: otherwise one table's total would
    give away what another table hid. Repeated until nothing more is hidden."""
    hidden: set[str] = set()
    while True:
        marks = {s.key: suppress(s, threshold, frozenset(
            k for k in _keys(s) if _figure(k) in hidden)) for s in sections}
        now = {_figure(k) for m in marks.values() for k in m}
        if now <= hidden:
            return marks
        hidden |= now


def _keys(section: Section) -> list[str]:
    keys = [r.key for r in section.rows]
    return [*keys, section.total.key] if section.total is not None else keys
