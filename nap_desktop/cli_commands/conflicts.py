"""Conflicts: records changed on both sides, merged field by field (``domain.merge``).

``conflicts show`` prints, per field, the version both sides last exchanged, ours, the
partner's and what resolving does; a survivor's personal details only with
``--show-personal`` (the viewing is audited either way, and the reveal is named in the
audit). ``conflicts resolve --pick FIELD=here|partner`` decides each field changed on
both sides; ``--keep`` replaces the whole record and says what it discards.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from nap_desktop.cli_commands.common import CliError, Env, table
from nap_desktop.domain import fields as registry
from nap_desktop.domain import moments
from nap_desktop.domain.merge import (
    ABSENT,
    FieldMerge,
    Merge,
    MissingPick,
    Outcome,
    Side,
    UnknownPick,
)
from nap_desktop.domain.messages import Message
from nap_desktop.domain.rules import format_cents
from nap_desktop.i18n import N_, _, ngettext, render
from nap_desktop.services.transfer.merging import is_personal
from nap_desktop.services.workspace import Workspace

MASK = "••••"
#: The most picks one command takes: more than any record has fields.
MAX_PICKS = 100
#: Guard reason codes (``services.transfer.merging``, ``transfer.authority.Refusal``)
#: -> why the field keeps ours; anything else: it is withheld from the partner.
_GUARDED = {
    "our_consent": N_("Kept: our consent never changes through a partner"),
    "other_agency": N_("Kept: another agency recorded this release"),
    "moved": N_("Kept: a record never moves through a package"),
    "third_agency": N_("Kept: it concerns a third agency"),
}
_WITHHELD = N_("Kept: we withhold it from %1")


def cmd_conflicts_list(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    rows = ws.imports.conflicts(include_resolved=args.all)
    names = {a.id: a.name for a in ws.agencies.list()}
    print(table([[c.id, c.record_type, c.record_id, names.get(c.partner_agency_id, "?"),
                  moments.short_local(c.created_at),
                  c.resolution or _("open")] for c in rows],
                [_("CONFLICT"), _("TYPE"), _("RECORD"), _("PARTNER"), _("FOUND"), _("STATE")]))
    print(ngettext("{n} conflict", "{n} conflicts", len(rows)).format(n=len(rows)))
    return 0


def word(marked: str) -> str:
    """A text marked with ``N_`` elsewhere (a field label, a reason), translated."""
    return render(Message(marked))


def label(kind: str, name: str) -> str:
    """The field's name as the editors call it (``personal.x``: a client's detail)."""
    key = name.removeprefix("personal.") if kind == "client" else name
    spec = registry.REGISTRY.get(kind, {}).get(key)
    return word(spec.label) if spec is not None else name.replace("_", " ")


def what_happens(f: FieldMerge, partner: str, base_known: bool) -> str:
    """The outcome of one field in words (the conflicts dialog's sentences)."""
    if f.outcome is Outcome.GUARDED:
        reason = _GUARDED.get(f.reason, _WITHHELD)
        return word(reason).replace("%1", partner)
    if f.outcome is Outcome.PICK:
        if f.reason == "review":
            return _("You choose: a date of birth is never changed automatically")
        if not base_known:
            return _("You choose: no earlier version is known")
        return _("You choose: both changed it")
    return {
        Outcome.UNCHANGED: _("Same on both sides"),
        Outcome.KEPT: _("Kept: only we changed it"),
        Outcome.TAKEN: _("Taken from %1 automatically: only they changed it"),
        Outcome.SAME: _("Both made the same change"),
        Outcome.NOT_SENT: _("Kept: %1 did not send it"),
    }[f.outcome].replace("%1", partner)


class Values:
    """Stored values as one line of text: codes as the options take them, money as
    money, agencies by name."""

    def __init__(self, agencies: dict[str, str]) -> None:
        self.agencies = agencies

    def __call__(self, name: str, value: Any) -> str:
        # one line (a note's breaks would mislead), and no control character: a partner's
        # text must not drive the terminal
        return printable(" ".join(self._text(name, value).split()))

    def _text(self, name: str, value: Any) -> str:
        if value is ABSENT:
            return _("(not in this version)")
        if value is None or value in ("", []):
            return "-"
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if isinstance(value, int) and name.endswith("_cents"):
            return format_cents(value)
        if isinstance(value, list):
            return ", ".join(self._text(name, v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {self._text(k, v)}" for k, v in value.items()
                             if v not in (None, "", []))
        if name.endswith("agency_id"):
            return self.agencies.get(str(value), str(value))
        return str(value)


def printable(text: str) -> str:
    """``text`` with every control character shown as "?"."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _agency_names(ws: Workspace) -> dict[str, str]:
    names = {a.id: a.name for a in ws.agencies.list()}
    for p in ws.identity.partners():
        names.setdefault(p.card_agency_id, p.name)  # ids as the partner sends them
    return names


def cmd_conflicts_show(args: argparse.Namespace, env: Env) -> int:
    ws = env.workspace()
    found = ws.imports.conflict_merge(args.id, personal_shown=args.show_personal)
    c, m = found.info, found.merge
    names = _agency_names(ws)
    partner = printable(names.get(c.partner_agency_id, _("the partner")))
    print(_("Conflict {id}: {type} {record} (package {package})").format(
        id=c.id, type=c.record_type, record=c.record_id, package=c.export_id))
    print(_("Found {when}, with {partner}; {state}.").format(
        when=moments.short_local(c.created_at), partner=partner,
        state=c.resolution or _("open")))
    if found.stale and c.resolution is None:
        print(_("This record changed here after the conflict was found: the comparison "
                "shows it as it is now. Resolving is refused until the partner's next "
                "package; --keep local still keeps ours."))
    print()
    print("\n".join(_field_lines(c.record_type, m, partner, Values(names),
                                 show_personal=args.show_personal)))
    if m.pending and c.resolution is None:
        print()
        print(_("To resolve: nap conflicts resolve {id} {picks}").format(
            id=c.id, picks=" ".join(f"--pick {n}=here|partner" for n in m.pending)))
    if not args.show_personal and any(is_personal(c.record_type, f.name) for f in m.fields):
        print(_("Personal details are hidden ({mask}); --show-personal shows them (this is "
                "audited).").format(mask=MASK))
    return 0


def _field_lines(kind: str, m: Merge, partner: str, text: Values, *,
                 show_personal: bool) -> list[str]:
    """Every field that differs, as a block; the ones alike, and the ones the partner
    did not send (ours stays), one line each at the end."""
    heads = [_("Last exchanged"), _("Ours (this vault)"), _("Theirs (the partner's)")]
    width = max(len(h) for h in heads) + 1
    lines: list[str] = []
    alike: list[str] = []
    not_sent: list[str] = []
    for f in m.fields:
        if f.outcome in (Outcome.UNCHANGED, Outcome.NOT_SENT):
            (alike if f.outcome is Outcome.UNCHANGED else not_sent).append(label(kind, f.name))
            continue
        hide = is_personal(kind, f.name) and not show_personal
        values = [MASK if hide and v is not ABSENT else text(f.name, v)
                  for v in (f.base, f.ours, f.theirs)]
        if not m.base_known:
            values[0] = _("(not known)")
        lines.append(f"{echoed(label(kind, f.name))} ({echoed(f.name)})")
        lines += [f"  {(h + ':').ljust(width)} {v}" for h, v in zip(heads, values, strict=True)]
        lines.append("  -> " + what_happens(f, partner, m.base_known))
    if not_sent:
        lines.append(_("Kept, {partner} did not send them: {fields}").format(
            partner=partner, fields=", ".join(not_sent)))
    if alike:
        lines.append(_("Same on both sides: {fields}").format(fields=", ".join(alike)))
    return lines


def echoed(text: str) -> str:
    """Part of an argument, safe to print back: at most 60 characters, none of them a
    control character (an escape sequence must not reach the terminal)."""
    return printable(text[:60])


def parse_picks(given: list[str] | None) -> dict[str, str]:
    """``["services=partner", ...]`` -> ``{"services": "partner"}``; refuses anything
    else, with what was wrong (before the vault is opened)."""
    picks: dict[str, str] = {}
    if len(given or ()) > MAX_PICKS:
        raise CliError(_("at most {n} --pick options; nothing was changed").format(
            n=MAX_PICKS))
    for item in given or ():
        name, equals, side = item.partition("=")
        name, side = name.strip(), side.strip().lower()
        if not equals or not name:
            raise CliError(_("--pick takes FIELD=here or FIELD=partner, not “{given}”; "
                             "nothing was changed").format(given=echoed(item)))
        if side not in (Side.HERE.value, Side.PARTNER.value):
            raise CliError(_("--pick {field}: the side is “here” (keep ours) or “partner” "
                             "(take theirs), not “{side}”; nothing was changed").format(
                field=echoed(name), side=echoed(side)))
        if picks.get(name, side) != side:
            raise CliError(_("--pick {field} is given twice with different sides; nothing "
                             "was changed").format(field=echoed(name)))
        picks[name] = side
    return picks


def cmd_conflicts_resolve(args: argparse.Namespace, env: Env) -> int:
    if args.keep:
        return _keep_whole(args, env)
    picks = parse_picks(args.pick)
    ws = env.workspace()
    try:
        c = ws.imports.resolve_conflict(args.id, picks)
    except MissingPick as error:
        raise CliError(_("choose a side for: {fields} (--pick FIELD=here|partner; see "
                         "`nap conflicts show {id}`); nothing was changed").format(
            fields=", ".join(error.missing), id=echoed(args.id))) from None
    except UnknownPick as error:
        raise CliError(_("not waiting for a decision: {fields} (see `nap conflicts show "
                         "{id}`); nothing was changed").format(
            fields=", ".join(echoed(n) for n in error.unknown), id=echoed(args.id))) from None
    print(_("Conflict {id} merged: the fields only {partner} changed were taken, the ones "
            "only we changed were kept, and your choices applied; the result goes to "
            "{partner} with the next export.").format(id=c.id, partner=_partner(ws, c)))
    return 0


def _partner(ws: Workspace, c: Any) -> str:
    return printable({a.id: a.name for a in ws.agencies.list()}.get(c.partner_agency_id,
                                                                    _("the partner")))


def _keep_whole(args: argparse.Namespace, env: Env) -> int:
    """The old whole-record shortcuts, with what they discard said first."""
    if args.keep == "local":
        warning = _("--keep local keeps this vault's whole record: every change the partner "
                    "made to it is discarded, also in fields only they changed. --pick "
                    "FIELD=here|partner merges field by field.")
    else:
        warning = _("--keep remote takes the partner's whole record as far as it may change "
                    "ours: every change made here since the last exchange is discarded, also "
                    "in fields only we changed. --pick FIELD=here|partner merges field by "
                    "field.")
    print(_("WARNING: {warning}").format(warning=warning), file=sys.stderr)
    c = env.workspace().imports.resolve_conflict(args.id, args.keep)
    kept = (_("Conflict {id} resolved: kept the local version.") if args.keep == "local"
            else _("Conflict {id} resolved: kept the remote version."))
    print(kept.format(id=c.id))
    return 0
