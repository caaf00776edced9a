"""``nap referrals new``: a referral on an existing case, sent or received.

Every check is the service's (``ReferralService.create``): which agency may be the
partner, which release may be cited, which referral it may follow from. This module only
turns the arguments into ids and prints the new referral's id.
"""

from __future__ import annotations

import argparse

from nap_desktop.cli_commands.cases import find_referral_id
from nap_desktop.cli_commands.common import CliError, Env
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import ServiceType
from nap_desktop.i18n import _
from nap_desktop.services.workspace import Workspace


def services_of(values: list[str] | None) -> list[str]:
    """``--services housing,legal --services medical`` -> the three codes; an unknown one
    is named with the choices."""
    codes = [x.strip() for value in values or [] for x in value.split(",") if x.strip()]
    known = [x.value for x in ServiceType]
    for code in codes:
        if code not in known:
            raise CliError(_("unknown service “{service}”; choose from: {choices}").format(
                service=code, choices=", ".join(known)))
    return codes


def release_of(case: CaseRecord, ident: str | None) -> str | None:
    """A release id from a full id or a prefix of at least 8 characters of one of this
    case's releases. A full id is passed on as given: the service says whose it is."""
    if ident is None:
        return None
    if len(ident) < 8:
        raise CliError(_("give at least the first 8 characters of the release id"))
    found = [r.id for r in case.releases if r.id.startswith(ident)]
    if len(found) > 1:
        raise CliError(_("that id prefix matches several releases; give more characters"))
    return found[0] if found else ident


def cmd_new(args: argparse.Namespace, env: Env) -> int:
    """Record the referral and print its id (alone on stdout, for scripts)."""
    ws: Workspace = env.workspace()
    client_id = ws.queries.client_by_case_number(args.case)
    partner = ws.agencies.find(args.partner)
    ours = ws.agency.id
    sender, receiver = (partner.id, ours) if args.direction == "received" else (ours, partner.id)
    case = ws.cases.get_case(client_id)
    referral = ws.referrals.create(
        client_id=client_id,
        from_agency_id=sender,
        to_agency_id=receiver,
        direction=args.kind,
        services=services_of(args.services),
        urgency=args.urgency,
        release_id=release_of(case, args.release),
        follows_id=find_referral_id(ws, args.follows) if args.follows else None,
        reason=args.reason,
    )
    print(referral.id)
    return 0
