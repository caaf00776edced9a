"""The caseload list's cells: what the model reads (``CaseloadSource``) and how a row
of the vault becomes the texts the list shows (``cells_of``).

Everything here runs on the loader's thread as well as the GUI thread: the cell texts are
made once, when a page is read, so answering the view is a tuple look-up (``model``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication

from nap_desktop.domain import moments
from nap_desktop.domain.entities import CaseloadRow
from nap_desktop.gui.widgets.labels import due_label, label, services_text
from nap_desktop.services.queries import Cancellation, CaseloadFilter, CaseloadWindow

COLUMNS = (
    "case_number",
    "client",
    "partner",
    "status",
    "services",
    "next_due",
    "updated",
    "assigned",
)

class CaseloadSource(Protocol):
    """What the model needs from ``QueryService`` (a fake in tests is fine). Every method
    may run on a pool thread."""

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow: ...

    def caseload_keys(
        self, flt: CaseloadFilter, *, cancel: Cancellation | None = None
    ) -> Sequence[int]: ...

    def caseload_rows(
        self, keys: Sequence[int], *, cancel: Cancellation | None = None
    ) -> list[CaseloadRow | None]: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


def masked_text() -> str:
    return tr("•••• masked")


def local_time(moment: datetime) -> str:
    """A stored UTC time as a short local date and time (any stored value: one that local
    time cannot represent is shown in UTC, never an error that would empty the list)."""
    return moments.short_local(moment)


class Cell(NamedTuple):
    """A row as the list shows it: every column's text, made once when its page is read."""

    texts: tuple[str, ...]
    client_id: str | None
    referral_id: str | None
    next_due: date | None
    row: CaseloadRow | None


#: A row whose page is being read: a calm placeholder, no data of any other row.
READING = Cell(("…",) + ("",) * (len(COLUMNS) - 1), None, None, None, None)
#: A row deleted since the list was counted.
GONE = Cell(("",) * len(COLUMNS), None, None, None, None)


def cells_of(rows: Sequence[CaseloadRow | None]) -> list[Cell]:
    """The list's cells for these rows. Runs on the loader's thread (translation lookups
    are thread-safe in Qt), so the GUI thread only looks the texts up."""
    not_shared = tr("(name not shared)")  # the sending agency had no release to share it
    return [
        GONE
        if r is None
        else Cell(
            (
                r.case_number,
                r.client_name or not_shared,  # masked in data() while discreet
                f"{label(r.direction)} · {r.partner_name}",
                label(r.status),
                services_text(r.services),
                f"{moments.iso_day(r.next_due)} — {due_label(r.next_due_label)}"
                if r.next_due else "",
                local_time(r.updated_at),
                r.assigned_user,
            ),
            r.client_id,
            r.referral_id,
            r.next_due,
            r,
        )
        for r in rows
    ]


def read_first(
    source: CaseloadSource, flt: CaseloadFilter, limit: int, cancel: Cancellation
) -> tuple[CaseloadWindow, list[Cell]]:
    window = source.caseload_first(flt, limit=limit, cancel=cancel)
    return window, cells_of(window.rows)


def read_pages(
    source: CaseloadSource, pages: list[tuple[int, list[int]]], cancel: Cancellation
) -> list[tuple[int, list[Cell]]]:
    """Pages of keys → their cells, in one statement (runs on the loader's thread)."""
    rows = source.caseload_rows([k for _page, keys in pages for k in keys], cancel=cancel)
    found, start = [], 0
    for page_no, keys in pages:
        found.append((page_no, cells_of(rows[start : start + len(keys)])))
        start += len(keys)
    return found
