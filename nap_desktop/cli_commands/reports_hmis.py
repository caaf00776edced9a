"""`nap report hmis`: the HUD HMIS CSV export (issue #13)."""

from __future__ import annotations

import argparse
from datetime import date

from nap_desktop.cli_commands.common import CliError, Env
from nap_desktop.i18n import _, render


def _date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(_("{option} {value} is not a date in the calendar").format(
            option=option, value=value)) from None


def cmd_hmis(args: argparse.Namespace, env: Env) -> int:
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if end < start:
        raise CliError(_("--to is before --from; nothing was written"))
    out = args.out
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise CliError(_("{path} exists and is not an empty folder; nothing was written")
                       .format(path=out))
    ws = env.workspace()
    result = ws.hmis.export(out, fy=args.fy, start=start, end=end,
                            project_ids=args.project or None, include_names=args.names,
                            hash_names=args.hash)
    print(_("Wrote {n} HMIS CSV files (FY{fy}) and {zip} to {folder}: {clients} clients, "
            "{enrollments} enrollments.").format(
        n=len(result.files), fy=result.fy, zip=result.zip_file.name, folder=result.folder,
        clients=result.clients, enrollments=result.enrollments))
    for note in result.notes:
        print(render(note))
    print(_("These files hold survivors' records: keep them inside the agency (VAWA)."))
    return 0
