"""Every audit action recorded about a case reads as a sentence in the History tab."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import nap_desktop
from nap_desktop.domain.entities import AuditEvent
from nap_desktop.gui.case.history_tab import SENTENCES, explain

#: The record types a case's history gathers (``CaseService.history``).
CASE_RECORDS = ("client", "referral", "release", "placement", "restitution", "note",
                "service", "case_plan", "plan_goal", "safety_plan", "task")  # + issue #13
AUDIT_CALL = re.compile(r'audit\(\s*\w+,\s*"([a-z_]+\.[a-z_]+)",\s*record_type=([^,]+),', re.S)


def case_actions() -> set[str]:
    """The actions the services record against a record of a case, read from the code."""
    found: set[str] = set()
    for path in Path(nap_desktop.__file__).parent.rglob("*.py"):
        for action, kind in AUDIT_CALL.findall(path.read_text(encoding="utf-8")):
            if any(f'"{record}"' in kind for record in CASE_RECORDS):
                found.add(action)
    return found


def test_every_action_recorded_about_a_case_has_a_sentence() -> None:
    actions = case_actions()
    assert {"client.merge", "client.merged_away", "client.unmerge", "referral.create",
            "client.assign", "report.release_form", "note.correct"} <= actions
    assert sorted(actions - set(SENTENCES)) == []


def test_merge_events_read_as_sentences_never_as_codes() -> None:
    at = datetime(2026, 1, 5, tzinfo=UTC)

    def event(action: str, detail: str) -> AuditEvent:
        return AuditEvent(seq=1, at=at, user_id=None, action=action, record_type="client",
                          record_id="c1", detail=detail)

    merged = explain(event("client.merge", "merge m1: client c2 into c1; 3 records"))
    assert merged == "Another case merged into this one"
    assert explain(event("client.merged_away", "merge m1")) == "Merged into another case"
    assert explain(event("client.unmerge", "merge m1")) == "Merge of two cases undone"
