"""English and Spanish text for printed reports, and the date/time formats.

Plain dicts keyed by message id (``MESSAGES[lang][id]``) and by enum member
(``ENUM_LABELS[lang]["ReferralStatus.in_progress"]``). Dates print as 2026-11-23 in
English and 23/11/2026 in Spanish; times add the hour and the zone abbreviation.
Money is US dollars in both languages (``format_cents``: "$1,234.56").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum

from nap_desktop.domain import moments
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_

LANGUAGES = ("en", "es")

_EN: dict[str, str] = {
    # document furniture
    "confidential": "CONFIDENTIAL",
    "page_x_of_y": "Page {page} of {pages}",
    "document_id": "Document ID",
    "checksum": "SHA-256",
    "footer_notice": (
        "May contain personally identifying information protected by 34 U.S.C. 12291(b)(2). "
        "Do not copy or disclose further without the survivor's written consent."
    ),
    "generated": "Generated",
    "prepared_by": "Prepared by",
    "audience": "Audience",
    "internal_use": "Internal use — {agency}",
    "prepared_for": "Prepared for: {partner}",
    "override_lead": "Released under supervisor override:",
    "withheld_lead": "Withheld from {partner}: {categories}.",
    "withheld_text": (
        "No release of information from the survivor to {partner} in force on {date} covers "
        "these categories."
    ),
    "withheld_marker": "withheld — no release",
    "none": "—",
    "yes": "Yes",
    "no": "No",
    # referral summary
    "title_summary": "Referral summary",
    "case_number": "Case number",
    "referral_id": "Referral ID",
    "sec_referral": "Referral",
    "sec_history": "Status history",
    "sec_client": "Client",
    "sec_releases": "Releases of information in force",
    "sec_housing": "Housing",
    "sec_restitution": "Restitution",
    "sec_notes": "Notes",
    "sec_signatures": "Signatures",
    "from_agency": "From",
    "to_agency": "To",
    "direction": "Direction",
    "referring_person": "Referred by",
    "external_case_number": "Their case / investigation no.",
    "status": "Status",
    "outcome": "Outcome",
    "reason": "Reason",
    "services": "Services requested",
    "urgency": "Urgency",
    "created": "Created",
    "safety_notes": "Safety notes",
    "date": "Date",
    "change": "Change",
    "by": "By",
    "trafficking_type": "Trafficking type",
    "legal_name": "Legal name",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "minor": "Minor",
    "languages": "Languages",
    "interpreter_needed": "Interpreter needed",
    "contact_info": "Contact",
    "safe_contact": "Safe-contact instructions",
    "location": "Location",
    "continued_presence": "Continued Presence",
    "expires_on_date": "expires {date}",
    "t_visa": "T visa",
    "hhs_letter": "HHS certification / eligibility letter",
    "recipient": "Recipient",
    "categories": "Categories",
    "purpose": "Purpose",
    "signed": "Signed",
    "expires": "Expires",
    "exception_basis": "Exception: {basis}",
    "no_releases": "No release of information is in force.",
    "no_releases_partner": "No release of information to {partner} is in force.",
    "program": "Program",
    "provider": "Provider",
    "funding": "Funding",
    "start": "Start",
    "move_in": "Move-in",
    "exit": "Exit",
    "expected_exit": "expected {date}",
    "destination": "Exit destination",
    "assistance": "Assistance",
    "total_assistance": "Total assistance",
    "no_placements": "No housing placements recorded.",
    "placement_safety": "Safety notes — {provider}",
    "court": "Court",
    "docket": "Docket",
    "defendant": "Defendant",
    "statute": "Statute",
    "closure": "Closed",
    "step": "Step",
    "due": "Due",
    "completed": "Completed",
    "note": "Note",
    "losses_claimed": "Losses claimed",
    "ordered": "Ordered",
    "collected": "Collected",
    "disbursed": "Disbursed",
    "balance": "Balance owed",
    "no_restitution": "No restitution matters recorded.",
    "no_notes": "No notes recorded.",
    "author": "Author",
    "sig_caseworker": "Caseworker",
    "sig_supervisor": "Supervisor",
    "sig_survivor": "Survivor (or guardian) acknowledgement",
    "sig_name": "Printed name",
    "sig_signature_date": "Signature and date",
    "unknown_agency": "Unknown agency",
    "unknown_user": "Unknown user",
    # caseload report
    "title_caseload": "Caseload report",
    "filter": "Filter",
    "no_filter": "All referrals",
    "referrals_listed": "Referrals listed",
    "referrals_limited": "the first {listed} of {total} (too many to print: narrow the "
                         "filter to list them all)",
    "overdue_count": "Overdue items",
    "by_status": "Referrals by status",
    "count": "Count",
    "total": "Total",
    "overdue_items": "Overdue items (due before {date})",
    "no_overdue": "No overdue items.",
    "caseload": "Caseload",
    "client": "Client",
    "next_due": "Next due",
    "partner": "Partner",
    "worker": "Worker",
    "overdue": "overdue",
    "no_rows": "No referrals match this filter.",
    "housing_exit": "Planned housing exit",
}

_ES: dict[str, str] = {
    "confidential": "CONFIDENCIAL",
    "page_x_of_y": "Página {page} de {pages}",
    "document_id": "ID del documento",
    "checksum": "SHA-256",
    "footer_notice": (
        "Puede contener información de identificación personal protegida por 34 U.S.C. "
        "12291(b)(2). No copiar ni divulgar sin el consentimiento por escrito de la persona "
        "sobreviviente."
    ),
    "generated": "Generado",
    "prepared_by": "Preparado por",
    "audience": "Destinatario",
    "internal_use": "Uso interno — {agency}",
    "prepared_for": "Preparado para: {partner}",
    "override_lead": "Divulgado por autorización excepcional del supervisor:",
    "withheld_lead": "Retenido para {partner}: {categories}.",
    "withheld_text": (
        "Ninguna autorización de divulgación de la persona sobreviviente a {partner} vigente "
        "el {date} cubre estas categorías."
    ),
    "withheld_marker": "retenido — sin autorización",
    "none": "—",
    "yes": "Sí",
    "no": "No",
    "title_summary": "Resumen de derivación",
    "case_number": "Número de caso",
    "referral_id": "ID de la derivación",
    "sec_referral": "Derivación",
    "sec_history": "Historial de estados",
    "sec_client": "Sobreviviente",
    "sec_releases": "Autorizaciones de divulgación vigentes",
    "sec_housing": "Vivienda",
    "sec_restitution": "Restitución",
    "sec_notes": "Notas",
    "sec_signatures": "Firmas",
    "from_agency": "De",
    "to_agency": "Para",
    "direction": "Dirección",
    "referring_person": "Derivado por",
    "external_case_number": "Su n.º de caso / investigación",
    "status": "Estado",
    "outcome": "Resultado",
    "reason": "Motivo",
    "services": "Servicios solicitados",
    "urgency": "Urgencia",
    "created": "Creada",
    "safety_notes": "Notas de seguridad",
    "date": "Fecha",
    "change": "Cambio",
    "by": "Por",
    "trafficking_type": "Tipo de trata",
    "legal_name": "Nombre legal",
    "preferred_name": "Nombre preferido",
    "date_of_birth": "Fecha de nacimiento",
    "minor": "Menor de edad",
    "languages": "Idiomas",
    "interpreter_needed": "Necesita intérprete",
    "contact_info": "Contacto",
    "safe_contact": "Instrucciones de contacto seguro",
    "location": "Ubicación",
    "continued_presence": "Presencia Continuada",
    "expires_on_date": "vence el {date}",
    "t_visa": "Visa T",
    "hhs_letter": "Certificación o carta de elegibilidad de HHS",
    "recipient": "Destinatario",
    "categories": "Categorías",
    "purpose": "Propósito",
    "signed": "Firmada",
    "expires": "Vence",
    "exception_basis": "Excepción: {basis}",
    "no_releases": "No hay ninguna autorización de divulgación vigente.",
    "no_releases_partner": "No hay ninguna autorización de divulgación vigente para {partner}.",
    "program": "Programa",
    "provider": "Proveedor",
    "funding": "Financiamiento",
    "start": "Inicio",
    "move_in": "Mudanza",
    "exit": "Salida",
    "expected_exit": "prevista {date}",
    "destination": "Destino de salida",
    "assistance": "Asistencia",
    "total_assistance": "Asistencia total",
    "no_placements": "No hay alojamientos registrados.",
    "placement_safety": "Notas de seguridad — {provider}",
    "court": "Tribunal",
    "docket": "Expediente",
    "defendant": "Persona acusada",
    "statute": "Ley",
    "closure": "Cierre",
    "step": "Paso",
    "due": "Vence",
    "completed": "Completado",
    "note": "Nota",
    "losses_claimed": "Pérdidas reclamadas",
    "ordered": "Ordenado",
    "collected": "Cobrado",
    "disbursed": "Desembolsado",
    "balance": "Saldo adeudado",
    "no_restitution": "No hay asuntos de restitución registrados.",
    "no_notes": "No hay notas registradas.",
    "author": "Autor",
    "sig_caseworker": "Gestor(a) de caso",
    "sig_supervisor": "Supervisor(a)",
    "sig_survivor": "Acuse de la persona sobreviviente (o tutor)",
    "sig_name": "Nombre en letra de molde",
    "sig_signature_date": "Firma y fecha",
    "unknown_agency": "Agencia desconocida",
    "unknown_user": "Usuario desconocido",
    "title_caseload": "Informe de casos",
    "filter": "Filtro",
    "no_filter": "Todas las derivaciones",
    "referrals_listed": "Derivaciones incluidas",
    "referrals_limited": "las primeras {listed} de {total} (demasiadas para imprimir: "
                         "acote el filtro para incluirlas todas)",
    "overdue_count": "Pendientes vencidos",
    "by_status": "Derivaciones por estado",
    "count": "Cantidad",
    "total": "Total",
    "overdue_items": "Pendientes vencidos (antes del {date})",
    "no_overdue": "No hay pendientes vencidos.",
    "caseload": "Casos",
    "client": "Sobreviviente",
    "next_due": "Próximo vencimiento",
    "partner": "Agencia asociada",
    "worker": "Responsable",
    "overdue": "vencido",
    "no_rows": "Ninguna derivación coincide con este filtro.",
    "housing_exit": "Salida de vivienda prevista",
}

MESSAGES: dict[str, dict[str, str]] = {"en": _EN, "es": _ES}

# Enum labels: (English, Spanish) per stored value.
_ENUM_PAIRS: dict[str, dict[str, tuple[str, str]]] = {
    "AgencyKind": {
        "le_federal": ("Federal law enforcement", "Fuerzas del orden federales"),
        "le_state_local": ("State / local law enforcement",
                           "Fuerzas del orden estatales o locales"),
        "task_force": ("Task force", "Grupo de trabajo"),
        "prosecutor": ("Prosecutor", "Fiscalía"),
        "victim_service_provider": ("Victim-service provider", "Proveedor de servicios a víctimas"),
        "housing": ("Housing", "Vivienda"),
        "legal": ("Legal services", "Servicios legales"),
        "health": ("Health", "Salud"),
        "other": ("Other", "Otra"),
    },
    "Role": {
        "caseworker": ("Caseworker", "Gestor(a) de caso"),
        "supervisor": ("Supervisor", "Supervisor(a)"),
        "admin": ("Administrator", "Administrador(a)"),
    },
    "TraffickingType": {
        "sex": ("Sex trafficking", "Trata con fines de explotación sexual"),
        "labor": ("Labor trafficking", "Trata con fines de explotación laboral"),
        "both": ("Sex and labor trafficking", "Trata sexual y laboral"),
        "unknown": ("Not recorded", "No registrado"),
    },
    "InfoCategory": {
        "identity": ("Identity", "Identidad"),
        "contact": ("Contact", "Contacto"),
        "location": ("Location", "Ubicación"),
        "demographics": ("Languages", "Idiomas"),
        "immigration": ("Immigration", "Inmigración"),
        "safety": ("Safety", "Seguridad"),
        "housing": ("Housing", "Vivienda"),
        "restitution": ("Restitution", "Restitución"),
        "notes": ("Notes", "Notas"),
    },
    "ReleaseStatus": {
        "draft": ("Draft", "Borrador"),
        "active": ("Active", "Vigente"),
        "expired": ("Expired", "Vencida"),
        "revoked": ("Revoked", "Revocada"),
        "refused": ("Refused", "Rechazada"),
    },
    "SignedBy": {
        "survivor": ("Survivor", "Persona sobreviviente"),
        "guardian": ("Guardian", "Tutor(a)"),
    },
    "ReferralDirection": {
        "le_to_vsp": ("Law enforcement to victim services",
                      "De fuerzas del orden a servicios a víctimas"),
        "vsp_to_le": ("Victim services to law enforcement",
                      "De servicios a víctimas a fuerzas del orden"),
        "between_providers": ("Between service providers", "Entre proveedores de servicios"),
    },
    "ServiceType": {
        "housing": ("Housing", "Vivienda"),
        "legal": ("Legal", "Asesoría legal"),
        "immigration": ("Immigration", "Inmigración"),
        "medical": ("Medical", "Atención médica"),
        "mental_health": ("Mental health", "Salud mental"),
        "substance_use": ("Substance use", "Consumo de sustancias"),
        "employment": ("Employment", "Empleo"),
        "education": ("Education", "Educación"),
        "interpretation": ("Interpretation", "Interpretación"),
        "child_care": ("Child care", "Cuidado infantil"),
        "repatriation": ("Repatriation", "Repatriación"),
        "other": ("Other", "Otro"),
    },
    "Urgency": {
        "routine": ("Routine", "Ordinaria"),
        "priority": ("Priority", "Prioritaria"),
        "emergency": ("Emergency", "Emergencia"),
    },
    "ReferralStatus": {
        "draft": ("Draft", "Borrador"),
        "sent": ("Sent", "Enviada"),
        "received": ("Received", "Recibida"),
        "accepted": ("Accepted", "Aceptada"),
        "declined": ("Declined", "Rechazada"),
        "in_progress": ("In progress", "En curso"),
        "completed": ("Completed", "Completada"),
        "withdrawn": ("Withdrawn", "Retirada"),
        "expired": ("Expired", "Vencida"),
    },
    "ReferralOutcome": {
        "successful": ("Successful", "Exitosa"),
        "not_successful": ("Not successful", "No exitosa"),
    },
    "ReferralReason": {
        "client_refused_services": ("Client refused services",
                                    "La persona rechazó los servicios"),
        "lack_of_capacity": ("Lack of capacity", "Falta de capacidad"),
        "services_no_longer_needed": ("Services no longer needed",
                                      "Los servicios ya no son necesarios"),
        "unable_to_contact_client": ("Unable to contact client",
                                     "No fue posible contactar a la persona"),
        "unable_to_contact_receiving_organisation": (
            "Unable to contact receiving organisation",
            "No fue posible contactar a la organización receptora"),
        "other": ("Other", "Otro"),
    },
    "ProgramType": {
        "emergency_shelter": ("Emergency shelter", "Albergue de emergencia"),
        "transitional_housing": ("Transitional housing", "Vivienda de transición"),
        "rapid_rehousing": ("Rapid re-housing", "Realojamiento rápido"),
        "permanent_supportive_housing": ("Permanent supportive housing",
                                         "Vivienda permanente con apoyo"),
        "other_permanent": ("Other permanent housing", "Otra vivienda permanente"),
    },
    "PlacementStatus": {
        "referred": ("Referred", "Remitido"),
        "waitlisted": ("Waitlisted", "En lista de espera"),
        "accepted": ("Accepted", "Aceptado"),
        "started": ("Started", "Iniciado"),
        "moved_in": ("Moved in", "Mudanza realizada"),
        "exited": ("Exited", "Salida"),
        "denied": ("Denied", "Denegado"),
        "withdrawn": ("Withdrawn", "Retirado"),
    },
    "ExitDestination": {
        "permanent_rental_or_owned": ("Permanent: rental or owned",
                                      "Permanente: alquiler o propiedad"),
        "permanent_with_family_or_friends": ("Permanent: with family or friends",
                                             "Permanente: con familia o amistades"),
        "temporary_situation": ("Temporary situation", "Situación temporal"),
        "institutional_setting": ("Institutional setting", "Institución"),
        "homeless_situation": ("Homeless situation", "Situación de calle"),
        "repatriated": ("Repatriated", "Repatriación"),
        "deceased": ("Deceased", "Fallecimiento"),
        "client_doesnt_know_or_refused": ("Client doesn't know / refused",
                                          "No sabe / no responde"),
        "other": ("Other", "Otro"),
    },
    "AssistanceKind": {
        "rent": ("Rent", "Alquiler"),
        "deposit": ("Deposit", "Depósito"),
        "utilities": ("Utilities", "Servicios públicos"),
        "relocation": ("Relocation", "Reubicación"),
        "other": ("Other", "Otro"),
    },
    "RestitutionStepKind": {
        "loss_documentation": ("Loss documentation gathered",
                               "Documentación de pérdidas reunida"),
        "losses_submitted": ("Losses submitted to prosecutor",
                             "Pérdidas presentadas a la fiscalía"),
        "impact_statement": ("Victim impact statement to probation",
                             "Declaración de impacto a libertad condicional"),
        "sentencing": ("Sentencing hearing", "Audiencia de sentencia"),
        "order_entered": ("Restitution order entered", "Orden de restitución dictada"),
        "remission_petition": ("Remission / restoration petition",
                               "Petición de remisión o restauración"),
        "collection_monitoring": ("Collection monitoring", "Seguimiento del cobro"),
        "disbursements": ("Disbursements received", "Desembolsos recibidos"),
        "address_current": ("Address current with clerk", "Domicilio actualizado ante el tribunal"),
        "closed": ("Closed", "Cerrado"),
    },
    "StepStatus": {
        "pending": ("Pending", "Pendiente"),
        "in_progress": ("In progress", "En curso"),
        "done": ("Done", "Hecho"),
        "not_applicable": ("Not applicable", "No aplica"),
    },
    "RestitutionClosure": {
        "paid_in_full": ("Paid in full", "Pagada en su totalidad"),
        "liability_expired": ("Liability expired", "Obligación extinguida"),
        "defendant_deceased": ("Defendant deceased", "Persona acusada fallecida"),
        "other": ("Other", "Otro"),
    },
    "MoneyEventKind": {
        "collected": ("Collected", "Cobrado"),
        "disbursed": ("Disbursed", "Desembolsado"),
    },
    "ImmigrationRelief": {
        "none": ("None", "Ninguna"),
        "requested": ("Requested", "Solicitada"),
        "granted": ("Granted", "Concedida"),
        "denied": ("Denied", "Denegada"),
        "expired": ("Expired", "Vencida"),
    },
}

ENUM_LABELS: dict[str, dict[str, str]] = {
    lang: {
        f"{enum}.{value}": pair[index]
        for enum, values in _ENUM_PAIRS.items()
        for value, pair in values.items()
    }
    for index, lang in enumerate(LANGUAGES)
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if supported, else raise :class:`ValidationError`."""
    if lang not in LANGUAGES:
        raise ValidationError(N_("Reports can be printed in English (en) or Spanish (es)."),
                              field="lang")
    return lang


def t(lang: str, key: str, **values: object) -> str:
    """The message ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = MESSAGES[lang][key]
    return text.format(**values) if values else text


def enum_label(lang: str, member: StrEnum) -> str:
    """Human label of an enum member, e.g. ``ReferralStatus.IN_PROGRESS`` -> "In progress"."""
    return ENUM_LABELS[lang][f"{type(member).__name__}.{member.value}"]


def format_date(lang: str, value: date | None) -> str:
    """2026-11-23 (en) or 23/11/2026 (es); an em dash for no date."""
    if value is None:
        return t(lang, "none")
    if lang == "es":
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return moments.iso_day(value)


def format_datetime(lang: str, value: datetime, tz: tzinfo) -> str:
    """A stored UTC time shown in ``tz``: "2026-11-23 14:05 EST" (naive counts as UTC);
    in UTC when ``tz`` cannot represent it (a stamp near year 1 or 9999)."""
    local = moments.local(value, tz)
    return f"{format_date(lang, local.date())} {local:%H:%M} {zone_name(local)}"


def zone_name(value: datetime) -> str:
    """The zone abbreviation (EST), or the UTC offset when the zone has no name."""
    name = value.tzname() or ""
    if name and not name.startswith(("UTC+", "UTC-", "+", "-")):
        return name
    offset = value.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def yes_no(lang: str, value: bool) -> str:
    return t(lang, "yes" if value else "no")


def local_zone() -> tzinfo:
    """The computer's local time zone."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def resolve_clock(now: datetime | None, today: date | None,
                  tz: tzinfo | None) -> tuple[datetime, date, tzinfo]:
    """Defaults: now in UTC, the local zone, today's date in that zone."""
    zone = tz or local_zone()
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware (stored times are UTC)")
    return moment, today or moment.astimezone(zone).date(), zone
