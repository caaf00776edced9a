"""Transfers: agency keys, pinned partners, export and import (conflicts:
``cli_commands.conflicts``). Nothing about a survivor is printed here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nap_desktop.cli_commands.common import CliError, Env, table
from nap_desktop.i18n import _, ngettext
from nap_desktop.services.locations import save_private_file
from nap_desktop.services.transfer.imports import ImportResult
from nap_desktop.transfer.importer import Action, ImportPlan
from nap_desktop.transfer.package import MAX_PACKAGE_BYTES


def write_private(path: Path, data: bytes) -> None:
    """Owner-only and atomic (``services.locations.save_private_file``)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CliError(_("the folder {folder} does not exist").format(folder=folder))
    try:
        save_private_file(path, data)
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
    svc = env.workspace().identity
    info = svc.identity_card()
    write_private(args.out, info.card + b"\n")
    print(_("Identity card written to {path} (key generation {generation}).").format(
        path=args.out, generation=info.generation))
    print(_("Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    return 0


def cmd_keys_rotate(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().identity
    info = svc.rotate_keys()
    print(_("New agency keys (generation {generation}). Old keys are kept to open packages "
            "already sent to you.").format(generation=info.generation))
    print(_("New fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    print(_("Send your new card (nap keys card) to every partner and read them this "
            "fingerprint."))
    return 0


def cmd_partners_add(args: argparse.Namespace, env: Env) -> int:
    svc = env.workspace().identity
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
    ws = env.workspace()
    partner = ws.identity.find_partner(args.to)
    outcome = ws.exports.export_to_file(partner.agency_id, Path(args.out), args.referral,
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
    svc = env.workspace().imports
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
