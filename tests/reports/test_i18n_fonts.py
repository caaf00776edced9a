"""Strings, formats and fonts of the reports."""

from __future__ import annotations

import io
import string
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from zoneinfo import ZoneInfo

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from nap_desktop.domain import enums
from nap_desktop.i18n import translator
from nap_desktop.reports import fonts, i18n
from nap_desktop.reports.layout import styles
from tests.reports.pdftext import all_text

ENUMS = [obj for obj in vars(enums).values()
         if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_prints_in_spanish_with_its_placeholders() -> None:
    """The reports' messages come from the one catalogue: each has Spanish (bar the
    few that read the same) and keeps its ``{placeholders}``."""
    same = {"checksum", "none", "total", "no"}
    spanish = translator("es")
    for key, text in i18n.MESSAGES.items():
        translated = spanish.gettext(text)
        assert (translated != text) or key in same, key
        assert placeholders(text) == placeholders(translated), key


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_enum_value_has_a_label(lang: str) -> None:
    for enum in ENUMS:
        for member in enum:
            assert i18n.enum_label(lang, member).strip()


def test_dates_and_times() -> None:
    assert i18n.format_date("en", date(2026, 11, 23)) == "2026-11-23"
    assert i18n.format_date("es", date(2026, 11, 23)) == "23/11/2026"
    assert i18n.format_date("en", None) == "—"
    winter = datetime(2026, 1, 10, 17, 0, tzinfo=UTC)
    summer = datetime(2026, 7, 10, 17, 0, tzinfo=UTC)
    ny = ZoneInfo("America/New_York")
    assert i18n.format_datetime("en", winter, ny) == "2026-01-10 12:00 EST"
    assert i18n.format_datetime("es", summer, ny) == "10/07/2026 13:00 EDT"
    fixed = timezone(timedelta(hours=-6))
    assert i18n.format_datetime("en", winter, fixed) == "2026-01-10 11:00 UTC-06:00"
    assert i18n.format_datetime("en", winter, UTC) == "2026-01-10 17:00 UTC"


def test_fonts_are_bundled_with_their_licences() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DroidSansFallbackFull.ttf", "LICENSE-DejaVu.txt", "LICENSE-Apache-2.0.txt"):
        path = fonts.find_font_file(name)
        assert path is not None, name
        assert path.stat().st_size > 0


def test_markup_escapes_and_switches_font_for_cjk() -> None:
    fs = fonts.load_fonts()
    assert fonts.to_markup("a < b & c", fs) == "a &lt; b &amp; c"
    assert fonts.to_markup("x\ny", fs) == "x<br/>y"
    markup = fonts.to_markup("Wang 王秀英", fs)
    assert markup == f'Wang <font face="{fonts.EMBEDDED_CJK}">王秀英</font>'
    assert not fs.needs_fallback("Nguyễn Thị Hương")


@pytest.mark.parametrize("embed", [True, False], ids=["embedded-droid", "cid-stsong"])
def test_cjk_fallbacks_extract_intact(embed: bool) -> None:
    fs = fonts.load_fonts(embed_cjk=embed)
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Paragraph(fonts.to_markup("Name: 王秀英 / Nguyễn", fs),
                                            styles().body)])
    assert "Name: 王秀英 / Nguyễn" in all_text(buf.getvalue())
    assert fs.fallback == (fonts.EMBEDDED_CJK if embed else fonts.CID_CJK)
