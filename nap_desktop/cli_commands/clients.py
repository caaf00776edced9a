"""Duplicate clients from the command line: list possible duplicates, merge, undo."""

from __future__ import annotations

import argparse

from nap_desktop.cli_commands.common import CliError, Env, print_json, table
from nap_desktop.domain.duplicates import REASON_LABELS, Reason
from nap_desktop.domain.errors import NotFound
from nap_desktop.i18n import N_, _, ngettext
from nap_desktop.services.duplicates import Candidate
from nap_desktop.services.workspace import Workspace


def _reasons(reasons: tuple[Reason, ...]) -> str:
    return ", ".join(_(REASON_LABELS[r]) for r in reasons)


def _client_id(ws: Workspace, case_number: str) -> str:
    found = ws.duplicates.client_id_for(case_number)
    if found is None:
        raise NotFound(N_("No case has the number {case}."), case=case_number)
    return found


def _who(c: Candidate, show_names: bool) -> list[str]:
    if not show_names:
        return []
    born = c.date_of_birth.isoformat() if c.date_of_birth else ""
    return [" / ".join(n for n in (c.legal_name, c.preferred_name) if n), born]


def cmd_duplicates(args: argparse.Namespace, env: Env) -> int:
    """``nap clients duplicates [--case N]``: one case's possible duplicates, or (for
    supervisors) the likeliest pairs across the caseload. Names only with
    --show-names, and then every client listed is recorded as viewed first."""
    ws = env.workspace()
    names = args.show_names
    name_head = [_("NAME"), _("BORN")] if names else []
    if args.case:
        found = ws.duplicates.for_case(_client_id(ws, args.case), show_names=names)
        if args.json:
            print_json([{"case": c.case_number, "score": c.score,
                         "reasons": [r.value for r in c.reasons],
                         **({"legal_name": c.legal_name, "preferred_name": c.preferred_name,
                             "date_of_birth": c.date_of_birth} if names else {})}
                        for c in found])
            return 0
        print(table([[c.case_number, f"{c.score:.2f}", *_who(c, names), _reasons(c.reasons)]
                     for c in found], [_("CASE"), _("SCORE"), *name_head, _("WHY")]))
        print(ngettext("{n} possible duplicate of {case}", "{n} possible duplicates of {case}",
                       len(found)).format(n=len(found), case=args.case))
        return 0
    pairs = ws.duplicates.caseload_pairs(show_names=names)
    if args.json:
        print_json([{"cases": [p.first.case_number, p.second.case_number], "score": p.score,
                     "reasons": [r.value for r in p.reasons]} for p in pairs])
        return 0
    print(table([[p.first.case_number, *_who(p.first, names), p.second.case_number,
                  *_who(p.second, names), f"{p.score:.2f}", _reasons(p.reasons)]
                 for p in pairs],
                [_("CASE"), *name_head, _("CASE"), *name_head, _("SCORE"), _("WHY")]))
    print(ngettext("{n} likely pair", "{n} likely pairs", len(pairs)).format(n=len(pairs)))
    return 0


def cmd_merge(args: argparse.Namespace, env: Env) -> int:
    """``nap clients merge KEEP OTHER --reason TEXT [--take FIELD ...]``."""
    ws = env.workspace()
    keep, other = _client_id(ws, args.keep), _client_id(ws, args.other)
    record = ws.merges.merge(keep, other, reason=args.reason,
                             take_from_other=frozenset(args.take or ()))
    print(_("Merged {other} into {keep}. To undo: nap clients unmerge {merge}").format(
        other=args.other, keep=args.keep, merge=record.id))
    return 0


def cmd_unmerge(args: argparse.Namespace, env: Env) -> int:
    """``nap clients unmerge MERGE_ID``."""
    ws = env.workspace()
    if len(args.merge) < 8:
        raise CliError(_("give the merge id that nap clients merge printed"))
    record = ws.merges.unmerge(args.merge)
    print(_("Merge undone: {case} is a case of its own again.").format(
        case=record.other_case_number))
    return 0
