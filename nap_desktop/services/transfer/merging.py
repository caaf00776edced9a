"""A transfer conflict as a field-level merge (``domain.merge``): the record's fields
flattened (``personal.x`` for a client's personal details), the guards the authority
rules put on the partner's values, and the merged record the writer applies.

Who may decide what is ``transfer.authority``'s: a field it keeps ours (consent, a
withheld field, a record that would move) is guarded, never taken; a field it asks a
person to review (a date of birth) is always a pick. Bookkeeping stamps follow the
record; a referral's status history is append-only (the writer adds the partner's
entries we lack) and never conflicts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import InfoCategory
from nap_desktop.domain.merge import ABSENT, Guard, Merge, Side, merge
from nap_desktop.transfer import authority, schema
from nap_desktop.transfer.consent_gate import IdMap, withheld_from
from nap_desktop.transfer.importer import SyncState

#: Not merged: each vault numbers its own cases; the stamps follow the merged record.
_BOOKKEEPING = frozenset({"case_number", "created_at", "updated_at"})
#: Append-only: the writer adds the partner's entries we lack (``writer._merge_history``).
_APPEND_ONLY = frozenset({"history"})
#: A field that goes with another one's side, not merged on its own.
COMPANIONS: Mapping[str, str] = {"status_changed_at": "status"}
#: Why a field keeps ours whatever the partner sent (reason codes the views explain).
THIRD_AGENCY = "third_agency"
REVIEW = "review"
_PERSONAL = "personal."


def flat(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The merged fields of a record's ``data``, in its order."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _BOOKKEEPING or key in _APPEND_ONLY or key in COMPANIONS:
            continue
        if kind == "client" and key == "personal":
            out.update({_PERSONAL + k: v for k, v in value.items()})
        else:
            out[key] = value
    return out


def is_personal(kind: str, name: str) -> bool:
    """A survivor's personal detail (masked in discreet mode)."""
    return name.startswith(_PERSONAL) or (kind in ("referral", "placement")
                                          and name == "safety_notes")


def base_data(base_json: str | None) -> dict[str, Any] | None:
    return json.loads(base_json)["data"] if base_json else None


def of_conflict(kind: str, base_json: str | None, ours: Mapping[str, Any],
                theirs: Mapping[str, Any], guards: Mapping[str, Guard]) -> Merge:
    """The merge of a conflict's three versions (``data`` of each envelope)."""
    base = base_data(base_json)
    return merge(None if base is None else flat(kind, base), flat(kind, ours),
                 flat(kind, theirs), guards=guards)


@dataclass(frozen=True, slots=True)
class Parties:
    """Who the conflict is between, for the authority rules."""

    partner: str  # the partner's local agency id
    us: str
    ids: IdMap
    today: date


def guards(s: OrmSession, env: Mapping[str, Any], local: Mapping[str, Any],
           ours: Mapping[str, Any], state: SyncState | None, p: Parties) -> dict[str, Guard]:
    """The fields of the partner's version (``env``) that may not be taken automatically
    into ours (``local`` as stored, ``ours`` its data as the partner would see it)."""
    kind, theirs = env["type"], env["data"]
    names = list(dict.fromkeys([*flat(kind, ours), *flat(kind, theirs)]))
    try:
        authority.check_parties([env], {(kind, env["id"]): local}, sender=p.partner,
                                us=p.us, ids=p.ids)
    except authority.ThirdAgencyRefused:
        return dict.fromkeys(names, Guard(THIRD_AGENCY))
    out: dict[str, Guard] = {}
    fixed = authority.FIXED.get(kind, ())
    mine = {name: ours.get(name) for name in fixed}
    for name in fixed:  # a record never moves: each moving field keeps ours
        if authority.moves(kind, {**mine, name: theirs.get(name)}, local, p.ids):
            out[name] = Guard(authority.Refusal.MOVED.value)
    owner = str(local["id"] if kind == "client" else local["client_id"])
    withheld = withheld_from(s, [owner], p.partner, p.today).get(owner, frozenset(InfoCategory))
    ruling = authority.rule({**env, "data": {**theirs, **mine}}, local, sender=p.partner,
                            withheld=withheld,
                            received_fields=state.received_fields if state else "", ids=p.ids)
    if ruling.refused is not None:
        return {**dict.fromkeys(names, Guard(ruling.refused.value)), **out}
    for name in ruling.kept:
        out[_PERSONAL + name if kind == "client" else name] = \
            Guard(authority.Refusal.WITHHELD.value)
    for name in authority.REVIEWED.get(kind, ()):
        out.setdefault(name, Guard(REVIEW, pickable=True))
    return out


def merged_env(env: Mapping[str, Any], ours: Mapping[str, Any], m: Merge,
               sides: Mapping[str, Side]) -> dict[str, Any]:
    """The partner's version with our value wherever the merge keeps ours: a field the
    consent tables can withhold is left out (the writer keeps ours and its marks), any
    other carries our value; companions follow their field."""
    kind = env["type"]
    data = json.loads(json.dumps(env["data"]))  # a deep copy of plain JSON
    withholdable = frozenset(schema.WITHHOLDABLE.get(kind, ()))
    left_out = set(env.get("left_out", ()))
    for f in m.fields:
        if sides[f.name] is Side.PARTNER or f.theirs is ABSENT:
            continue
        personal = kind == "client" and f.name.startswith(_PERSONAL)
        holder = data["personal"] if personal else data
        key = f.name.removeprefix(_PERSONAL) if personal else f.name
        if key in withholdable and (personal or kind != "client"):
            holder.pop(key, None)
            left_out.add(key)
        elif f.ours is not ABSENT:
            holder[key] = f.ours
    for companion, leader in COMPANIONS.items():
        if companion in data and sides.get(leader) is Side.HERE and companion in ours:
            data[companion] = ours[companion]
    if "updated_at" in data and "updated_at" in ours:
        data["updated_at"] = max(data["updated_at"], ours["updated_at"])
    out = {**env, "data": data}
    if left_out:
        out["left_out"] = sorted(left_out)
    return out
