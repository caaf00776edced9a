"""How a document is named on screen: what it is attached to, its size, what was removed
from it when it was added, its void. Translated at call time (context "Documents")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from nap_desktop.domain.documents import PDF, AddedDocument, DocumentView
from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.enums import DocumentAttachment, RemovedMetadata
from nap_desktop.gui.widgets.common import MASK, fmt_date, fmt_time
from nap_desktop.gui.widgets.labels import label

#: What a caseworker cares about first: where the survivor is, then who owns the camera.
REMOVED_ORDER = (RemovedMetadata.GPS, RemovedMetadata.CAMERA_SERIAL)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Documents", text, None, n)


def size_text(size: int) -> str:
    """"2.4 MB" (decimal units: the limit is 25 MB of 1,000,000 bytes)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def attached_text(case: CaseRecord | None, kind: DocumentAttachment, record_id: str) -> str:
    """"The case", "Release to Harbor Legal Aid", "Referral from FBI", "Emergency shelter
    (Casa Segura)", "Restitution: U.S. District Court"; the record's type when it is gone."""
    if case is not None:
        text = _record_text(case, kind, record_id)
        if text:
            return text
    return label(kind)


def _agency(case: CaseRecord, agency_id: str) -> str:
    agency = case.agencies.get(agency_id)
    return agency.name if agency is not None else tr("another agency")


def _record_text(case: CaseRecord, kind: DocumentAttachment, record_id: str) -> str:
    if kind is DocumentAttachment.CLIENT:
        return label(kind)
    if kind is DocumentAttachment.RELEASE:
        rel = next((r for r in case.releases if r.id == record_id), None)
        return "" if rel is None else tr("Release to %1 (expires %2)").replace(
            "%1", _agency(case, rel.recipient_agency_id)).replace("%2", fmt_date(rel.expires_on))
    if kind is DocumentAttachment.REFERRAL:
        ref = next((r for r in case.referrals if r.id == record_id), None)
        if ref is None:
            return ""
        ours = case.agencies.get(ref.to_agency_id)
        if ours is not None and ours.is_self:
            return tr("Referral from %1").replace("%1", _agency(case, ref.from_agency_id))
        return tr("Referral to %1").replace("%1", _agency(case, ref.to_agency_id))
    if kind is DocumentAttachment.PLACEMENT:
        place = next((p for p in case.placements if p.id == record_id), None)
        if place is None:
            return ""
        kind_text = label(place.program_type)
        return f"{kind_text} ({place.provider})" if place.provider else kind_text
    matter = next((m for m in case.restitution if m.id == record_id), None)
    return "" if matter is None else tr("Restitution: %1").replace("%1", matter.court)


def attach_choices(case: CaseRecord) -> list[tuple[DocumentAttachment, str, str]]:
    """Every record of the case a document can be attached to: (type, id, text)."""
    records: list[tuple[DocumentAttachment, str]] = [(DocumentAttachment.CLIENT, case.client.id)]
    records += [(DocumentAttachment.RELEASE, r.id) for r in case.releases]
    records += [(DocumentAttachment.REFERRAL, r.id) for r in case.referrals]
    records += [(DocumentAttachment.PLACEMENT, p.id) for p in case.placements]
    records += [(DocumentAttachment.RESTITUTION_MATTER, m.id) for m in case.restitution]
    return [(kind, rid, attached_text(case, kind, rid)) for kind, rid in records]


def removed_text(added: AddedDocument) -> str:
    """What was taken out of the file before it was stored, said to the person who added
    it; "" when nothing was."""
    removed = set(added.removed)
    if not removed:
        return ""
    first = [m for m in REMOVED_ORDER if m in removed]
    rest = [m for m in RemovedMetadata if m in removed and m not in REMOVED_ORDER]
    if first == list(REMOVED_ORDER):
        lead = tr("Location (GPS) and camera serial number were removed from this photo.")
    elif first == [RemovedMetadata.GPS]:
        lead = tr("Location (GPS) was removed from this photo.")
    elif first == [RemovedMetadata.CAMERA_SERIAL]:
        lead = tr("The camera serial number was removed from this photo.")
    else:
        lead = ""
    if not rest:
        return lead
    names = ", ".join(label(m) for m in rest)
    more = (tr("Also removed: %1.") if lead else tr("Removed from this file before it was "
                                                     "stored: %1.")).replace("%1", names)
    return f"{lead} {more}" if lead else more


def added_text(added: AddedDocument, *, masked: bool) -> str:
    """The note shown once a document was added."""
    doc = added.document
    title = MASK if masked else doc.title
    text = tr("Added “%1” (%2).").replace("%1", title).replace("%2", size_text(doc.size))
    removed = removed_text(added)
    if removed:
        text += " " + removed
    if added.already_stored:
        text += " " + tr("The same file was already in the vault: it is kept once.")
    return text


def void_text(doc: DocumentView, *, masked: bool) -> str:
    """"Voided 3 Mar 2026 14:02: reason" (the reason may name the survivor)."""
    if doc.voided_at is None:
        return ""
    reason = MASK if masked else doc.void_reason
    text = tr("Voided %1").replace("%1", fmt_time(doc.voided_at))
    return f"{text}: {reason}" if reason else text


def kind_of_file(doc: DocumentView) -> str:
    """"PDF, 12 pages" or "Image (JPEG)"."""
    if doc.media_type == PDF:
        return tr("PDF, %n page(s)", doc.pages)
    return tr("Image (%1)").replace("%1", doc.media_type.partition("/")[2].upper())
