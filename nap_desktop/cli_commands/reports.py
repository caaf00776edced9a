"""Printed documents: referral summaries and caseload reports (PDF)."""

from __future__ import annotations

import argparse

from nap_desktop.cli_commands.cases import caseload_filter, find_referral_id
from nap_desktop.cli_commands.common import CliError, Env
from nap_desktop.store.atomic import write_private_file


def cmd_summary(args: argparse.Namespace, env: Env) -> int:
    if args.override_reason is not None and not args.partner:
        raise CliError("--override-reason applies only to a summary --for a partner")
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
    write_private_file(args.out, result.pdf)
    withheld = ", ".join(result.withheld) or "nothing"
    print(
        f"Wrote {args.out} ({result.pages} pages; document {result.document_id}; "
        f"withheld: {withheld})."
    )
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
    write_private_file(args.out, result.pdf)
    if result.row_count < result.total_count:
        print(f"Wrote {args.out} ({result.pages} pages): the first {result.row_count:,} of "
              f"{result.total_count:,} referrals are listed; narrow the filter to list them "
              "all.")
    else:
        print(f"Wrote {args.out} ({result.pages} pages, {result.row_count} referrals).")
    return 0
