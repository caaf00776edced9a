"""The selected service in words: who, when, the note, and each correction with the
values it replaced (a supervisor's correction never hides what was there before)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from nap_desktop.domain import enums
from nap_desktop.domain.services_entities import ServiceCorrection, ServiceRecord
from nap_desktop.gui.services_tab.texts import minutes_text, tr
from nap_desktop.gui.widgets.common import MASK, fmt_date, fmt_time
from nap_desktop.gui.widgets.labels import label

#: a correction's field -> its vocabulary (its stored value shown by its label)
VOCABULARY: dict[str, type[StrEnum]] = {
    "category": enums.ServiceCategory, "provider": enums.ServiceProvider,
    "mode": enums.ServiceMode, "status": enums.ServiceStatus,
}


def field_name(key: str) -> str:
    names = {"provided_on": tr("Date"), "category": tr("Category"),
             "provider": tr("Provided by"), "mode": tr("Mode"), "minutes": tr("Minutes"),
             "status": tr("Status"), "note": tr("Note"), "funding_source_id": tr("Funding source"),
             "referral_id": tr("Referral"), "provided_by_user_id": tr("Provided by")}
    return names.get(key, key)


def value_text(key: str, value: object, *, masked: bool) -> str:
    """A previous value as a person reads it (ids are not shown: "another")."""
    if value in (None, ""):
        return "—"
    if key == "note":
        return MASK if masked else str(value)
    if key == "minutes" and isinstance(value, int):
        return minutes_text(value)
    vocabulary = VOCABULARY.get(key)
    if vocabulary is not None:
        try:
            return label(vocabulary(str(value)))
        except ValueError:
            return str(value)
    if key == "provided_on":
        try:
            return fmt_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key.endswith("_id"):
        return tr("another")
    return str(value)


def correction_text(correction: ServiceCorrection, *, masked: bool) -> str:
    before = "; ".join(f"{field_name(k)}: {value_text(k, v, masked=masked)}"
                       for k, v in correction.before.items())
    head = tr("Corrected by %1 on %2 — reason: %3").replace("%1", correction.by_name).replace(
        "%2", fmt_time(correction.at)).replace("%3", MASK if masked else correction.reason)
    return head + "\n    " + tr("Before: %1").replace("%1", before or "—")


def details_text(record: ServiceRecord, corrections: list[ServiceCorrection], *,
                 masked: bool) -> str:
    lines = [
        f"{fmt_date(record.provided_on)} — {label(record.category)} — "
        f"{minutes_text(record.minutes)}",
        tr("Provided by %1 · %2 · %3").replace("%1", record.provided_by_name)
        .replace("%2", label(record.mode)).replace("%3", label(record.status)),
        tr("Entered on %1").replace("%1", fmt_time(record.created_at)),
    ]
    if record.note:
        lines.append(tr("Note: %1").replace("%1", MASK if masked else record.note))
    if record.voided:
        lines.append(tr("Voided on %1 — reason: %2").replace("%1", fmt_time(record.voided_at))
                     .replace("%2", MASK if masked else record.void_reason))
    lines.extend(correction_text(c, masked=masked) for c in corrections)
    return "\n".join(lines)
