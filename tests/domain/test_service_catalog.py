"""The one controlled list of services and its funder codes (issue #13): every category
is mapped, every code is a known one, and docs/grant-reports.md §Categories prints the
table the reports read (``CATEGORY_MAP``), not a copy that drifts."""

from __future__ import annotations

import re
from pathlib import Path

from nap_desktop.domain import service_catalog as c
from nap_desktop.domain.enums import ServiceCategory
from nap_desktop.domain.labels import LABELS

DOC = Path(__file__).resolve().parents[2] / "docs" / "grant-reports.md"


def test_every_category_is_mapped_to_known_codes_and_labelled() -> None:
    assert set(c.CATEGORY_MAP) == set(ServiceCategory)
    for category, codes in c.CATEGORY_MAP.items():
        assert (ServiceCategory, category.value) in LABELS
        assert codes.tims in c.TIMS_TYPES and codes.otip in c.OTIP_TYPES
        if codes.voca_subtype is None:
            assert codes.voca is None
        else:
            assert codes.voca_subtype in c.VOCA_SUBTYPES
            assert codes.voca == codes.voca_subtype[0] and codes.voca in c.VOCA_CATEGORIES
        if codes.hmis is not None:
            assert codes.hmis in {(200, 200), (300, 1), (300, 2), (300, 3), (300, 4), (300, 5)}


def test_each_voca_category_has_services() -> None:
    assert {codes.voca for codes in c.CATEGORY_MAP.values()} - {None} == set("ABCDE")


def test_the_docs_table_is_the_map() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \| [^|]+ \| ([^|]+) \| `([a-z_]+)` \| `([a-z_]+)` \| "
                      r"([^|]+) \|$", DOC.read_text(encoding="utf-8"), re.M)
    documented = {cat: (voca.split(" ")[0].strip(), tims, otip, hmis.strip())
                  for cat, voca, tims, otip, hmis in rows}
    expected = {cat.value: (codes.voca_subtype or "—", codes.tims, codes.otip,
                            f"{codes.hmis[0]} / {codes.hmis[1]}" if codes.hmis else "—")
                for cat, codes in c.CATEGORY_MAP.items()}
    assert documented == expected
