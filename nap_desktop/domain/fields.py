"""The field registry: every field of every record a caseworker keeps, written once.

For each field: its key (the stored and the package name), its label (marked with
``N_``, translated where it is shown: the editors, the conflict view, the PDFs), its
kind, its limits (longest text, most items, dates within ``domain.moments``' span, money
within ``rules.MAX_CENTS``), how consent governs it and, where one exists, its HMIS data
element. The consent table itself stays in :mod:`domain.consent`: a field here only says
whether that table governs it (:attr:`Sharing.GOVERNED`, and then its categories come from
there), travels with its record, or stays in this vault.

Read by: the service validation (``services/validate.py``: ``v.field_text``), the
transfer package schema (``transfer/schema.py``), the case editors and their compare
view (``gui/case``), the conflict view's field names (``gui/case/field_labels.py``) and
the referral summary (``reports/summary.py``). docs/architecture.md "Adding a field"
says which files a new field still touches.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nap_desktop.domain import consent, moments, rules
from nap_desktop.domain import enums as en
from nap_desktop.domain.messages import N_
from nap_desktop.domain.text_rules import SHORT_TEXT

#: Long free text (notes, safety notes): what a package and the input both accept.
LONG_TEXT = 20_000
#: Middling free text (contact details, a purpose, a ledger note).
MEDIUM_TEXT = 2_000
MAX_CENTS = rules.MAX_CENTS


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # keeps its line breaks
    TEXT_LIST = "text_list"  # a list of short texts (languages)
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # one member of ``enum``
    CHOICES = "choices"  # a set of members of ``enum``
    MONEY = "money"  # integer cents
    NUMBER = "number"
    REFERENCE = "reference"  # the id of another record
    STAMP = "stamp"  # a UTC time the app sets
    ROWS = "rows"  # a list of child rows (a placement's ledger)


class Sharing(StrEnum):
    """How consent treats a field when its record leaves the vault."""

    GOVERNED = "governed"  # only with every category ``domain.consent`` puts over it
    RECORD = "record"  # with its record (whose own category, if any, gates it whole)
    LOCAL = "local"  # never: this vault's bookkeeping (who is assigned, what is due)


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One field of one record type."""

    record: str  # "client", "release", …; a child row as "placement.ledger"
    key: str  # the stored name and the package name ("legal_name")
    label: str  # N_-marked English; translate where shown
    kind: Kind
    sharing: Sharing = Sharing.RECORD
    required: bool = False  # text: not blank; dates, choices, references: never None
    max_length: int | None = None  # text: characters; text list: of each item
    max_items: int | None = None  # lists and sets
    enum: type[StrEnum] | None = None
    min_value: int = 0  # numbers and money
    max_value: int | None = None
    hmis: str = ""  # the HMIS data element it reports, "3.10"
    personal: bool = False  # a client's personal detail (package path ``personal.<key>``)

    @property
    def path(self) -> str:
        """Where the package carries it inside its record ("personal.legal_name")."""
        return f"personal.{self.key}" if self.personal else self.key

    @property
    def categories(self) -> frozenset[en.InfoCategory]:
        """The categories that must all be shared for the field to leave the vault
        (empty: only its record's own category, if any)."""
        if self.sharing is not Sharing.GOVERNED:
            return frozenset()
        record, _dot, child = self.record.partition(".")
        if child:
            return consent.CHILD_FIELD_RULES[record][child][self.key]
        return consent.FIELD_RULES[record][self.key]

    @property
    def optional(self) -> bool:
        """Whether a date, choice or reference may be None (no value)."""
        return not self.required

    @property
    def blank(self) -> object:
        """The stored value of a field nobody filled in (a client without personal
        details: the package's and the vault's empty row)."""
        if self.enum is not None and en.NOT_COLLECTED in self.enum._value2member_map_:
            return en.NOT_COLLECTED  # a reported field (issue #13); a set as its comma list
        if self.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.TEXT_LIST):
            return ""
        if self.kind is Kind.BOOL:
            return False
        if self.kind is Kind.CHOICE and self.required and self.enum is not None:
            return next(iter(self.enum)).value
        return None

    @property
    def earliest(self) -> date | None:
        return moments.EARLIEST if self.kind is Kind.DATE else None

    @property
    def latest(self) -> date | None:
        return moments.LATEST if self.kind is Kind.DATE else None


def _text(record: str, key: str, label: str, limit: int = SHORT_TEXT, **kw: object) -> Field:
    kind = Kind.TEXT if limit <= SHORT_TEXT else Kind.LONG_TEXT
    return Field(record=record, key=key, label=label, kind=kind, max_length=limit,
                 **kw)  # type: ignore[arg-type]


def _of(record: str, key: str, label: str, kind: Kind, **kw: object) -> Field:
    return Field(record=record, key=key, label=label, kind=kind, **kw)  # type: ignore[arg-type]


def _choice(record: str, key: str, label: str, enum: type[StrEnum], *, required: bool = True,
            **kw: object) -> Field:
    return _of(record, key, label, Kind.CHOICE, enum=enum, required=required, **kw)


def _ref(record: str, key: str, label: str, *, required: bool = True, **kw: object) -> Field:
    return _of(record, key, label, Kind.REFERENCE, required=required, **kw)


def _money(record: str, key: str, label: str) -> Field:
    return _of(record, key, label, Kind.MONEY, max_value=MAX_CENTS, required=True)


_G, _L = Sharing.GOVERNED, Sharing.LOCAL
_CREATED, _CHANGED = N_("Created"), N_("Last changed")


def _stamps(record: str, sharing: Sharing = Sharing.RECORD) -> tuple[Field, ...]:
    return (_of(record, "created_at", _CREATED, Kind.STAMP, required=True, sharing=sharing),
            _of(record, "updated_at", _CHANGED, Kind.STAMP, required=True, sharing=sharing))


def _personal(key: str, label: str, kind: Kind, **kw: object) -> Field:
    return _of("client", key, label, kind, sharing=_G, personal=True, **kw)


#: A client's personal details, in the order the client form and the summary show them
#: (a package's "not received" fingerprints keep ``consent.WITHHOLDABLE``'s order).
_PERSONAL = (
    _personal("legal_name", N_("Legal name"), Kind.TEXT, max_length=SHORT_TEXT),
    _personal("preferred_name", N_("Preferred name"), Kind.TEXT, max_length=SHORT_TEXT),
    _personal("date_of_birth", N_("Date of birth"), Kind.DATE),
    _personal("is_minor", N_("Minor"), Kind.BOOL),
    _personal("languages", N_("Languages"), Kind.TEXT_LIST, max_length=60, max_items=20),
    _personal("interpreter_needed", N_("Interpreter needed"), Kind.BOOL),
    _personal("contact_info", N_("Contact"), Kind.LONG_TEXT, max_length=MEDIUM_TEXT),
    _personal("safe_contact_instructions", N_("Safe-contact instructions"), Kind.LONG_TEXT,
              max_length=MEDIUM_TEXT),
    _personal("location", N_("Location"), Kind.LONG_TEXT, max_length=MEDIUM_TEXT),
    _personal("continued_presence", N_("Continued Presence"), Kind.CHOICE,
              enum=en.ImmigrationRelief, required=True),
    _personal("continued_presence_expires", N_("Continued Presence expires"), Kind.DATE),
    _personal("t_visa", N_("T visa"), Kind.CHOICE, enum=en.ImmigrationRelief, required=True),
    _personal("hhs_letter", N_("HHS certification or eligibility letter"), Kind.CHOICE,
              enum=en.ImmigrationRelief, required=True),
    # The fields grant reports need (issue #13): real answers or exactly one "no answer"
    # value (``domain/demographics.py``); a vault or package without them: not collected.
    _personal("gender", N_("Gender"), Kind.CHOICES, enum=en.Gender, max_items=len(en.Gender),
              hmis="3.06"),
    _personal("race_ethnicity", N_("Race and ethnicity"), Kind.CHOICES, enum=en.RaceEthnicity,
              max_items=len(en.RaceEthnicity), hmis="3.04"),
    _personal("sex", N_("Sex"), Kind.CHOICE, enum=en.Sex, required=True, hmis="3.06"),
    _personal("citizenship", N_("Citizenship"), Kind.CHOICE, enum=en.Citizenship,
              required=True),
    _personal("referral_source", N_("Referral source"), Kind.CHOICE, enum=en.ReferralSource,
              required=True),
)

_AGENCY = (
    _text("agency", "name", N_("Name"), required=True),
    _choice("agency", "kind", N_("Kind"), en.AgencyKind),
    _of("agency", "is_victim_service_provider", N_("Victim-service provider"), Kind.BOOL),
    _text("agency", "contacts", N_("Contacts"), MEDIUM_TEXT, sharing=_L),
    _of("agency", "is_self", N_("This agency"), Kind.BOOL, sharing=_L),
    *_stamps("agency", _L),
)

_CLIENT = (
    _text("client", "case_number", N_("Case number"), 40, required=True),
    _choice("client", "trafficking_type", N_("Trafficking type"), en.TraffickingType),
    *_PERSONAL,
    _ref("client", "assigned_user_id", N_("Assigned to"), sharing=_L),
    _of("client", "next_due_on", N_("Next due"), Kind.DATE, sharing=_L),
    _text("client", "next_due_label", N_("Next due"), sharing=_L),
    *_stamps("client"),
)

_RELEASE = (
    _ref("release", "client_id", N_("Client")),
    _ref("release", "recipient_agency_id", N_("Recipient")),
    _of("release", "categories", N_("Covers"), Kind.CHOICES, enum=en.InfoCategory,
        max_items=len(en.InfoCategory)),
    _text("release", "purpose", N_("Purpose"), MEDIUM_TEXT, required=True),
    _choice("release", "signed_by", N_("Signed by"), en.SignedBy),
    _text("release", "form_language", N_("Form language"), 40, required=True),
    _of("release", "signed_on", N_("Signed on"), Kind.DATE),
    _of("release", "expires_on", N_("Expires on"), Kind.DATE, required=True),
    _choice("release", "status", N_("Status"), en.ReleaseStatus),
    _of("release", "revoked_on", N_("Revoked on"), Kind.DATE),
    _text("release", "exception_basis", N_("Exception basis"), MEDIUM_TEXT),
    _of("release", "services_not_conditional", N_("Services not conditional on signing"),
        Kind.BOOL),
    _ref("release", "recorded_by_agency_id", N_("Recorded by"), sharing=_L),
    _ref("release", "confirmed_by", N_("Confirmed by"), sharing=_L),
    _of("release", "confirmed_at", N_("Confirmed"), Kind.STAMP, sharing=_L),
    *_stamps("release"),
)

_HISTORY = (
    _choice("referral.history", "from_status", N_("From"), en.ReferralStatus, required=False),
    _choice("referral.history", "to_status", N_("To"), en.ReferralStatus),
    _of("referral.history", "at", N_("When"), Kind.STAMP, required=True),
    _choice("referral.history", "reason", N_("Reason"), en.ReferralReason, required=False),
    _text("referral.history", "reason_text", N_("Reason given"), MEDIUM_TEXT),
    _ref("referral.history", "by_user_id", N_("By"), sharing=_L),
)

_REFERRAL = (
    _ref("referral", "client_id", N_("Client")),
    _ref("referral", "from_agency_id", N_("From agency")),
    _ref("referral", "to_agency_id", N_("To agency")),
    _choice("referral", "direction", N_("Direction"), en.ReferralDirection),
    _text("referral", "referring_person", N_("Referring person"), sharing=_G),
    _text("referral", "external_case_number", N_("Their case number"), 80,
          sharing=_G),
    _of("referral", "services", N_("Services requested"), Kind.CHOICES, enum=en.ServiceType,
        max_items=20),
    _choice("referral", "urgency", N_("Urgency"), en.Urgency),
    _text("referral", "safety_notes", N_("Safety notes"), LONG_TEXT, sharing=_G),
    _ref("referral", "release_id", N_("Release used"), required=False),
    _choice("referral", "status", N_("Status"), en.ReferralStatus),
    _of("referral", "status_changed_at", N_("Status changed"), Kind.STAMP, required=True),
    _choice("referral", "outcome", N_("Outcome"), en.ReferralOutcome, required=False),
    _choice("referral", "reason", N_("Reason"), en.ReferralReason, required=False),
    _text("referral", "reason_text", N_("Reason given"), MEDIUM_TEXT),
    _ref("referral", "assigned_user_id", N_("Assigned to"), sharing=_L),
    _ref("referral", "follows_id", N_("Follows from"), required=False, sharing=_L),
    _of("referral", "history", N_("Status history"), Kind.ROWS, max_items=500),
    *_stamps("referral"),
)

def _void(record: str, *, entry: bool = True) -> tuple[Field, ...]:
    """A void (corrections): when travels (the change reaches the partner); who, why and
    which partner recorded it stay here (a reason may hold survivor words)."""
    travels = (_of(record, "voided_at", N_("Voided"), Kind.STAMP),
               *((_ref(record, "corrects_id", N_("Corrects"), required=False),) if entry
                 else ()))
    return (*travels,
            _ref(record, "voided_by", N_("Voided by"), required=False, sharing=_L),
            _text(record, "void_reason", N_("Reason for the void"), MEDIUM_TEXT, sharing=_L),
            _ref(record, "origin_agency_id", N_("Recorded by agency"), required=False,
                 sharing=_L))


_LEDGER = (
    _choice("placement.ledger", "kind", N_("Kind"), en.AssistanceKind),
    _money("placement.ledger", "amount_cents", N_("Amount")),
    _of("placement.ledger", "paid_on", N_("Paid on"), Kind.DATE, required=True),
    _text("placement.ledger", "note", N_("Note"), MEDIUM_TEXT, sharing=_G),
    *_void("placement.ledger"),
)

_PLACEMENT = (
    _ref("placement", "client_id", N_("Client")),
    _choice("placement", "program_type", N_("Program type"), en.ProgramType),
    _text("placement", "provider", N_("Provider"), required=True, sharing=_G),
    _text("placement", "funding_source", N_("Funding")),
    _choice("placement", "status", N_("Status"), en.PlacementStatus),
    _of("placement", "referred_on", N_("Referred on"), Kind.DATE),
    _of("placement", "start_date", N_("Project start (3.10)"), Kind.DATE, hmis="3.10"),
    _of("placement", "move_in_date", N_("Move-in (3.20)"), Kind.DATE, hmis="3.20"),
    _of("placement", "expected_exit_date", N_("Expected exit"), Kind.DATE),
    _of("placement", "exit_date", N_("Exit (3.11)"), Kind.DATE, hmis="3.11"),
    _choice("placement", "exit_destination", N_("Exit destination"), en.ExitDestination,
            required=False, hmis="3.12"),
    _text("placement", "safety_notes", N_("Safety notes"), LONG_TEXT, sharing=_G),
    _of("placement", "ledger", N_("Assistance ledger"), Kind.ROWS, max_items=2000),
    _ref("placement", "project_id", N_("Project"), required=False, sharing=_L),  # 0019
    *_stamps("placement"),
)

_STEPS = (
    _of("restitution.steps", "position", N_("Position"), Kind.NUMBER, max_value=100),
    _choice("restitution.steps", "kind", N_("Step"), en.RestitutionStepKind),
    _choice("restitution.steps", "status", N_("Status"), en.StepStatus),
    _of("restitution.steps", "due_on", N_("Due"), Kind.DATE),
    _of("restitution.steps", "completed_on", N_("Completed on"), Kind.DATE),
    _text("restitution.steps", "note", N_("Note"), MEDIUM_TEXT, sharing=_G),
)

_MONEY_EVENTS = (
    _choice("restitution.money", "kind", N_("Kind"), en.MoneyEventKind),
    _money("restitution.money", "amount_cents", N_("Amount")),
    _of("restitution.money", "on", N_("Date"), Kind.DATE, required=True),
    _text("restitution.money", "note", N_("Note"), MEDIUM_TEXT, sharing=_G),
    *_void("restitution.money"),
)

_RESTITUTION = (
    _ref("restitution", "client_id", N_("Client")),
    _text("restitution", "court", N_("Court"), required=True),
    _text("restitution", "docket_number", N_("Docket number"), 80, required=True),
    _text("restitution", "defendant", N_("Defendant")),
    _text("restitution", "statute", N_("Statute")),
    _money("restitution", "losses_claimed_cents", N_("Losses claimed")),
    _money("restitution", "ordered_cents", N_("Ordered")),
    _choice("restitution", "closure", N_("Closure"), en.RestitutionClosure, required=False),
    _of("restitution", "steps", N_("Restitution step"), Kind.ROWS, max_items=100),
    _of("restitution", "money", N_("Restitution money"), Kind.ROWS, max_items=5000),
    *_stamps("restitution"),
)

_NOTE = (
    _ref("note", "client_id", N_("Client")),
    _ref("note", "referral_id", N_("Referral"), required=False),
    _ref("note", "author_user_id", N_("Author"), sharing=_L),
    _text("note", "body", N_("Note"), LONG_TEXT, required=True),
    _of("note", "created_at", _CREATED, Kind.STAMP, required=True),
    _of("note", "updated_at", _CHANGED, Kind.STAMP, required=True, sharing=_L),
    *_void("note", entry=False),
)

#: record type (a child row as "placement.ledger") -> key -> field, in form order.
REGISTRY: Mapping[str, Mapping[str, Field]] = {
    record: {f.key: f for f in group}
    for record, group in (
        ("agency", _AGENCY), ("client", _CLIENT), ("release", _RELEASE), ("referral", _REFERRAL),
        ("referral.history", _HISTORY), ("placement", _PLACEMENT),
        ("placement.ledger", _LEDGER), ("restitution", _RESTITUTION),
        ("restitution.steps", _STEPS), ("restitution.money", _MONEY_EVENTS),
        ("note", _NOTE))
}

#: Stored columns that are not fields a person keeps: identity and versioning of a row,
#: what a partner withheld, the row a child hangs from.
BOOKKEEPING = frozenset({"id", "seq", "revision", "not_received", "not_received_from",
                         "placement_id", "matter_id", "referral_id"})


def field(record: str, key: str) -> Field:
    """The field ``key`` of ``record`` (KeyError for one the registry does not know)."""
    return REGISTRY[record][key]


def fields_of(record: str) -> tuple[Field, ...]:
    """The fields of ``record`` in form order."""
    return tuple(REGISTRY[record].values())


def personal_fields() -> tuple[Field, ...]:
    """A client's personal details, in form order."""
    return _PERSONAL


def all_fields() -> Iterator[Field]:
    for group in REGISTRY.values():
        yield from group.values()
