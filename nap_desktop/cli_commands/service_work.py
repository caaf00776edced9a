"""``nap services add|list``, ``nap tasks [--ics FILE]``, ``nap funding list|add``
(issue #13). A case's services print their category, not their note; the calendar file
names the task kind and the case number only."""

from __future__ import annotations

import argparse
from datetime import date

from nap_desktop.cli_commands.common import Env, print_json, table
from nap_desktop.cli_commands.docs import label_of
from nap_desktop.cli_commands.transfer import write_private
from nap_desktop.domain import services_entities as se
from nap_desktop.i18n import _, language, ngettext


def cmd_services_add(args: argparse.Namespace, env: Env) -> int:
    """Record a service on CASE."""
    ws = env.workspace()
    client_id = ws.assignments.find_cases([args.case])[0]
    partner = args.partner_referral is not None
    record = ws.services.add(client_id, se.ServiceInput(
        provided_on=date.fromisoformat(args.date), category=args.category,
        provider="partner" if partner else "staff", referral_id=args.partner_referral,
        mode=args.mode, minutes=args.minutes, funding_source_id=args.funding,
        status=args.status, note=args.note))
    print(_("Recorded service {id}: {category}, {day}, {minutes} min.").format(
        id=record.id, category=label_of(record.category),
        day=record.provided_on.isoformat(), minutes=record.minutes))
    return 0


def cmd_services_list(args: argparse.Namespace, env: Env) -> int:
    """CASE's services, newest first; voided and corrected ones marked."""
    ws = env.workspace()
    client_id = ws.assignments.find_cases([args.case])[0]
    records = ws.services.list_for_client(client_id)
    if args.json:
        print_json([{"id": r.id, "date": r.provided_on.isoformat(),
                     "category": r.category.value, "status": r.status.value,
                     "mode": r.mode.value, "minutes": r.minutes, "provider": r.provider.value,
                     "provided_by": r.provided_by_name, "funding_source_id":
                     r.funding_source_id, "voided": r.voided, "corrected": r.corrected}
                    for r in records])
        return 0
    if not records:
        print(_("No services recorded on this case."))
        return 0
    rows = [[r.provided_on.isoformat(), label_of(r.category), label_of(r.status),
             str(r.minutes), r.provided_by_name,
             _("voided") if r.voided else _("corrected") if r.corrected else "", r.id]
            for r in records]
    print(table(rows, [_("Date"), _("Service"), _("Status"), _("Minutes"), _("Provided by"),
                       _("Note"), _("Id")]))
    return 0


def cmd_tasks(args: argparse.Namespace, env: Env) -> int:
    """My tasks (or the team's), overdue first; ``--ics FILE`` writes my task dates."""
    ws = env.workspace()
    if args.ics is not None:
        data = ws.tasks.ics(lang=language())
        write_private(args.ics, data)
        count = data.count(b"BEGIN:VEVENT")
        print(ngettext("Wrote {n} task date to {path}.", "Wrote {n} task dates to {path}.",
                       count).format(n=count, path=args.ics))
        return 0
    items = ws.tasks.team() if args.team else ws.tasks.mine()
    if args.json:
        print_json([{"key": i.key, "kind": i.kind.value, "due_on": i.due_on.isoformat(),
                     "overdue": i.overdue, "case_number": i.case_number,
                     "worker": i.worker_name, "record_type": i.record_type,
                     "record_id": i.record_id, "task_id": i.task_id} for i in items])
        return 0
    if not items:
        print(_("No open tasks."))
        return 0
    rows = [[i.due_on.isoformat(), _("overdue") if i.overdue else "", label_of(i.kind),
             i.case_number, i.worker_name] for i in items]
    print(table(rows, [_("Due"), "", _("Task"), _("Case"), _("Worker")]))
    return 0


def cmd_funding_list(args: argparse.Namespace, env: Env) -> int:
    """Funding sources."""
    ws = env.workspace()
    sources = ws.funding.sources()
    if args.json:
        print_json([{"id": f.id, "funder": f.funder.value, "name": f.name,
                     "award_number": f.award_number,
                     "period_start": f.period_start.isoformat() if f.period_start else None,
                     "period_end": f.period_end.isoformat() if f.period_end else None,
                     "active": f.active} for f in sources])
        return 0
    if not sources:
        print(_("No funding sources yet."))
        return 0
    rows = [[label_of(f.funder), f.name, f.award_number,
             f.period_start.isoformat() if f.period_start else "",
             f.period_end.isoformat() if f.period_end else "",
             "" if f.active else _("inactive"), f.id] for f in sources]
    print(table(rows, [_("Funder"), _("Name"), _("Award"), _("From"), _("To"), _("Status"),
                       _("Id")]))
    return 0


def cmd_funding_add(args: argparse.Namespace, env: Env) -> int:
    """Add a funding source (supervisors)."""
    ws = env.workspace()
    saved = ws.funding.save_source(se.FundingSourceInput(
        funder=args.funder, name=args.name, award_number=args.award,
        period_start=date.fromisoformat(args.start) if args.start else None,
        period_end=date.fromisoformat(args.end) if args.end else None))
    print(_("Added funding source {id}: {name}.").format(id=saved.id, name=saved.name))
    return 0
