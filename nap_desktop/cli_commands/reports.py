"""Printed documents: referral summaries, caseload reports and release forms (PDF)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from nap_desktop.cli_commands.cases import caseload_filter, find_referral_id
from nap_desktop.cli_commands.common import CliError, Env
from nap_desktop.i18n import _, ngettext
from nap_desktop.services.locations import save_private_file

if TYPE_CHECKING:
    from nap_desktop.reports.grants.model import GrantReport


def cmd_summary(args: argparse.Namespace, env: Env) -> int:
    if args.override_reason is not None and not args.partner:
        raise CliError(_("--override-reason applies only to a summary --for a partner"))
    ws = env.workspace()
    referral_id = find_referral_id(ws, args.referral)
    partner_id = ws.agencies.find(args.partner).id if args.partner else None
    result = ws.reports.referral_summary(
        referral_id,
        partner_id=partner_id,
        override_reason=args.override_reason,
        lang=args.lang,
        include_notes=args.notes,
    )
    save_private_file(args.out, result.pdf)
    withheld = ", ".join(result.withheld) or _("nothing")
    print(ngettext("Wrote {path} ({pages} page; document {document}; withheld: {withheld}).",
                   "Wrote {path} ({pages} pages; document {document}; withheld: {withheld}).",
                   result.pages).format(path=args.out, pages=result.pages,
                                        document=result.document_id, withheld=withheld))
    return 0


def _search_words(search: str, *, discreet: bool) -> str:
    """The search in the report's heading; in discreet mode (the search is often a name)
    only that there was one, as the desktop's report says."""
    if not search.strip():
        return ""
    return "a search (hidden in discreet mode)" if discreet else f"search “{search.strip()}”"


def cmd_caseload(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    flt = caseload_filter(args, env, ws)
    words = [
        f"status {', '.join(args.status)}" if args.status else "",
        f"partner {args.partner}" if args.partner else "",
        "my cases" if args.mine else "",
        "overdue" if args.overdue else "",
        "awaiting response" if args.awaiting else "",
        _search_words(args.search, discreet=args.discreet),
    ]
    description = "; ".join(w for w in words if w) or "all referrals"
    result = ws.reports.caseload_report(
        flt, description=description, lang=args.lang, discreet=args.discreet
    )
    save_private_file(args.out, result.pdf)
    if result.row_count < result.total_count:
        print(ngettext(
            "Wrote {path} ({pages} page): the first {rows:,} of {total:,} referrals are "
            "listed; narrow the filter to list them all.",
            "Wrote {path} ({pages} pages): the first {rows:,} of {total:,} referrals are "
            "listed; narrow the filter to list them all.", result.pages).format(
            path=args.out, pages=result.pages, rows=result.row_count, total=result.total_count))
    else:
        print(ngettext("Wrote {path} ({pages} page, {rows} referrals).",
                       "Wrote {path} ({pages} pages, {rows} referrals).", result.pages).format(
            path=args.out, pages=result.pages, rows=result.row_count))
    return 0


def cmd_release_form(args: argparse.Namespace, env: Env) -> int:
    if args.print_name and not args.case:
        raise CliError(_("--print-name needs --case"))
    ws = env.workspace()
    partner_id = ws.agencies.find(args.partner).id
    result = ws.reports.release_form(partner_id, lang=args.lang, client_id=args.case,
                                     print_name=args.print_name)
    save_private_file(args.out, result.pdf)
    print(ngettext("Wrote {path} ({pages} page; document {document}).",
                   "Wrote {path} ({pages} pages; document {document}).",
                   result.pages).format(path=args.out, pages=result.pages,
                                        document=result.document_id))
    return 0


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CliError(_("{option} {value}: not a date; write it as YYYY-MM-DD").format(
            option=option, value=value)) from None


def cmd_grant_report(args: argparse.Namespace, env: Env) -> int:
    """``nap report voca|tims|quality``: compute, write (audited), say what was written.
    Bad dates or an impossible period stop before the vault is opened; nothing is written."""
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    fmt = args.format or ("csv" if args.out.suffix.lower() == ".csv" else "pdf")
    if args.outside and args.grant_report == "quality":
        raise CliError(_("--outside: the data-quality report lists case numbers and stays "
                         "inside the agency"))
    from nap_desktop.services.grant_reports import check_period

    check_period(start, end)
    ws = env.workspace()
    service = ws.grant_reports
    report: GrantReport
    if args.grant_report == "quality":
        report = service.data_quality(start, end)
    else:
        compute = service.voca if args.grant_report == "voca" else service.tims
        report = compute(start, end, funding_source_id=args.funding)
    result = service.write(report, args.out, fmt=fmt, lang=args.lang, for_outside=args.outside)
    print(_("Wrote {path} ({fmt}, {size} bytes, SHA-256 {sha256}).").format(
        path=args.out, fmt=fmt.upper(), size=result.size, sha256=result.sha256))
    return 0
