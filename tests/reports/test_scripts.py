"""Names in any script print as written: Arabic joined and right to left, Vietnamese and
Chinese intact, and what no bundled font can draw replaced visibly, never dropped."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from nap_desktop.reports import Audience, render_referral_summary
from nap_desktop.reports.fonts import REPLACEMENT, clean, load_fonts, shaped
from nap_desktop.reports.layout import cell, styles
from tests.reports import factories as f
from tests.reports.pdftext import all_text

ARABIC = "فاطمة الزهراء"
#: The same name as reportlab must receive it: joined presentation forms, visual order.
ARABIC_DRAWN = "\ufe80\ufe8d\ufeae\ufeeb\ufeb0\ufedf\ufe8d \ufe94\ufee4\ufec3\ufe8e\ufed3"
#: The joined forms in reading order: pypdf puts right-to-left runs back in reading order.
ARABIC_JOINED = ARABIC_DRAWN[::-1]


def summary_text(legal_name: str, preferred_name: str = "Ana") -> str:
    case = f.make_case(personal_overrides={"legal_name": legal_name,
                                           "preferred_name": preferred_name})
    result = render_referral_summary(
        case, referral_id=f.REFERRAL_ID, audience=Audience.internal(), generated_by="Sofia",
        agency_name="Harborview Survivor Services (demo)", now=f.NOW, today=f.TODAY,
        tz=ZoneInfo("America/New_York"))
    return all_text(result.pdf)


def test_arabic_is_joined_and_right_to_left() -> None:
    assert shaped(ARABIC) == ARABIC_DRAWN
    # Isolated letters (what reportlab drew before) are not what reaches the page.
    assert not any("\u0621" <= ch <= "\u064a" for ch in shaped(ARABIC))


def test_shaping_leaves_other_text_alone_and_orders_each_line() -> None:
    for text in ("Nguyễn Thị Hương", "王秀英", "María José", ""):
        assert shaped(text) is text
    assert shaped(f"Case 7\n{ARABIC}") == f"Case 7\n{ARABIC_DRAWN}"


def test_arabic_name_prints_joined_in_the_pdf() -> None:
    text = summary_text(ARABIC)
    assert ARABIC_JOINED in text
    assert ARABIC not in text  # the isolated, left-to-right letters of before


def test_arabic_in_a_table_cell_is_shaped_once() -> None:
    drawn = cell(ARABIC, styles().cell, 400)
    assert drawn == ARABIC_DRAWN


def test_vietnamese_and_chinese_print_intact() -> None:
    text = summary_text("Nguyễn Thị Hương", preferred_name="王秀英")
    assert "Nguyễn Thị Hương" in text
    assert "王秀英" in text
    assert REPLACEMENT not in text


def test_what_no_font_draws_is_replaced_visibly() -> None:
    # U+1FAE0 and U+1F9D5 are in neither DejaVu Sans nor Droid Sans Fallback; Ethiopic
    # and Devanagari neither. DejaVu does draw U+1F600, so that one stays.
    assert clean("Ana 🫠 🧕 😀") == f"Ana {REPLACEMENT} {REPLACEMENT} 😀"
    assert clean("ሰላም") == REPLACEMENT * 3
    fs = load_fonts()
    assert fs.drawable("王") and fs.drawable("ệ") and not fs.drawable("🫠")
    text = summary_text("Ana 🫠 María")
    assert f"Ana {REPLACEMENT} María" in text
