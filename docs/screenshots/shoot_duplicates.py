"""Screenshots of the duplicate-client screens (called by shoot.py, same demo vault).

A demo client is written again as another agency would (no accents, family name first,
day and month of birth swapped) so that the intake warning, the caseload's list of
likely pairs and the merge dialog have something to show. Taken last: the planted
duplicate changes no other screenshot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from nap_desktop.domain.name_keys import fold
from nap_desktop.gui.case.duplicates_dialog import DuplicatesDialog
from nap_desktop.gui.case.merge_dialog import MergeDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace

Save = Callable[[QApplication, QWidget, str], None]


def _variant(ws: Workspace) -> tuple[str, str, date]:
    """A demo client with a two-word Latin name and a birth day of 12 or less (so that it
    can be swapped with the month), and the name as the duplicate is written."""
    for row in ws.queries.caseload_page(CaseloadFilter(), limit=200):
        personal = ws.cases.get_case(row.client_id).client.personal
        dob, words = personal.date_of_birth, fold(personal.legal_name).split()
        if dob and dob.day <= 12 and dob.day != dob.month and len(words) == 2 and \
                all(w.isascii() and w.isalpha() for w in words):
            typed = " ".join(w.title() for w in reversed(words))
            return row.client_id, typed, date(dob.year, dob.day, dob.month)
    raise SystemExit("no demo client to plant a duplicate of")


def shoot_duplicates(app: QApplication, window: Any, ws: Workspace, save: Save,
                     settle: Callable[[QApplication, int], None]) -> None:
    original, typed, dob = _variant(ws)
    for name, discreet in (("new-case-duplicate", False),
                           ("new-case-duplicate-discreet", True)):
        dialog = NewCaseDialog(workspace=ws, parent=window, discreet=discreet)
        dialog.show()
        dialog.dob.set_value(dob)
        dialog.legal_name.setText(typed)
        settle(app, 700)
        save(app, dialog, name)
        dialog.reject()
    duplicate = ws.cases.create_client(PersonalInput(legal_name=typed, date_of_birth=dob))
    listing = DuplicatesDialog(workspace=ws, discreet=False, client_id=duplicate.id,
                               parent=window)
    listing.show()
    save(app, listing, "duplicates")
    merge = MergeDialog(workspace=ws, first=original, second=duplicate.id, parent=listing)
    merge.reason.setText("Same person: second intake at the clinic")
    merge.show()
    save(app, merge, "merge")
    merge.reject()
    listing.reject()
