"""What a partner that sent us a case kept back: the categories of information its
releases to us do not cover. Its consent gate sends a category only under an active
release to us (or a supervisor's override, which shares everything), and it sends those
releases along; so the releases it recorded to us say what it withheld. Shown as
"Withheld by <agency> — no release" where the information would be (the Notes tab,
``nap referrals show``) instead of an empty list that reads as "nothing there"."""

from __future__ import annotations

from collections.abc import Mapping

from nap_desktop.domain.entities import CaseRecord, Referral
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus

#: A release that never opened anything at the sender.
_NEVER_SHARED = frozenset({ReleaseStatus.DRAFT, ReleaseStatus.REFUSED})


def our_agency_id(case: CaseRecord) -> str:
    """This vault's agency, as the case knows it ("" when it names no agency of ours)."""
    return next((a.id for a in case.agencies.values() if a.is_self), "")


def _came_in_a_package(ref: Referral) -> bool:
    """A referral a partner's package brought: its first status entry has no user here
    (one entered here by hand, say after a phone call, says nothing of what was held
    back)."""
    return bool(ref.history) and ref.history[0].by_user_id is None


def senders(case: CaseRecord) -> list[str]:
    """The agencies whose packages brought this case's referrals to us, oldest first."""
    us = our_agency_id(case)
    found = [r.from_agency_id for r in sorted(case.referrals, key=lambda r: r.created_at)
             if r.to_agency_id == us and r.from_agency_id != us and _came_in_a_package(r)]
    marked = case.client.not_received.sender_agency_id
    if marked and marked != us:
        found.append(marked)
    return list(dict.fromkeys(found))


def withheld_from_us(case: CaseRecord) -> Mapping[InfoCategory, tuple[str, ...]]:
    """Category -> the sending agencies (ids) that withheld it from us: no release it
    recorded to us covers it. A category of which a sender's records are here anyway
    (notes it wrote, under an override) is not listed."""
    us = our_agency_id(case)
    out: dict[InfoCategory, list[str]] = {}
    for sender in senders(case):
        covered: set[InfoCategory] = set()
        for rel in case.releases:
            if rel.recorded_by_agency_id == sender and rel.recipient_agency_id == us \
                    and rel.status not in _NEVER_SHARED:
                covered |= rel.categories
        if _partner_notes(case):
            covered.add(InfoCategory.NOTES)
        for category in InfoCategory:
            if category not in covered:
                out.setdefault(category, []).append(sender)
    return {c: tuple(agencies) for c, agencies in out.items()}


def _partner_notes(case: CaseRecord) -> bool:
    return any(n.author_user_id is None for n in case.notes)
