"""Reading the caseload: referrals list and show."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select

from nap_desktop.cli_commands.common import CliError, Env, print_json, table
from nap_desktop.domain import moments
from nap_desktop.domain.entities import Agency, CaseloadRow, CaseRecord, Referral, Release
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.rules import format_cents
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.models import ReferralRow


def caseload_filter(args: argparse.Namespace, env: Env, ws: Any) -> CaseloadFilter:
    return CaseloadFilter(
        statuses=frozenset(ReferralStatus(s) for s in args.status or []),
        partner_id=ws.agencies.find(args.partner).id if args.partner else None,
        assigned_user_id=ws.user.id if args.mine else None,
        overdue=args.overdue,
        awaiting_response=args.awaiting,
        search=args.search,
    )


def cmd_list(args: argparse.Namespace, env: Env) -> int:
    if args.limit < 1 or args.limit > 1000:
        raise CliError("--limit must be between 1 and 1000")
    ws = env.workspace()
    flt = caseload_filter(args, env, ws)
    rows = ws.queries.caseload_page(flt, offset=args.offset, limit=args.limit)
    total = ws.queries.caseload_count(flt)
    if args.show_names:
        audit_names_shown(ws, rows)
    if args.json:
        print_json(
            {
                "total": total,
                "rows": [
                    {k: v for k, v in jsonable(r).items() if args.show_names or k != "client_name"}
                    for r in rows
                ],
            }
        )
        return 0
    headers = [
        "REFERRAL",
        "CASE",
        *(["CLIENT"] if args.show_names else []),
        "STATUS",
        "PARTNER",
        "NEXT DUE",
        "UPDATED",
    ]
    body = [
        [
            r.referral_id[:8],
            r.case_number,
            *([r.client_name] if args.show_names else []),
            r.status.value,
            r.partner_name,
            moments.iso_day(r.next_due) if r.next_due else "",
            moments.short_local(r.updated_at),
        ]
        for r in rows
    ]
    print(table(body, headers))
    print(f"{len(rows)} of {total} referrals")
    return 0


def audit_names_shown(ws: Workspace, rows: list[CaseloadRow]) -> None:
    """Names listed in bulk are audited like ``referrals show``: one ``client.view`` per
    client, written (in one transaction) before any name is printed."""
    with ws.ctx.unit_of_work() as s:
        for client_id in dict.fromkeys(r.client_id for r in rows):
            ws.ctx.audit(
                s,
                "client.view",
                record_type="client",
                record_id=client_id,
                detail="cli referrals list --show-names",
            )


def find_referral_id(ws: Workspace, ident: str) -> str:
    """A referral id from a full id or a unique prefix of at least 8 characters."""
    if len(ident) < 8:
        raise CliError("give at least the first 8 characters of the referral id")
    with ws.ctx.read() as s:
        ids = list(
            s.scalars(select(ReferralRow.id).where(ReferralRow.id.startswith(ident)).limit(2))
        )
    if not ids:
        raise NotFound("No referral has that id.")
    if len(ids) > 1:
        raise CliError("that id prefix matches several referrals; give more characters")
    return ids[0]


def _find_referral(ws: Workspace, ident: str) -> tuple[CaseRecord, Referral]:
    referral_id = find_referral_id(ws, ident)
    with ws.ctx.read() as s:
        client_id = s.scalars(
            select(ReferralRow.client_id).where(ReferralRow.id == referral_id)
        ).one()
    case = ws.cases.get_case(client_id)
    return case, next(r for r in case.referrals if r.id == referral_id)


def cmd_show(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    case, referral = _find_referral(ws, args.id)
    with ws.ctx.unit_of_work() as s:
        ws.ctx.audit(
            s,
            "client.view",
            record_type="client",
            record_id=case.client.id,
            detail="cli referrals show",
        )
    if args.json:
        data = jsonable(case)
        data["referral"] = jsonable(referral)
        data.pop("agencies"), data.pop("users")
        print_json(data)
        return 0
    print(render_case(case, referral, ws.ctx.today()))
    return 0


def render_case(case: CaseRecord, referral: Referral, today: date) -> str:
    c, p = case.client, case.client.personal
    ag = case.agencies
    lines = [
        f"Case {c.case_number}   ({c.trafficking_type.value} trafficking)",
        f"Client: {p.legal_name}" + (f" (goes by {p.preferred_name})" if p.preferred_name else ""),
        f"Born: {p.date_of_birth or 'unknown'}{'  MINOR' if p.minor_on(today) else ''}",
        f"Languages: {', '.join(p.languages) or '-'}"
        f"{'  (interpreter needed)' if p.interpreter_needed else ''}",
        "",
        f"Referral {referral.id}",
        f"  {ag[referral.from_agency_id].name} -> {ag[referral.to_agency_id].name}",
        f"  Status: {referral.status.value}   Urgency: {referral.urgency.value}",
        f"  Services: {', '.join(sorted(s.value for s in referral.services))}",
    ]
    lines += [
        f"    {moments.short_local(h.at)}  {h.to_status.value}"
        + (f"  ({h.reason.value})" if h.reason else "")
        for h in referral.history
    ]
    lines += ["", "Releases of information:"]
    for r in case.releases:
        lines.append(
            f"  to {ag[r.recipient_agency_id].name}: {r.status.value}, until {r.expires_on}; "
            f"covers {', '.join(sorted(x.value for x in r.categories))}"
        )
        origin = release_origin(r, ag)
        if origin:
            lines.append(f"    {origin}")
    lines += ["", "Housing:"]
    lines += [
        f"  {pl.program_type.value} at {pl.provider}: {pl.status.value}; start "
        f"{pl.start_date or '-'}, move-in {pl.move_in_date or '-'}, exit {pl.exit_date or '-'}; "
        f"assistance {format_cents(pl.assistance_total_cents)}"
        for pl in case.placements
    ]
    lines += ["", "Restitution:"]
    for mt in case.restitution:
        t = mt.totals
        lines.append(
            f"  {mt.court}, {mt.docket_number}: ordered {format_cents(t.ordered_cents)}, "
            f"collected {format_cents(t.collected_cents)}, disbursed "
            f"{format_cents(t.disbursed_cents)}, balance {format_cents(t.balance_cents)}"
        )
        lines += [
            f"    [{st.status.value:>14}] {st.kind.value}"
            + (f" due {st.due_on}" if st.due_on else "")
            for st in mt.steps
        ]
    return "\n".join(lines)


def release_origin(release: Release, agencies: Mapping[str, Agency]) -> str:
    """"" for our own releases; else who recorded it and whether it counts for what we
    share (the Releases tab's label, in the CLI's English)."""
    if release.recorded_by_agency_id is None:
        return ""
    agency = agencies.get(release.recorded_by_agency_id)
    name = agency.name if agency else "another agency"
    if release.counts_for_our_consent:
        return f"recorded by {name} — confirmed here, used for what we share"
    return f"recorded by {name} — not used for what we share"


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value
