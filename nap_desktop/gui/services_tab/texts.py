"""Words shared by the Services tab, its dialogs and "My tasks" (one translation context)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from nap_desktop.domain.enums import Role, ServiceCategory
from nap_desktop.domain.rules import role_at_least
from nap_desktop.domain.services_entities import ServiceRecord
from nap_desktop.gui.widgets.labels import label, options

CONTEXT = "ServicesTab"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def minutes_text(minutes: int) -> str:
    """``45 min``, ``1 h 30 min``: what a person reads faster than 90."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return tr("%1 min").replace("%1", str(rest))
    if not rest:
        return tr("%1 h").replace("%1", str(hours))
    return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def category_options() -> list[tuple[ServiceCategory, str]]:
    """Every category by its translated label, alphabetically ("Other" last), so that
    typing the first letters finds it."""
    found = options(ServiceCategory, exclude=[ServiceCategory.OTHER])
    found.sort(key=lambda pair: pair[1].casefold())
    return [*found, (ServiceCategory.OTHER, label(ServiceCategory.OTHER))]


def may_edit(record: ServiceRecord, user_id: str | None, now: datetime) -> bool:
    """The author, within 7 days of entering it (the service decides again)."""
    return (not record.voided and user_id is not None and record.author_user_id == user_id
            and now < record.editable_until())


def is_supervisor(role: Role | None) -> bool:
    return role is not None and role_at_least(role, Role.SUPERVISOR)


def may_correct(record: ServiceRecord, user_id: str | None, role: Role | None,
                now: datetime) -> bool:
    """A supervisor, once the author's 7 days are over."""
    return not record.voided and is_supervisor(role) and not may_edit(record, user_id, now)


def may_void(record: ServiceRecord, user_id: str | None, role: Role | None,
             now: datetime) -> bool:
    return not record.voided and (may_edit(record, user_id, now) or is_supervisor(role))
