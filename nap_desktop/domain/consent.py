"""The consent rules, written once: which release category governs each part of a record.

A survivor's release names categories (:class:`InfoCategory`). Anything that leaves the
vault for a partner — a transfer package, a partner PDF summary, any future export —
carries a part of a record only when *every* category that governs it is shared with
that partner. This module is the one table of those rules; the package format
(``transfer.schema``), the package builders (``transfer.records``) and the PDF content
(``reports.content``) all read it. docs/transfer-format.md §5 lists it for people.

Four kinds of rule:

* **Whole records** (:data:`RECORD_CATEGORY`): a placement is housing, a restitution
  matter restitution, a note notes. Without that category the record stays home.
* **Fields** (:data:`FIELD_RULES`): a field inside a record that travels. The order of
  each type's fields is the order of its "not received" fingerprints
  (``transfer.records.fingerprints``): a new field goes at the END of its type.
* **Free text inside child rows** (:data:`CHILD_FIELD_RULES`): a ledger entry's note,
  a restitution step's or money event's note. Free text written beside a place ("Rent
  paid to Safe House, 12 Hidden Lane", "address updated with the clerk") is treated as
  the category it sits beside: location.
* **Requested services** (:data:`SERVICE_CATEGORY`): a referral asking for immigration
  help says the survivor has an immigration matter. A requested service of a governed
  kind is left out of the list when its category is withheld.

Choices and why (a victim advocate's reading of VAWA, 34 U.S.C. 12291(b)(2)):

* ``referring_person`` and ``external_case_number`` -> identity. A law-enforcement case
  number is a key under which another agency files this survivor, and the referring
  officer's name is a person to ask "who is she?": both lead from the pseudonymous case
  number to who the survivor is, and tell the partner she is part of an investigation.
* Services: housing -> housing, immigration and repatriation -> immigration (asking to
  return home says the survivor is a foreign national), interpretation -> demographics
  (as ``interpreter_needed``). Legal, medical, mental health, substance use, employment,
  education, child care and other stay the referral's purpose: there is no category for
  them, and a referral without what it asks for cannot be acted on.
* A placement's ``provider`` names where the survivor stays: location. Its
  ``safety_notes`` need safety *and* location (they describe that place: doors, codes,
  who knows the street). Ledger notes need location (the placement itself is housing).
* Restitution step and money notes need location as well as restitution: step 9 is the
  survivor's address kept current with the clerk, and money notes say where checks go.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from nap_desktop.domain.enums import DocumentAttachment, DocumentKind, InfoCategory, ServiceType

IC = InfoCategory
Categories = frozenset[InfoCategory]


def _cats(*values: InfoCategory) -> Categories:
    return frozenset(values)


#: The category that withholds a whole record of each type (None: the record always
#: travels with its referral; its fields are governed one by one).
RECORD_CATEGORY: Mapping[str, InfoCategory | None] = {
    "agency": None, "client": None, "release": None, "referral": None,
    "placement": IC.HOUSING, "restitution": IC.RESTITUTION, "note": IC.NOTES,
}

#: Records that NEVER leave the vault for a partner, whatever a release says (issue #13):
#: a package, a partner PDF or any export carries none of them. Services delivered say
#: what happened to the survivor and when (a court accompaniment, a shelter night);
#: plans and safety plans hold a code word, safe places and contacts; tasks are this
#: agency's own work; funding, projects and activities are the agency's grant bookkeeping.
#: Counts from them leave only as aggregates in grant reports. The transfer code checks
#: that a package names none of these types (``transfer/records.py``).
NEVER_SHARED: frozenset[str] = frozenset({
    "service_record", "service_correction", "case_plan", "plan_goal", "safety_plan",
    "task", "funding_source", "project", "program_activity"})
#: The tables of those records (``store/models_services.py``).
NEVER_SHARED_TABLES: frozenset[str] = frozenset({
    "service_records", "service_corrections", "case_plans", "plan_goals", "safety_plans",
    "tasks", "funding_sources", "projects", "program_activities"})

#: record type -> field -> the categories that must all be shared for it to travel.
#: A client's fields are its personal details. Order matters (see the module docstring).
FIELD_RULES: Mapping[str, Mapping[str, Categories]] = {
    "client": {
        "legal_name": _cats(IC.IDENTITY), "preferred_name": _cats(IC.IDENTITY),
        "date_of_birth": _cats(IC.IDENTITY), "is_minor": _cats(IC.IDENTITY),
        "contact_info": _cats(IC.CONTACT), "safe_contact_instructions": _cats(IC.CONTACT),
        "location": _cats(IC.LOCATION),
        "languages": _cats(IC.DEMOGRAPHICS), "interpreter_needed": _cats(IC.DEMOGRAPHICS),
        "continued_presence": _cats(IC.IMMIGRATION),
        "continued_presence_expires": _cats(IC.IMMIGRATION),
        "t_visa": _cats(IC.IMMIGRATION), "hhs_letter": _cats(IC.IMMIGRATION),
        # Issue #13: the fields grant reports need, under demographics. The release form
        # says so in words (``labels.CATEGORY_SCOPE``), citizenship included: a survivor
        # who shares demographics knows "foreign national" goes with them.
        "gender": _cats(IC.DEMOGRAPHICS), "race_ethnicity": _cats(IC.DEMOGRAPHICS),
        "sex": _cats(IC.DEMOGRAPHICS), "citizenship": _cats(IC.DEMOGRAPHICS),
        "referral_source": _cats(IC.DEMOGRAPHICS),
    },
    "referral": {
        "safety_notes": _cats(IC.SAFETY),
        "referring_person": _cats(IC.IDENTITY),
        "external_case_number": _cats(IC.IDENTITY),
    },
    "placement": {
        "safety_notes": _cats(IC.SAFETY, IC.LOCATION),
        "provider": _cats(IC.LOCATION),
    },
}

#: record type -> list of child rows -> field -> categories (free text in child rows).
CHILD_FIELD_RULES: Mapping[str, Mapping[str, Mapping[str, Categories]]] = {
    "placement": {"ledger": {"note": _cats(IC.LOCATION)}},
    "restitution": {"steps": {"note": _cats(IC.LOCATION)},
                    "money": {"note": _cats(IC.LOCATION)}},
}

#: A requested service that says something a category governs.
SERVICE_CATEGORY: Mapping[ServiceType, InfoCategory] = {
    ServiceType.HOUSING: IC.HOUSING,
    ServiceType.IMMIGRATION: IC.IMMIGRATION,
    ServiceType.REPATRIATION: IC.IMMIGRATION,
    ServiceType.INTERPRETATION: IC.DEMOGRAPHICS,
}
#: The record type whose ``services`` list :data:`SERVICE_CATEGORY` governs.
SERVICES_OF = "referral"


def _categories_of(kind: str) -> Categories:
    out: set[InfoCategory] = set()
    for cats in FIELD_RULES.get(kind, {}).values():
        out |= cats
    for child in CHILD_FIELD_RULES.get(kind, {}).values():
        for cats in child.values():
            out |= cats
    if kind == SERVICES_OF:
        out |= set(SERVICE_CATEGORY.values())
    return frozenset(out)


#: Categories a record of each type may withhold inside itself (its ``withheld`` list).
FIELD_CATEGORIES: Mapping[str, Categories] = {
    kind: _categories_of(kind)
    for kind in dict.fromkeys([*FIELD_RULES, *CHILD_FIELD_RULES, SERVICES_OF])}

#: The fields of each type that consent may keep out, in fingerprint order.
WITHHOLDABLE: Mapping[str, tuple[str, ...]] = {
    kind: tuple(rules) for kind, rules in FIELD_RULES.items()}

#: category -> fields, per record type (the table read the other way round).
RECORD_FIELDS: Mapping[str, Mapping[InfoCategory, tuple[str, ...]]] = {
    kind: {c: tuple(f for f, cats in rules.items() if c in cats)
           for c in InfoCategory if any(c in cats for cats in rules.values())}
    for kind, rules in FIELD_RULES.items()}

#: Which personal fields of a client each category covers.
PERSONAL_FIELDS: Mapping[InfoCategory, tuple[str, ...]] = RECORD_FIELDS["client"]


def shares(shared: Iterable[InfoCategory], governing: Categories) -> bool:
    """Whether a part governed by ``governing`` may go to an audience sharing ``shared``."""
    return governing <= frozenset(shared)


@functools.lru_cache(maxsize=512)
def fields_of(kind: str, withheld: Categories) -> frozenset[str]:
    """The fields of a record of ``kind`` that ``withheld`` keeps out (any of their
    categories withheld)."""
    return frozenset(f for f, cats in FIELD_RULES.get(kind, {}).items() if cats & withheld)


@functools.lru_cache(maxsize=512)
def child_fields_of(kind: str, withheld: Categories) -> Mapping[str, frozenset[str]]:
    """child list -> its fields that ``withheld`` keeps out (only lists with some)."""
    out: dict[str, frozenset[str]] = {}
    for key, rules in CHILD_FIELD_RULES.get(kind, {}).items():
        names = frozenset(f for f, cats in rules.items() if cats & withheld)
        if names:
            out[key] = names
    return out


def service_withheld(service: str, withheld: Categories) -> bool:
    """Whether a requested service (its value) says something ``withheld`` keeps out."""
    category = SERVICE_CATEGORY.get(ServiceType(service))
    return category is not None and category in withheld


def shared_services(services: Iterable[str], withheld: Categories) -> list[str]:
    """The requested services that may travel, in the order given."""
    return [s for s in services if not service_withheld(s, withheld)]


def strip(kind: str, data: Mapping[str, Any], withheld: Categories) -> dict[str, Any]:
    """``data`` (a record's package form, non-client) without what ``withheld`` keeps
    out: governed fields, governed requested services, governed child-row fields."""
    gone = fields_of(kind, withheld)
    out = {k: v for k, v in data.items() if k not in gone}
    if kind == SERVICES_OF and "services" in out:
        out["services"] = shared_services(out["services"], withheld)
    for key, names in child_fields_of(kind, withheld).items():
        if key in out:
            out[key] = [{k: v for k, v in item.items() if k not in names} for item in out[key]]
    return out


def restore(kind: str, incoming: Mapping[str, Any], local: Mapping[str, Any] | None,
            withheld: Categories) -> dict[str, Any]:
    """``incoming`` (a received record's data) with our own values wherever ``withheld``
    governs, whatever it carries there: requested services of a withheld category and
    withheld child-row fields (found by child id; a child new here keeps what it carries,
    blank when it carries nothing). Plain fields are not touched: the writer never writes
    a field a record lacks. ``local``: our copy of the record in package form, or None
    for a record new here."""
    out = dict(incoming)
    if kind == SERVICES_OF and "services" in out:
        mine = [s for s in (local or {}).get("services", ()) if service_withheld(s, withheld)]
        out["services"] = sorted(set(shared_services(out["services"], withheld)) | set(mine))
    for key, names in child_fields_of(kind, withheld).items():
        if key not in out:
            continue
        ours = {item["id"]: item for item in (local or {}).get(key, ())}
        out[key] = [{**item, **{n: ours[item["id"]].get(n, "") if item["id"] in ours
                                else item.get(n, "") for n in names}}
                    for item in out[key]]
    return out


# --- documents (issue #14) ------------------------------------------------------------
#
# A document is a scan or a photo: it holds whatever is printed on it, and nothing can be
# redacted from it on the way out. So a document travels only when EVERY category its
# kind may show is shared (plus the category of the record it is attached to: a lease on
# a placement needs housing as the placement itself does). Choices, read as a survivor
# would expect them:
#
# * every kind names the survivor (a signed form, an order, a letter, an ID): identity;
# * a protective order lists the places the other party must stay away from, and why:
#   safety and location; a lease and a receipt print an address: location (a lease is
#   housing); a restitution order: restitution;
# * Continued Presence, T-visa and HHS documents say the survivor is a foreign national
#   with a pending or granted relief: immigration (as the client's fields are);
# * an identity document shows nationality (a passport, a consular card) and often a
#   home address: immigration and location as well;
# * a photo shows a face and whatever is behind it: identity and location;
# * "other" can hold anything: every category.

#: document kind -> the categories that must all be shared for it to leave the vault.
DOCUMENT_CATEGORIES: Mapping[DocumentKind, Categories] = {
    DocumentKind.SIGNED_RELEASE: _cats(IC.IDENTITY),
    DocumentKind.COURT_ORDER: _cats(IC.IDENTITY),
    DocumentKind.RESTITUTION_ORDER: _cats(IC.IDENTITY, IC.RESTITUTION),
    DocumentKind.PROTECTIVE_ORDER: _cats(IC.IDENTITY, IC.SAFETY, IC.LOCATION),
    DocumentKind.CONTINUED_PRESENCE: _cats(IC.IDENTITY, IC.IMMIGRATION),
    DocumentKind.T_VISA: _cats(IC.IDENTITY, IC.IMMIGRATION),
    DocumentKind.HHS_LETTER: _cats(IC.IDENTITY, IC.IMMIGRATION),
    DocumentKind.IDENTITY_DOCUMENT: _cats(IC.IDENTITY, IC.IMMIGRATION, IC.LOCATION),
    DocumentKind.LEASE: _cats(IC.IDENTITY, IC.HOUSING, IC.LOCATION),
    DocumentKind.RECEIPT: _cats(IC.IDENTITY, IC.LOCATION),
    DocumentKind.PHOTO: _cats(IC.IDENTITY, IC.LOCATION),
    DocumentKind.OTHER: frozenset(InfoCategory),
}

#: The record type (as :data:`RECORD_CATEGORY` names it) of each attachment.
_ATTACHED_RECORD: Mapping[DocumentAttachment, str] = {
    DocumentAttachment.CLIENT: "client", DocumentAttachment.RELEASE: "release",
    DocumentAttachment.REFERRAL: "referral", DocumentAttachment.PLACEMENT: "placement",
    DocumentAttachment.RESTITUTION_MATTER: "restitution",
}


def document_categories(kind: DocumentKind | str,
                        attached: DocumentAttachment | str) -> Categories:
    """The categories that must all be shared for a document of ``kind`` attached to a
    record of type ``attached`` to go to a partner."""
    record = RECORD_CATEGORY[_ATTACHED_RECORD[DocumentAttachment(attached)]]
    own = DOCUMENT_CATEGORIES[DocumentKind(kind)]
    return own | {record} if record is not None else own
