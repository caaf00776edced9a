"""How corrections and voids read: in the case history ("Restitution money entry corrected
from $1,200.00 to $1,250.00 by Ana Ruiz") and on a voided entry or note ("Voided by Ana
Ruiz on 11/23/2026: entered twice"). Amounts are shown (money is not personal); a note's
text and a reason are never in the history: the reason shows on the entry itself."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtGui import QFont

from nap_desktop.domain.entities import AuditEvent, Void
from nap_desktop.domain.enums import AssistanceKind, MoneyEventKind
from nap_desktop.domain.rules import format_cents
from nap_desktop.gui.case.field_labels import field_label
from nap_desktop.gui.widgets.common import fmt_time, tr
from nap_desktop.gui.widgets.labels import label


def _amount(enum: type[StrEnum], text: str, *, with_kind: bool) -> str:
    """``collected 120000`` -> "$1,200.00" (or "$1,200.00 (Collected)")."""
    kind, _space, cents = text.strip().partition(" ")
    try:
        shown = format_cents(int(cents))
    except ValueError:
        return text.strip()
    if not with_kind:
        return shown
    try:
        return f"{shown} ({label(enum(kind))})"
    except ValueError:
        return shown


def explain_correction(base: str, event: AuditEvent, who: str) -> str:
    """``base`` (the translated sentence with %1…) filled from the event's detail."""
    action, detail = event.action, event.detail
    if action in ("note.correct", "note.void"):
        return base.replace("%1", who)
    if action == "restitution.details":
        names = detail.removeprefix("changed: ").split(", ")
        fields = ", ".join(field_label("restitution", n) for n in names if n)
        return base.replace("%1", who).replace("%2", fields)
    enum: type[StrEnum] = MoneyEventKind if action.startswith("restitution") else AssistanceKind
    amounts = detail.partition(";")[2]
    if action.endswith("_void"):
        return base.replace("%1", _amount(enum, amounts, with_kind=True)).replace("%2", who)
    old, _arrow, new = amounts.partition("->")
    kinds_differ = old.split()[:1] != new.split()[:1]
    return (base.replace("%1", _amount(enum, old, with_kind=kinds_differ))
            .replace("%2", _amount(enum, new, with_kind=kinds_differ)).replace("%3", who))


def void_text(void: Void, users: dict[str, str], here: str = "") -> str:
    """"Voided by Ana Ruiz on …: reason" (a void made at the partner names no one here)."""
    who = users.get(void.by_user_id or "", "") if void.by_user_id else (
        here or tr("the agency that recorded it"))
    text = tr("Voided by %1 on %2").replace("%1", who or tr("another user")).replace(
        "%2", fmt_time(void.at))
    return f"{text}: {void.reason}" if void.reason else text


def struck() -> QFont:
    """The font of a voided entry or note: struck through (and shown muted)."""
    font = QFont()
    font.setStrikeOut(True)
    return font


def entry_note(row: Any, rows: Sequence[Any], users: dict[str, str]) -> str:
    """The note column of a money or assistance entry: its note, and what a correction or
    a void did to it ("Replaces $1,200.00", "Voided by … on …: reason")."""
    parts = [row.note] if row.note else []
    if row.corrects_id is not None:
        old = next((r for r in rows if r.id == row.corrects_id), None)
        if old is not None:
            parts.insert(0, tr("Replaces %1").replace("%1", format_cents(old.amount_cents)))
    if row.void is not None:
        parts.insert(0, void_text(row.void, users))
    return " · ".join(parts)


def note_marks(note: Any, users: dict[str, str]) -> list[str]:
    """The lines under a note's text: its void, and that it was corrected."""
    marks = [void_text(note.void, users)] if note.void is not None else []
    if note.versions:
        marks.append(tr("Corrected (%n earlier version(s) kept)", note.versions))
    return marks
