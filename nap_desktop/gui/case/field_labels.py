"""The human name of every field a transferred record carries, as the case editors call
it (the same translated labels: "Legal name", "Project start (3.10)", "Release used"),
for views that show records field by field, such as the conflict comparison."""

from __future__ import annotations

from nap_desktop.gui.widgets.common import tr


def _top() -> dict[str, dict[str, str]]:
    """record type -> field -> label (a client's personal fields as ``personal.x``)."""
    created, changed = tr("Created"), tr("Last changed")
    status = tr("Status")
    return {
        "agency": {"name": tr("Name"), "kind": tr("Kind"),
                   "is_victim_service_provider": tr("Victim-service provider")},
        "client": {
            "trafficking_type": tr("Trafficking type"), "created_at": created,
            "updated_at": changed,
            "personal.legal_name": tr("Legal name"),
            "personal.preferred_name": tr("Preferred name"),
            "personal.date_of_birth": tr("Date of birth"), "personal.is_minor": tr("Minor"),
            "personal.languages": tr("Languages"),
            "personal.interpreter_needed": tr("Interpreter needed"),
            "personal.contact_info": tr("Contact"),
            "personal.safe_contact_instructions": tr("Safe-contact instructions"),
            "personal.location": tr("Location"),
            "personal.continued_presence": tr("Continued Presence"),
            "personal.continued_presence_expires": tr("Continued Presence expires"),
            "personal.t_visa": tr("T visa"), "personal.hhs_letter": tr("HHS letter"),
        },
        "release": {
            "client_id": tr("Client"), "recipient_agency_id": tr("Recipient"),
            "categories": tr("Covers"), "purpose": tr("Purpose"), "signed_by": tr("Signed by"),
            "form_language": tr("Form language"), "signed_on": tr("Signed on"),
            "expires_on": tr("Expires on"), "status": status, "revoked_on": tr("Revoked on"),
            "exception_basis": tr("Exception basis"),
            "services_not_conditional": tr("Services not conditional on signing"),
            "created_at": created, "updated_at": changed,
        },
        "referral": {
            "client_id": tr("Client"), "from_agency_id": tr("From agency"),
            "to_agency_id": tr("To agency"), "direction": tr("Direction"),
            "referring_person": tr("Referring person"),
            "external_case_number": tr("Their case number"),
            "services": tr("Services requested"), "urgency": tr("Urgency"),
            "safety_notes": tr("Safety notes"), "release_id": tr("Release used"),
            "status": status, "status_changed_at": tr("Status changed"),
            "outcome": tr("Outcome"), "reason": tr("Reason"), "reason_text": tr("Reason given"),
            "created_at": created, "updated_at": changed, "history": tr("Status history"),
        },
        "placement": {
            "client_id": tr("Client"), "program_type": tr("Program type"),
            "provider": tr("Provider"), "funding_source": tr("Funding"), "status": status,
            "referred_on": tr("Referred on"), "start_date": tr("Project start (3.10)"),
            "move_in_date": tr("Move-in (3.20)"), "expected_exit_date": tr("Expected exit"),
            "exit_date": tr("Exit (3.11)"), "exit_destination": tr("Exit destination"),
            "safety_notes": tr("Safety notes"), "created_at": created, "updated_at": changed,
            "ledger": tr("Assistance ledger"),
        },
        "restitution": {
            "client_id": tr("Client"), "court": tr("Court"),
            "docket_number": tr("Docket number"), "defendant": tr("Defendant"),
            "statute": tr("Statute"), "losses_claimed_cents": tr("Losses claimed"),
            "ordered_cents": tr("Ordered"), "closure": tr("Closure"), "created_at": created,
            "updated_at": changed, "steps": tr("Restitution step"),
            "money": tr("Restitution money"),
        },
        "note": {"client_id": tr("Client"), "referral_id": tr("Referral"),
                 "created_at": created, "body": tr("Note")},
    }


def _items() -> dict[str, dict[str, str]]:
    """list -> key of one of its items -> label."""
    return {
        "history": {"from_status": tr("From"), "to_status": tr("To"), "at": tr("When"),
                    "reason": tr("Reason"), "reason_text": tr("Reason given")},
        "ledger": {"kind": tr("Kind"), "amount_cents": tr("Amount"), "paid_on": tr("Paid on"),
                   "note": tr("Note")},
        "steps": {"position": tr("Position"), "kind": tr("Step"), "status": tr("Status"),
                  "due_on": tr("Due"),
                  "completed_on": tr("Completed", disambiguation="restitution step"),
                  "note": tr("Note")},
        "money": {"kind": tr("Kind"), "amount_cents": tr("Amount"), "on": tr("Date"),
                  "note": tr("Note")},
    }


def field_label(record_type: str, path: str) -> str:
    """``("client", "personal.legal_name")`` -> "Legal name"; an item of a list, such as
    ``"history 2"`` or ``"ledger 5f0c1a2b"``, -> "Status history 2". Unknown paths keep
    a readable form of their own name."""
    name, _space, tag = path.partition(" ")
    known = _top().get(record_type, {}).get(name)
    if known is None:
        text = ": ".join(p.replace("_", " ") for p in name.split("."))
        known = text[:1].upper() + text[1:]
    return f"{known} {tag}" if tag else known


def item_label(container: str, key: str) -> str:
    """The label of ``key`` in one item of a list (``ledger``, ``steps``, …)."""
    return _items().get(container, {}).get(key) or key.replace("_", " ")
