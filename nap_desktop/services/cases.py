"""Clients (survivors), their personal details, notes, and the whole-case read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from nap_desktop.domain import demographics
from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.date_rules import check_dates
from nap_desktop.domain.enums import ImmigrationRelief, Role, TraffickingType
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import minor_by_birth_date
from nap_desktop.services import audit
from nap_desktop.services import validate as v
from nap_desktop.services.assignment import AssignmentService
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.referrals import ReferralInput, add_referral, changed_detail
from nap_desktop.store import indexing, mapping
from nap_desktop.store import models as m
from nap_desktop.store.types import join_set

CASE_SEQ_KEY = "case_number_seq"


@dataclass(slots=True, kw_only=True)
class PersonalInput:
    """What the client form submits. Every field is optional except a name or alias."""

    legal_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    #: The caseworker's own call while the date of birth is unknown (an age can be known
    #: without one); a known date of birth decides the flag (see :func:`minor_flag`).
    is_minor: bool = False
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    contact_info: str = ""
    safe_contact_instructions: str = ""
    location: str = ""
    continued_presence: ImmigrationRelief = ImmigrationRelief.NONE
    continued_presence_expires: date | None = None
    t_visa: ImmigrationRelief = ImmigrationRelief.NONE
    hhs_letter: ImmigrationRelief = ImmigrationRelief.NONE
    # Reported client fields (issue #13): real answers, or exactly one of "doesnt_know",
    # "refused", "not_collected" (``domain/demographics.py``). None: keep what is stored
    # ("not collected" for a new client), so a form that does not show them changes none.
    gender: frozenset[str] | None = None
    race_ethnicity: frozenset[str] | None = None
    sex: str | None = None
    citizenship: str | None = None
    referral_source: str | None = None
    #: Fields withheld by the agency that sent the case (``Client.not_received``) that
    #: the person deliberately entered, even with the value shown (say "not a minor"). A
    #: withheld field whose value changes is entered too; the others stay withheld.
    entered: frozenset[str] = frozenset()


_NAMES = frozenset({"legal_name", "preferred_name"})


def _check_name(row: m.ClientPersonalRow, withheld: frozenset[str]) -> None:
    """A case needs a name, unless the agency that sent it withheld the names (no
    release covered them): nobody should have to invent one."""
    if not row.legal_name and not row.preferred_name and not withheld & _NAMES:
        raise ValidationError(
            N_("Enter a legal name or the name the survivor uses."), field="legal_name"
        )


def still_withheld(withheld: frozenset[str], changed: Iterable[str],
                   entered: Iterable[str]) -> frozenset[str]:
    """What stays withheld after a save: a field changed or deliberately entered is
    known now. A date of birth entered decides the minor flag too."""
    known = set(changed) | set(entered)
    if "date_of_birth" in known:
        known.add("is_minor")
    return withheld - known


#: The client form's fields (the personal columns of the same names), as an edit's
#: audit entry names them when changed.
_PERSONAL_FIELDS = tuple(f.name for f in fields(PersonalInput) if f.name != "entered")


def _audited(row: m.ClientRow) -> dict[str, object]:
    """The audited values (compared before and after an edit; only names are logged)."""
    values: dict[str, object] = {
        f"personal.{f}": getattr(row.personal, f) for f in _PERSONAL_FIELDS
    }
    values["trafficking_type"] = row.trafficking_type
    return values


_SPEC = registry.REGISTRY["client"]


def _apply_personal(row: m.ClientPersonalRow, data: PersonalInput, today: date) -> None:
    row.legal_name = v.text(data.legal_name, field="legal_name", label=N_("Legal name"),
                            spec=_SPEC["legal_name"])
    row.preferred_name = v.text(data.preferred_name, field="preferred_name",
                                label=N_("Preferred name"), spec=_SPEC["preferred_name"])
    check_dates("client", {"date_of_birth": data.date_of_birth}, today)
    v.day(data.date_of_birth, field="date_of_birth", label=N_("Date of birth"))
    v.day(data.continued_presence_expires, field="continued_presence_expires",
          label=N_("Continued Presence expiry"))
    check_dates("client", {"date_of_birth": data.date_of_birth,
                           "continued_presence_expires": data.continued_presence_expires}, today)
    row.date_of_birth = data.date_of_birth
    row.is_minor = minor_flag(data.date_of_birth, data.is_minor, today)
    row.languages = ",".join(v.text_list(data.languages, field="languages", label=N_("Languages"),
                                         item_label=N_("Language"), spec=_SPEC["languages"]))
    row.interpreter_needed = data.interpreter_needed
    row.contact_info = v.text(data.contact_info, field="contact_info", label=N_("Contact"),
                              spec=_SPEC["contact_info"])
    row.safe_contact_instructions = v.text(
        data.safe_contact_instructions,
        field="safe_contact",
        label=N_("Safe-contact instructions"),
        spec=_SPEC["safe_contact_instructions"],
    )
    row.location = v.text(data.location, field="location", label=N_("Location"),
                          spec=_SPEC["location"])
    row.continued_presence = v.choice(
        ImmigrationRelief,
        data.continued_presence,
        field="continued_presence",
        label=N_("Continued Presence"),
    ).value
    row.continued_presence_expires = data.continued_presence_expires
    row.t_visa = v.choice(ImmigrationRelief, data.t_visa, field="t_visa", label=N_("T visa")).value
    row.hhs_letter = v.choice(
        ImmigrationRelief, data.hhs_letter, field="hhs_letter", label=N_("HHS letter")
    ).value
    _apply_reported(row, data)


def _apply_reported(row: m.ClientPersonalRow, data: PersonalInput) -> None:
    """The reported fields (issue #13) that ``data`` sets (None: unchanged)."""
    for name, (_vocab, multi, _label) in demographics.FIELDS.items():
        value = getattr(data, name)
        if value is None:
            continue
        stored = (",".join(sorted(demographics.check_set(name, value))) if multi
                  else demographics.check_one(name, value))
        setattr(row, name, stored)


def minor_flag(dob: date | None, ticked: bool, today: date) -> bool:
    """The minor flag to keep. A known date of birth decides it: under 18 is a minor
    (the guardian rules apply even if nobody ticked the box), 18 or over is not, so an
    adult is never left flagged. A tick that contradicts an adult's date of birth is
    refused rather than dropped: the date may be in doubt (traffickers forge ages), and
    only a person can say which is right. With no date of birth the tick is the
    caseworker's call, so a minor whose date of birth is unknown stays flagged."""
    by_birth = minor_by_birth_date(dob, today)
    if by_birth is None:
        return ticked
    if ticked and not by_birth:
        raise ValidationError(
            N_(
                "By the date of birth the survivor is 18 or over: untick “Under 18”, or set "
                "the date of birth to “Unknown” if it is in doubt."
            ),
            field="is_minor",
        )
    return by_birth


def next_case_number(session: OrmSession, year: int) -> str:
    """Pseudonymous, sequential per year, easy to read aloud: ``NAP-26-00042``."""
    key = f"{CASE_SEQ_KEY}:{year}"
    row = session.get(m.Setting, key)
    if row is None:
        row = m.Setting(key=key, value="0")
        session.add(row)
    number = int(row.value) + 1
    row.value = str(number)
    return f"NAP-{year % 100:02d}-{number:05d}"


class CaseService:
    """Create and edit clients; read a whole case."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create_client(
        self,
        personal: PersonalInput,
        *,
        trafficking_type: TraffickingType | str = TraffickingType.UNKNOWN,
        assigned_user_id: str | None = None,
    ) -> e.Client:
        """Open a new case. The case number is generated; personal details are stored apart."""
        actor = self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = self._insert_client(s, personal, trafficking_type, assigned_user_id, actor)
            indexing.reindex_client(s, row.id)
            return mapping.client(row)

    def open_case(
        self,
        personal: PersonalInput,
        *,
        trafficking_type: TraffickingType | str = TraffickingType.UNKNOWN,
        first_referral: ReferralInput | None = None,
        assigned_user_id: str | None = None,
    ) -> tuple[e.Client, e.Referral | None]:
        """Open a new case from an intake: the client and, when given, the referral that
        brought the survivor to us (or our first one out), in one transaction. If either
        is refused, nothing is stored and no case number is used."""
        actor = self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = self._insert_client(s, personal, trafficking_type, assigned_user_id, actor)
            referral = None
            if first_referral is not None:
                s.flush()  # the referral checks that its client exists
                referral = add_referral(
                    self.ctx, s, client_id=row.id, data=first_referral, actor=actor
                )
            indexing.reindex_client(s, row.id)
            return mapping.client(row), None if referral is None else mapping.referral(referral)

    def _insert_client(
        self,
        s: OrmSession,
        personal: PersonalInput,
        trafficking_type: TraffickingType | str,
        assigned_user_id: str | None,
        actor: e.User,
    ) -> m.ClientRow:
        now = self.ctx.now()
        ttype = v.choice(
            TraffickingType,
            trafficking_type,
            field="trafficking_type",
            label=N_("Trafficking type"),
        )
        if assigned_user_id is not None:
            get_or_404(s, m.UserRow, assigned_user_id, "user")
        row = m.ClientRow(
            id=new_id(),
            case_number=next_case_number(s, now.year),
            trafficking_type=ttype.value,
            assigned_user_id=assigned_user_id or actor.id,
            created_at=now,
            updated_at=now,
            revision=1,
            next_due_label="",
        )
        row.personal = m.ClientPersonalRow()
        _apply_personal(row.personal, personal, self.ctx.today())
        _check_name(row.personal, frozenset())
        s.add(row)
        self.ctx.audit(s, "client.create", record_type="client", record_id=row.id)
        return row

    def update_client(
        self,
        client_id: str,
        personal: PersonalInput,
        *,
        trafficking_type: TraffickingType | str | None = None,
        expected_revision: int | None = None,
    ) -> e.Client:
        """Save the client form. Refused (StaleRecord) if someone saved in between.
        Fields the sending agency withheld may stay blank (a name too); one that changes
        or is in ``personal.entered`` is known from now on (audited by name)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.ClientRow, client_id, "client")
            v.expect_revision(row.revision, expected_revision)
            p = row.personal
            withheld = mapping.not_received(p).fields
            before = {f: getattr(p, f) for f in withheld}
            old = _audited(row)
            _apply_personal(p, personal, self.ctx.today())
            changed = [f for f in withheld if getattr(p, f) != before[f]]
            left = still_withheld(withheld, changed, personal.entered)
            _check_name(p, left)
            entered = sorted(withheld - left)
            if entered:
                p.not_received = join_set(left)
                p.not_received_from = p.not_received_from if left else None
            if trafficking_type is not None:
                row.trafficking_type = v.choice(
                    TraffickingType,
                    trafficking_type,
                    field="trafficking_type",
                    label=N_("Trafficking type"),
                ).value
            self._touch(row)
            self.ctx.audit(s, "client.update", record_type="client", record_id=row.id,
                           detail=changed_detail(old, _audited(row), entered))
            indexing.reindex_client(s, row.id)
            return mapping.client(row)

    def assign(self, client_ids: Sequence[str] | str, user_id: str, *,
               reason: str) -> list[e.Client]:
        """Supervisors and administrators: make ``user_id`` the worker of these cases (or
        of one, given as a single id) and their referrals, with a reason; all or nothing
        (``services/assignment.py``)."""
        ids = [client_ids] if isinstance(client_ids, str) else list(client_ids)
        return AssignmentService(self.ctx).assign(ids, user_id, reason=reason)

    def add_note(self, client_id: str, body: str, *, referral_id: str | None = None) -> e.Note:
        actor = self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            client = get_or_404(s, m.ClientRow, client_id, "client")
            if referral_id is not None:
                ref = get_or_404(s, m.ReferralRow, referral_id, "referral")
                if ref.client_id != client_id:
                    raise ValidationError(
                        N_("That referral belongs to another case."), field="referral"
                    )
            now = self.ctx.now()
            row = m.NoteRow(
                id=new_id(),
                client_id=client_id,
                referral_id=referral_id,
                author_user_id=actor.id,
                body=v.text(body, field="body", label=N_("Note"), required=True,
                            spec=registry.field("note", "body")),
                created_at=now,
                updated_at=now,
                revision=1,
            )
            s.add(row)
            self._touch(client)
            self.ctx.audit(
                s, "note.add", record_type="note", record_id=row.id, detail=f"client {client_id}"
            )
            indexing.reindex_client(s, client_id)
            return mapping.note(row)

    def reveal(self, client_id: str) -> None:
        """Record that someone deliberately revealed a case's personal details in discreet mode."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            get_or_404(s, m.ClientRow, client_id, "client")
            self.ctx.audit(s, "client.reveal", record_type="client", record_id=client_id)

    def record_views(self, client_ids: Iterable[str], *, detail: str) -> None:
        """Record, in one transaction and before anything is shown, that these clients'
        records were viewed (``detail``: where, e.g. ``cli referrals show``)."""
        with self.ctx.unit_of_work() as s:
            for client_id in dict.fromkeys(client_ids):
                self.ctx.audit(s, "client.view", record_type="client", record_id=client_id,
                               detail=detail)

    def leave_discreet_mode(self) -> None:
        """Record that someone turned discreet mode off: every name shows on screen from
        now on, so it is audited like revealing one case."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            self.ctx.audit(s, "view.discreet_off")

    def get_case(self, client_id: str) -> e.CaseRecord:
        """Everything about one client, as plain records."""
        with self.ctx.read() as s:
            return load_case(s, client_id, self.ctx.today())

    def history(self, client_id: str) -> list[e.AuditEvent]:
        """Audit events for the client and everything hanging off it, newest first."""
        with self.ctx.read() as s:
            ids = [client_id]
            for model in (
                m.ReferralRow,
                m.ReleaseRow,
                m.PlacementRow,
                m.RestitutionMatterRow,
                m.NoteRow,
                m.DocumentRow,
                m.ServiceRecordRow,  # issue #13
                m.PlanGoalRow,
                m.CasePlanRow,
                m.SafetyPlanRow,
                m.TaskRow,
            ):
                ids += list(s.scalars(select(model.id).where(model.client_id == client_id)))
            # Both histories stay: the events of clients merged into this one.
            ids += list(s.execute(text(
                "SELECT other_id FROM client_merges WHERE keep_id = :c AND undone_at IS NULL"),
                {"c": client_id}).scalars())
            return audit.events_for(s, ids)

    def _touch(self, row: m.ClientRow) -> None:
        row.revision += 1
        row.updated_at = self.ctx.now()


def load_case(s: OrmSession, client_id: str, today: date) -> e.CaseRecord:
    row = s.scalars(
        select(m.ClientRow)
        .options(selectinload(m.ClientRow.personal))
        .where(m.ClientRow.id == client_id)
    ).one_or_none()
    if row is None:
        get_or_404(s, m.ClientRow, client_id, "client")
        raise AssertionError  # unreachable: get_or_404 raised
    referrals = s.scalars(
        select(m.ReferralRow)
        .options(selectinload(m.ReferralRow.history))
        .where(m.ReferralRow.client_id == client_id)
        .order_by(m.ReferralRow.created_at)
    ).all()
    releases = s.scalars(
        select(m.ReleaseRow)
        .where(m.ReleaseRow.client_id == client_id)
        .order_by(m.ReleaseRow.created_at)
    ).all()
    placements = s.scalars(
        select(m.PlacementRow)
        .options(selectinload(m.PlacementRow.ledger))
        .where(m.PlacementRow.client_id == client_id)
        .order_by(m.PlacementRow.created_at)
    ).all()
    matters = s.scalars(
        select(m.RestitutionMatterRow)
        .options(
            selectinload(m.RestitutionMatterRow.steps), selectinload(m.RestitutionMatterRow.money)
        )
        .where(m.RestitutionMatterRow.client_id == client_id)
        .order_by(m.RestitutionMatterRow.created_at)
    ).all()
    notes = s.scalars(
        select(m.NoteRow).where(m.NoteRow.client_id == client_id).order_by(m.NoteRow.created_at)
    ).all()
    versions: dict[str, int] = {  # corrected notes: how many earlier texts each keeps
        note_id: count for note_id, count in s.execute(
            select(m.NoteVersionRow.note_id, func.count()).join(
                m.NoteRow, m.NoteRow.id == m.NoteVersionRow.note_id)
            .where(m.NoteRow.client_id == client_id).group_by(m.NoteVersionRow.note_id))}
    return e.CaseRecord(
        client=mapping.client(row),
        referrals=[mapping.referral(r) for r in referrals],
        releases=[mapping.release(r, today) for r in releases],
        placements=[mapping.placement(p) for p in placements],
        restitution=[mapping.matter(x) for x in matters],
        notes=[replace(mapping.note(n), versions=versions.get(n.id, 0)) for n in notes],
        agencies={a.id: mapping.agency(a) for a in s.scalars(select(m.AgencyRow))},
        users={u.id: mapping.user(u) for u in s.scalars(select(m.UserRow))},
    )
