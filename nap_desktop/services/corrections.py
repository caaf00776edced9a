"""Corrections, never deletions: money and housing assistance entries and notes are
corrected or voided with a reason; restitution matter details are corrected.

A void keeps the row and marks it (``voided_at``, ``voided_by``, ``void_reason``): it
leaves every total. A corrected entry is voided and a new entry, linked to it by
``corrects_id``, takes its place. A corrected note keeps its earlier texts in
``note_versions``. Who may do what (docs/vault-format.md, "Corrections"):

- an entry or note received from a partner agency is theirs: only they correct or void it
  (it arrives with their next package);
- a caseworker corrects or voids the entries of the cases assigned to them or to nobody;
  a supervisor or administrator those of any case;
- a note is corrected or voided by its author or by a supervisor or administrator;
- a voided entry or note stays voided: correct the entry that replaced it instead.

The audit event of each action holds ids, kinds and amounts (money is not personal),
never a reason or a note's text: those may hold survivor data and stay in the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain import fields as registry
from nap_desktop.domain.date_rules import check_dates
from nap_desktop.domain.enums import AssistanceKind, MoneyEventKind, Role
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_, Message
from nap_desktop.domain.rules import check_cents, check_money_after_correction, role_at_least
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import indexing, mapping
from nap_desktop.store import models as m

REASON_LIMIT = registry.MEDIUM_TEXT
#: The date of each kind of entry, as the date rules name it (``domain/date_rules.py``).
_DATE_KEY = {"restitution.money": "on", "placement.ledger": "paid_on"}
_E = TypeVar("_E", m.MoneyEventRow, m.AssistanceRow)

FROM_PARTNER = N_(
    "This entry was recorded by {agency}: only they can correct or void it (their change "
    "arrives with their next package). Nothing was changed."
)
NOTE_FROM_PARTNER = N_(
    "This note was written at {agency}: only they can correct or void it (their change "
    "arrives with their next package). Nothing was changed."
)
NOT_YOUR_CASE = N_(
    "This case is assigned to {worker}: only they or a supervisor can correct or void its "
    "entries. Nothing was changed."
)
NOT_YOUR_NOTE = N_(
    "Only the note's author ({author}) or a supervisor can correct or void this note. "
    "Nothing was changed."
)
ENTRY_VOIDED = N_(
    "This entry is voided already: it cannot be changed. Correct the entry that replaced "
    "it instead."
)
NOTE_VOIDED = N_("This note is voided already: it cannot be changed.")
NOTHING_CHANGED = N_("The correction changes nothing: change a value, or cancel.")
ENTRY_GONE = N_("That entry no longer exists.")
NOTE_GONE = N_("That note no longer exists.")


@dataclass(slots=True, kw_only=True)
class EntryInput:
    """The corrected values of a money or housing assistance entry."""

    kind: MoneyEventKind | AssistanceKind | str
    amount_cents: int
    on: date
    note: str = ""


@dataclass(slots=True, kw_only=True)
class MatterDetails:
    """The identifying details of a restitution matter."""

    court: str
    docket_number: str
    defendant: str = ""
    statute: str = ""


class CorrectionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- restitution money -------------------------------------------------------------

    def correct_money(self, entry_id: str, data: EntryInput, *, reason: str
                      ) -> e.RestitutionMatter:
        """Void a money entry and record the corrected one in its place (one action)."""
        why = _reason(reason)
        kind = v.choice(MoneyEventKind, data.kind, field="kind", label=N_("Kind"))
        cents, note = self._entry_values(data, "restitution.money")
        with self.ctx.unit_of_work() as s:
            old = _entry(s, m.MoneyEventRow, entry_id)
            matter = get_or_404(s, m.RestitutionMatterRow, old.matter_id, "restitution matter")
            self._may_change_entry(s, old, matter.client_id)
            if (kind.value, cents, data.on, note) == (old.kind, old.amount_cents, old.on,
                                                      old.note):
                raise ValidationError(NOTHING_CHANGED, field="amount")
            self._void(old, why)
            new = m.MoneyEventRow(id=new_id(), kind=kind.value, amount_cents=cents, on=data.on,
                                  note=note, corrects_id=old.id)
            matter.money.append(new)
            check_money_after_correction(mapping.matter(matter).totals)
            self._bump(matter)
            self.ctx.audit(s, "restitution.money_correct", record_type="restitution",
                           record_id=matter.id,
                           detail=_change(old.id, new.id, (old.kind, old.amount_cents),
                                          (new.kind, cents)))
            return mapping.matter(matter)

    def void_money(self, entry_id: str, *, reason: str) -> e.RestitutionMatter:
        """Take a money entry out of every total, keeping it and the reason."""
        why = _reason(reason)
        with self.ctx.unit_of_work() as s:
            old = _entry(s, m.MoneyEventRow, entry_id)
            matter = get_or_404(s, m.RestitutionMatterRow, old.matter_id, "restitution matter")
            self._may_change_entry(s, old, matter.client_id)
            self._void(old, why)
            check_money_after_correction(mapping.matter(matter).totals)
            self._bump(matter)
            self.ctx.audit(s, "restitution.money_void", record_type="restitution",
                           record_id=matter.id, detail=f"{old.id}; {old.kind} {old.amount_cents}")
            return mapping.matter(matter)

    # --- housing assistance --------------------------------------------------------------

    def correct_assistance(self, entry_id: str, data: EntryInput, *, reason: str
                           ) -> e.Placement:
        """Void a housing assistance entry and record the corrected one in its place."""
        why = _reason(reason)
        kind = v.choice(AssistanceKind, data.kind, field="kind", label=N_("Kind"))
        cents, note = self._entry_values(data, "placement.ledger")
        with self.ctx.unit_of_work() as s:
            old = _entry(s, m.AssistanceRow, entry_id)
            place = get_or_404(s, m.PlacementRow, old.placement_id, "placement")
            self._may_change_entry(s, old, place.client_id)
            if (kind.value, cents, data.on, note) == (old.kind, old.amount_cents, old.paid_on,
                                                      old.note):
                raise ValidationError(NOTHING_CHANGED, field="amount")
            self._void(old, why)
            new = m.AssistanceRow(id=new_id(), kind=kind.value, amount_cents=cents,
                                  paid_on=data.on, note=note, corrects_id=old.id)
            place.ledger.append(new)
            self._bump(place)
            self.ctx.audit(s, "placement.assistance_correct", record_type="placement",
                           record_id=place.id,
                           detail=_change(old.id, new.id, (old.kind, old.amount_cents),
                                          (new.kind, cents)))
            return mapping.placement(place)

    def void_assistance(self, entry_id: str, *, reason: str) -> e.Placement:
        """Take a housing assistance entry out of the ledger's totals, keeping it."""
        why = _reason(reason)
        with self.ctx.unit_of_work() as s:
            old = _entry(s, m.AssistanceRow, entry_id)
            place = get_or_404(s, m.PlacementRow, old.placement_id, "placement")
            self._may_change_entry(s, old, place.client_id)
            self._void(old, why)
            self._bump(place)
            self.ctx.audit(s, "placement.assistance_void", record_type="placement",
                           record_id=place.id, detail=f"{old.id}; {old.kind} {old.amount_cents}")
            return mapping.placement(place)

    # --- notes ---------------------------------------------------------------------------

    def correct_note(self, note_id: str, body: str, *, reason: str) -> e.Note:
        """Replace a note's text; the earlier text is kept as a version (in the vault)."""
        why = _reason(reason)
        text = v.text(body, field="body", label=N_("Note"), required=True,
                      spec=registry.field("note", "body"))
        with self.ctx.unit_of_work() as s:
            row = self._note_to_change(s, note_id)
            if text == row.body:
                raise ValidationError(NOTHING_CHANGED, field="body")
            count = len(_versions(s, row.id))
            s.add(m.NoteVersionRow(id=new_id(), note_id=row.id, version=count + 1,
                                   body=row.body, replaced_at=self.ctx.now(),
                                   replaced_by=self.ctx.actor.user_id, reason=why))
            row.body = text
            self._bump(row)
            self.ctx.audit(s, "note.correct", record_type="note", record_id=row.id,
                           detail=f"version {count + 2}")
            indexing.reindex_client(s, row.client_id)
            return _note(s, row)

    def void_note(self, note_id: str, *, reason: str) -> e.Note:
        """Mark a note voided: it stays, shown struck through, out of summaries."""
        why = _reason(reason)
        with self.ctx.unit_of_work() as s:
            row = self._note_to_change(s, note_id)
            self._void(row, why)
            self._bump(row)
            self.ctx.audit(s, "note.void", record_type="note", record_id=row.id)
            return _note(s, row)

    def note_versions(self, note_id: str) -> list[e.NoteVersion]:
        """A note's earlier texts, oldest first (shown on demand, inside the vault only)."""
        with self.ctx.read() as s:
            if s.get(m.NoteRow, note_id) is None:
                raise NotFound(NOTE_GONE)
            return [e.NoteVersion(version=r.version, body=r.body, replaced_at=r.replaced_at,
                                  replaced_by=r.replaced_by, reason=r.reason)
                    for r in _versions(s, note_id)]

    # --- restitution matter details ------------------------------------------------------

    def correct_matter(self, matter_id: str, details: MatterDetails, *, reason: str,
                       expected_revision: int | None = None) -> e.RestitutionMatter:
        """Correct a matter's court, docket number, defendant or statute. The history names
        the fields changed (the values are not repeated there)."""
        _reason(reason)  # required; the fields' old values stay visible nowhere else
        spec = registry.REGISTRY["restitution"]
        new = {
            "court": v.text(details.court, field="court", label=N_("Court"), required=True,
                            spec=spec["court"]),
            "docket_number": v.text(details.docket_number, field="docket_number",
                                    label=N_("Docket number"), required=True,
                                    spec=spec["docket_number"]),
            "defendant": v.text(details.defendant, field="defendant", label=N_("Defendant"),
                                spec=spec["defendant"]),
            "statute": v.text(details.statute, field="statute", label=N_("Statute"),
                              spec=spec["statute"]),
        }
        with self.ctx.unit_of_work() as s:
            row = get_or_404(s, m.RestitutionMatterRow, matter_id, "restitution matter")
            v.expect_revision(row.revision, expected_revision)
            self._may_change_case(s, row.client_id)
            changed = [k for k, value in new.items() if getattr(row, k) != value]
            if not changed:
                raise ValidationError(NOTHING_CHANGED, field="court")
            for key in changed:
                setattr(row, key, new[key])
            self._bump(row)
            self.ctx.audit(s, "restitution.details", record_type="restitution",
                           record_id=row.id, detail="changed: " + ", ".join(changed))
            return mapping.matter(row)

    # --- rules ---------------------------------------------------------------------------

    def _entry_values(self, data: EntryInput, record: str) -> tuple[int, str]:
        cents = check_cents(data.amount_cents, field="amount", allow_zero=False)
        v.day(data.on, field="on", label=N_("Date"))
        try:  # the one table of date rules (docs/date-rules.md), as recording one does
            check_dates(record, {_DATE_KEY[record]: data.on}, self.ctx.today())
        except ValidationError as error:
            error.field = "on"
            raise
        note = v.text(data.note, field="note", label=N_("Note"),
                      spec=registry.field(record, "note"))
        return cents, note

    def _may_change_entry(self, s: OrmSession, row: m.MoneyEventRow | m.AssistanceRow,
                          client_id: str) -> None:
        if row.voided_at is not None:
            raise ValidationError(ENTRY_VOIDED, field="entry")
        if row.origin_agency_id is not None:
            raise PermissionDenied(FROM_PARTNER, agency=_agency_name(s, row.origin_agency_id))
        self._may_change_case(s, client_id)

    def _may_change_case(self, s: OrmSession, client_id: str) -> None:
        """Caseworkers: cases assigned to them or to nobody; supervisors: any case."""
        me = self.ctx.require(Role.CASEWORKER)
        if role_at_least(me.role, Role.SUPERVISOR):
            return
        client = get_or_404(s, m.ClientRow, client_id, "client")
        if client.assigned_user_id not in (None, me.id):
            raise PermissionDenied(NOT_YOUR_CASE,
                                   worker=_user_name(s, client.assigned_user_id))

    def _note_to_change(self, s: OrmSession, note_id: str) -> m.NoteRow:
        me = self.ctx.require(Role.CASEWORKER)
        row = s.get(m.NoteRow, note_id)
        if row is None:
            raise NotFound(NOTE_GONE)
        if row.voided_at is not None:
            raise ValidationError(NOTE_VOIDED, field="body")
        if row.origin_agency_id is not None:
            raise PermissionDenied(NOTE_FROM_PARTNER,
                                   agency=_agency_name(s, row.origin_agency_id))
        if row.author_user_id != me.id and not role_at_least(me.role, Role.SUPERVISOR):
            raise PermissionDenied(NOT_YOUR_NOTE, author=_user_name(s, row.author_user_id))
        return row

    def _void(self, row: m.Voidable, reason: str) -> None:
        row.voided_at = self.ctx.now()
        row.voided_by = self.ctx.actor.user_id
        row.void_reason = reason

    def _bump(self, row: m.RestitutionMatterRow | m.PlacementRow | m.NoteRow) -> None:
        """A new revision: the change reaches the partners on the next export."""
        row.revision += 1
        row.updated_at = self.ctx.now()


def _reason(reason: str) -> str:
    return v.text(reason, field="reason", label=N_("Reason"), required=True,
                  limit=REASON_LIMIT)


def _entry(s: OrmSession, model: type[_E], entry_id: str) -> _E:
    row = s.get(model, entry_id)
    if row is None:
        raise NotFound(ENTRY_GONE)
    return row


def _change(old_id: str, new_id_: str, old: tuple[str, int], new: tuple[str, int]) -> str:
    """``<old id> -> <new id>; collected 120000 -> collected 125000``: ids, kinds, cents."""
    return f"{old_id} -> {new_id_}; {old[0]} {old[1]} -> {new[0]} {new[1]}"


def _versions(s: OrmSession, note_id: str) -> list[m.NoteVersionRow]:
    return list(s.scalars(select(m.NoteVersionRow).where(m.NoteVersionRow.note_id == note_id)
                          .order_by(m.NoteVersionRow.version)))


def _note(s: OrmSession, row: m.NoteRow) -> e.Note:
    note = mapping.note(row)
    note.versions = len(_versions(s, row.id))
    return note


def _agency_name(s: OrmSession, agency_id: str) -> str | Message:
    row = s.get(m.AgencyRow, agency_id)
    return row.name if row is not None else Message(N_("another agency"))


def _user_name(s: OrmSession, user_id: str | None) -> str | Message:
    row = s.get(m.UserRow, user_id) if user_id else None
    return row.display_name if row is not None else Message(N_("another worker"))
