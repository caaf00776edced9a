"""Transfers: agency keys, pinned partners, export, import and conflicts.

Nothing about a survivor is printed except by ``conflicts show`` (which is audited).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from nap_desktop.cli_commands.common import CliError, Env, table
from nap_desktop.domain import moments
from nap_desktop.i18n import _, ngettext
from nap_desktop.services.transfer import ImportResult, TransferService
from nap_desktop.store.atomic import write_private_file
from nap_desktop.transfer.importer import Action, ImportPlan
from nap_desktop.transfer.package import MAX_PACKAGE_BYTES


def register(sub: Any) -> None:
    keys = sub.add_parser("keys", help=_("your agency's transfer keys")).add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    p = keys.add_parser("card", help=_("write your public identity card and print its fingerprint"),
                        description=_("Send the card to partners; read the fingerprint to them "
                                    "by phone so they can verify it."))
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_keys_card)
    p = keys.add_parser("rotate", help=_("make new agency keys (old ones still open old packages)"))
    p.set_defaults(handler=cmd_keys_rotate)

    p = _partners_actions(sub).add_parser(
        "add", help=_("pin a partner's identity card after checking its fingerprint"),
        description=_("Refused unless FP is the fingerprint of the card, as the partner read it "
                    "to you on a number you already trust."))
    p.add_argument("--card", required=True, type=Path, metavar="FILE")
    p.add_argument("--fingerprint", required=True, metavar="FP")
    p.add_argument("--agency", metavar="ID", help=_("link to this directory entry (agency id)"))
    p.add_argument("--replace-verified-key", action="store_true",
                   help=_("confirm that this card replaces the partner's verified key "
                        "(refused without it; both fingerprints are shown)"))
    p.set_defaults(handler=cmd_partners_add)

    p = sub.add_parser("export", help=_("write an encrypted, signed package for a partner"))
    p.add_argument("--to", required=True, metavar="PARTNER", help=_("partner agency name or id"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.napx")
    p.add_argument("--referral", action="append", metavar="ID",
                   help=_("only this referral (repeatable; default: all with the partner)"))
    p.add_argument("--override-reason", metavar="TEXT",
                   help=_("supervisors: share everything, ignoring consent, for this reason"))
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help=_("import a package from a partner"))
    p.add_argument("file", type=Path, metavar="FILE.napx")
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would change; write nothing"))
    p.set_defaults(handler=cmd_import)

    conflicts = sub.add_parser("conflicts", help=_("records changed on both sides")).add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts.add_parser("list", help=_("conflicts waiting for a decision"))
    p.add_argument("--all", action="store_true", help=_("include resolved ones"))
    p.set_defaults(handler=cmd_conflicts_list)
    p = conflicts.add_parser("show", help=_("both versions of a conflict (shows case data)"))
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_conflicts_show)
    p = conflicts.add_parser("resolve", help=_("keep the local or the remote version"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", required=True, choices=["local", "remote"])
    p.set_defaults(handler=cmd_conflicts_resolve)


def _partners_actions(sub: Any) -> Any:
    """The ``partners`` command belongs to admin.py; add our action to it."""
    parser = sub.choices.get("partners")
    if parser is None:
        return sub.add_parser("partners", help=_("the partner agency directory")).add_subparsers(
            dest="partners_command", metavar="ACTION", required=True)
    for action in parser._actions:  # argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the partners command has no actions")


def _service(env: Env) -> tuple[Any, TransferService]:
    ws = env.workspace()
    return ws, TransferService(ws.ctx)


def write_private(path: Path, data: bytes) -> None:
    """Owner-only and atomic, through the store's one writer (``store.atomic``)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CliError(_("the folder {folder} does not exist").format(folder=folder))
    try:
        write_private_file(path, data)
    except OSError as exc:
        raise CliError(_("cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror)) from None


def read_bounded(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise CliError(_("{path} is larger than the {megabytes} MiB allowed").format(
                path=path, megabytes=limit // (1024 * 1024)))
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise CliError(_("cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror)) from None


def cmd_keys_card(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.identity_card()
    write_private(args.out, info.card + b"\n")
    print(_("Identity card written to {path} (key generation {generation}).").format(
        path=args.out, generation=info.generation))
    print(_("Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    return 0


def cmd_keys_rotate(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.rotate_keys()
    print(_("New agency keys (generation {generation}). Old keys are kept to open packages "
            "already sent to you.").format(generation=info.generation))
    print(_("New fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    print(_("Send your new card (nap keys card) to every partner and read them this "
            "fingerprint."))
    return 0


def cmd_partners_add(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.pin_partner(read_bounded(args.card, 64 * 1024), args.fingerprint, args.agency,
                           replace_verified=args.replace_verified_key)
    if info.replaced_fingerprint:
        print(_("Replaced the verified key of {name}: {old} -> {new}.").format(
            name=info.name, old=info.replaced_fingerprint, new=info.fingerprint))
    else:
        print(_("Pinned {name} with fingerprint {fingerprint}.").format(
            name=info.name, fingerprint=info.fingerprint))
    return 0


def cmd_export(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    partner = svc.find_partner(args.to)
    outcome = svc.export_to_file(partner.agency_id, Path(args.out), args.referral,
                                 args.override_reason)
    clients = ngettext("{n} client", "{n} clients", outcome.client_count).format(
        n=outcome.client_count)
    print(ngettext("Exported {n} record ({clients}) to {partner}: {path}",
                   "Exported {n} records ({clients}) to {partner}: {path}",
                   outcome.record_count).format(n=outcome.record_count, clients=clients,
                                                partner=partner.name, path=args.out))
    if outcome.withheld:
        print(_("Withheld (no active release covers it): {list}").format(list=", ".join(
            ngettext("{category} for {n} client", "{category} for {n} clients", n).format(
                category=cat, n=n)
            for cat, n in sorted(outcome.withheld.items()))))
    if args.override_reason:
        print(_("Supervisor override: consent was not applied; this was audited."))
    return 0


def _print_plan(plan: ImportPlan) -> None:
    print(_("Package {id} from {sender}, made {made}").format(
        id=plan.export_id, sender=plan.sender_name, made=plan.created_at))
    rows = [[action, str(n)] for action, n in plan.counts.items()]
    print(table(rows, [_("RECORDS"), _("COUNT")]))
    if plan.withheld:
        print(_("Withheld by the sender: {list}").format(list=", ".join(
            _("{category} for {n}").format(category=cat, n=n)
            for cat, n in sorted(plan.withheld.items()))))
    if plan.override_reason:
        print(_("The sender used a supervisor override (consent not applied)."))


def cmd_import(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    data = read_bounded(args.file, MAX_PACKAGE_BYTES)
    if args.dry_run:
        plan = svc.preview_import(data)
        if plan.already_imported:
            print(_("Package {id} was already imported: nothing would change.").format(
                id=plan.export_id))
            return 0
        _print_plan(plan)
        print(_("Dry run: nothing was written."))
        return 0
    result: ImportResult = svc.import_package(data)
    if result.applied:
        _print_plan(result.plan)
    print(result.message)
    if result.applied and result.plan.count(Action.CONFLICT):
        print(_("Some records changed on both sides: see `nap conflicts list`."))
    return 0


def cmd_conflicts_list(args: argparse.Namespace, env: Env) -> int:
    ws, svc = _service(env)
    rows = svc.conflicts(include_resolved=args.all)
    names = {a.id: a.name for a in ws.agencies.list()}
    print(table([[c.id, c.record_type, c.record_id, names.get(c.partner_agency_id, "?"),
                  moments.short_local(c.created_at),
                  c.resolution or _("open")] for c in rows],
                [_("CONFLICT"), _("TYPE"), _("RECORD"), _("PARTNER"), _("FOUND"), _("STATE")]))
    print(ngettext("{n} conflict", "{n} conflicts", len(rows)).format(n=len(rows)))
    return 0


def cmd_conflicts_show(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    c = svc.conflict(args.id)
    print(_("Conflict {id}: {type} {record} (package {package})").format(
        id=c.id, type=c.record_type, record=c.record_id, package=c.export_id))
    print(_("LOCAL version:"))
    print(json.dumps(json.loads(c.local_json)["data"], ensure_ascii=False, indent=2))
    print(_("REMOTE version:"))
    print(json.dumps(json.loads(c.remote_json)["data"], ensure_ascii=False, indent=2))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    c = svc.resolve_conflict(args.id, args.keep)
    kept = (_("Conflict {id} resolved: kept the local version.") if args.keep == "local"
            else _("Conflict {id} resolved: kept the remote version."))
    print(kept.format(id=c.id))
    return 0
