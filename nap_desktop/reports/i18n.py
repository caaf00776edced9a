"""The text of printed reports in the language they print in, and the date/time formats.

Messages are keyed by id (``t(lang, "page_x_of_y", page=1, pages=3)``); their English is
marked for the one message catalogue and translated through ``nap_desktop.i18n.translator``
(a PDF may print in another language than the screen's). Field names come from the field
registry and enum labels from ``domain.labels``: what the screen calls a field or a value,
the paper calls it too. Dates print as 2026-11-23 in
English and 23/11/2026 in Spanish; times add the hour and the zone abbreviation.
Money is US dollars in both languages (``format_cents``: "$1,234.56").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum

from nap_desktop.domain import fields as registry
from nap_desktop.domain import labels as vocabulary
from nap_desktop.domain import moments
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.i18n import translator

LANGUAGES = ("en", "es")


def _field(record: str, key: str) -> str:
    """A field's label from the registry: the PDF names a field as the screen does."""
    return registry.field(record, key).label


#: message id -> its English text (marked for the catalogue; translated when printed).
#: Field names come from the field registry (``domain.fields``); the rest is the
#: document's own furniture.
MESSAGES: dict[str, str] = {
    # document furniture
    "confidential": N_("CONFIDENTIAL"),
    "page_x_of_y": N_("Page {page} of {pages}"),
    "document_id": N_("Document ID"),
    "checksum": "SHA-256",
    "footer_notice": N_(
        "May contain personally identifying information protected by 34 U.S.C. 12291(b)(2). "
        "Do not copy or disclose further without the survivor's written consent."
    ),
    "generated": N_("Generated"),
    "prepared_by": N_("Prepared by"),
    "audience": N_("Audience"),
    "internal_use": N_("Internal use — {agency}"),
    "prepared_for": N_("Prepared for: {partner}"),
    "override_lead": N_("Released under supervisor override:"),
    "withheld_lead": N_("Withheld from {partner}: {categories}."),
    "withheld_text": N_(
        "No release of information from the survivor to {partner} in force on {date} covers "
        "these categories."
    ),
    "withheld_marker": N_("withheld — no release"),
    "none": "—",
    "yes": N_("Yes"),
    "no": N_("No"),
    # referral summary
    "title_summary": N_("Referral summary"),
    "case_number": _field("client", "case_number"),
    "referral_id": N_("Referral ID"),
    "sec_referral": N_("Referral"),
    "sec_history": N_("Status history"),
    "sec_client": N_("Client"),
    "sec_releases": N_("Releases of information in force"),
    "sec_housing": N_("Housing"),
    "sec_restitution": N_("Restitution"),
    "sec_notes": N_("Notes"),
    "sec_documents": N_("Documents on file"),
    "document_kind": N_("Kind of document"),
    "document_title": N_("Title"),
    "sec_signatures": N_("Signatures"),
    "status": _field("referral", "status"),
    "created": N_("Created"),
    "date": N_("Date"),
    "change": N_("Change"),
    "by": N_("By"),
    "expires_on_date": N_("expires {date}"),
    "signed": N_("Signed"),
    "exception_basis": N_("Exception: {basis}"),
    "no_releases": N_("No release of information is in force."),
    "no_releases_partner": N_("No release of information to {partner} is in force."),
    "funding": N_("Funding"),
    "start": N_("Start"),
    "move_in": N_("Move-in"),
    "exit": N_("Exit"),
    "expected_exit": N_("expected {date}"),
    "assistance": N_("Assistance"),
    "total_assistance": N_("Total assistance"),
    "no_placements": N_("No housing placements recorded."),
    "placement_safety": N_("Safety notes — {provider}"),
    "due": _field("restitution.steps", "due_on"),
    "collected": N_("Collected"),
    "disbursed": N_("Disbursed"),
    "balance": N_("Balance owed"),
    "no_restitution": N_("No restitution matters recorded."),
    "no_notes": N_("No notes recorded."),
    "sig_caseworker": N_("Caseworker"),
    "sig_supervisor": N_("Supervisor"),
    "sig_survivor": N_("Survivor (or guardian) acknowledgement"),
    "sig_name": N_("Printed name"),
    "sig_signature_date": N_("Signature and date"),
    "unknown_agency": N_("Unknown agency"),
    "unknown_user": N_("Unknown user"),
    # caseload report
    "title_caseload": N_("Caseload report"),
    "filter": N_("Filter"),
    "no_filter": N_("All referrals"),
    "referrals_listed": N_("Referrals listed"),
    "referrals_limited": N_("the first {listed} of {total} (too many to print: narrow the "
                            "filter to list them all)"),
    "overdue_count": N_("Overdue items"),
    "by_status": N_("Referrals by status"),
    "count": N_("Count"),
    "total": N_("Total"),
    "overdue_items": N_("Overdue items (due before {date})"),
    "no_overdue": N_("No overdue items."),
    "caseload": N_("Caseload"),
    "client": N_("Client"),
    "next_due": N_("Next due"),
    "partner": N_("Partner"),
    "worker": N_("Worker"),
    "overdue": N_("overdue"),
    "no_rows": N_("No referrals match this filter."),
    # release of information form (reports/release_form.py)
    "title_release": N_("Authorization to release information"),
    "rf_from": N_("Agency sharing the information"),
    "rf_to": N_("Agency receiving it"),
    "rf_survivor": N_("Survivor's name"),
    "rf_form_language": N_("Language of this form"),
    "rf_intro": N_(
        "I authorize {agency} to share the information I tick below with {partner}, "
        "only for the purpose written on this form and only until the date it ends. I may "
        "tick some, all or none of the boxes."),
    "rf_sec_categories": N_("Information I agree to share"),
    "rf_share": N_("Share"),
    "rf_category": N_("Information"),
    "rf_covers": N_("What it includes"),
    "rf_sec_purpose": N_("Purpose and end date"),
    "rf_purpose": N_("Purpose"),
    "rf_expires": N_("This authorization ends on"),
    "rf_expires_rule": N_("(at most one year after signing)"),
    "rf_sec_rights": N_("Your rights"),
    "rf_right_optional": N_(
        "You do not have to sign this form. The services {agency} gives you do not depend "
        "on whether you sign it or on what you tick."),
    "rf_right_revoke": N_(
        "You may take back (revoke) this authorization at any time, in writing or by "
        "telling us. It takes effect at once for anything not yet shared."),
    "rf_right_shared": N_(
        "Information shared before you took it back cannot be recalled."),
    "rf_right_one": N_(
        "This authorization is for {partner} only. Sharing with any other agency needs a "
        "new form."),
    "rf_right_copy": N_("You may keep a copy of this form."),
    "rf_sec_sign": N_("Signatures"),
    "rf_sign_survivor": N_("Survivor"),
    "rf_sign_guardian": N_(
        "Parent or guardian, if the survivor is a minor (not a person suspected of "
        "harming the survivor)"),
    "rf_sign_staff": N_("Staff member who explained this form"),
    "rf_signature": N_("Signature"),
    "rf_printed_name": N_("Printed name"),
}

def check_lang(lang: str) -> str:
    """Return ``lang`` if supported, else raise :class:`ValidationError`."""
    if lang not in LANGUAGES:
        raise ValidationError(N_("Reports can be printed in English (en) or Spanish (es)."),
                              field="lang")
    return lang


def t(lang: str, key: str, **values: object) -> str:
    """The message ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = translator(lang).gettext(MESSAGES[key])
    return text.format(**values) if values else text


def enum_label(lang: str, member: StrEnum) -> str:
    """Human label of an enum member in ``lang``, the one the screen shows
    (``domain.labels``), e.g. ``ReferralStatus.IN_PROGRESS`` -> "In progress"."""
    return translator(lang).gettext(vocabulary.source(member))


def field_name(lang: str, record: str, key: str) -> str:
    """The name of a field in ``lang``, as the screen calls it (``domain.fields``)."""
    return translator(lang).gettext(registry.field(record, key).label)


def code_label(lang: str, code: str) -> str:
    """A dashboard or due code ("housing_exit") in ``lang``, as the screen names it."""
    source = vocabulary.CODES.get(code)
    return translator(lang).gettext(source) if source is not None else code


def format_date(lang: str, value: date | None) -> str:
    """2026-11-23 (en) or 23/11/2026 (es); an em dash for no date."""
    if value is None:
        return t(lang, "none")
    if lang == "es":
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return moments.iso_day(value)


def format_datetime(lang: str, value: datetime, tz: tzinfo) -> str:
    """A stored UTC time shown in ``tz``: "2026-11-23 14:05 EST" (naive counts as UTC);
    in UTC when ``tz`` cannot represent it (a stamp near year 1 or 9999)."""
    local = moments.local(value, tz)
    return f"{format_date(lang, local.date())} {local:%H:%M} {zone_name(local)}"


def zone_name(value: datetime) -> str:
    """The zone abbreviation (EST), or the UTC offset when the zone has no name."""
    name = value.tzname() or ""
    if name and not name.startswith(("UTC+", "UTC-", "+", "-")):
        return name
    offset = value.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def yes_no(lang: str, value: bool) -> str:
    return t(lang, "yes" if value else "no")


def local_zone() -> tzinfo:
    """The computer's local time zone."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def resolve_clock(now: datetime | None, today: date | None,
                  tz: tzinfo | None) -> tuple[datetime, date, tzinfo]:
    """Defaults: now in UTC, the local zone, today's date in that zone."""
    zone = tz or local_zone()
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware (stored times are UTC)")
    return moment, today or moment.astimezone(zone).date(), zone
