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
from nap_desktop.services.locations import save_private_file
from nap_desktop.services.transfer import ImportResult, TransferService
from nap_desktop.transfer.importer import Action, ImportPlan
from nap_desktop.transfer.package import MAX_PACKAGE_BYTES


def register(sub: Any) -> None:
    keys = sub.add_parser("keys", help="your agency's transfer keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    p = keys.add_parser("card", help="write your public identity card and print its fingerprint",
                        description="Send the card to partners; read the fingerprint to them "
                                    "by phone so they can verify it.")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_keys_card)
    p = keys.add_parser("rotate", help="make new agency keys (old ones still open old packages)")
    p.set_defaults(handler=cmd_keys_rotate)

    p = _partners_actions(sub).add_parser(
        "add", help="pin a partner's identity card after checking its fingerprint",
        description="Refused unless FP is the fingerprint of the card, as the partner read it "
                    "to you on a number you already trust.")
    p.add_argument("--card", required=True, type=Path, metavar="FILE")
    p.add_argument("--fingerprint", required=True, metavar="FP")
    p.add_argument("--agency", metavar="ID", help="link to this directory entry (agency id)")
    p.add_argument("--replace-verified-key", action="store_true",
                   help="confirm that this card replaces the partner's verified key "
                        "(refused without it; both fingerprints are shown)")
    p.set_defaults(handler=cmd_partners_add)

    p = sub.add_parser("export", help="write an encrypted, signed package for a partner")
    p.add_argument("--to", required=True, metavar="PARTNER", help="partner agency name or id")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.napx")
    p.add_argument("--referral", action="append", metavar="ID",
                   help="only this referral (repeatable; default: all with the partner)")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="supervisors: share everything, ignoring consent, for this reason")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import a package from a partner")
    p.add_argument("file", type=Path, metavar="FILE.napx")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.set_defaults(handler=cmd_import)

    conflicts = sub.add_parser("conflicts", help="records changed on both sides").add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts.add_parser("list", help="conflicts waiting for a decision")
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.set_defaults(handler=cmd_conflicts_list)
    p = conflicts.add_parser("show", help="both versions of a conflict (shows case data)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_conflicts_show)
    p = conflicts.add_parser("resolve", help="keep the local or the remote version")
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", required=True, choices=["local", "remote"])
    p.set_defaults(handler=cmd_conflicts_resolve)


def _partners_actions(sub: Any) -> Any:
    """The ``partners`` command belongs to admin.py; add our action to it."""
    parser = sub.choices.get("partners")
    if parser is None:
        return sub.add_parser("partners", help="the partner agency directory").add_subparsers(
            dest="partners_command", metavar="ACTION", required=True)
    for action in parser._actions:  # argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the partners command has no actions")


def _service(env: Env) -> tuple[Any, TransferService]:
    ws = env.workspace()
    return ws, TransferService(ws.ctx)


def write_private(path: Path, data: bytes) -> None:
    """Owner-only and atomic (``services.locations.save_private_file``)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CliError(f"the folder {folder} does not exist")
    try:
        save_private_file(path, data)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None


def read_bounded(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise CliError(f"{path} is larger than the {limit // (1024 * 1024)} MiB allowed")
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None


def cmd_keys_card(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.identity_card()
    write_private(args.out, info.card + b"\n")
    print(f"Identity card written to {args.out} (key generation {info.generation}).")
    print(f"Fingerprint: {info.fingerprint}")
    return 0


def cmd_keys_rotate(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.rotate_keys()
    print(f"New agency keys (generation {info.generation}). Old keys are kept to open "
          "packages already sent to you.")
    print(f"New fingerprint: {info.fingerprint}")
    print("Send your new card (nap keys card) to every partner and read them this fingerprint.")
    return 0


def cmd_partners_add(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    info = svc.pin_partner(read_bounded(args.card, 64 * 1024), args.fingerprint, args.agency,
                           replace_verified=args.replace_verified_key)
    if info.replaced_fingerprint:
        print(f"Replaced the verified key of {info.name}: {info.replaced_fingerprint} "
              f"-> {info.fingerprint}.")
    else:
        print(f"Pinned {info.name} with fingerprint {info.fingerprint}.")
    return 0


def cmd_export(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    partner = svc.find_partner(args.to)
    outcome = svc.export_to_file(partner.agency_id, Path(args.out), args.referral,
                                 args.override_reason)
    clients = f"{outcome.client_count} client{'s' if outcome.client_count != 1 else ''}"
    print(f"Exported {outcome.record_count} records ({clients}) to {partner.name}: {args.out}")
    if outcome.withheld:
        print("Withheld (no active release covers it): " + ", ".join(
            f"{cat} for {n} client{'s' if n != 1 else ''}"
            for cat, n in sorted(outcome.withheld.items())))
    if args.override_reason:
        print("Supervisor override: consent was not applied; this was audited.")
    return 0


def _print_plan(plan: ImportPlan) -> None:
    print(f"Package {plan.export_id} from {plan.sender_name}, made {plan.created_at}")
    rows = [[action, str(n)] for action, n in plan.counts.items()]
    print(table(rows, ["RECORDS", "COUNT"]))
    if plan.withheld:
        print("Withheld by the sender: " + ", ".join(
            f"{cat} for {n}" for cat, n in sorted(plan.withheld.items())))
    if plan.override_reason:
        print("The sender used a supervisor override (consent not applied).")


def cmd_import(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    data = read_bounded(args.file, MAX_PACKAGE_BYTES)
    if args.dry_run:
        plan = svc.preview_import(data)
        if plan.already_imported:
            print(f"Package {plan.export_id} was already imported: nothing would change.")
            return 0
        _print_plan(plan)
        print("Dry run: nothing was written.")
        return 0
    result: ImportResult = svc.import_package(data)
    if result.applied:
        _print_plan(result.plan)
    print(result.message)
    if result.applied and result.plan.count(Action.CONFLICT):
        print("Some records changed on both sides: see `nap conflicts list`.")
    return 0


def cmd_conflicts_list(args: argparse.Namespace, env: Env) -> int:
    ws, svc = _service(env)
    rows = svc.conflicts(include_resolved=args.all)
    names = {a.id: a.name for a in ws.agencies.list()}
    print(table([[c.id, c.record_type, c.record_id, names.get(c.partner_agency_id, "?"),
                  moments.short_local(c.created_at),
                  c.resolution or "open"] for c in rows],
                ["CONFLICT", "TYPE", "RECORD", "PARTNER", "FOUND", "STATE"]))
    print(f"{len(rows)} conflict{'s' if len(rows) != 1 else ''}")
    return 0


def cmd_conflicts_show(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    c = svc.conflict(args.id)
    print(f"Conflict {c.id}: {c.record_type} {c.record_id} (package {c.export_id})")
    print("LOCAL version:")
    print(json.dumps(json.loads(c.local_json)["data"], ensure_ascii=False, indent=2))
    print("REMOTE version:")
    print(json.dumps(json.loads(c.remote_json)["data"], ensure_ascii=False, indent=2))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace, env: Env) -> int:
    _ws, svc = _service(env)
    c = svc.resolve_conflict(args.id, args.keep)
    print(f"Conflict {c.id} resolved: kept the {args.keep} version.")
    return 0
