"""The words of the Insights tab: series and bucket names, months, money from cents.
Translated when called (context "Insights"), so a language loaded later applies."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from nap_desktop.domain import labels as vocabulary
from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.domain.rules import format_cents
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services import insights as ins


def tr(text: str) -> str:
    return QCoreApplication.translate("Insights", text)


def locale() -> QLocale:
    """The language shown; the "C" locale (no language set) writes numbers as in English,
    with thousands separators."""
    found = QLocale()
    if found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return found


def series_name(key: str) -> str:
    """The name of a series of the clients' or the restitution chart."""
    names = {
        ins.NEW: tr("New clients"),
        ins.CONTINUING: tr("Continuing clients"),
        ins.ORDERED: tr("Ordered"),
        ins.COLLECTED: tr("Collected"),
        ins.DISBURSED: tr("Disbursed"),
    }
    return names.get(key, key)


def outcome_name(key: str) -> str:
    """An outcome of :data:`insights.OUTCOME_KEYS`: the status label from the domain's
    vocabulary, completed ones with their outcome."""
    completed = {
        "completed_successful": tr("Completed: successful"),
        "completed_not_successful": tr("Completed: not successful"),
        "completed_no_outcome": tr("Completed: no outcome recorded"),
    }
    if key in completed:
        return completed[key]
    try:
        return label(ReferralStatus(key))
    except ValueError:
        return key


def bucket_name(key: str) -> str:
    """A bucket of days from project start to move-in."""
    names = {
        "same_day": tr("Same day"),
        "1_7": tr("1–7 days"),
        "8_30": tr("8–30 days"),
        "31_90": tr("31–90 days"),
        "91_180": tr("91–180 days"),
        "181_plus": tr("181 days or more"),
    }
    return names.get(key, key)


def category_name(value: str) -> str:
    """A service category's label, from the domain's vocabulary (``ServiceCategory``)."""
    for enum_type, stored in vocabulary.LABELS:
        if stored == value and enum_type.__name__ == "ServiceCategory":
            return label(enum_type(stored))
    return value.replace("_", " ").capitalize()


def worker_name(display_name: str, user_id: str | None, active: bool) -> str:
    """A worker (staff, never a survivor); cases assigned to nobody say so."""
    if user_id is None:
        return tr("Not assigned")
    return display_name if active else tr("%1 (inactive)").replace("%1", display_name)


def month_name(month: date, *, with_year: bool) -> str:
    """A month's short name in the language shown ("Jan 2026", "ene 2026")."""
    name = locale().monthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}" if with_year else name


def money(cents: int) -> str:
    """Dollars from integer cents, exactly, as everywhere in the app ("$12,345.67" in
    either language: ``domain.rules.format_cents``)."""
    return format_cents(cents)


def money_locale() -> QLocale:
    """The locale a money axis writes its dollars in (the same as :func:`money`)."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def number(value: int) -> str:
    return locale().toString(value)


def share(part: int, whole: int) -> str:
    """A share in whole percent ("—" of nothing)."""
    if whole == 0:
        return "—"
    return locale().toString(round(100 * part / whole)) + " %"


def days(value: float | None) -> str:
    if value is None:
        return "—"
    return locale().toString(value, "f", 1 if value % 1 else 0)
