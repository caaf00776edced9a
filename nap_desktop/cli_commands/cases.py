"""Reading the caseload: referrals list and show."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from nap_desktop.cli_commands.common import CliError, Env, print_json, table
from nap_desktop.domain import moments
from nap_desktop.domain.entities import Agency, CaseloadRow, CaseRecord, Referral, Release
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.labels import REFERRAL_ACTIONS
from nap_desktop.domain.messages import Message
from nap_desktop.domain.rules import allowed_transitions, format_cents, referral_sides
from nap_desktop.domain.withheld import our_agency_id, withheld_from_us
from nap_desktop.i18n import N_, _, render
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace


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
        raise CliError(_("--limit must be between 1 and 1000"))
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
        _("REFERRAL"),
        _("CASE"),
        *([_("CLIENT")] if args.show_names else []),
        _("STATUS"),
        _("PARTNER"),
        _("NEXT DUE"),
        _("UPDATED"),
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
    print(_("{shown} of {total} referrals").format(shown=len(rows), total=total))
    return 0


def audit_names_shown(ws: Workspace, rows: list[CaseloadRow]) -> None:
    """Names listed in bulk are audited like ``referrals show``: one ``client.view`` per
    client, written (in one transaction) before any name is printed."""
    ws.cases.record_views((r.client_id for r in rows), detail="cli referrals list --show-names")


def find_referral(ws: Workspace, ident: str) -> tuple[str, str]:
    """``(referral id, client id)`` from a full id or a unique prefix of at least 8
    characters."""
    if len(ident) < 8:
        raise CliError(_("give at least the first 8 characters of the referral id"))
    found = ws.queries.referrals_by_id_prefix(ident, limit=2)
    if not found:
        raise NotFound(N_("No referral has that id."))
    if len(found) > 1:
        raise CliError(_("that id prefix matches several referrals; give more characters"))
    return found[0]


def find_referral_id(ws: Workspace, ident: str) -> str:
    """A referral id from a full id or a unique prefix of at least 8 characters."""
    return find_referral(ws, ident)[0]


def _find_referral(ws: Workspace, ident: str) -> tuple[CaseRecord, Referral]:
    referral_id, client_id = find_referral(ws, ident)
    case = ws.cases.get_case(client_id)
    return case, next(r for r in case.referrals if r.id == referral_id)


def cmd_show(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    case, referral = _find_referral(ws, args.id)
    ws.cases.record_views([case.client.id], detail="cli referrals show")
    if args.json:
        data = jsonable(case)
        data["referral"] = jsonable(referral)
        data.pop("agencies"), data.pop("users")
        print_json(data)
        return 0
    print(render_case(case, referral, ws.ctx.today()))
    return 0


def render_case(case: CaseRecord, referral: Referral, today: date) -> str:
    """The case as text; stored codes (statuses, kinds) are shown as the codes the
    command's options take."""
    c, p = case.client, case.client.personal
    ag = case.agencies
    client = _("Client: {name}").format(name=p.legal_name)
    if p.preferred_name:
        client += " " + _("(goes by {name})").format(name=p.preferred_name)
    languages = _("Languages: {languages}").format(languages=", ".join(p.languages) or "-")
    if p.interpreter_needed:
        languages += "  " + _("(interpreter needed)")
    born = _("Born: {date}").format(date=p.date_of_birth or _("unknown"))
    lines = [
        _("Case {number}   ({kind} trafficking)").format(number=c.case_number,
                                                        kind=c.trafficking_type.value),
        client,
        born + ("  " + _("MINOR") if p.minor_on(today) else ""),
        languages,
        "",
        _("Referral {id}").format(id=referral.id),
        f"  {ag[referral.from_agency_id].name} -> {ag[referral.to_agency_id].name}",
        "  " + _("Status: {status}   Urgency: {urgency}").format(
            status=referral.status.value, urgency=referral.urgency.value),
        "  " + _("Services: {services}").format(
            services=", ".join(sorted(s.value for s in referral.services))),
        "  " + next_steps(case, referral),
    ]
    earlier = next((r for r in case.referrals if r.id == referral.follows_id), None)
    if earlier is not None:  # the chain: received from the FBI, sent on to the shelter
        lines.append("  " + _("Follows from referral {id} ({sender} -> {receiver})").format(
            id=earlier.id[:8], sender=ag[earlier.from_agency_id].name,
            receiver=ag[earlier.to_agency_id].name))
    lines += [
        f"    {moments.short_local(h.at)}  {h.to_status.value}"
        + (f"  ({h.reason.value})" if h.reason else "")
        for h in referral.history
    ]
    lines += withheld_lines(case)
    lines += ["", _("Releases of information:")]
    for r in case.releases:
        lines.append("  " + _("to {agency}: {status}, until {date}; covers {categories}").format(
            agency=ag[r.recipient_agency_id].name, status=r.status.value, date=r.expires_on,
            categories=", ".join(sorted(x.value for x in r.categories))))
        origin = release_origin(r, ag)
        if origin:
            lines.append(f"    {origin}")
    lines += ["", _("Housing:")]
    lines += [
        "  " + _("{program} at {provider}: {status}; start {start}, move-in {move_in}, exit "
                 "{exit}; assistance {assistance}").format(
            program=pl.program_type.value, provider=pl.provider, status=pl.status.value,
            start=pl.start_date or "-", move_in=pl.move_in_date or "-",
            exit=pl.exit_date or "-", assistance=format_cents(pl.assistance_total_cents))
        for pl in case.placements
    ]
    lines += ["", _("Restitution:")]
    for mt in case.restitution:
        t = mt.totals
        lines.append("  " + _(
            "{court}, {docket}: ordered {ordered}, collected {collected}, disbursed "
            "{disbursed}, balance {balance}").format(
            court=mt.court, docket=mt.docket_number, ordered=format_cents(t.ordered_cents),
            collected=format_cents(t.collected_cents),
            disbursed=format_cents(t.disbursed_cents), balance=format_cents(t.balance_cents)))
        lines += [
            f"    [{st.status.value:>14}] {st.kind.value}"
            + (" " + _("due {date}").format(date=st.due_on) if st.due_on else "")
            for st in mt.steps
        ]
    return "\n".join(lines)


def next_steps(case: CaseRecord, referral: Referral) -> str:
    """The status changes our side of the referral may make now (docs/referral-actions.md)."""
    sides = referral_sides(referral.from_agency_id, referral.to_agency_id, our_agency_id(case))
    allowed = allowed_transitions(referral.status, sides)
    names = [render(Message(REFERRAL_ACTIONS[t.value])) for t in ReferralStatus if t in allowed]
    return _("Our next steps: {actions}").format(actions=", ".join(names) or "-")


def withheld_lines(case: CaseRecord) -> list[str]:
    """Which categories each sending partner withheld from us (no release of its covers
    them), so that a blank here is not read as "none": ``domain.withheld``."""
    by_sender: dict[str, list[str]] = {}
    for category, senders in withheld_from_us(case).items():
        for sender in senders:
            by_sender.setdefault(sender, []).append(category.value)
    lines = []
    for sender, categories in by_sender.items():
        agency = case.agencies.get(sender)
        lines.append("  " + _("Withheld by {agency} (no release): {categories}").format(
            agency=agency.name if agency else _("another agency"),
            categories=", ".join(categories)))
    return lines


def release_origin(release: Release, agencies: Mapping[str, Agency]) -> str:
    """"" for our own releases; else who recorded it and whether it counts for what we
    share (the Releases tab's label)."""
    if release.recorded_by_agency_id is None:
        return ""
    agency = agencies.get(release.recorded_by_agency_id)
    name = agency.name if agency else _("another agency")
    if release.counts_for_our_consent:
        return _("recorded by {agency} — confirmed here, used for what we share").format(
            agency=name)
    return _("recorded by {agency} — not used for what we share").format(agency=name)


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
