"""After a sync brought changes from the team: the caseload and dashboard read again
(the selected referrals stay selected), and every open case reloads its records while
the edits in progress stay (``CaseView.reload`` keeps them; a form whose record changed
under an edit shows its stale-record bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from nap_desktop.gui.caseload.model import REFERRAL_ID_ROLE


def selected_referrals(window: Any) -> list[str]:
    """The referral ids of the caseload's selected rows, current row first."""
    table = window.caseload.table
    model = table.model()
    rows = table.selectionModel().selectedRows()
    current = table.currentIndex()
    ordered = sorted(rows, key=lambda r: r.row() != current.row())
    return [str(v) for r in ordered if (v := model.data(r, REFERRAL_ID_ROLE))]


def reselect(window: Any, referral_ids: list[str]) -> None:
    """Select the rows of ``referral_ids`` among the rows read so far."""
    table = window.caseload.table
    model = table.model()
    wanted = set(referral_ids)
    found = [row for row in range(model.rowCount())
             if model.row_held(row) and model.data(model.index(row, 0), REFERRAL_ID_ROLE)
             in wanted]
    if not found:
        return
    selection = QItemSelection()
    for row in found:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    first = next((r for r in found if model.data(model.index(r, 0), REFERRAL_ID_ROLE)
                  == referral_ids[0]), found[0])
    table.selectionModel().setCurrentIndex(model.index(first, 0), flags.NoUpdate)


def refresh_after_pull(window: Any) -> None:
    """Re-read what the window shows, keeping the selection and unsaved edits."""
    if window.workspace is None:
        return
    keep = selected_referrals(window)
    model = window.caseload_model
    if keep:
        def again() -> None:
            model.loaded.disconnect(again)
            reselect(window, keep)
        model.loaded.connect(again)
    window.refresh()
    for view in window.cases.views():
        reload = getattr(view, "reload", None)
        if callable(reload):
            reload()
