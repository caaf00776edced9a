"""The report fonts: where they are, registering them with reportlab, and font runs.

Every report is set in DejaVu Sans (bundled TTFs, embedded as subsets), which covers
Latin, Vietnamese, Greek and Cyrillic. Characters DejaVu lacks (Chinese, Japanese, Korean)
are set in a fallback: the bundled Droid Sans Fallback TTF (embedded, so a printout looks
the same everywhere) or, when that file is absent, reportlab's built-in CID font
``STSong-Light`` (not embedded; viewers substitute a system font).

Arabic (and Hebrew) reach reportlab already shaped and in visual order (:func:`shaped`):
reportlab draws code points one glyph each, left to right, so without it an Arabic name
prints as isolated letters in reverse order. ``arabic-reshaper`` turns the letters into
their joined presentation forms (which DejaVu Sans has) and ``python-bidi`` orders each line
for display. A character neither font can draw (an emoji DejaVu lacks, a script we bundle
no font for) is printed as U+FFFD "�", visibly, instead of an empty glyph.

Fonts are looked up in, in order:

1. ``<nap_desktop package>/_resources/fonts`` — an installed wheel (the top-level
   ``resources/`` folder is mapped to ``nap_desktop._resources`` at build time);
2. ``<repository>/resources/fonts`` — a source checkout.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

import nap_desktop
from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_

REGULAR = "NapSans"
BOLD = "NapSans-Bold"
ITALIC = "NapSans-Oblique"
EMBEDDED_CJK = "NapCJK"
CID_CJK = "STSong-Light"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_CJK_FILE = "DroidSansFallbackFull.ttf"

_lock = threading.Lock()

#: Printed in place of a character no bundled font can draw (DejaVu Sans has it).
REPLACEMENT = "\ufffd"
#: Right-to-left letters that need shaping and reordering (Hebrew, Arabic and its
#: supplements, Arabic presentation forms already in the text).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


class FontsMissing(NapError):
    default_message = N_(
        "The fonts for printed reports are missing from this installation. "
        "Reinstall NAP Desktop."
    )


def font_dirs() -> list[Path]:
    """The folders searched for font files, most specific first."""
    package = Path(nap_desktop.__file__).resolve().parent
    return [package / "_resources" / "fonts", package.parent / "resources" / "fonts"]


def find_font_file(filename: str) -> Path | None:
    """The first existing ``filename`` in :func:`font_dirs`, or None."""
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered font names, ready for styles and markup."""

    regular: str
    bold: str
    italic: str
    embed_cjk: bool

    def has_glyph(self, char: str) -> bool:
        """Whether the main font can draw ``char`` (whitespace always counts as drawable)."""
        return ord(char) in _base_cmap() or char.isspace()

    def needs_fallback(self, text: str) -> bool:
        return not set(map(ord, text)) <= _base_cmap()

    def drawable(self, char: str) -> bool:
        """Whether the main font or the fallback can draw ``char``."""
        return self.has_glyph(char) or _fallback_has(self.fallback, ord(char))

    @property
    def fallback(self) -> str:
        """Name of the CJK fallback font, registered on first use (it is large)."""
        return _register_cjk(self.embed_cjk)


@cache
def _base_cmap() -> frozenset[int]:
    """Code points DejaVu Sans can draw, plus whitespace (drawn as space or a break)."""
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph) | {ord(c) for c in "\t\n\r\u00a0 "}


def _fallback_has(font: str, code: int) -> bool:
    """Whether the fallback ``font`` draws ``code``: the embedded TTF's own map, or for the
    built-in CID font (no map to read) the CJK blocks it is made for."""
    if font == CID_CJK:
        return any(lo <= code <= hi for lo, hi in _CID_BLOCKS)
    return code in _cmap_of(font)


_CID_BLOCKS = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
               (0x20000, 0x2FA1F))


@cache
def _cmap_of(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _register_base() -> None:
    for name, filename in _FILES.items():
        path = find_font_file(filename)
        if path is None:
            raise FontsMissing()
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD)


@cache
def _register_cjk(embed: bool) -> str:
    with _lock:
        path = find_font_file(_CJK_FILE) if embed else None
        if path is not None:
            pdfmetrics.registerFont(TTFont(EMBEDDED_CJK, str(path)))
            return EMBEDDED_CJK
        pdfmetrics.registerFont(UnicodeCIDFont(CID_CJK))
        return CID_CJK


@cache
def load_fonts(*, embed_cjk: bool = True) -> FontSet:
    """Register the report fonts once per process and return their names.

    ``embed_cjk=False`` forces the non-embedded ``STSong-Light`` fallback (for tests, or a
    build that leaves the large CJK file out). Raises :class:`FontsMissing` when the bundled
    DejaVu files cannot be found.
    """
    with _lock:
        if REGULAR not in pdfmetrics.getRegisteredFontNames():
            _register_base()
    return FontSet(regular=REGULAR, bold=BOLD, italic=ITALIC, embed_cjk=embed_cjk)


def clean(text: str) -> str:
    """NFC-normalise, so decomposed accents (common in Vietnamese input) use the
    precomposed glyphs; drop control characters other than newline; replace what no
    bundled font can draw with U+FFFD (invisible format characters such as an emoji's
    joiner or variation selector are dropped instead)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    if text.isascii():
        return text
    fonts = load_fonts()
    if not fonts.needs_fallback(text):
        return text
    return "".join(_printable(ch, fonts) for ch in text)


def _printable(char: str, fonts: FontSet) -> str:
    if fonts.drawable(char):
        return char
    return "" if unicodedata.category(char) in ("Cf", "Mn", "Me") else REPLACEMENT


def shaped(text: str) -> str:
    """``text`` as it must be drawn: Arabic letters joined (presentation forms) and every
    line with right-to-left text in visual order. Apply once, to the final line or
    paragraph (it is not idempotent: a second pass reverses the order again). A long
    right-to-left paragraph that wraps is ordered per paragraph, not per printed line."""
    if not _RTL.search(text):
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) if _RTL.search(line)
                      else line for line in text.split("\n"))


def font_runs(text: str, fonts: FontSet) -> list[tuple[str, bool]]:
    """Split ``text`` into runs of (segment, needs the fallback font)."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        fallback = not fonts.has_glyph(ch)
        if runs and runs[-1][1] == fallback:
            runs[-1] = (runs[-1][0] + ch, fallback)
        else:
            runs.append((ch, fallback))
    return runs


def to_markup(text: str, fonts: FontSet) -> str:
    """Paragraph markup for plain ``text``: escaped, shaped, CJK runs switched to the
    fallback font, newlines kept as line breaks."""
    text = shaped(clean(text))
    if not fonts.needs_fallback(text):
        return escape(text).replace("\n", "<br/>")
    parts = []
    for segment, fallback in font_runs(text, fonts):
        body = escape(segment).replace("\n", "<br/>")
        parts.append(f'<font face="{fonts.fallback}">{body}</font>' if fallback else body)
    return "".join(parts)
