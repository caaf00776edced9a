"""The referral summary: one referral and the case around it, as a PDF in memory.

Redaction happens before layout: :func:`render_referral_summary` plans what the audience
may see (:mod:`redaction`), builds the redacted content (:mod:`content`), hashes it, and
only then lays it out. Withheld details never reach reportlab.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from nap_desktop.domain import fields as registry
from nap_desktop.domain.documents import DocumentView
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.rules import format_cents
from nap_desktop.reports import i18n
from nap_desktop.reports.content import (
    ClientView,
    DocumentLine,
    MatterView,
    NoteView,
    PlacementView,
    ReferralView,
    ReleaseView,
    SummaryContent,
    Withheld,
    document_record,
    sha256_hex,
    summary_content,
)
from nap_desktop.reports.fonts import load_fonts, to_markup
from nap_desktop.reports.layout import (
    MARKER_HEX,
    PdfMeta,
    boxed_notice,
    build_pdf,
    content_width,
    data_table,
    kv_table,
    make_furniture,
    para,
    section_heading,
    styles,
    subheading,
)
from nap_desktop.reports.redaction import Audience, RedactionPlan, plan_redaction

PAGESIZE = letter


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryResult:
    """A rendered report.

    ``sha256`` is the hex SHA-256 of the canonical JSON (:func:`content.canonical_json`:
    UTF-8, sorted keys, no spaces) of the *document record*: ``version``, ``kind``,
    ``document_id``, ``generated_at`` (UTC, ISO 8601), ``generated_by``, ``agency``,
    ``lang``, ``audience`` (kind, partner name, override reason), ``withheld`` and
    ``content`` — the redacted content exactly as shown, withheld details appearing only
    as ``{"withheld": "<category>"}``. A PDF cannot contain its own hash, so this is what
    the footer's checksum line prints; log ``document_id`` and ``sha256`` in the audit
    event (never the content) and a paper copy can be matched to it.
    """

    pdf: bytes
    document_id: str
    sha256: str
    withheld: list[str]
    pages: int
    release_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Ctx:
    lang: str
    tz: tzinfo
    width: float

    def t(self, key: str, **values: object) -> str:
        return i18n.t(self.lang, key, **values)

    def f(self, record: str, key: str) -> str:
        """The name of a field, as the screen calls it (``domain.fields``)."""
        return i18n.field_name(self.lang, record, key)

    def label(self, member: StrEnum | None) -> str:
        return i18n.enum_label(self.lang, member) if member is not None else self.t("none")

    def d(self, value: date | None) -> str:
        return i18n.format_date(self.lang, value)

    def dt(self, value: datetime) -> str:
        return i18n.format_datetime(self.lang, value, self.tz)

    def text(self, value: str | None) -> str:
        return value.strip() if value and value.strip() else self.t("none")

    def marker(self) -> Paragraph:
        body = to_markup(f"\u00a0{self.t('withheld_marker')}\u00a0", load_fonts())
        return Paragraph(f'<font backColor="{MARKER_HEX}">{body}</font>', styles().marker)

    def shown(self, value: object) -> str | Flowable:
        """The value as text, or the withheld marker."""
        if isinstance(value, Withheld):
            return self.marker()
        if isinstance(value, StrEnum):
            return self.label(value)
        if isinstance(value, bool):
            return i18n.yes_no(self.lang, value)
        if isinstance(value, date):
            return self.d(value)
        return self.text(str(value) if value is not None else None)


# --- sections ----------------------------------------------------------------


def _front_matter(ctx: _Ctx, content: SummaryContent, *, plan: RedactionPlan,
                  generated_at: datetime, generated_by: str, agency_name: str,
                  today: date) -> list[Flowable]:
    st = styles()
    audience = plan.audience
    audience_text = (ctx.t("prepared_for", partner=audience.agency_name) if audience.is_partner
                     else ctx.t("internal_use", agency=agency_name))
    pairs: list[tuple[str, str | Flowable]] = [
        (ctx.f("client", "case_number"), content.client.case_number),
        (ctx.t("referral_id"), content.referral.id),
        (ctx.t("generated"), ctx.dt(generated_at)),
        (ctx.t("prepared_by"), generated_by),
        (ctx.t("audience"), audience_text),
    ]
    out: list[Flowable] = [para(ctx.t("title_summary"), st.title), Spacer(1, 4),
                           kv_table(pairs, ctx.width, columns=1)]
    if audience.is_override:
        out += [Spacer(1, 8), boxed_notice(
            ctx.t("override_lead"), audience.override_reason or "", ctx.width)]
    elif plan.withholds_anything:
        cats = ", ".join(ctx.label(c) for c in plan.withheld)
        partner = audience.agency_name
        out += [Spacer(1, 8), boxed_notice(
            ctx.t("withheld_lead", partner=partner, categories=cats),
            ctx.t("withheld_text", partner=partner, date=ctx.d(today)), ctx.width)]
    return out


def _status_text(ctx: _Ctx, ref: ReferralView) -> str:
    parts = [ctx.label(ref.status)]
    if ref.outcome is not None:
        parts.append(ctx.label(ref.outcome))
    if ref.reason is not None:
        parts.append(ctx.label(ref.reason))
    if ref.reason_text.strip():
        parts.append(ref.reason_text.strip())
    return " — ".join(parts)


def _history_table(ctx: _Ctx, ref: ReferralView) -> Table:
    rows = []
    for h in ref.history:
        change = (f"{ctx.label(h.from_status)} → {ctx.label(h.to_status)}"
                  if h.from_status is not None else ctx.label(h.to_status))
        reason = " — ".join(x for x in (ctx.label(h.reason) if h.reason else "",
                                        h.reason_text.strip()) if x)
        rows.append([ctx.dt(h.at), change, h.by or ctx.t("unknown_user"), ctx.text(reason)])
    head = [ctx.t("date"), ctx.t("change"), ctx.t("by"), ctx.f("referral", "reason")]
    return data_table(head, rows,
                      [0.23, 0.27, 0.22, 0.28], width=ctx.width, nowrap=(0,))


def _services(ctx: _Ctx, ref: ReferralView) -> str | Flowable:
    """The requested services; kinds a withheld category governs show as one marker."""
    shown = ", ".join(ctx.label(s) for s in ref.services if not isinstance(s, Withheld))
    if not any(isinstance(s, Withheld) for s in ref.services):
        return shown or ctx.t("none")
    fonts = load_fonts()
    marker = to_markup(f"\u00a0{ctx.t('withheld_marker')}\u00a0", fonts)
    lead = f"{to_markup(shown, fonts)}, " if shown else ""
    return Paragraph(f'{lead}<font backColor="{MARKER_HEX}">{marker}</font>', styles().cell)


def _referral_section(ctx: _Ctx, ref: ReferralView) -> list[Flowable]:
    unknown = ctx.t("unknown_agency")
    pairs: list[tuple[str, str | Flowable]] = [
        (ctx.f("referral", "from_agency_id"), ref.from_agency or unknown),
        (ctx.f("referral", "to_agency_id"), ref.to_agency or unknown),
        (ctx.f("referral", "direction"), ctx.label(ref.direction)),
        (ctx.f("referral", "urgency"), ctx.label(ref.urgency)),
        (ctx.f("referral", "referring_person"), ctx.shown(ref.referring_person)),
        (ctx.f("referral", "external_case_number"), ctx.shown(ref.external_case_number)),
        (ctx.f("referral", "status"), _status_text(ctx, ref)),
        (ctx.t("created"), ctx.dt(ref.created_at)),
    ]
    wide: list[tuple[str, str | Flowable]] = [
        (ctx.f("referral", "services"), _services(ctx, ref)),
        (ctx.f("referral", "safety_notes"), ctx.shown(ref.safety_notes))]
    out: list[Flowable] = [*section_heading(1, ctx.t("sec_referral"), ctx.width),
                           kv_table(pairs, ctx.width), kv_table(wide, ctx.width, columns=1)]
    if ref.history:
        out += [*subheading(ctx.t("sec_history")), _history_table(ctx, ref)]
    return out


#: The part of a client's view that holds the personal fields of each category.
_GROUPS = {InfoCategory.IDENTITY: "identity", InfoCategory.CONTACT: "contact",
           InfoCategory.LOCATION: "location", InfoCategory.DEMOGRAPHICS: "demographics",
           InfoCategory.IMMIGRATION: "immigration"}


def _personal_value(c: ClientView, f: registry.Field) -> object:
    """A personal field's value in ``c``: the withheld marker when its category is."""
    (category,) = f.categories
    group = getattr(c, _GROUPS[category])
    if isinstance(group, Withheld | str):  # withheld, or a group of one (the location)
        return group
    value = getattr(group, f.key)
    return ", ".join(str(x) for x in value) if isinstance(value, tuple) else value


def _client_pairs(ctx: _Ctx, c: ClientView) -> list[tuple[str, str | Flowable]]:
    """The case number, the trafficking type, then every personal field the registry
    lists, in its order (Continued Presence with its expiry)."""
    pairs = [(ctx.f("client", "case_number"), c.case_number),
             (ctx.f("client", "trafficking_type"), ctx.label(c.trafficking_type))]
    for f in registry.personal_fields():
        if f.key == "continued_presence_expires":
            continue
        value = _personal_value(c, f)
        listed = getattr(getattr(c, _GROUPS[next(iter(f.categories))], None), f.key, None)
        shown = (", ".join(ctx.label(x) for x in listed)  # issue #13: gender, race
                 if isinstance(listed, tuple) and listed and isinstance(listed[0], StrEnum)
                 else ctx.shown(value))
        expires = _personal_value(c, registry.field("client", "continued_presence_expires"))
        if f.key == "continued_presence" and isinstance(expires, date):
            shown = f"{shown} ({ctx.t('expires_on_date', date=ctx.d(expires))})"
        pairs.append((ctx.f("client", f.key), shown))
    return pairs


def _client_section(ctx: _Ctx, c: ClientView) -> list[Flowable]:
    return [*section_heading(2, ctx.t("sec_client"), ctx.width),
            kv_table(_client_pairs(ctx, c), ctx.width)]


def _releases_section(ctx: _Ctx, releases: tuple[ReleaseView, ...],
                      plan: RedactionPlan) -> list[Flowable]:
    out: list[Flowable] = [*section_heading(3, ctx.t("sec_releases"), ctx.width)]
    if not releases:
        key = "no_releases_partner" if plan.audience.is_partner else "no_releases"
        return [*out, para(ctx.t(key, partner=plan.audience.agency_name), styles().body)]
    rows = []
    for r in releases:
        purpose = r.purpose.strip()
        if r.exception_basis.strip():
            purpose = "; ".join(x for x in (purpose, ctx.t(
                "exception_basis", basis=r.exception_basis.strip())) if x)
        signed = f"{ctx.d(r.signed_on)} ({ctx.label(r.signed_by)})"
        rows.append([r.recipient or ctx.t("unknown_agency"),
                     ", ".join(ctx.label(c) for c in r.categories) or ctx.t("none"),
                     ctx.text(purpose), signed, ctx.d(r.expires_on)])
    return [*out, data_table(
        [ctx.f("release", "recipient_agency_id"), ctx.f("release", "categories"),
         ctx.f("release", "purpose"), ctx.t("signed"), ctx.f("release", "expires_on")], rows,
        [0.21, 0.25, 0.23, 0.18, 0.13], width=ctx.width, nowrap=(4,))]


def _two_line(ctx: _Ctx, main: str | Withheld, sub: str) -> Paragraph:
    """``main`` over a smaller ``sub``; a withheld ``main`` is the withheld marker."""
    st = styles()
    fonts = load_fonts()
    if isinstance(main, Withheld):
        marker = to_markup(f"\u00a0{ctx.t('withheld_marker')}\u00a0", fonts)
        first = f'<font backColor="{MARKER_HEX}">{marker}</font>'
    else:
        first = to_markup(main, fonts)
    return Paragraph(f"{first}<br/><font size=\"{st.small.fontSize}\" "
                     f"color=\"#5a5a5a\">{to_markup(sub, fonts)}</font>", st.cell)


def _provider(ctx: _Ctx, p: PlacementView) -> str:
    """How a placement is named beside its safety notes: its provider, or (withheld:
    where the survivor stays) its programme."""
    return ctx.label(p.program_type) if isinstance(p.provider, Withheld) else ctx.text(p.provider)


def _placement_row(ctx: _Ctx, p: PlacementView) -> list[str | Flowable]:
    exit_text = ctx.d(p.exit_date)
    if p.exit_date is None and p.expected_exit_date is not None:
        exit_text = ctx.t("expected_exit", date=ctx.d(p.expected_exit_date))
    provider = p.provider if isinstance(p.provider, Withheld) else ctx.text(p.provider)
    return [_two_line(ctx, ctx.label(p.program_type), ctx.label(p.status)),
            _two_line(ctx, provider, ctx.text(p.funding_source)),
            ctx.d(p.start_date), ctx.d(p.move_in_date), exit_text,
            ctx.label(p.exit_destination), format_cents(p.assistance_total_cents)]


def _housing_section(ctx: _Ctx, housing: tuple[PlacementView, ...] | Withheld) -> list[Flowable]:
    out: list[Flowable] = [*section_heading(4, ctx.t("sec_housing"), ctx.width)]
    if isinstance(housing, Withheld):
        return [*out, kv_table([(ctx.t("sec_housing"), ctx.marker())], ctx.width, columns=1)]
    if not housing:
        return [*out, para(ctx.t("no_placements"), styles().body)]
    rows: list[list[str | Flowable]] = [_placement_row(ctx, p) for p in housing]
    total = sum(p.assistance_total_cents for p in housing)
    rows.append([ctx.t("total_assistance"), "", "", "", "", "", format_cents(total)])
    table = data_table(
        [ctx.f("placement", "program_type"), ctx.f("placement", "provider"), ctx.t("start"),
         ctx.t("move_in"), ctx.t("exit"), ctx.f("placement", "exit_destination"),
         ctx.t("assistance")], rows,
        [0.2, 0.24, 0, 0, 0.15, 0.17, 0], width=ctx.width, nowrap=(2, 3, 6),
        right_align=(6,), total_row=True)
    table.setStyle([("SPAN", (0, -1), (5, -1))])
    safety = [(_provider(ctx, p), ctx.shown(p.safety_notes)) for p in housing
              if isinstance(p.safety_notes, Withheld) or p.safety_notes.strip()]
    out.append(table)
    if safety:
        out += [*subheading(ctx.f("placement", "safety_notes")),
                kv_table(safety, ctx.width, columns=1)]
    return out


def _money_table(ctx: _Ctx, m: MatterView) -> Table:
    money = m.money
    heads = (ctx.f("restitution", "losses_claimed_cents"), ctx.f("restitution", "ordered_cents"),
             ctx.t("collected"), ctx.t("disbursed"), ctx.t("balance"))
    values = (money.losses_claimed_cents, money.ordered_cents, money.collected_cents,
              money.disbursed_cents, money.balance_cents)
    return data_table(list(heads), [[format_cents(v) for v in values]],
                      [1.0] * 5, width=ctx.width, right_align=range(5))


def _matter_block(ctx: _Ctx, m: MatterView) -> list[Flowable]:
    pairs: list[tuple[str, str | Flowable]] = [
        (ctx.f("restitution", "court"), ctx.text(m.court)),
        (ctx.f("restitution", "docket_number"), ctx.text(m.docket_number)),
        (ctx.f("restitution", "defendant"), ctx.text(m.defendant)),
        (ctx.f("restitution", "statute"), ctx.text(m.statute))]
    if m.closure is not None:
        pairs.append((ctx.f("restitution", "closure"), ctx.label(m.closure)))
    rows: list[list[str | Flowable]] = [
        [ctx.label(s.kind), ctx.label(s.status), ctx.d(s.due_on), ctx.d(s.completed_on),
         ctx.shown(s.note)] for s in m.steps]
    out: list[Flowable] = [kv_table(pairs, ctx.width), Spacer(1, 8), _money_table(ctx, m)]
    if rows:
        out += [Spacer(1, 8), data_table(
            [ctx.f("restitution.steps", key)
             for key in ("kind", "status", "due_on", "completed_on", "note")],
            rows, [0.34, 0.15, 0, 0, 0.36], width=ctx.width, nowrap=(2, 3))]
    return out


def _restitution_section(ctx: _Ctx, matters: tuple[MatterView, ...] | Withheld
                         ) -> list[Flowable]:
    out: list[Flowable] = [*section_heading(5, ctx.t("sec_restitution"), ctx.width)]
    if isinstance(matters, Withheld):
        return [*out, kv_table([(ctx.t("sec_restitution"), ctx.marker())], ctx.width,
                               columns=1)]
    if not matters:
        return [*out, para(ctx.t("no_restitution"), styles().body)]
    for index, matter in enumerate(matters):
        if index:
            out.append(Spacer(1, 12))
        out += _matter_block(ctx, matter)
    return out


def _notes_section(ctx: _Ctx, notes: tuple[NoteView, ...] | Withheld) -> list[Flowable]:
    out: list[Flowable] = [*section_heading(6, ctx.t("sec_notes"), ctx.width)]
    if isinstance(notes, Withheld):
        return [*out, kv_table([(ctx.t("sec_notes"), ctx.marker())], ctx.width, columns=1)]
    if not notes:
        return [*out, para(ctx.t("no_notes"), styles().body)]
    rows = [[ctx.dt(n.created_at), n.author or ctx.t("unknown_user"), ctx.text(n.body)]
            for n in notes]
    head = [ctx.t("date"), ctx.f("note", "author_user_id"), ctx.f("note", "body")]
    return [*out, data_table(head, rows,
                             [0, 0.25, 0.75], width=ctx.width, nowrap=(0,))]


def _documents_section(ctx: _Ctx, number: int, documents: tuple[DocumentLine, ...]
                       ) -> list[Flowable]:
    out: list[Flowable] = [*section_heading(number, ctx.t("sec_documents"), ctx.width)]
    rows: list[list[str | Flowable]] = [[ctx.label(d.kind), ctx.d(d.doc_date), ctx.text(d.title)]
                                        for d in documents]
    head = [ctx.t("document_kind"), ctx.t("date"), ctx.t("document_title")]
    return [*out, data_table(head, rows, [0.3, 0, 0.7], width=ctx.width, nowrap=(1,))]


def _signature_section(ctx: _Ctx, number: int) -> list[Flowable]:
    st = styles()
    gap = 0.25 * inch
    col = (ctx.width - 2 * gap) / 3
    heads = [para(ctx.t(k), st.cell_head) for k in ("sig_caseworker", "sig_supervisor",
                                                      "sig_survivor")]
    rows: list[list[str | Flowable]] = [[heads[0], "", heads[1], "", heads[2]]]
    for caption in ("sig_signature_date", "sig_name"):
        small = para(ctx.t(caption), st.small)
        rows += [["", "", "", "", ""], [small, "", small, "", small]]
    table = Table(rows, colWidths=[col, gap, col, gap, col], hAlign="LEFT")
    commands: list[tuple[object, ...]] = [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in (1, 3):
        commands += [("LINEBELOW", (c, r), (c, r), 0.6, "#1a1a1a") for c in (0, 2, 4)]
        commands.append(("TOPPADDING", (0, r), (-1, r), 26 if r == 1 else 18))
    table.setStyle(commands)
    return [KeepTogether([*section_heading(number, ctx.t("sec_signatures"), ctx.width),
                          Spacer(1, 4), table])]


def _story(ctx: _Ctx, content: SummaryContent, plan: RedactionPlan, *,
           front: list[Flowable]) -> list[Flowable]:
    story = [*front, *_referral_section(ctx, content.referral),
             *_client_section(ctx, content.client),
             *_releases_section(ctx, content.releases, plan),
             *_housing_section(ctx, content.housing),
             *_restitution_section(ctx, content.restitution)]
    number = 6
    if content.notes is not None:
        story += _notes_section(ctx, content.notes)
        number = 7
    if content.documents:  # no section at all when none may be named
        story += _documents_section(ctx, number, content.documents)
        number += 1
    return story + _signature_section(ctx, number)


# --- entry point -------------------------------------------------------------


def render_referral_summary(
    case: CaseRecord, *, referral_id: str, audience: Audience, generated_by: str,
    agency_name: str, lang: str = "en", include_notes: bool = False,
    now: datetime | None = None, today: date | None = None, tz: tzinfo | None = None,
    documents: Sequence[DocumentView] = (),
) -> SummaryResult:
    """Render the summary of referral ``referral_id`` of ``case`` for ``audience``.

    For a partner, personal details appear only in the categories that an active,
    unexpired release from this client to that partner covers (see
    :func:`redaction.plan_redaction`); the rest print as "withheld — no release".
    ``now`` is the generation time (UTC-aware; default: the clock), ``today`` the date
    releases are judged on (default: ``now`` in ``tz``), ``tz`` the zone times are shown
    in (default: the local zone). Raises :class:`NotFound` for an unknown referral and
    :class:`ValidationError` for an unsupported ``lang``. Role checks and the audit event
    (with ``document_id``, ``sha256``, ``withheld`` and ``release_ids``) are the caller's.
    """
    i18n.check_lang(lang)
    moment, day, zone = i18n.resolve_clock(now, today, tz)
    plan = plan_redaction(case, audience, day)
    content = summary_content(case, referral_id=referral_id, plan=plan,
                              include_notes=include_notes, today=day, documents=documents)
    document_id = str(uuid.uuid4())
    digest = sha256_hex(document_record(
        kind="referral_summary", document_id=document_id, generated_at=moment,
        generated_by=generated_by, agency_name=agency_name, lang=lang, audience=audience,
        withheld=plan.withheld_names, content=content))
    ctx = _Ctx(lang=lang, tz=zone, width=content_width(PAGESIZE))
    front = _front_matter(ctx, content, plan=plan, generated_at=moment,
                          generated_by=generated_by, agency_name=agency_name, today=day)
    furniture = make_furniture(ctx.lang, agency_name=agency_name, title=ctx.t("title_summary"),
                               case_number=content.client.case_number, audience=audience,
                               document_id=document_id, digest=digest)
    pdf, pages = build_pdf(_story(ctx, content, plan, front=front), furniture=furniture,
                           pagesize=PAGESIZE, meta=PdfMeta(
                               title=f"{ctx.t('title_summary')} — {content.client.case_number}",
                               author=agency_name, subject=ctx.t("confidential"), lang=lang))
    return SummaryResult(pdf=pdf, document_id=document_id, sha256=digest,
                         withheld=plan.withheld_names, pages=pages,
                         release_ids=plan.release_ids)
