"""Releases of information (survivor consent): what may be shared, with whom, until when."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.date_rules import check_dates
from nap_desktop.domain.enums import InfoCategory, ReleaseStatus, Role, SignedBy
from nap_desktop.domain.errors import InvalidTransition, ReleaseChanged, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import (
    MAX_RELEASE_DAYS,
    ReleaseTerms,
    check_release_terms,
    effective_release_status,
    minor_today,
    status_word,
)
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.store.types import join_set

_SPEC = registry.REGISTRY["release"]

__all__ = ["MAX_RELEASE_DAYS", "ReleaseService", "check_confirmable", "check_stored_terms"]


def _minor(client: m.ClientRow, today: date) -> bool:
    personal = client.personal
    return personal is not None and minor_today(personal.date_of_birth, personal.is_minor,
                                                today)


def check_stored_terms(row: m.ReleaseRow, client: m.ClientRow, today: date, *,
                       signed_on: date | None = None, signed_by: SignedBy | None = None) -> None:
    """:func:`domain.rules.check_release_terms` on a stored release, as signing it
    (``signed_on``/``signed_by`` given) or confirming a partner's copy (as it stands) must
    pass: the minor rule by the client's date of birth on ``today``."""
    check_release_terms(ReleaseTerms(
        signed_on=row.signed_on if signed_on is None else signed_on, expires_on=row.expires_on,
        signed_by=SignedBy(row.signed_by) if signed_by is None else signed_by,
        minor=_minor(client, today),
        told=row.services_not_conditional,
        refused=row.status == ReleaseStatus.REFUSED.value), today)


def check_confirmable(row: m.ReleaseRow, client: m.ClientRow, today: date, *,
                      expected_revision: int) -> None:
    """What confirming a partner's copy of a release requires: it is the revision the
    person read (a package imported meanwhile may have widened it), it is active, and it
    passes the rules a release we record must pass (:func:`check_stored_terms`)."""
    if row.revision != expected_revision:
        raise ReleaseChanged()
    status = effective_release_status(ReleaseStatus(row.status), row.expires_on, today)
    if status is not ReleaseStatus.ACTIVE or row.signed_on is None:
        raise InvalidTransition(
            N_(
                "Only an active, signed release can be confirmed: this one is a draft, refused, "
                "revoked or expired. Nothing was confirmed."
            ), field="status")
    check_stored_terms(row, client, today)


class ReleaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(
        self,
        *,
        client_id: str,
        recipient_agency_id: str,
        categories: Iterable[InfoCategory | str],
        purpose: str,
        expires_on: date | None,
        signed_by: SignedBy | str = SignedBy.SURVIVOR,
        form_language: str = "en",
        signed_on: date | None = None,
        exception_basis: str = "",
        services_not_conditional: bool = True,
        refused: bool = False,
    ) -> e.Release:
        """Record a release. Signed releases become active at once; unsigned ones are drafts;
        ``refused=True`` records that the survivor declined to sign."""
        self.ctx.require(Role.CASEWORKER)
        v.day(signed_on, field="signed_on", label=N_("Date signed"))
        v.day(expires_on, field="expires_on", label=N_("Expiry date"))
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            client = get_or_404(s, m.ClientRow, client_id, "client")
            _check_recipient(s, recipient_agency_id)
            cats = _covered(categories, refused)
            who = v.choice(SignedBy, signed_by, field="signed_by", label=N_("Signer"))
            check_release_terms(ReleaseTerms(
                signed_on=signed_on, expires_on=expires_on, signed_by=who,
                minor=_minor(client, today), told=services_not_conditional, refused=refused),
                today)
            assert expires_on is not None  # checked above
            status = _new_status(refused=refused, signed_on=signed_on)
            now = self.ctx.now()
            texts = _texts(purpose, form_language, exception_basis)
            row = m.ReleaseRow(
                id=new_id(),
                client_id=client_id,
                recipient_agency_id=recipient_agency_id,
                categories=join_set({c.value for c in cats}),
                purpose=texts["purpose"],
                signed_by=who.value,
                form_language=texts["form_language"],
                signed_on=signed_on,
                expires_on=expires_on,
                status=status.value,
                revoked_on=None,
                exception_basis=texts["exception_basis"],
                services_not_conditional=services_not_conditional,
                created_at=now,
                updated_at=now,
                revision=1,
            )
            s.add(row)
            self.ctx.audit(
                s,
                "release.create",
                record_type="release",
                record_id=row.id,
                detail=f"client {client_id}; to agency {recipient_agency_id}; "
                f"{status.value}; covers {row.categories}; until {expires_on}",
            )
            return mapping.release(row, today)

    def sign(self, release_id: str, signed_on: date, *,
             signed_by: SignedBy | str | None = None) -> e.Release:
        """A draft release is signed: it becomes active. The same rules as
        :meth:`create` apply (:func:`domain.rules.check_release_terms`): at most a year
        from the date signed, a minor's release signed by a parent or guardian (say who
        signed with ``signed_by``; default: as the draft says), and the draft records
        that services were not made conditional on signing."""
        self.ctx.require(Role.CASEWORKER)
        v.day(signed_on, field="signed_on", label=N_("Date signed"))
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReleaseRow, release_id, "release of information")
            if row.status != ReleaseStatus.DRAFT.value:
                raise InvalidTransition(N_("Only a draft release can be signed."), field="status")
            who = v.choice(SignedBy, signed_by if signed_by is not None else row.signed_by,
                           field="signed_by", label=N_("Signer"))
            client = get_or_404(s, m.ClientRow, row.client_id, "client")
            check_stored_terms(row, client, today, signed_on=signed_on, signed_by=who)
            row.signed_on, row.status = signed_on, ReleaseStatus.ACTIVE.value
            row.signed_by = who.value
            self._bump(row)
            self.ctx.audit(s, "release.sign", record_type="release", record_id=row.id,
                           detail=f"signed {signed_on} by {who.value}; until {row.expires_on}")
            return mapping.release(row, today)

    def revoke(self, release_id: str, revoked_on: date | None = None) -> e.Release:
        """The survivor withdrew consent: from now on nothing more is shared under it."""
        self.ctx.require(Role.CASEWORKER)
        v.day(revoked_on, field="revoked_on", label=N_("Revocation date"))
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReleaseRow, release_id, "release of information")
            if row.status not in (ReleaseStatus.ACTIVE.value, ReleaseStatus.DRAFT.value):
                raise InvalidTransition(
                    N_("This release is already {status}."),
                    field="status",
                    status=status_word(row.status),
                )
            when = revoked_on or today
            check_dates("release", {"signed_on": row.signed_on, "revoked_on": when}, today)
            row.status, row.revoked_on = ReleaseStatus.REVOKED.value, when
            self._bump(row)
            self.ctx.audit(s, "release.revoke", record_type="release", record_id=row.id)
            return mapping.release(row, today)

    def for_client(self, client_id: str) -> list[e.Release]:
        with self.ctx.read() as s:
            rows = s.scalars(
                select(m.ReleaseRow)
                .where(m.ReleaseRow.client_id == client_id)
                .order_by(m.ReleaseRow.created_at)
            )
            return [mapping.release(r, self.ctx.today()) for r in rows]

    def confirm_partner_release(self, release_id: str, *, expected_revision: int) -> None:
        """Make a release a partner recorded count for what *we* share (supervisors and
        administrators, after checking the signed form themselves). Audited.

        ``expected_revision`` is the revision the person read: a package imported since
        may have changed the release, and that is refused (``ReleaseChanged``). The
        release must be active and pass the rules one we record must pass
        (``services.releases.check_confirmable``: at most a year, services not made
        conditional, a minor's signed by a parent or guardian, by the client's date of
        birth today); otherwise nothing is confirmed."""
        self.ctx.require(Role.SUPERVISOR)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ReleaseRow, release_id, "release of information")
            if row.recorded_by_agency_id is None:
                raise ValidationError(N_(
                    "This release was recorded here: there is nothing to "
                    "confirm."
                ), field="release")
            if row.confirmed_by is not None:
                raise ValidationError(N_("This release was confirmed already."), field="release")
            client = get_or_404(s, m.ClientRow, row.client_id, "client")
            check_confirmable(row, client, self.ctx.today(),
                              expected_revision=expected_revision)
            row.confirmed_by, row.confirmed_at = self.ctx.actor.user_id, self.ctx.now()
            row.revision += 1
            self.ctx.audit(s, "release.confirm_partner", record_type="release",
                           record_id=row.id,
                           detail=f"recorded by agency {row.recorded_by_agency_id}; "
                                  "now counts for our consent")

    def _bump(self, row: m.ReleaseRow) -> None:
        row.revision += 1
        row.updated_at = self.ctx.now()


def _check_recipient(s: OrmSession, agency_id: str) -> None:
    """The recipient of a new release exists and is another agency than ours."""
    agency = get_or_404(s, m.AgencyRow, agency_id, "agency")
    if agency.is_self:
        raise ValidationError(
            N_("A release names another agency as recipient."), field="recipient"
        )


def _covered(categories: Iterable[InfoCategory | str], refused: bool) -> frozenset[InfoCategory]:
    """The categories a new release covers: at least one, unless it records a refusal."""
    cats = v.choices(InfoCategory, categories, field="categories", label=N_("Category"))
    if not cats and not refused:
        raise ValidationError(
            N_("Choose what information the release covers."), field="categories"
        )
    return cats


def _new_status(*, refused: bool, signed_on: date | None) -> ReleaseStatus:
    """A new release is refused, active once signed, a draft until then."""
    if refused:
        return ReleaseStatus.REFUSED
    return ReleaseStatus.ACTIVE if signed_on else ReleaseStatus.DRAFT


def _texts(purpose: str, form_language: str, exception_basis: str) -> dict[str, str]:
    """A new release's texts, checked in this order (the first problem is reported)."""
    return {
        "purpose": v.text(
            purpose, field="purpose", label=N_("Purpose"), required=True,
            spec=_SPEC["purpose"]
        ),
        "form_language": v.text(
            form_language,
            field="form_language",
            label=N_("Form language"),
            required=True,
            spec=_SPEC["form_language"],
        ),
        "exception_basis": v.text(
            exception_basis, field="exception_basis", label=N_("Exception basis"),
            spec=_SPEC["exception_basis"]
        ),
    }
