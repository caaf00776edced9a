"""The grammar of ``nap``: every command, its arguments and its help, and nothing that
runs them.

Building the parser imports only argparse, the domain's enums and the catalogue, so that
``nap --version`` and a mistyped command answer at once. Each command's handler is named
here as ``run(module, function)`` and imported from ``nap_desktop.cli_commands.<module>``
only when that command runs: opening a vault needs SQLAlchemy, the transfer code needs
the cryptography, the reports need reportlab, and none of them is needed to read help.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nap_desktop.domain.enums import (
    AgencyKind,
    DocumentKind,
    ReferralDirection,
    ReferralStatus,
    Role,
    ServiceType,
    Urgency,
)
from nap_desktop.i18n import _

if TYPE_CHECKING:
    from nap_desktop.cli_commands.common import Env

#: What ``add_subparsers`` returns (argparse does not name its type publicly).
Subcommands = Any

#: The most referrals ``nap demo`` adds in one run (``services.demo.MAX_DEMO_REFERRALS``,
#: repeated here so that the help does not import the demo generator; a test keeps them
#: equal).
MAX_DEMO_REFERRALS = 1_000_000


class run:  # noqa: N801 -- reads as a function where the commands are declared
    """A command's handler, ``nap_desktop.cli_commands.<module>.<function>``, imported the
    first time it is called."""

    def __init__(self, module: str, function: str) -> None:
        self.module = f"nap_desktop.cli_commands.{module}"
        self.function = function

    def __call__(self, args: argparse.Namespace, env: Env) -> int:
        handler = getattr(importlib.import_module(self.module), self.function)
        result: int = handler(args, env)
        return result

    def __repr__(self) -> str:
        return f"run({self.module!r}, {self.function!r})"


def register_all(sub: Subcommands) -> None:
    """Every command, in the order ``nap --help`` lists them."""
    _vault(sub)
    partners = _admin(sub)
    _cases(sub)
    _clients(sub)
    _assign(sub)
    _docs(sub)
    _services_tasks(sub)
    _reports(sub)
    _transfer(sub, partners)
    _team(sub)


def _pdf_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(_("the output file must end in .pdf"))
    return path


def _vault(sub: Subcommands) -> None:
    p = sub.add_parser(
        "init",
        help=_("create a new vault"),
        description=_(
            "Create an encrypted vault for your agency with its first administrator. "
            "The recovery key is printed once: write it down and keep it somewhere safe."
        ),
    )
    p.add_argument("--agency", required=True, help=_("your agency's name"))
    p.add_argument("--agency-kind", required=True, choices=[k.value for k in AgencyKind])
    p.add_argument("--display-name", default="", help=_("the administrator's full name"))
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=_("read the new passphrase from FILE (else $NAP_NEW_PASSPHRASE or prompt)"),
    )
    p.set_defaults(handler=run("vault", "cmd_init"))

    p = sub.add_parser(
        "demo",
        help=_("create (if needed) and fill a demo vault"),
        description=_(
            "Fill a demo vault with obviously fictional demo data. Creates the vault first if "
            "the folder has none, with demo users and a published demo passphrase. A vault "
            "that was not created this way is refused."
        ),
    )
    p.add_argument("--referrals", type=int, default=500, metavar="N",
                   help=_("how many referrals to add (0 to {most:,})").format(
                       most=MAX_DEMO_REFERRALS))
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=run("vault", "cmd_demo"))

    p = sub.add_parser(
        "check",
        help=_("verify the vault (integrity, key slots, audit chain)"),
        description=_("Exit 0 if everything is intact, 1 listing each problem."),
    )
    p.add_argument(
        "--accept-loss", action="store_true",
        help=_("open a vault that lost saved work (its files were damaged after a crash) as "
               "it is, and record the loss in the audit log; restore a backup instead if you "
               "have one"),
    )
    p.add_argument(
        "--confirm-adoption", action="store_true",
        help=_("administrators: confirm that the roles of this upgraded vault were adopted "
               "by the right administrator (the warning at every unlock stops; recorded and "
               "signed)"),
    )
    p.set_defaults(handler=run("vault", "cmd_check"))

    p = sub.add_parser("backup", help=_("write an encrypted backup of the whole vault"))
    p.add_argument("out", type=Path, metavar="OUT")
    p.set_defaults(handler=run("vault", "cmd_backup"))

    p = sub.add_parser("restore", help=_("restore a vault from a backup"))
    p.add_argument("backup", type=Path, metavar="IN")
    p.add_argument(
        "--force", action="store_true", help=_("replace the vault that is already in the folder")
    )
    p.set_defaults(handler=run("vault", "cmd_restore"))


def _admin(sub: Subcommands) -> Subcommands:
    users = sub.add_parser("users", help=_("manage users (admins)")).add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    p = users.add_parser("add", help=_("add a user with their own passphrase"))
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name", default="")
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=_("the new user's passphrase (else $NAP_NEW_PASSPHRASE or prompt)"),
    )
    p.set_defaults(handler=run("admin", "cmd_users_add"))
    p = users.add_parser("list", help=_("list users"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("admin", "cmd_users_list"))
    p = users.add_parser("set-role", help=_("give a user another role (signed grant)"))
    p.add_argument("name")
    p.add_argument("role", choices=[r.value for r in Role])
    p.set_defaults(handler=run("admin", "cmd_users_set_role"))
    p = users.add_parser("remove", help=_("remove a user's access (rotates the vault key)"))
    p.add_argument("name")
    p.set_defaults(handler=run("admin", "cmd_users_remove"))

    p = sub.add_parser(
        "passwd",
        help=_("change a passphrase"),
        description=_(
            "Change your own passphrase; an administrator can reset another user's with "
            "--for NAME; with --recovery, unlock with the recovery key and reset --for NAME."
        ),
    )
    p.add_argument("--for", dest="target", metavar="NAME")
    p.add_argument("--recovery", action="store_true", help=_("use the recovery key"))
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(handler=run("admin", "cmd_passwd"))

    partners = sub.add_parser("partners", help=_("the partner agency directory")).add_subparsers(
        dest="partners_command", metavar="ACTION", required=True
    )
    p = partners.add_parser("list", help=_("list partner agencies"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("admin", "cmd_partners_list"))
    p = partners.add_parser("new", help=_("add a partner agency by name (no keys)"))
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=[k.value for k in AgencyKind])
    p.add_argument("--contacts", default="")
    p.set_defaults(handler=run("admin", "cmd_partners_new"))
    return partners


def _cases(sub: Subcommands) -> None:
    refs = sub.add_parser("referrals", help=_("list and show referrals")).add_subparsers(
        dest="referrals_command", metavar="ACTION", required=True
    )
    p = refs.add_parser(
        "list",
        help=_("the caseload, newest first"),
        description=_("List referrals. Client names are not shown unless --show-names is given."),
    )
    p.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in ReferralStatus],
        help=_("only this status (repeatable)"),
    )
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=_("full-text search over case numbers, names and notes"),
    )
    p.add_argument("--partner", metavar="AGENCY", help=_("only referrals with this partner"))
    p.add_argument("--mine", action="store_true", help=_("only referrals assigned to you"))
    p.add_argument("--overdue", action="store_true", help=_("only cases with an overdue step"))
    p.add_argument("--awaiting", action="store_true", help=_("only referrals awaiting a response"))
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.add_argument("--show-names", action="store_true", help=_("include client names"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("cases", "cmd_list"))
    p = refs.add_parser("show", help=_("the full record of a referral's case"))
    p.add_argument("id", metavar="ID", help=_("referral id (or a unique prefix of at least 8)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("cases", "cmd_show"))
    _referrals_new(refs)


def _referrals_new(refs: Subcommands) -> None:
    p = refs.add_parser(
        "new", help=_("a new referral on an existing case, sent or received"),
        description=_("Record a referral on an existing case: one we send to a partner, or one "
                      "a partner sent us. Prints the new referral's id."))
    p.add_argument("--case", required=True, metavar="CASE_NUMBER", help=_("the case number"))
    p.add_argument("--partner", required=True, metavar="AGENCY",
                   help=_("the partner agency (name or id)"))
    p.add_argument("--direction", required=True, choices=["sent", "received"],
                   help=_("sent: we refer the survivor to the partner; received: the "
                          "partner referred the survivor to us"))
    p.add_argument("--services", required=True, action="append", metavar="SERVICE,…",
                   help=_("services requested, comma-separated ({choices})").format(
                       choices=", ".join(x.value for x in ServiceType)))
    p.add_argument("--urgency", default=Urgency.ROUTINE.value,
                   choices=[x.value for x in Urgency])
    p.add_argument("--kind", choices=[x.value for x in ReferralDirection],
                   help=_("the kind of referral (default: from the two agencies' kinds)"))
    p.add_argument("--release", metavar="ID",
                   help=_("the release of information it relies on (this client's, to "
                          "this partner)"))
    p.add_argument("--follows", metavar="REFERRAL",
                   help=_("the referral of this case it follows from (id or prefix)"))
    p.add_argument("--reason", default="", metavar="TEXT",
                   help=_("why: kept as a note on the referral"))
    p.set_defaults(handler=run("referral_new", "cmd_new"))


def _clients(sub: Subcommands) -> None:
    clients = sub.add_parser("clients", help=_("possible duplicate clients; merge and undo")
                             ).add_subparsers(dest="clients_command", metavar="ACTION",
                                              required=True)
    p = clients.add_parser(
        "duplicates", help=_("possible duplicates of a case, or likely pairs in the caseload"),
        description=_("List possible duplicate clients: of one case (--case), or, for "
                      "supervisors, the likeliest pairs across the caseload. Names are not "
                      "shown unless --show-names is given (each client shown is audited)."))
    p.add_argument("--case", metavar="CASE_NUMBER", help=_("only this case's"))
    p.add_argument("--show-names", action="store_true", help=_("include client names"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("clients", "cmd_duplicates"))
    p = clients.add_parser(
        "merge", help=_("supervisors: merge a duplicate client into the one kept"),
        description=_("Move every record of OTHER under KEEP and remove OTHER from the "
                      "caseload; KEEP's field values stay unless --take names a field to "
                      "take from OTHER. Undo with nap clients unmerge."))
    p.add_argument("keep", metavar="KEEP", help=_("case number of the client kept"))
    p.add_argument("other", metavar="OTHER", help=_("case number of the duplicate"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why (recorded)"))
    p.add_argument("--take", action="append", metavar="FIELD",
                   help=_("a field whose value comes from OTHER (repeatable)"))
    p.set_defaults(handler=run("clients", "cmd_merge"))
    p = clients.add_parser("unmerge", help=_("supervisors: undo a merge"))
    p.add_argument("merge", metavar="MERGE_ID")
    p.set_defaults(handler=run("clients", "cmd_unmerge"))


def _assign(sub: Subcommands) -> None:
    cases = sub.add_parser("cases", help=_("assign cases to workers")).add_subparsers(
        dest="cases_command", metavar="ACTION", required=True
    )
    p = cases.add_parser(
        "assign",
        help=_("assign cases to a worker (supervisors and administrators)"),
        description=_("Assign one or more cases, and their referrals, to a caseworker or "
                      "supervisor. All or nothing: if one case cannot be assigned, none is."),
    )
    p.add_argument("cases", nargs="+", metavar="CASE", help=_("case number"))
    p.add_argument("--to", required=True, metavar="USER", help=_("the worker's user name"))
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help=_("why (kept in the case history)"))
    p.set_defaults(handler=run("assign", "cmd_assign"))


def _day(value: str) -> str:
    """A date as YYYY-MM-DD (checked here; the service checks its span)."""
    import re
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(_("a date is written YYYY-MM-DD"))
    return value


def _docs(sub: Subcommands) -> None:
    docs = sub.add_parser("docs", help=_("documents on a case (kept encrypted in the vault)")
                          ).add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    p = docs.add_parser(
        "add", help=_("add a PDF, PNG or JPEG to a case"),
        description=_("Add a document to a case. Its type is read from its content (PDF, PNG "
                      "or JPEG, at most 25 MB); a photo's location and camera details are "
                      "removed first and listed."))
    p.add_argument("case", metavar="CASE", help=_("case number"))
    p.add_argument("file", metavar="FILE", type=Path, help=_("the file to add"))
    p.add_argument("--kind", required=True, choices=[k.value for k in DocumentKind],
                   metavar="KIND", help=_("what it is: {kinds}").format(
                       kinds=", ".join(k.value for k in DocumentKind)))
    p.add_argument("--title", required=True, metavar="TEXT", help=_("its title"))
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=_("the document's date"))
    p.add_argument("--attach", metavar="TYPE:ID", help=_(
        "the record it belongs to: release, referral, placement or restitution_matter, "
        "and its id (default: the case)"))
    p.set_defaults(handler=run("docs", "cmd_add"))
    p = docs.add_parser("list", help=_("list a case's documents"))
    p.add_argument("case", metavar="CASE", help=_("case number"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("docs", "cmd_list"))
    p = docs.add_parser(
        "get", help=_("save a copy of a document to a file (audited)"),
        description=_("Save a copy of a document outside the vault, readable only by you. "
                      "This is recorded in the audit log: the copy is no longer protected "
                      "by the vault."))
    p.add_argument("document", metavar="DOCUMENT_ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("where to save it"))
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))
    p.set_defaults(handler=run("docs", "cmd_get"))
    p = docs.add_parser("remove", help=_("void a document with a reason (it stays for the "
                                         "audit)"))
    p.add_argument("document", metavar="DOCUMENT_ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why (recorded)"))
    p.set_defaults(handler=run("docs", "cmd_remove"))


def _services_tasks(sub: Subcommands) -> None:
    """Issue #13: services delivered, my tasks, funding sources
    (``cli_commands/service_work.py``)."""
    from nap_desktop.domain.enums import Funder, ServiceCategory, ServiceMode, ServiceStatus

    services = sub.add_parser("services", help=_("services delivered to a client")
                              ).add_subparsers(dest="services_command", metavar="ACTION",
                                               required=True)
    p = services.add_parser("add", help=_("record a service delivered (or planned)"))
    p.add_argument("case", metavar="CASE", help=_("case number"))
    p.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD",
                   help=_("the day it was provided"))
    p.add_argument("--category", required=True, choices=[c.value for c in ServiceCategory],
                   metavar="CATEGORY", help=_("the service: {values}").format(
                       values=", ".join(c.value for c in ServiceCategory)))
    p.add_argument("--minutes", type=int, default=0, metavar="N", help=_("how long (0-1440)"))
    p.add_argument("--mode", default="in_person", choices=[c.value for c in ServiceMode],
                   metavar="MODE", help=_("in_person, phone, video, text or accompaniment"))
    p.add_argument("--status", default="delivered", choices=[c.value for c in ServiceStatus],
                   metavar="STATUS", help=_("delivered, planned, declined or no_show"))
    p.add_argument("--funding", metavar="ID", help=_("the funding source's id"))
    p.add_argument("--partner-referral", metavar="REFERRAL_ID", help=_(
        "provided by a partner agency through this referral of the case"))
    p.add_argument("--note", default="", metavar="TEXT", help=_("a note (kept in the vault)"))
    p.set_defaults(handler=run("service_work", "cmd_services_add"))
    p = services.add_parser("list", help=_("list a case's services, newest first"))
    p.add_argument("case", metavar="CASE", help=_("case number"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("service_work", "cmd_services_list"))
    p = sub.add_parser("tasks", help=_("my tasks: due dates of my cases and my own tasks"))
    p.add_argument("--team", action="store_true", help=_("supervisors: every worker's tasks"))
    p.add_argument("--ics", type=Path, metavar="FILE", help=_(
        "write my task dates as a calendar file (task kind and case number only)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("service_work", "cmd_tasks"))
    funding = sub.add_parser("funding", help=_("funding sources (awards)")).add_subparsers(
        dest="funding_command", metavar="ACTION", required=True)
    p = funding.add_parser("list", help=_("list funding sources"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("service_work", "cmd_funding_list"))
    p = funding.add_parser("add", help=_("supervisors: add a funding source"))
    p.add_argument("--funder", required=True, choices=[f.value for f in Funder],
                   metavar="FUNDER", help=_("one of: {values}").format(
                       values=", ".join(f.value for f in Funder)))
    p.add_argument("--name", required=True, metavar="TEXT", help=_("its name"))
    p.add_argument("--award", default="", metavar="NUMBER", help=_("the award number"))
    p.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                   help=_("the award period's first day"))
    p.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                   help=_("the award period's last day"))
    p.set_defaults(handler=run("service_work", "cmd_funding_add"))


def _reports(sub: Subcommands) -> None:
    p = sub.add_parser(
        "summary",
        help=_("a referral summary as PDF"),
        description=_(
            "Write a referral summary. For a partner (--for), personal details appear only in "
            "the categories an active release to that partner covers; the rest is marked "
            "withheld. Producing a summary is audited."
        ),
    )
    p.add_argument("referral", metavar="REFERRAL_ID")
    p.add_argument("--out", required=True, type=_pdf_path, metavar="FILE.pdf")
    p.add_argument(
        "--for",
        dest="partner",
        metavar="PARTNER",
        help=_("the partner agency (name or id) it is prepared for"),
    )
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=_("supervisors: release everything to the partner, for this reason"),
    )
    p.add_argument("--lang", choices=["en", "es"], default="en",
                   help=_("the language of the PDF"))
    p.add_argument("--notes", action="store_true", help=_("include case notes"))
    p.set_defaults(handler=run("reports", "cmd_summary"))

    report = sub.add_parser("report", help=_("supervisor reports")).add_subparsers(
        dest="report_command", metavar="REPORT", required=True
    )
    p = report.add_parser("caseload", help=_("the (filtered) caseload as a landscape PDF"))
    p.add_argument("--out", required=True, type=_pdf_path, metavar="FILE.pdf")
    p.add_argument("--status", action="append", choices=[s.value for s in ReferralStatus])
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--partner", metavar="AGENCY")
    p.add_argument("--mine", action="store_true")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--awaiting", action="store_true")
    p.add_argument("--discreet", action="store_true", help=_("case numbers only, no names"))
    p.add_argument("--lang", choices=["en", "es"], default="en",
                   help=_("the language of the PDF"))
    p.set_defaults(handler=run("reports", "cmd_caseload"))
    p = report.add_parser(
        "release-form", help=_("a release-of-information form for the survivor to sign"),
        description=_("Write a blank release form naming the partner, every category with a "
                      "box to tick and the survivor's rights. The survivor's name is printed "
                      "only with --print-name. Producing a form is audited."))
    p.add_argument("--partner", required=True, metavar="AGENCY",
                   help=_("the agency the release is for (name or id)"))
    p.add_argument("--out", "-o", required=True, type=_pdf_path, metavar="FILE.pdf")
    p.add_argument("--case", metavar="CASE_NUMBER", help=_("name this case's number"))
    p.add_argument("--print-name", action="store_true",
                   help=_("print the survivor's legal name (needs --case)"))
    p.add_argument("--lang", choices=["en", "es"], default="en",
                   help=_("the language of the PDF"))
    p.set_defaults(handler=run("reports", "cmd_release_form"))
    _grant_reports(report)
    _hmis(report)


def _grant_reports(report: Subcommands) -> None:
    """``nap report voca|tims|quality`` (issue #13; supervisors)."""
    _grant_report(report, "voca", _("VOCA quarterly figures (federal fiscal year) as PDF or "
                                    "CSV")).set_defaults(
        handler=run("reports", "cmd_grant_report"), grant_report="voca")
    _grant_report(report, "tims", _("OVC TIMS semi-annual figures as PDF or CSV")).set_defaults(
        handler=run("reports", "cmd_grant_report"), grant_report="tims")
    _grant_report(report, "quality", _("data quality: missing and refused answers, cases to "
                                       "complete")).set_defaults(
        handler=run("reports", "cmd_grant_report"), grant_report="quality")


def _grant_report(report: Subcommands, name: str, what: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = report.add_parser(name, help=what, description=_(
        "Count the clients served from START to END (inclusive) as the funder asks. "
        "--outside shows every count under 10 as \"<10\" (the data-quality report "
        "lists case numbers and stays inside the agency). Producing it is audited."))
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", "-o", required=True, type=Path, metavar="FILE")
    p.add_argument("--format", choices=["pdf", "csv"],
                   help=_("pdf or csv (default: from the file's extension, else pdf)"))
    p.add_argument("--lang", choices=["en", "es"], default="en",
                   help=_("the language of the report"))
    p.add_argument("--outside", action="store_true",
                   help=_("for use outside the agency: suppress small counts"))
    if name != "quality":
        p.add_argument("--funding", metavar="ID", help=_("count one funding source only"))
    return p


def _hmis(report: Subcommands) -> None:
    """`nap report hmis` (issue #13): the HUD HMIS CSV files of the housing projects."""
    p = report.add_parser(
        "hmis", help=_("the HUD HMIS CSV files (FY2024 or FY2026) of the housing projects"),
        description=_("Write the 24 HMIS CSV files and their ZIP into a new folder, for the "
                      "enrollments (placements in a project) active in the period. Names are "
                      "left out unless --names or --hash. VAWA: these files are for use "
                      "inside the agency; give the CoC only aggregate reports. Audited."))
    p.add_argument("--fy", required=True, type=int, choices=[2024, 2026],
                   help=_("the HMIS CSV format's fiscal year"))
    p.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, type=Path, metavar="DIR",
                   help=_("a new (or empty) folder"))
    names = p.add_mutually_exclusive_group()
    names.add_argument("--names", action="store_true", help=_("include the survivors' names"))
    names.add_argument("--hash", action="store_true",
                       help=_("names as SHA-256 hashes of their Soundex codes (HashStatus 4)"))
    p.add_argument("--project", action="append", metavar="ID",
                   help=_("only this project (repeat for several; default: every project)"))
    p.set_defaults(handler=run("reports_hmis", "cmd_hmis"))


def _transfer(sub: Subcommands, partners: Subcommands) -> None:
    keys = sub.add_parser("keys", help=_("your agency's transfer keys")).add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    p = keys.add_parser("card", help=_("write your public identity card and print its fingerprint"),
                        description=_("Send the card to partners; read the fingerprint to them "
                                    "by phone so they can verify it."))
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=run("transfer", "cmd_keys_card"))
    p = keys.add_parser("rotate", help=_("make new agency keys (old ones still open old packages)"))
    p.set_defaults(handler=run("transfer", "cmd_keys_rotate"))

    p = partners.add_parser(
        "add", help=_("pin a partner's identity card after checking its fingerprint"),
        description=_("Refused unless FP is the fingerprint of the card, as the partner read it "
                    "to you on a number you already trust."))
    p.add_argument("--card", required=True, type=Path, metavar="FILE")
    p.add_argument("--fingerprint", required=True, metavar="FP")
    p.add_argument("--agency", metavar="ID", help=_("link to this directory entry (agency id)"))
    p.add_argument("--replace-verified-key", action="store_true",
                   help=_("confirm that this card replaces the partner's verified key "
                        "(refused without it; both fingerprints are shown)"))
    p.set_defaults(handler=run("transfer", "cmd_partners_add"))

    p = sub.add_parser("export", help=_("write an encrypted, signed package for a partner"))
    p.add_argument("--to", required=True, metavar="PARTNER", help=_("partner agency name or id"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.napx")
    p.add_argument("--referral", action="append", metavar="ID",
                   help=_("only this referral (repeatable; default: all with the partner)"))
    p.add_argument("--override-reason", metavar="TEXT",
                   help=_("supervisors: share everything, ignoring consent, for this reason"))
    p.set_defaults(handler=run("transfer", "cmd_export"))

    p = sub.add_parser("import", help=_("import a package from a partner"))
    p.add_argument("file", type=Path, metavar="FILE.napx")
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would change; write nothing"))
    p.set_defaults(handler=run("transfer", "cmd_import"))

    conflicts = sub.add_parser("conflicts", help=_("records changed on both sides")).add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts.add_parser("list", help=_("conflicts waiting for a decision"))
    p.add_argument("--all", action="store_true", help=_("include resolved ones"))
    p.set_defaults(handler=run("conflicts", "cmd_conflicts_list"))
    p = conflicts.add_parser("show", help=_("a conflict field by field: last exchanged, ours, "
                                            "theirs, what happens (audited)"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--show-personal", action="store_true",
                   help=_("print a survivor's personal details (hidden otherwise; audited)"))
    p.set_defaults(handler=run("conflicts", "cmd_conflicts_show"))
    p = conflicts.add_parser("resolve", help=_("merge field by field, or keep one whole version"))
    p.add_argument("id", metavar="ID")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--pick", action="append", metavar="FIELD=here|partner",
                     help=_("for a field changed on both sides: keep ours (here) or take the "
                            "partner's (repeatable; `conflicts show` lists the fields)"))
    how.add_argument("--keep", choices=["local", "remote"],
                     help=_("keep one whole version, discarding the other side's changes"))
    p.set_defaults(handler=run("conflicts", "cmd_conflicts_resolve"))


def _team(sub: Subcommands) -> None:
    """Team sync (issue #12): ``nap team ...`` and ``nap sync``."""
    server_help = _("the team's PostgreSQL server, e.g. postgresql://nap@db.example.org/nap "
                    "(never with a password: use ~/.pgpass or PGPASSWORD)")
    p = sub.add_parser(
        "sync", help=_("team vaults: send your changes and receive the team's"),
        description=_("Push this vault's changes to the team's server, then pull and apply "
                      "everyone else's. Prints one line; exit 0 only if the sync really "
                      "happened."))
    p.set_defaults(handler=run("team", "cmd_sync"))
    team = sub.add_parser("team", help=_("team sync: share one caseload between desktops")
                          ).add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team.add_parser("init", help=_("administrators: make this vault a team vault"))
    p.add_argument("--server", required=True, metavar="DSN", help=server_help)
    p.set_defaults(handler=run("team", "cmd_init"))
    p = team.add_parser(
        "join", help=_("join a team from a new desktop"),
        description=_("The first run asks to join and prints this device's fingerprint: read "
                      "it to an administrator. Once they approved it, run it again to "
                      "download the team's vault into FOLDER."))
    p.add_argument("--server", required=True, metavar="DSN", help=server_help)
    p.add_argument("--vault", metavar="FOLDER", default=argparse.SUPPRESS,
                   help=_("the new vault folder on this desktop"))
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                   help=_("your user name in the team"))
    p.add_argument("--team", metavar="VAULT_ID",
                   help=_("the team's id, when the server holds more than one team"))
    p.set_defaults(handler=run("team", "cmd_join"))
    p = team.add_parser("devices", help=_("administrators: the team's devices"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run("team", "cmd_devices"))
    p = team.add_parser("approve", help=_("administrators: let a new device in"),
                        description=_("Refused unless FP is the fingerprint the person at "
                                      "that device read to you."))
    p.add_argument("device", metavar="DEVICE")
    p.add_argument("--fingerprint", required=True, metavar="FP")
    p.add_argument("--for", dest="for_user", required=True, metavar="NAME",
                   help=_("the user who works on that device"))
    p.set_defaults(handler=run("team", "cmd_approve"))
    p = team.add_parser("remove-device", help=_("administrators: remove a device (rotates "
                                                "the team's key)"))
    p.add_argument("device", metavar="DEVICE")
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why (recorded)"))
    p.set_defaults(handler=run("team", "cmd_remove_device"))
