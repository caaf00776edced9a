"""What a partner's package may change here (docs/transfer-format.md §9 and §12).

A partner holds valid, pinned keys and signs what it sends: that proves who sent a
record, not that the sender may decide it. Between the three-way plan and the writer:

1. **Consent is ours.** A release that counts for our consent (recorded, or confirmed,
   by one of our users) never changes through a package. A partner's new release is
   stored as that partner's: information, never part of what we share. An existing
   release changes only when that same partner recorded it and nobody here confirmed it.
2. **Withheld stays withheld.** On a record we hold, a field of a category our consent
   gate withholds from the sender for that client keeps our value, unless the value is
   still the sender's own: marked as never received from it, or still exactly the value
   it sent us (``records.echoes``). The fields are those of the consent tables
   (``package.RECORD_FIELDS`` / ``WITHHOLDABLE``); the rest of a record follows the
   three-way merge (a change on both sides is a conflict).
3. **Nothing moves.** A record never moves to another client (nor a note to another
   referral), a referral never to other agencies or another release, a release never to
   another recipient, through a package: they decide who our next exports go to. A
   referral that cites a release this sender may not see travels to it citing none
   (``consent_gate.hide_citations``): its ``null`` (or the id it held before) is no move.
4. **Revisions are bounded.** A revision far beyond any the record has had refuses the
   whole package: stored, it would outrank every later version (or overflow ours).
5. **Only what is between the two of us.** Every referral and release in a package
   concerns the sender and us alone (``check_parties``): a referral between them, a
   release naming one of them. Anything else refuses the whole package: stored here, it
   would be ours to relay (a partner could make us tell a third agency that someone is
   our client, with a consent it fabricated).
6. **Each side makes its own status changes** (``rules.SIDE_TRANSITIONS``). A referral's
   new status must follow from ours through steps the sender's side may take (several at
   once are fine: received, accepted, in progress): a receiving partner cannot withdraw
   our referral, a sending one cannot accept it for us. A new referral from the sender
   arrives as the sender may leave it (draft, sent, withdrawn, expired). In a conflict a
   status that only lags behind ours is no change of the partner's; "keep theirs" is
   held to the strict rule.
7. **No agency appears from a package.** The sender is the partner we pinned and we are
   us; an agency entry that maps to neither of them, nor to an agency already in our
   directory, is not stored (``Refusal.UNKNOWN_AGENCY``): it could only name a phantom
   partner nobody verified.

The rulings hold field names and reasons only, never values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nap_desktop.domain.enums import InfoCategory, ReferralSide, ReferralStatus
from nap_desktop.domain.errors import TransferError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import BOTH_SIDES, reachable, referral_sides
from nap_desktop.transfer import records as rec
from nap_desktop.transfer import schema
from nap_desktop.transfer.consent_gate import HIDDEN_CITATION, IdMap

#: How far one package may move a record's revision past the highest one known here
#: (ours or the sender's last). Each edit adds one: a million is years of work.
MAX_REVISION_STEP = 1_000_000


class RevisionOutOfRange(TransferError):
    default_message = N_(
        "The package gives a record a revision number far beyond any it has had, which "
        "would stop later exchanges with this partner; nothing was imported. Ask the "
        "partner to check its copy of NAP Desktop and send a new package."
    )


class ThirdAgencyRefused(TransferError):
    default_message = N_(
        "The package holds a referral or a release that concerns an agency other than yours "
        "and the sender's. A partner may only send what is between the two of you; nothing "
        "was imported. Ask the partner to send a new package without it."
    )


class KeepTheirsRefused(TransferError):
    """"Keep theirs" on a conflict whose partner version may not change ours."""


class OurConsentKept(KeepTheirsRefused):
    default_message = N_(
        "This release was recorded or confirmed here: a partner's version never replaces "
        "our consent. Nothing was changed; keep the local version."
    )


class OtherAgencyRelease(KeepTheirsRefused):
    default_message = N_(
        "This release was recorded by another agency than this partner: its version cannot "
        "replace it. Nothing was changed; keep the local version."
    )


class RecordWouldMove(KeepTheirsRefused):
    default_message = N_(
        "The partner's version moves this record to another client, referral, agency or "
        "release, which an import never does. Nothing was changed; keep the local version."
    )


class OnlyWithheldChanges(KeepTheirsRefused):
    default_message = N_(
        "The partner's version only changes details we withhold from it. Nothing was "
        "changed; keep the local version."
    )


class StatusNotTheirs(KeepTheirsRefused):
    default_message = N_(
        "The partner's version changes the referral's status in a way only your agency may "
        "(or moves it back). Nothing was changed; keep the local version."
    )


class OurNoteKept(KeepTheirsRefused):
    default_message = N_(
        "This note was written here: only its author or a supervisor here may correct or "
        "void it. Nothing was changed; keep the local version."
    )


class ThirdAgencyKept(KeepTheirsRefused):
    default_message = N_(
        "The partner's version concerns an agency other than yours and this partner's, "
        "which a package may never change. Nothing was changed; keep the local version."
    )


class Refusal(StrEnum):
    """Why a record's change was not applied here (shown in the import preview)."""

    OUR_CONSENT = "our_consent"  # a release our users recorded or confirmed
    OTHER_AGENCY = "other_agency"  # a release another agency than the sender recorded
    MOVED = "moved"  # it would move to another client, referral, agency or release
    WITHHELD = "withheld"  # it only changes what we withhold from the sender
    #: a new referral citing a release the sender neither recorded nor was addressed by
    #: (or a new note on such a referral)
    NOT_ITS_RELEASE = "not_its_release"
    #: a referral status change the sender's side may not make (rule 6)
    STATUS = "status"
    #: an agency entry that is neither the sender, nor us, nor one we know (rule 7)
    UNKNOWN_AGENCY = "unknown_agency"
    #: a note written here: only we correct or void it (``transfer.ownership``)
    OUR_NOTE = "our_note"


@dataclass(frozen=True, slots=True)
class Ruling:
    """What may be taken of one incoming record: nothing (``refused``), or everything
    but the ``kept`` fields, which keep our value."""

    refused: Refusal | None = None
    kept: frozenset[str] = frozenset()


ALLOWED = Ruling()

#: What "Keep theirs" says when the partner's version may not change ours.
KEEP_THEIRS_REFUSED: Mapping[Refusal, type[KeepTheirsRefused]] = {
    Refusal.OUR_CONSENT: OurConsentKept, Refusal.OTHER_AGENCY: OtherAgencyRelease,
    Refusal.MOVED: RecordWouldMove, Refusal.WITHHELD: OnlyWithheldChanges,
    Refusal.STATUS: StatusNotTheirs,
    Refusal.OUR_NOTE: OurNoteKept,
}


def check_revision(env: Mapping[str, Any], local: Any, remote_revision: int) -> None:
    """Refuse a revision that jumps far beyond the record's known ones."""
    known = remote_revision
    if isinstance(local, Mapping):
        known = max(known, int(local["revision"]))
    if int(env["revision"]) > known + MAX_REVISION_STEP:
        raise RevisionOutOfRange()


def check_parties(records: Iterable[Mapping[str, Any]], local: Mapping[tuple[str, str], Any],
                  *, sender: str, us: str, ids: IdMap) -> None:
    """Refuse a package that brings (or changes) a referral not between ``sender`` and
    ``us`` or a release naming a third agency (local ids). An honest sender's exporter
    only sends referrals with the partner it is for and the releases they cite or that
    name that partner. (Agency entries are not checked: older versions send a partner's
    entry under their own directory id, and an entry alone opens nothing.)"""
    parties = {sender, us}
    for env in records:
        kind, data = env["type"], env["data"]
        held = local.get((kind, env["id"]))
        if kind == "referral":
            named = {ids.to_local(data["from_agency_id"]), ids.to_local(data["to_agency_id"])}
            if held is not None:  # nor may it take over our referral with another agency
                named |= {held["from_agency_id"], held["to_agency_id"]}
        elif kind == "release":
            named = {ids.to_local(data["recipient_agency_id"])}
            if held is not None:
                named.add(held["recipient_agency_id"])
        else:
            continue
        if not named <= parties:
            raise ThirdAgencyRefused()


def counts_for_our_consent(release: Mapping[str, Any]) -> bool:
    """``Release.counts_for_our_consent`` of a stored release row."""
    return release.get("recorded_by_agency_id") is None or \
        release.get("confirmed_by") is not None


#: Fields a package never changes on a record we hold ("nothing moves"): whose record it
#: is, and who our exports of it go to. The writer never writes them on an update.
FIXED: Mapping[str, tuple[str, ...]] = {
    "release": ("client_id", "recipient_agency_id"),
    "referral": ("client_id", "from_agency_id", "to_agency_id", "release_id"),
    "placement": ("client_id",), "restitution": ("client_id",),
    "note": ("client_id", "referral_id"),
}
_AGENCY_REFS = frozenset({"recipient_agency_id", "from_agency_id", "to_agency_id"})

#: Fields a field-level merge never takes from a partner by itself, even where only the
#: partner changed them: a person reviews each (``services.transfer.merging``). A date of
#: birth decides who is a minor (a guardian's signature on every release, what may be
#: shared): a partner's typo must not quietly change it here.
REVIEWED: Mapping[str, tuple[str, ...]] = {
    "client": ("personal.date_of_birth", "personal.is_minor"),
}


def moves(kind: str, data: Mapping[str, Any], local: Mapping[str, Any], ids: IdMap) -> bool:
    """Whether ``data`` gives a record we hold (``local``, as the sender sees it) another
    value in one of its :data:`FIXED` fields."""
    for name in FIXED.get(kind, ()):
        theirs = data.get(name)
        if name in _AGENCY_REFS and theirs is not None:
            theirs = ids.to_local(theirs)
        if theirs == local.get(name):
            continue
        if name == "release_id" and theirs == local.get(HIDDEN_CITATION):
            continue  # the citation we hold, sent to the partner before it was hidden
        return True
    return False


def status_allowed(data: Mapping[str, Any], local: Mapping[str, Any], *, sender: str,
                   merging: bool = False) -> bool:
    """Whether a referral's incoming status (``data``) follows from ours (``local``)
    through steps the sender's side may take (rule 6). ``merging``: a conflict, where a
    status behind ours is the partner's copy lagging, not a step back."""
    ours, theirs = ReferralStatus(local["status"]), ReferralStatus(data["status"])
    sides = referral_sides(local["from_agency_id"], local["to_agency_id"], sender)
    if reachable(ours, theirs, sides):
        return True
    return merging and reachable(theirs, ours, BOTH_SIDES)


def new_status_allowed(data: Mapping[str, Any], *, sender: str, ids: IdMap) -> bool:
    """A new referral the sender made arrives in a status the sender may leave it in."""
    if ids.to_local(data["from_agency_id"]) != sender:
        return True
    return reachable(ReferralStatus.DRAFT, ReferralStatus(data["status"]),
                     frozenset({ReferralSide.SENDER}))


def rule(env: Mapping[str, Any], local: Mapping[str, Any], *, sender: str,
         withheld: frozenset[InfoCategory], received_fields: str, ids: IdMap,
         merging: bool = False) -> Ruling:
    """The ruling on an incoming change to a record we hold (``local``), from ``sender``
    (our directory id), given the categories our consent gate withholds from it for the
    record's client and what it sent us last (``SyncState``). ``merging``: the change
    is a conflict to be kept for a person (see ``status_allowed``)."""
    kind, data = env["type"], env["data"]
    if moves(kind, data, local, ids):
        return Ruling(Refusal.MOVED)
    if kind == "referral" and not status_allowed(data, local, sender=sender, merging=merging):
        return Ruling(Refusal.STATUS)
    if kind == "release":
        if counts_for_our_consent(local):
            return Ruling(Refusal.OUR_CONSENT)
        if local.get("recorded_by_agency_id") != sender:
            return Ruling(Refusal.OTHER_AGENCY)
        return ALLOWED
    if kind == "note" and local.get("origin_agency_id") is None:
        return Ruling(Refusal.OUR_NOTE)
    kept = _kept_fields(kind, data, local, sender=sender, withheld=withheld,
                        received_fields=received_fields, ids=ids)
    return Ruling(kept=kept) if kept else ALLOWED


def _kept_fields(kind: str, data: Mapping[str, Any], local: Mapping[str, Any], *,
                 sender: str, withheld: frozenset[InfoCategory], received_fields: str,
                 ids: IdMap) -> frozenset[str]:
    """Fields of withheld categories whose incoming value differs from ours while ours
    is not the sender's own."""
    governed = schema.fields_of(kind, withheld) & rec.carried(kind, data)
    if not governed:
        return frozenset()
    ours = rec.record_data(kind, dict(local), frozenset(), ids.to_global)
    theirs, mine = rec.field_values(kind, data), rec.field_values(kind, ours)
    differing = frozenset(f for f in governed if theirs[f] != mine.get(f))
    if not differing:
        return frozenset()
    owned = rec.echoes(kind, ours, received_fields)
    holder = rec.marks_row(kind, local)
    if holder is not None and holder.get("not_received_from") == sender:
        owned |= rec.not_received(kind, local)
    return differing - owned


def narrow(env: Mapping[str, Any], kept: frozenset[str]) -> dict[str, Any]:
    """``env`` without the ``kept`` fields, listed as ``left_out``: the writer and the
    three-way comparison then keep our values for them, as for a withheld field."""
    data = dict(env["data"])
    if env["type"] == "client":
        data["personal"] = {k: v for k, v in data["personal"].items() if k not in kept}
    else:
        data = {k: v for k, v in data.items() if k not in kept}
    out = {**env, "data": data, "left_out": sorted(set(env.get("left_out", ())) | kept)}
    return out
