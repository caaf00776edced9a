"""Transfers: agency keys, pinned partners, export, import and conflicts.

Nothing about a survivor is printed except by ``conflicts show`` (which is audited).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nap_desktop.cli_commands.common import CliError, Env, table
from nap_desktop.domain import moments
from nap_desktop.services.transfer.imports import ImportResult
from nap_desktop.store.atomic import write_private_file
from nap_desktop.transfer.importer import Action, ImportPlan
from nap_desktop.transfer.package import MAX_PACKAGE_BYTES


def write_private(path: Path, data: bytes) -> None:
    """Owner-only and atomic, through the store's one writer (``store.atomic``)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CliError(f"the folder {folder} does not exist")
    try:
        write_private_file(path, data)
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
    svc = env.workspace().identity
    info = svc.identity_card()
    write_private(args.out, info.card + b"\n")
    print(f"Identity card written to {args.out} (key generation {info.generation}).")
    print(f"Fingerprint: {info.fingerprint}")
    return 0


def cmd_keys_rotate(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().identity
    info = svc.rotate_keys()
    print(f"New agency keys (generation {info.generation}). Old keys are kept to open "
          "packages already sent to you.")
    print(f"New fingerprint: {info.fingerprint}")
    print("Send your new card (nap keys card) to every partner and read them this fingerprint.")
    return 0


def cmd_partners_add(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().identity
    info = svc.pin_partner(read_bounded(args.card, 64 * 1024), args.fingerprint, args.agency,
                           replace_verified=args.replace_verified_key)
    if info.replaced_fingerprint:
        print(f"Replaced the verified key of {info.name}: {info.replaced_fingerprint} "
              f"-> {info.fingerprint}.")
    else:
        print(f"Pinned {info.name} with fingerprint {info.fingerprint}.")
    return 0


def cmd_export(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    partner = ws.identity.find_partner(args.to)
    outcome = ws.exports.export_to_file(partner.agency_id, Path(args.out), args.referral,
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
    svc = env.workspace().imports
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
    ws = env.workspace()
    svc = ws.imports
    rows = svc.conflicts(include_resolved=args.all)
    names = {a.id: a.name for a in ws.agencies.list()}
    print(table([[c.id, c.record_type, c.record_id, names.get(c.partner_agency_id, "?"),
                  moments.short_local(c.created_at),
                  c.resolution or "open"] for c in rows],
                ["CONFLICT", "TYPE", "RECORD", "PARTNER", "FOUND", "STATE"]))
    print(f"{len(rows)} conflict{'s' if len(rows) != 1 else ''}")
    return 0


def cmd_conflicts_show(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().imports
    c = svc.conflict(args.id)
    print(f"Conflict {c.id}: {c.record_type} {c.record_id} (package {c.export_id})")
    print("LOCAL version:")
    print(json.dumps(json.loads(c.local_json)["data"], ensure_ascii=False, indent=2))
    print("REMOTE version:")
    print(json.dumps(json.loads(c.remote_json)["data"], ensure_ascii=False, indent=2))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().imports
    c = svc.resolve_conflict(args.id, args.keep)
    print(f"Conflict {c.id} resolved: kept the {args.keep} version.")
    return 0
