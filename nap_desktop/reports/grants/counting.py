"""Counting helpers shared by the VOCA, TIMS and data-quality figures (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from nap_desktop.reports.grants.facts import ClientFacts, ServiceCount, values
from nap_desktop.reports.grants.model import Row, Section

#: The three answers that are not an answer; each keeps its own row in every breakdown.
NO_ANSWER = ("doesnt_know", "refused", "not_collected")
MULTIPLE = "multiple"
#: A stored value the report does not know (written by a newer version, or damaged).
OTHER_VALUE = "unrecognised"


def classify_one(stored: str, known: Sequence[str]) -> str:
    """The row of a single-valued field: its value, a no-answer, "not_collected" when
    blank, or OTHER_VALUE."""
    value = stored.strip()
    if not value:
        return "not_collected"
    return value if value in known or value in NO_ANSWER else OTHER_VALUE


def classify_many(stored: str, known: Sequence[str]) -> str:
    """The row of a multi-valued field (gender, race and ethnicity): the one value, or
    MULTIPLE when a person gave several (each person in exactly one row, as VOCA's
    "multiple races")."""
    chosen = values(stored)
    if not chosen:
        return "not_collected"
    if len(chosen) > 1:
        real = [v for v in chosen if v in known]
        return MULTIPLE if len(real) > 1 else classify_one(real[0] if real else chosen[0], known)
    return classify_one(chosen[0], known)


def breakdown(key: str, prefix: str, labels: Iterable[str], total_key: str,
              people: Sequence[ClientFacts], row_of: Callable[[ClientFacts], str]) -> Section:
    """An additive section: one row per value in ``labels`` (zeros kept, in that order),
    plus any value met that is not listed, and the total."""
    counted = Counter(row_of(p) for p in people)
    order = list(labels)
    order += sorted(k for k in counted if k not in order)
    rows = tuple(Row(f"{prefix}.{k}", counted[k]) for k in order)
    return Section(key, rows, Row(total_key, len(people)), additive=True)


def services_by(letters: Iterable[str], prefix: str, served: Sequence[ClientFacts],
                services: Sequence[ServiceCount], group_of: Callable[[str], str | None]
                ) -> tuple[Section, Section]:
    """Per service group (VOCA letter, OVC type): people who received at least one
    service of it (rows overlap), and the number of services (additive)."""
    ids = {p.client_id for p in served}
    people: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for s in services:
        group = group_of(s.category)
        if group is None or s.client_id not in ids:
            continue
        people.setdefault(group, set()).add(s.client_id)
        counts[group] += s.count
    order = list(letters)
    order += sorted(k for k in counts if k not in order)
    receiving = Section(f"{prefix}_people",
                        tuple(Row(f"{prefix}.{k}", len(people.get(k, ()))) for k in order),
                        Row("served.total", len(ids)), note="note_overlap")
    number = Section(f"{prefix}_count", tuple(Row(f"{prefix}.{k}", counts[k]) for k in order),
                     Row("services.total", sum(counts.values())), additive=True)
    return receiving, number
