"""Which personal details may leave the vault for a given audience (pure, no I/O).

The rule (34 U.S.C. 12291(b)(2), see docs/domain): a document or export for a partner
agency carries personal details only in the :class:`InfoCategory` values that an
*active, unexpired, unrevoked* release of information from this client *to that partner*
covers. Releases to other agencies never count, and neither do releases another agency
recorded (they arrive in its packages as information; one of our users may confirm
one, audited, and then it counts). An internal document withholds nothing.
A supervisor override (with a written reason) shows everything and must say so on the
document; checking the role and auditing the override belong to the calling service.

Used by the PDF summary and meant for the encrypted export as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nap_desktop.domain.entities import CaseRecord, Release
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import effective_release_status

# Which parts of a record each category governs: ``domain.consent`` (the one table).

ALL_CATEGORIES: frozenset[InfoCategory] = frozenset(InfoCategory)


class AudienceKind(StrEnum):
    INTERNAL = "internal"
    PARTNER = "partner"


@dataclass(frozen=True, slots=True, kw_only=True)
class Audience:
    """Who a document is for. Build it with :meth:`internal` or :meth:`for_partner`."""

    kind: AudienceKind
    agency_id: str | None = None
    agency_name: str | None = None
    override_reason: str | None = None

    @classmethod
    def internal(cls) -> Audience:
        """For use inside the agency that holds the vault: nothing is withheld."""
        return cls(kind=AudienceKind.INTERNAL)

    @classmethod
    def for_partner(cls, agency_id: str, agency_name: str,
                    override_reason: str | None = None) -> Audience:
        """For a named partner agency. ``override_reason`` (a supervisor's written
        reason) releases everything; it must not be blank when given."""
        if not agency_id.strip() or not agency_name.strip():
            raise ValidationError(N_("Choose the partner agency the document is for."),
                                  field="partner")
        reason = None
        if override_reason is not None:
            reason = " ".join(override_reason.split())
            if not reason:
                raise ValidationError(N_("Write the reason for the supervisor override."),
                                      field="override_reason")
        return cls(kind=AudienceKind.PARTNER, agency_id=agency_id, agency_name=agency_name,
                   override_reason=reason)

    @property
    def is_partner(self) -> bool:
        return self.kind is AudienceKind.PARTNER

    @property
    def is_override(self) -> bool:
        return self.is_partner and self.override_reason is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class RedactionPlan:
    """What an audience may see of one case, decided once, before anything is rendered.

    ``release_ids`` are the releases that authorise the shared categories (empty for
    internal documents and overrides): record them in the audit event.
    """

    audience: Audience
    shared: frozenset[InfoCategory]
    release_ids: tuple[str, ...] = ()

    def shares(self, category: InfoCategory) -> bool:
        """Whether the details of ``category`` may be shown to this audience."""
        return category in self.shared

    @property
    def withheld(self) -> tuple[InfoCategory, ...]:
        """Withheld categories, in the order of :class:`InfoCategory`."""
        return tuple(c for c in InfoCategory if c not in self.shared)

    @property
    def withheld_names(self) -> list[str]:
        """Withheld category values (``"identity"``, …), for results and audit details."""
        return [c.value for c in self.withheld]

    @property
    def is_override(self) -> bool:
        return self.audience.is_override

    @property
    def withholds_anything(self) -> bool:
        return bool(self.withheld)


def is_in_force(release: Release, today: date) -> bool:
    """Active on ``today``: stored active, not past its expiry, not revoked by today."""
    if release.revoked_on is not None and release.revoked_on <= today:
        return False
    if release.signed_on is not None and release.signed_on > today:
        return False
    status = effective_release_status(release.status, release.expires_on, today)
    return status is ReleaseStatus.ACTIVE


def releases_in_force(case: CaseRecord, today: date,
                      recipient_agency_id: str | None = None) -> list[Release]:
    """This client's releases in force on ``today`` that count for our consent (recorded
    or confirmed by our own users: ``Release.counts_for_our_consent``; a partner's copy
    is information only), optionally only those naming ``recipient_agency_id``; ordered
    by expiry."""
    found = [
        r for r in case.releases
        if r.client_id == case.client.id and r.counts_for_our_consent
        and (recipient_agency_id is None or r.recipient_agency_id == recipient_agency_id)
        and is_in_force(r, today)
    ]
    return sorted(found, key=lambda r: (r.expires_on, r.id))


def _union(releases: Iterable[Release]) -> frozenset[InfoCategory]:
    out: set[InfoCategory] = set()
    for release in releases:
        out |= release.categories
    return frozenset(out)


def plan_redaction(case: CaseRecord, audience: Audience, today: date) -> RedactionPlan:
    """Decide what ``audience`` may see of ``case`` on ``today``."""
    if not audience.is_partner or audience.is_override:
        return RedactionPlan(audience=audience, shared=ALL_CATEGORIES)
    assert audience.agency_id is not None  # guaranteed by Audience.for_partner
    releases = releases_in_force(case, today, audience.agency_id)
    return RedactionPlan(audience=audience, shared=_union(releases),
                         release_ids=tuple(r.id for r in releases))
