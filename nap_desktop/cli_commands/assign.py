"""``nap cases assign``: assign cases to a worker, with a reason (issue #11)."""

from __future__ import annotations

import argparse

from nap_desktop.cli_commands.common import Env
from nap_desktop.i18n import ngettext


def cmd_assign(args: argparse.Namespace, env: Env) -> int:
    """Assign every case named (by case number) to ``--to``, all or nothing."""
    ws = env.workspace()
    client_ids = ws.assignments.find_cases(args.cases)
    worker = ws.assignments.find_worker(args.to)
    assigned = ws.assignments.assign(client_ids, worker, reason=args.reason)
    name = next((u.display_name for u in ws.assignments.workers() if u.id == worker), args.to)
    print(ngettext("Assigned {n} case to {name}.", "Assigned {n} cases to {name}.",
                   len(assigned)).format(n=len(assigned), name=name))
    return 0
