"""A seeded set of fictional people with planted duplicates, for measuring the matcher.

:func:`seeded_people` makes ``size`` distinct people (Spanish, Vietnamese, Chinese and
other names, most with a date of birth) and plants ``planted`` second records of some of
them, written as another agency would: accents dropped, b/v, silent h, ll/y, c/s/z,
pinyin as Wade-Giles, a Chinese given name joined or split, family name first or last,
a Vietnamese typo, a slip of the keyboard; the date of birth the same, day and month
swapped, a year off, or missing. ``tests/domain/test_duplicates.py`` and
``bench/bench_duplicates.py`` measure precision and recall on it. All names fictional.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from nap_desktop.domain.duplicates import Person

_SPANISH_GIVEN = ("María José Lucía Carmen Guadalupe Valentina Ximena Yolanda Juan Carlos "
                  "Miguel Ángel Jesús Guillermo Héctor Víctor Beatriz Cecilia Gerardo "
                  "Joaquín Rocío Hilda Evelyn Silvia Zoila Raquel").split()
_SPANISH_FAMILY = ("García Hernández López Martínez González Pérez Rodríguez Sánchez "
                   "Ramírez Cruz Flores Castillo Vázquez Jiménez Gutiérrez Herrera Chávez "
                   "Villalobos Zúñiga Quintero Cervantes Bravo Gallegos Orozco").split()
_VIET_FAMILY = "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
_VIET_GIVEN = ("Thị Hương", "Văn Phúc", "Thị Lan", "Minh Tuấn", "Thị Thảo", "Quang Huy",
               "Thị Nguyệt", "Đức Anh", "Ngọc Giàu", "Thanh Trúc", "Gia Bảo", "Văn Dũng")
_ZH_FAMILY = "Zhang Wang Li Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Qiu Cai Guo".split()
_ZH_GIVEN = ("Xiaoming", "Xiuying", "Lihua", "Jianguo", "Zhiqiang", "Qingyun", "Xinyi",
             "Chunhua", "Jie", "Wei", "Fang", "Jing")
_OTHER = ("Maricel Santos", "Jocelyn Reyes", "Wisline Pierre", "Ioana Popescu",
          "Siriporn Srisuk", "Grace Okafor", "Oksana Kowalenko", "Aisha Bello",
          "Rodel Bautista", "Mihai Ionescu", "Somchai Wongsa", "Daniel Joseph")
#: Wade-Giles spellings of pinyin syllable starts (the common romanisation of Taiwan and
#: of older documents).
_WADE = (("zh", "ch"), ("x", "hs"), ("q", "ch'"), ("z", "ts"), ("c", "ts'"), ("j", "ch"),
         ("g", "k"))


@dataclass(frozen=True, slots=True)
class SeededSet:
    people: list[Person]
    #: (index of the original, index of its planted duplicate)
    pairs: set[tuple[int, int]]


def _spanish(rng: random.Random) -> str:
    given = rng.choice(_SPANISH_GIVEN)
    if rng.random() < 0.3:
        given += " " + rng.choice(_SPANISH_GIVEN)
    return f"{given} {rng.choice(_SPANISH_FAMILY)} {rng.choice(_SPANISH_FAMILY)}"


def _vietnamese(rng: random.Random) -> str:
    return f"{rng.choice(_VIET_FAMILY)} {rng.choice(_VIET_GIVEN)}"


def _chinese(rng: random.Random) -> str:
    return f"{rng.choice(_ZH_FAMILY)} {rng.choice(_ZH_GIVEN)}"


def _other(rng: random.Random) -> str:
    given, family = rng.choice(_OTHER).split()
    return f"{given} {rng.choice(_OTHER).split()[1] if rng.random() < 0.5 else family}"


def _plain(name: str) -> str:
    from nap_desktop.domain.name_keys import fold
    return " ".join(w.capitalize() for w in fold(name).split())


def _spanish_variant(name: str, rng: random.Random) -> str:
    out = _plain(name) if rng.random() < 0.7 else name
    swaps = [("v", "b"), ("b", "v"), ("H", ""), ("ll", "y"), ("z", "s"), ("s", "z"),
             ("ci", "si"), ("ge", "je"), ("gi", "ji"), ("Qu", "K")]
    for old, new in rng.sample(swaps, 2):
        out = out.replace(old, new, 1)
    words = out.split()
    if rng.random() < 0.3 and len(words) >= 3:
        words = words[:-2] + [words[-2] + "-" + words[-1]]
    elif rng.random() < 0.3:
        words = words[-2:] + words[:-2]  # surnames first, as on many forms
    return " ".join(words)


def _vietnamese_variant(name: str, rng: random.Random) -> str:
    out = _plain(name)
    out = out.replace("Nguyen", rng.choice(["Nguyen", "Ngyuen", "Nguyn"]))
    if rng.random() < 0.5:
        out = out.replace("Ph", "F", 1).replace("Tr", "Ch", 1)
    words = out.split()
    if rng.random() < 0.6:
        words = words[1:] + words[:1]  # family name last, as in the US
    return " ".join(words)


def _chinese_variant(name: str, rng: random.Random) -> str:
    family, given = name.split()
    if rng.random() < 0.7:
        for old, new in _WADE:
            if family.lower().startswith(old):
                family = new.capitalize() + family[len(old):]
                break
    syllables = _syllables(given)
    sep = rng.choice(["", " ", "-"])
    given = sep.join(syllables).capitalize() if sep != " " else " ".join(
        s.capitalize() for s in syllables)
    return f"{given} {family}" if rng.random() < 0.5 else f"{family} {given}"


def _syllables(given: str) -> list[str]:
    low = given.lower()
    for cut in range(2, len(low) - 1):
        if low[cut] not in "aeiou" and low[cut - 1] in "aeioung" and low[cut:cut + 2] != "ng":
            return [low[:cut], low[cut:]]
    return [low]


def _typo(name: str, rng: random.Random) -> str:
    words = name.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    at = rng.randrange(1, len(w) - 1)
    words[i] = w[:at] + w[at + 1] + w[at] + w[at + 2:] if rng.random() < 0.5 else \
        w[:at] + w[at + 1:]
    return " ".join(words)


def _dob_variant(dob: date | None, rng: random.Random) -> date | None:
    roll = rng.random()
    if dob is None or roll < 0.2:
        return None
    if roll < 0.45 and dob.day <= 12 and dob.day != dob.month:
        return date(dob.year, dob.day, dob.month)
    if roll < 0.6:
        return dob + timedelta(days=rng.choice([-365, 365, 30, -31]))
    return dob


_KINDS: tuple[tuple[Callable[[random.Random], str], Callable[[str, random.Random], str]],
              ...] = ((_spanish, _spanish_variant), (_vietnamese, _vietnamese_variant),
                      (_chinese, _chinese_variant), (_other, _typo))


def seeded_people(size: int = 500, planted: int = 50, seed: int = 11) -> SeededSet:
    """``size`` distinct people and ``planted`` duplicates of some of them, in shuffled
    order (the pairs name their indexes)."""
    rng = random.Random(seed)  # noqa: S311 - test data, not security-relevant
    people: list[tuple[Person, int, int]] = []  # person, kind, original index or -1
    seen: set[str] = set()
    while len(people) < size:
        kind = rng.randrange(len(_KINDS))
        name = _KINDS[kind][0](rng)
        if name in seen:
            continue
        seen.add(name)
        dob = None if rng.random() < 0.15 else date(1960, 1, 1) + timedelta(
            days=rng.randrange(18000))
        people.append((Person(name, date_of_birth=dob), kind, -1))
    for original in rng.sample(range(size), planted):
        person, kind, _ = people[original]
        name = _KINDS[kind][1](person.legal_name, rng)
        if rng.random() < 0.25:
            name = _typo(name, rng)
        people.append((Person(name, date_of_birth=_dob_variant(person.date_of_birth, rng)),
                       kind, original))
    order = list(range(len(people)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    pairs = {tuple(sorted((where[i], where[p[2]]))) for i, p in enumerate(people) if p[2] >= 0}
    return SeededSet([people[i][0] for i in order], pairs)  # type: ignore[arg-type]
