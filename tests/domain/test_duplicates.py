"""The duplicate matcher: names written as different agencies write them, birth dates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from nap_desktop.domain.duplicates import Person, Reason, keys_needed, score
from nap_desktop.domain.name_keys import index_keys, tokens
from nap_desktop.services.demo_duplicates import seeded_people

DOB = date(1990, 3, 4)


@pytest.mark.parametrize(("a", "b"), [
    ("María José García-López", "Maria Jose Garcia Lopez"),  # accents, hyphen
    ("Valentina Hernández", "Balentina Ernandez"),  # b/v, silent h, z/s
    ("Guillermo Castillo", "Giyermo Castiyo"),  # gui/gi, ll/y
    ("Joaquín Jiménez", "Joakin Gimenez"),  # qu/k, g/j before i
    ("Cecilia Zúñiga", "Sesilia Zuniga"),  # c/s/z, ñ
    ("Nguyễn Thị Hương", "Huong Thi Ngyuen"),  # diacritics, typo, family name last
    ("Trần Văn Phúc", "Chan Van Fuc"),  # tr/ch, ph/f
    ("Đặng Dũng", "Dang Zung"),  # đ/d, d/z
    ("Zhang Xiaoming", "Chang Hsiao-ming"),  # pinyin / Wade-Giles, hyphenated given name
    ("Xu Qiu", "Hsu Ch'iu"),  # x/hs, q/ch'
    ("Li Xiuying", "Xiu Ying Li"),  # split given name, family name last
    ("Cai Lin", "Tsai Lin"),  # c/ts
    ("Guo Jing", "Kuo Ching"),  # g/k, j/ch
])
def test_variant_spellings_of_one_name_match(a: str, b: str) -> None:
    match = score(Person(a, date_of_birth=DOB), Person(b, date_of_birth=DOB))
    assert match.likely, match
    assert match.reasons[1] is Reason.SAME_DOB
    assert index_keys(a) & index_keys(b)  # and the index finds them


@pytest.mark.parametrize(("a", "b"), [
    ("María García", "Mario Gómez"),
    ("Lê Văn Dũng", "Lý Văn Dũng"),
    ("Chen Wei", "Chan Wei"),
    ("Yang Jie", "Wang Jie"),
])
def test_different_people_do_not_match_without_a_birth_date(a: str, b: str) -> None:
    assert not score(Person(a), Person(b)).likely


def test_birth_dates_swapped_near_far_and_missing() -> None:
    name = "Rosa Pérez López"
    def reasons(other: date | None) -> tuple[Reason, ...]:
        return score(Person(name, date_of_birth=DOB), Person(name, date_of_birth=other)).reasons
    assert reasons(date(1990, 4, 3)) == (Reason.SAME_NAME, Reason.DOB_SWAPPED)
    assert reasons(date(1991, 2, 20)) == (Reason.SAME_NAME, Reason.DOB_NEAR)
    assert reasons(None) == (Reason.SAME_NAME, Reason.DOB_MISSING)
    assert not score(Person(name, date_of_birth=DOB),
                     Person(name, date_of_birth=date(1975, 1, 1))).likely


def test_preferred_name_and_initials() -> None:
    kept = Person("Guadalupe Ramírez Cruz", "Lupe Ramírez", DOB)
    assert score(Person("Lupe Ramirez", date_of_birth=DOB), kept).likely
    assert score(Person("G. Ramírez Cruz", date_of_birth=DOB), kept).likely
    assert tokens("O’Brien, J.") == ["obrien", "j"]


def test_precision_and_recall_on_the_seeded_set() -> None:
    """500 people and 50 planted duplicates (Spanish, Vietnamese, Chinese spellings,
    typos, swapped or missing birth dates), looked up as the intake check does: through
    the key index, then scored. bench/bench_duplicates.py prints the same figures."""
    seeded = seeded_people()
    keys = [index_keys(p.legal_name, p.preferred_name) for p in seeded.people]
    by_key: dict[str, set[int]] = defaultdict(set)
    for i, ks in enumerate(keys):
        for k in ks:
            by_key[k].add(i)
    found = set()
    for i, person in enumerate(seeded.people):
        hits: dict[int, int] = defaultdict(int)
        for k in keys[i]:
            for j in by_key[k] - {i}:
                hits[j] += 1
        for j, n in hits.items():
            other = seeded.people[j]
            near = (person.date_of_birth and other.date_of_birth and
                    abs(person.date_of_birth.year - other.date_of_birth.year) <= 1)
            if (n >= keys_needed(len(keys[i])) or near) and score(person, other).likely:
                found.add((min(i, j), max(i, j)))
    true = len(found & seeded.pairs)
    assert len(seeded.pairs) == 50
    assert true / len(seeded.pairs) >= 0.85  # recall (measured 0.88)
    assert true / len(found) >= 0.85  # precision (measured 0.92)
