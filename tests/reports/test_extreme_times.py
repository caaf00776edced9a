"""PDFs over stored times at the edge of what Python represents, in zones where their
local time overflows: every time is printed (in UTC when local time cannot hold it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.reports import Audience, render_referral_summary
from nap_desktop.reports.caseload import render_caseload_report
from tests.extreme_times import ZONES
from tests.reports import factories as f
from tests.reports.pdftext import all_text

FAR_FUTURE = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
FAR_PAST = datetime(1, 1, 1, tzinfo=UTC)


def extreme_case() -> CaseRecord:
    case = f.make_case(notes=2)
    ref = case.referrals[0]
    history = [replace(h, at=FAR_FUTURE if i % 2 else FAR_PAST)
               for i, h in enumerate(ref.history)]
    ref = replace(ref, created_at=FAR_PAST, updated_at=FAR_FUTURE, history=history)
    notes = [replace(n, created_at=FAR_FUTURE) for n in case.notes]
    matter = case.restitution[0]
    steps = [replace(s, due_on=date(9999, 12, 31) if i % 2 else date(1, 1, 1))
             for i, s in enumerate(matter.steps)]
    return replace(case, referrals=[ref], notes=notes,
                   restitution=[replace(matter, steps=steps)])


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_summary_prints_every_extreme_time(zone: str, lang: str) -> None:
    result = render_referral_summary(
        extreme_case(), referral_id=f.REFERRAL_ID, audience=Audience.internal(),
        generated_by="Sofia Demo-Ramírez", agency_name="Harborview (demo)", lang=lang,
        include_notes=True, now=f.NOW, today=f.TODAY, tz=ZoneInfo(zone))
    text = all_text(result.pdf)
    future, past = ("31/12/9999", "01/01/0001") if lang == "es" else ("9999-12-31", "0001-01-01")
    assert future in text and past in text
    assert "UTC" in text  # the one that local time cannot hold says which zone it is in


@pytest.mark.parametrize("zone", ZONES)
def test_the_caseload_report_prints_extreme_due_dates(zone: str) -> None:
    rows = f.caseload_rows(3)
    rows = [replace(rows[0], next_due=date(1, 1, 1), updated_at=FAR_PAST),
            replace(rows[1], next_due=date(9999, 12, 31), updated_at=FAR_FUTURE), rows[2]]
    result = render_caseload_report(rows, title_filter="", generated_by="Sofia",
                                    agency_name="Harborview (demo)", now=f.NOW, today=f.TODAY,
                                    tz=ZoneInfo(zone))
    text = all_text(result.pdf)
    assert "0001-01-01" in text and "9999-12-31" in text
