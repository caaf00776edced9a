"""The release-of-information form a survivor reads, ticks and signs on paper.

One page (two at most) naming our agency and the one partner it is for, every category of
the consent table (``domain.consent``, labels and scope from ``domain.labels``) with an
empty box to tick, the purpose and end date (printed when given, else lines to fill in),
the survivor's rights (signing is optional and services do not depend on it; revocable at
any time, effective at once), and signature lines for the survivor, a parent or guardian
of a minor, and the staff member. The survivor's name is printed only when the caller
passes it; otherwise a line is left to write it by hand.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.labels import CATEGORY_SCOPE
from nap_desktop.i18n import translator
from nap_desktop.reports import i18n
from nap_desktop.reports.content import document_record, sha256_hex
from nap_desktop.reports.layout import (
    INK,
    MUTED,
    PdfMeta,
    build_pdf,
    cell,
    content_width,
    data_table,
    make_furniture,
    para,
    section_heading,
    styles,
)
from nap_desktop.reports.redaction import Audience

PAGESIZE = letter
#: Height of a line to write on by hand.
WRITE_ROW = 21.0
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseFormRequest:
    """What the form prints. Empty ``purpose``, ``None`` ``expires_on`` or
    ``survivor_name`` leave lines to fill in by hand."""

    partner_name: str
    case_number: str | None = None
    survivor_name: str | None = None
    purpose: str = ""
    expires_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseFormResult:
    """A rendered form; ``sha256`` covers its document record as for the summaries."""

    pdf: bytes
    document_id: str
    sha256: str
    pages: int


class TickBox(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """An empty square for a tick by hand."""

    SIZE = 10.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, -1, self.SIZE, self.SIZE, stroke=1, fill=0)


def _write_table(pairs: list[tuple[str, str]], width: float, label_share: float = 0.36
                 ) -> Table:
    """Label / value rows tall enough to write in; a blank value is a line to fill."""
    st = styles()
    label_w = width * label_share
    rows = [[cell(label, st.label, label_w), cell(value, st.cell, width - label_w)]
            for label, value in pairs]
    table = Table(rows, colWidths=[label_w, width - label_w], rowHeights=WRITE_ROW,
                  hAlign="LEFT")
    table.setStyle([
        ("FONT", (1, 0), (1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("FONT", (0, 0), (0, -1), st.label.fontName, st.label.fontSize, st.label.leading),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ])
    return table


def _categories(lang: str, width: float) -> list[Flowable]:
    header = [i18n.t(lang, k) for k in ("rf_share", "rf_category", "rf_covers")]
    translate = translator(lang).gettext
    rows: list[list[str | Flowable]] = [
        [TickBox(), i18n.enum_label(lang, c), translate(CATEGORY_SCOPE[c])]
        for c in InfoCategory]
    return [data_table(header, rows, [0.13, 0.33, 0.54], width=width)]


def _rights(lang: str, agency: str, partner: str) -> list[Flowable]:
    body = styles().body
    keys = ("rf_right_optional", "rf_right_revoke", "rf_right_shared", "rf_right_one",
            "rf_right_copy")
    out: list[Flowable] = []
    for key in keys:
        out += [para(f"•  {i18n.t(lang, key, agency=agency, partner=partner)}", body),
                Spacer(1, 2)]
    return out


def _signature(lang: str, title: str, width: float) -> Flowable:
    """One signer: signature and date on one line, the printed name under it."""
    st = styles()
    font, size = st.label.fontName, st.label.fontSize
    sign, name, when = (i18n.t(lang, k) for k in ("rf_signature", "rf_printed_name", "date"))
    label_w = max(stringWidth(sign, font, size), stringWidth(name, font, size)) + 10
    date_w = stringWidth(when, font, size) + 16
    line_w = width * 0.66 - label_w
    widths = [label_w, line_w, date_w, width - label_w - line_w - date_w]
    table = Table([[sign, "", when, ""], [name, "", "", ""]], colWidths=widths,
                  rowHeights=WRITE_ROW, hAlign="LEFT")
    table.setStyle([
        ("FONT", (0, 0), (-1, -1), font, size, st.label.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
        ("SPAN", (1, 1), (3, 1)),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
        ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
        ("LINEBELOW", (1, 1), (3, 1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ])
    return KeepTogether([Spacer(1, 8), para(title, st.cell_head), table])


def _story(lang: str, req: ReleaseFormRequest, agency: str, width: float) -> list[Flowable]:
    st = styles()
    t = i18n.t
    header: list[tuple[str, str]] = [(t(lang, "rf_from"), agency),
                                     (t(lang, "rf_to"), req.partner_name)]
    if req.case_number:
        header.append((t(lang, "case_number"), req.case_number))
    header += [(t(lang, "rf_survivor"), req.survivor_name or ""),
               (t(lang, "rf_form_language"), LANGUAGE_NAMES[lang])]
    expiry = i18n.format_date(lang, req.expires_on) if req.expires_on else ""
    return [
        para(t(lang, "title_release"), st.title), Spacer(1, 2),
        _write_table(header, width),
        Spacer(1, 10), para(t(lang, "rf_intro", agency=agency, partner=req.partner_name),
                            st.body),
        *section_heading(1, t(lang, "rf_sec_categories"), width), Spacer(1, 4),
        *_categories(lang, width),
        *section_heading(2, t(lang, "rf_sec_purpose"), width),
        _write_table([(t(lang, "rf_purpose"), req.purpose.strip()),
                      *([("", "")] if not req.purpose.strip() else []),
                      (t(lang, "rf_expires"), expiry)], width),
        Spacer(1, 2), para(t(lang, "rf_expires_rule"), st.small),
        # The rights stay together with their heading (on the signatures' page if need be).
        KeepTogether([*section_heading(3, t(lang, "rf_sec_rights"), width), Spacer(1, 4),
                      *_rights(lang, agency, req.partner_name)]),
        *section_heading(4, t(lang, "rf_sec_sign"), width),
        _signature(lang, t(lang, "rf_sign_survivor"), width),
        _signature(lang, t(lang, "rf_sign_guardian"), width),
        _signature(lang, t(lang, "rf_sign_staff"), width),
    ]


def render_release_form(
    request: ReleaseFormRequest, *, agency_name: str, generated_by: str, lang: str = "en",
    now: datetime | None = None, tz: tzinfo | None = None,
) -> ReleaseFormResult:
    """The release form for ``request.partner_name`` in ``lang``, as PDF bytes in memory."""
    i18n.check_lang(lang)
    moment, _day, _zone = i18n.resolve_clock(now, None, tz)
    width = content_width(PAGESIZE)
    document_id = str(uuid.uuid4())
    digest = sha256_hex(document_record(
        kind="release_form", document_id=document_id, generated_at=moment,
        generated_by=generated_by, agency_name=agency_name, lang=lang,
        audience=Audience.internal(), withheld=[],
        content={"partner": request.partner_name, "case_number": request.case_number,
                 "survivor_name": request.survivor_name, "purpose": request.purpose,
                 "expires_on": request.expires_on,
                 "categories": [c.value for c in InfoCategory]}))
    title = i18n.t(lang, "title_release")
    furniture = make_furniture(lang, agency_name=agency_name, title=title,
                               case_number=request.case_number, audience=None,
                               document_id=document_id, digest=digest)
    story = _story(lang, request, agency_name, width)
    pdf, pages = build_pdf(story, furniture=furniture, pagesize=PAGESIZE,
                           meta=PdfMeta(title=title, author=agency_name,
                                        subject=i18n.t(lang, "confidential"), lang=lang))
    return ReleaseFormResult(pdf=pdf, document_id=document_id, sha256=digest, pages=pages)
