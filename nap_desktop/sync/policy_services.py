"""The special rules of issue #13's tables (``policy_rules._ISSUE_13``): services
delivered, plans, safety plans and tasks. Each mirrors its service
(``services/service_records.py``, ``plans.py``, ``tasks.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from nap_desktop.sync.changeset import RowOp
from nap_desktop.sync.policy_judged import Judged, Row

Check = Callable[[Judged, RowOp, "Row | None"], None]


def _service_record(j: Judged, op: RowOp, current: Row | None) -> None:
    """A service record: see ``services/service_records.py``."""


def _case_record(j: Judged, op: RowOp, current: Row | None) -> None:
    """A plan, a goal, a safety plan: on a case the author may change."""


def _task(j: Judged, op: RowOp, current: Row | None) -> None:
    """A manual task."""


CHECKS: Mapping[str, Check] = {
    "service_record": _service_record, "case_record": _case_record, "task": _task,
}
