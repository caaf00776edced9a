"""Human, translated labels for every stored vocabulary value and code.

Stored values (``ReferralStatus.IN_PROGRESS == "in_progress"``) never reach the screen; use
``label(value)``. The labels are written once, in ``domain/labels.py`` (the PDFs print the
same), and translated at call time so a translator loaded after import still applies.

    from nap_desktop.gui.widgets.labels import label, options, due_label, services_text
    combo.addItem(label(ReferralStatus.SENT), ReferralStatus.SENT.value)
    for value, text in options(Urgency): ...
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nap_desktop.domain import labels as vocabulary
from nap_desktop.domain.enums import ProgramType, RestitutionStepKind, ServiceType

CONTEXT = "Labels"
E = TypeVar("E", bound=StrEnum)


def _tr(source: Any) -> str:
    return QCoreApplication.translate(CONTEXT, str(source))


def label(value: StrEnum) -> str:
    """The translated label of an enum member (``domain.labels``, the same the PDFs
    print); unknown members fall back to their value."""
    source = vocabulary.LABELS.get((type(value), value.value))
    return _tr(source) if source is not None else str(value.value)


def options(enum_cls: type[E], *, exclude: Iterable[E] = ()) -> list[tuple[E, str]]:
    """``(member, label)`` for every member of ``enum_cls`` in declaration order,
    ready to fill a combo box (``combo.addItem(text, member.value)``)."""
    skip = set(exclude)
    return [(member, label(member)) for member in enum_cls if member not in skip]


def services_text(services: Iterable[ServiceType]) -> str:
    """Services requested, as a short comma-separated list in declaration order."""
    chosen = set(services)
    return ", ".join(label(s) for s in ServiceType if s in chosen)


def code_label(code: str) -> str:
    """Label for a dashboard kind (``overdue_step``...) or a due code (``housing_exit``)."""
    source = vocabulary.CODES.get(code)
    return _tr(source) if source is not None else code


def due_label(code: str) -> str:
    """Human text for a ``next_due_label`` / dashboard subject code:
    ``"step:<RestitutionStepKind>"``, ``"housing_exit"``, ``"housing_move_in"``,
    ``"release:<agency name>"`` or ``"referral:<agency name>"``. Empty code → empty text."""
    if not code:
        return ""
    kind, _, value = code.partition(":")
    if kind == "step":
        try:
            return label(RestitutionStepKind(value))
        except ValueError:
            return value
    if kind == "release":
        return _tr(QT_TRANSLATE_NOOP("Labels", "Release to %1")).replace("%1", value)
    if kind == "referral":
        return _tr(QT_TRANSLATE_NOOP("Labels", "Referral to %1")).replace("%1", value)
    if kind in ("housing_exit", "housing_move_in") and value:
        try:
            return label(ProgramType(value))
        except ValueError:
            return code_label(kind)
    return code_label(code)
