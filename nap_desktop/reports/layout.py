"""Shared look of every printed report: styles, tables, and the page furniture.

Each page carries a header (agency, "CONFIDENTIAL", the document title and audience) and
a footer (the confidentiality notice, document id, checksum and "Page x of y"). The page
count is only known at the end, so the furniture is drawn when the document is saved
(:class:`_FurnishedCanvas`), in one layout pass. Everything is built in memory.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from nap_desktop.reports import i18n
from nap_desktop.reports.fonts import FontSet, clean, font_runs, load_fonts, shaped, to_markup
from nap_desktop.reports.redaction import Audience

# Binary (Flate-only) streams: smaller files and faster saves than ASCII85-wrapped ones;
# every PDF reader handles them. This process's only reportlab user is this package.
rl_config.useA85 = 0

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#8c8c8c")
HAIRLINE = colors.HexColor("#d2d2d2")
FILL = colors.HexColor("#f1f1f1")
MARKER_HEX = "#e4e4e4"
OVERDUE = colors.HexColor("#8b1a1a")  # a restrained dark red, only for overdue dates

MARGIN_X: float = 0.85 * inch
MARGIN_TOP: float = 1.05 * inch
MARGIN_BOTTOM: float = 1.0 * inch
CELL_PAD = 4.0
BODY_SIZE = 8.6


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles of the reports (one set per process)."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_compact: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    marker: ParagraphStyle
    notice: ParagraphStyle
    small: ParagraphStyle


@cache
def styles() -> Styles:
    """The report styles, registering the fonts on first use."""
    f = load_fonts()
    body = ParagraphStyle("body", fontName=f.regular, fontSize=BODY_SIZE, leading=11.4,
                          textColor=INK, alignment=TA_LEFT)
    head = ParagraphStyle("cell_head", parent=body, fontName=f.bold, fontSize=7.4,
                          leading=9.6, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=16.5, leading=20,
                             spaceAfter=2),
        heading=ParagraphStyle("heading", parent=body, fontName=f.bold, fontSize=10.2,
                               leading=13, spaceBefore=0, spaceAfter=0),
        body=body,
        label=ParagraphStyle("label", parent=body, fontSize=7.4, leading=10.2, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body),
        cell_compact=ParagraphStyle("cell_compact", parent=body, fontSize=7.8, leading=9.6),
        cell_head=head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT),
        marker=ParagraphStyle("marker", parent=body, fontName=f.italic, textColor=MUTED),
        notice=ParagraphStyle("notice", parent=body, fontSize=8.6, leading=11.6),
        small=ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.6, textColor=MUTED),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (unescaped) text, with CJK runs in the fallback font."""
    return Paragraph(to_markup(text, load_fonts()), style)


@lru_cache(maxsize=8192)
def _measure(text: str, font: str, size: float) -> float | None:
    """Width of ``text`` on one line in ``font``, or None when it cannot be a plain
    string cell (line breaks, characters that need the fallback font). Cached: names
    of partners and workers repeat down a caseload."""
    if "\n" in text or load_fonts().needs_fallback(text):
        return None
    width: float = stringWidth(text, font, size)
    return width


def cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell. Text in the main font becomes a plain string, broken into lines
    here (reportlab lays out string cells several times faster than paragraphs); text
    that needs the CJK fallback font becomes a wrapping paragraph."""
    text = clean(text)
    measured = _measure(text, style.fontName, style.fontSize)
    if measured is None and load_fonts().needs_fallback(text):
        return Paragraph(to_markup(text, load_fonts()), style)
    drawn = shaped(text)
    if drawn is not text:  # right-to-left: joined letters have widths of their own
        text, measured = drawn, _measure(drawn, style.fontName, style.fontSize)
    room = width - 2 * CELL_PAD
    if measured is not None and measured <= room:
        return text
    return "\n".join(wrap_lines(text, style.fontName, style.fontSize, room))


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (at spaces; a word longer than
    the line is cut), keeping the author's line breaks."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines += _cut(line, font, size, width)
    return lines


def _cut(line: str, font: str, size: float, width: float) -> list[str]:
    """Cut a line with a word too long for ``width`` (identifiers, URLs) by characters."""
    out: list[str] = []
    while stringWidth(line, font, size) > width and len(line) > 1:
        end = len(line) - 1
        while end > 1 and stringWidth(line[:end], font, size) > width:
            end -= 1
        out.append(line[:end])
        line = line[end:]
    return [*out, line]


def _base_table_style(style: ParagraphStyle, *, compact: bool = False
                      ) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 if compact else 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 if compact else 3.4),
    ]


def fit_widths(header: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
               weights: Sequence[float], width: float, nowrap: Sequence[int],
               style: ParagraphStyle) -> list[float]:
    """Column widths: ``nowrap`` columns exactly as wide as their widest string or
    header (dates, money: never broken), the rest sharing what is left in proportion
    to ``weights``."""
    head = styles().cell_head

    def widest(i: int) -> float:
        cells = (_measure(r[i], style.fontName, style.fontSize) or 0.0
                 for r in rows if isinstance(r[i], str))
        header_w = _measure(header[i], head.fontName, head.fontSize) or 0.0
        return max(header_w, *cells) if rows else header_w

    need = {i: 2 * CELL_PAD + 1 + widest(i) for i in nowrap}
    free = [i for i in range(len(weights)) if i not in need]
    left = width - sum(need.values())
    share = sum(weights[i] for i in free)
    if not free or left < 0.25 * width or share <= 0:
        total = sum(weights)
        return [width * w / total for w in weights]
    return [need[i] if i in need else left * weights[i] / share for i in range(len(weights))]


def data_table(header: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
               weights: Sequence[float], *, width: float, nowrap: Sequence[int] = (),
               right_align: Sequence[int] = (), total_row: bool = False,
               compact: bool = False) -> Table:
    """A table with a bold header row that repeats on each page, hairlines between rows,
    and optionally a bold last row (totals). ``rows`` hold strings or flowables; long
    rows split across pages. ``compact`` sets long lists smaller and tighter."""
    st = styles()
    fonts = load_fonts()
    style = st.cell_compact if compact else st.cell
    rows = [[clean(c) if isinstance(c, str) else c for c in r] for r in rows]
    widths = fit_widths(header, rows, weights, width, nowrap, style)
    head = [cell(h, st.cell_head_right if i in right_align else st.cell_head, w)
            for i, (h, w) in enumerate(zip(header, widths, strict=True))]
    body = [[cell(c, style, w) if isinstance(c, str) else c
             for c, w in zip(r, widths, strict=True)] for r in rows]
    commands = [
        *_base_table_style(style, compact=compact),
        ("FONT", (0, 0), (-1, 0), fonts.bold, st.cell_head.fontSize, st.cell_head.leading),
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right_align]
    if total_row and rows:
        commands += [("FONT", (0, -1), (-1, -1), fonts.bold, style.fontSize, style.leading),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE)]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(commands)
    return table


def kv_table(pairs: Sequence[tuple[str, str | Flowable]], width: float, *,
             columns: int = 2) -> Table:
    """Label/value pairs laid out ``columns`` pairs per row, labels small and grey."""
    st = styles()
    label_w = width * 0.17  # the same in one- and two-column blocks, so labels align
    value_w = width / columns - label_w
    rows: list[list[str | Flowable]] = []
    for start in range(0, len(pairs), columns):
        row: list[str | Flowable] = []
        chunk = list(pairs[start:start + columns])
        chunk += [("", "")] * (columns - len(chunk))
        for label, value in chunk:
            row.append(cell(label, st.label, label_w))
            row.append(cell(value, st.cell, value_w) if isinstance(value, str) else value)
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT", splitInRow=1)
    label_font = (st.label.fontName, st.label.fontSize, st.label.leading)
    table.setStyle([
        *_base_table_style(st.cell),
        *[("FONT", (c, 0), (c, -1), *label_font) for c in range(0, 2 * columns, 2)],
        *[("TEXTCOLOR", (c, 0), (c, -1), MUTED) for c in range(0, 2 * columns, 2)],
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        # smaller labels start lower, so label and value share a baseline
        *[("TOPPADDING", (c, 0), (c, -1), 3.2 + st.cell.fontSize - st.label.fontSize)
          for c in range(0, 2 * columns, 2)],
    ])
    return table


def section_heading(number: int, text: str, width: float) -> list[Flowable]:
    """A numbered section heading with a rule under it; starts a new page when too
    little room is left for the heading and the first lines of its section."""
    st = styles()
    number_w = 0.3 * inch
    table = Table([[str(number), cell(text, st.heading, width - number_w + 2 * CELL_PAD)]],
                  colWidths=[number_w, width - number_w], hAlign="LEFT")
    table.setStyle([
        ("FONT", (0, 0), (-1, -1), st.heading.fontName, st.heading.fontSize, st.heading.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 14),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])
    return [CondPageBreak(1.5 * inch), table]


def subheading(text: str) -> list[Flowable]:
    """A small bold heading inside a section, not left alone at the foot of a page."""
    return [CondPageBreak(1.1 * inch), Spacer(1, 8), para(text, styles().cell_head),
            Spacer(1, 2)]


def boxed_notice(lead: str, text: str, width: float) -> Table:
    """A ruled box for statements the reader must not miss (override, withholding):
    ``lead`` in bold, then ``text``."""
    st = styles()
    fonts = load_fonts()
    markup = f"<b>{to_markup(lead, fonts)}</b> {to_markup(text, fonts)}"
    table = Table([[Paragraph(markup, st.notice)]], colWidths=[width], hAlign="LEFT")
    table.setStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ])
    return table


# --- page furniture ----------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Furniture:
    """What is printed around the body of every page. ``pages`` is filled in on save."""

    agency_name: str
    running_title: str
    audience_line: str
    confidential: str
    notice: str
    id_lines: tuple[str, ...]
    page_label: str  # with {page} and {pages}
    pages: int = field(default=0)


def _draw_runs(canvas: Canvas, at: tuple[float, float], text: str, font: str, size: float,
               *, align: str = "left") -> None:
    """Draw one line of ``text`` at ``at``, switching to the fallback font for CJK runs."""
    x, y = at
    fonts: FontSet = load_fonts()
    text = shaped(clean(text))
    runs = ([(seg, fonts.fallback if fb else font) for seg, fb in font_runs(text, fonts)]
            if fonts.needs_fallback(text) else [(text, font)])
    total = sum(stringWidth(seg, name, size) for seg, name in runs)
    if align == "right":
        x -= total
    for seg, name in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, seg)
        x += stringWidth(seg, name, size)


def _draw_header(canvas: Canvas, f: Furniture, width: float, height: float) -> None:
    fonts = load_fonts()
    left, right, top = MARGIN_X, width - MARGIN_X, height - 0.5 * inch
    canvas.setFillColor(INK)
    _draw_runs(canvas, (left, top), f.agency_name, fonts.bold, 8.6)
    stamp_w = stringWidth(f.confidential, fonts.bold, 9) + 1.6 * (len(f.confidential) - 1) + 10
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    canvas.rect(right - stamp_w, top - 4.5, stamp_w, 15, stroke=1, fill=0)
    text = canvas.beginText(right - stamp_w + 5, top)
    text.setFont(fonts.bold, 9)
    text.setCharSpace(1.6)
    text.textOut(f.confidential)
    text.setCharSpace(0)  # text state outlives the text object in PDF
    canvas.drawText(text)
    canvas.setFillColor(MUTED)
    _draw_runs(canvas, (left, top - 14), f.running_title, fonts.regular, 7.4)
    _draw_runs(canvas, (right, top - 14), f.audience_line, fonts.regular, 7.4, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 20, right, top - 20)


def _draw_footer(canvas: Canvas, f: Furniture, width: float, page: int) -> None:
    fonts = load_fonts()
    left, right, top = MARGIN_X, width - MARGIN_X, 0.78 * inch
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, top, right, top)
    canvas.setFillColor(INK)
    _draw_runs(canvas, (right, top - 10), f.page_label.format(page=page, pages=f.pages),
               fonts.bold, 8.2, align="right")
    canvas.setFillColor(MUTED)
    y = top - 10
    for line in f.id_lines:
        _draw_runs(canvas, (left, y), line, fonts.regular, 6.8)
        y -= 8.4
    for line in simpleSplit(clean(f.notice), fonts.regular, 6.6, right - left - 60):
        _draw_runs(canvas, (left, y), line, fonts.regular, 6.6)
        y -= 8.2


class _FurnishedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Defers each page until the end so the header/footer can say "of y"."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pending: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._pending.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        self._furniture.pages = len(self._pending)
        width, height = self._pagesize
        for number, state in enumerate(self._pending, start=1):
            self.__dict__.update(state)
            self.saveState()
            _draw_header(self, self._furniture, width, height)
            _draw_footer(self, self._furniture, width, number)
            self.restoreState()
            super().showPage()
        super().save()


def make_furniture(lang: str, *, agency_name: str, title: str, case_number: str | None,
                   audience: Audience | None, document_id: str, digest: str) -> Furniture:
    """Header and footer text for every page of a report."""
    running = f"{title} · {case_number}" if case_number else title
    if audience is None:
        audience_line = ""
    elif audience.is_partner:
        audience_line = i18n.t(lang, "prepared_for", partner=audience.agency_name)
    else:
        audience_line = i18n.t(lang, "internal_use", agency=agency_name)
    id_lines = (f"{i18n.t(lang, 'document_id')}: {document_id}",
                f"{i18n.t(lang, 'checksum')}: {digest}")
    return Furniture(agency_name=agency_name, running_title=running,
                     audience_line=audience_line, confidential=i18n.t(lang, "confidential"),
                     notice=i18n.t(lang, "footer_notice"), id_lines=id_lines,
                     page_label=i18n.t(lang, "page_x_of_y"))


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfMeta:
    """Document information dictionary. Never put survivor details here."""

    title: str
    author: str
    subject: str
    lang: str


def content_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN_X


def build_pdf(story: list[Flowable], *, furniture: Furniture, pagesize: tuple[float, float],
              meta: PdfMeta, invariant: bool = False) -> tuple[bytes, int]:
    """Lay ``story`` out in memory; return the PDF bytes and the page count. With
    ``invariant`` the file holds no creation time and no random id: the same story gives
    the same bytes (the grant reports)."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=meta.title,
        author=meta.author, subject=meta.subject, creator="NAP Desktop", lang=meta.lang,
        invariant=1 if invariant else None,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def make_canvas(*args: Any, **kwargs: Any) -> _FurnishedCanvas:
        return _FurnishedCanvas(*args, furniture=furniture, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return buf.getvalue(), furniture.pages
