"""VOCA, TIMS and data-quality figures on the hand-counted fixture (grant_fixture.py),
read through the real services and the aggregate queries; the files they write."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services.grant_reports import GrantReportCancelled
from nap_desktop.store import models as m
from tests.services.conftest import Services
from tests.services.grant_fixture import GrantWorld, build

Q1_FY26 = (date(2025, 10, 1), date(2025, 12, 31))
Q2_FY26 = (date(2026, 1, 1), date(2026, 3, 31))
Q1_FY27 = (date(2026, 10, 1), date(2026, 12, 31))
H1_2026 = (date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def world(svc: Services) -> GrantWorld:
    return build(svc)


def rows(report: object, section: str) -> dict[str, int]:
    s = report.section(section)  # type: ignore[attr-defined]
    out = {r.key: r.count for r in s.rows if r.count}
    if s.total is not None:
        out[s.total.key] = s.total.count
    return out


def test_voca_second_quarter(world: GrantWorld) -> None:
    report = world.reports.voca(*Q2_FY26)
    # served: C1 C2 C3 C4 (by the partner) C8; not C5 (voided), C6 (planned, no-show),
    # C7 and C9 (April), C10 (December)
    assert rows(report, "victims") == {"served.new": 4, "served.continuing": 1,
                                       "served.total": 5}
    assert report.fiscal_year == 2026
    # new: C2 (17 on 2026-02-01), C3 (no date of birth), C4 (46), C8 (66)
    assert rows(report, "new_age") == {"age.13_17": 1, "age.not_reported": 1,
                                       "age.25_59": 1, "age.60_up": 1, "new.total": 4}
    assert rows(report, "new_gender") == {"gender.man": 1, "gender.refused": 1,
                                          "gender.multiple": 1, "gender.woman": 1,
                                          "new.total": 4}
    assert rows(report, "new_race") == {"race.white": 1, "race.doesnt_know": 1,
                                        "race.multiple": 1, "race.black_af_american": 1,
                                        "new.total": 4}
    assert rows(report, "victimization") == {"trafficking.sex": 2, "trafficking.labor": 1,
                                             "trafficking.both": 1, "trafficking.unknown": 1,
                                             "served.total": 5}
    # C1 crisis (C); C2 court (E); C3 shelter x2 (D); C4 legal (E); C8 food (no category)
    assert rows(report, "voca_people") == {"voca.C": 1, "voca.D": 1, "voca.E": 2,
                                           "served.total": 5}
    assert rows(report, "voca_count") == {"voca.C": 1, "voca.D": 2, "voca.E": 2,
                                          "services.total": 5}


def test_new_once_per_fiscal_year(world: GrantWorld) -> None:
    q1 = world.reports.voca(*Q1_FY26)  # C1 (November) and C10 (December)
    assert rows(q1, "victims") == {"served.new": 2, "served.total": 2}
    q2 = world.reports.voca(*Q2_FY26)
    assert q2.figure("victims", "served.continuing") == 1  # C1 again: continuing
    fy27 = world.reports.voca(*Q1_FY27)  # C1 in a new fiscal year: new again
    assert rows(fy27, "victims") == {"served.new": 1, "served.total": 1}


def test_voca_one_funding_source(world: GrantWorld) -> None:
    report = world.reports.voca(*Q2_FY26, funding_source_id=world.voca_award)
    assert rows(report, "victims") == {"served.continuing": 1, "served.total": 1}
    assert report.funding_label == "VOCA 2025-V2-GX-0001"


def test_voca_refuses_a_period_across_1_october(world: GrantWorld) -> None:
    with pytest.raises(ValidationError, match="1 October"):
        world.reports.voca(date(2025, 9, 1), date(2025, 10, 31))


def test_tims_first_half_of_2026(world: GrantWorld) -> None:
    report = world.reports.tims(*H1_2026)
    # served: C1 C2 C3 C4 C7 C8 C9; new = first service ever in the period: all but C1, C7
    assert rows(report, "clients") == {"served.new": 5, "served.continuing": 2,
                                       "served.total": 7}
    # C2 was 17 on 2026-02-01, her first service of the period: a minor for the whole
    # period, counted once, though 18 at her service of 2026-05-01. C9: flagged minor.
    assert rows(report, "age") == {"age.adult": 4, "age.minor": 2, "age.unknown": 1,
                                   "served.total": 7}
    assert rows(report, "trafficking") == {"trafficking.sex": 3, "trafficking.labor": 2,
                                           "trafficking.both": 1, "trafficking.unknown": 1,
                                           "served.total": 7}
    assert rows(report, "citizenship") == {
        "citizenship.us_citizen": 2, "citizenship.permanent_resident": 1,
        "citizenship.foreign_national": 1, "citizenship.doesnt_know": 1,
        "citizenship.refused": 1, "citizenship.not_collected": 1, "served.total": 7}
    assert rows(report, "gender") == {"gender.woman": 2, "gender.man": 2,
                                      "gender.refused": 1, "gender.multiple": 1,
                                      "gender.not_collected": 1, "served.total": 7}
    assert rows(report, "ovc_count")["housing_emergency" and "ovc.housing_emergency"] == 2
    assert rows(report, "ovc_count")["services.total"] == 9
    assert rows(report, "activities") == {"activity.task_force_meeting": 1,
                                          "activity.training": 2, "activity.total": 3}
    assert rows(report, "trainings") == {
        "training.law_enforcement": 1, "attendees.law_enforcement": 40,
        "training.service_providers": 1, "attendees.service_providers": 25,
        "attendees.total": 65}


def test_data_quality(world: GrantWorld) -> None:
    report = world.reports.data_quality(*H1_2026)
    birth = report.section("field.date_of_birth")
    assert {r.key: r.count for r in birth.rows} == {
        "outcome.complete": 5, "outcome.doesnt_know": 0, "outcome.refused": 0,
        "outcome.not_collected": 0, "outcome.missing": 2}  # C3, C9
    assert birth.rows[-1].rate == pytest.approx(2 / 7)
    assert rows(report, "field.gender") == {"outcome.complete": 5, "outcome.refused": 1,
                                            "outcome.not_collected": 1, "served.total": 7}
    cases = {c.case_number: c.fields for c in report.cases}
    c3 = world.numbers["C3"]
    assert set(cases[c3]) >= {"date_of_birth", "gender", "race_ethnicity", "citizenship",
                              "trafficking_type"}
    assert world.numbers["C5"] not in cases and world.numbers["C10"] not in cases


def test_only_supervisors(world: GrantWorld) -> None:
    world.svc.act_as("ana")
    with pytest.raises(PermissionDenied):
        world.reports.voca(*Q2_FY26)


@pytest.mark.parametrize("start,end,words", [
    (date(2026, 3, 1), date(2026, 1, 1), "starts after"),
    (date(2025, 1, 1), date(2026, 3, 1), "at most 400"),
])
def test_bad_periods(world: GrantWorld, start: date, end: date, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        world.reports.tims(start, end)


def test_cancel_changes_nothing(world: GrantWorld) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(GrantReportCancelled):
        world.reports.tims(*H1_2026, progress=lambda d, t: seen.append((d, t)),
                           cancel=lambda: len(seen) >= 2)
    assert seen == [(0, 3), (1, 3)]


def _audits(world: GrantWorld, action: str) -> list[m.AuditRow]:
    with world.svc.ctx.read() as s:
        return list(s.scalars(select(m.AuditRow).where(m.AuditRow.action == action)
                              .order_by(m.AuditRow.seq)))


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_same_bytes_again_and_audited(world: GrantWorld, tmp_path: Path, fmt: str) -> None:
    first = world.reports.write(world.reports.voca(*Q2_FY26), tmp_path / f"a.{fmt}", fmt=fmt)
    world.svc.clock.advance(days=3)
    second = world.reports.write(world.reports.voca(*Q2_FY26), tmp_path / f"b.{fmt}", fmt=fmt)
    a, b = (tmp_path / f"a.{fmt}").read_bytes(), (tmp_path / f"b.{fmt}").read_bytes()
    assert a == b and first.sha256 == hashlib.sha256(a).hexdigest() == second.sha256
    events = _audits(world, "report.voca")
    assert len(events) == 2 and f"sha256 {first.sha256}" in events[0].detail
    detail = " ".join(e.detail for e in events)
    for case in world.numbers.values():
        assert case not in detail
    assert "Quillon" not in detail


def test_csv_reads_back(world: GrantWorld, tmp_path: Path) -> None:
    path = tmp_path / "tims.csv"
    world.reports.write(world.reports.tims(*H1_2026), path, fmt="csv", lang="es")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    got = {(r["section"], r["row"]): r for r in table}
    assert got[("clients", "served.total")]["count"] == "7"
    assert got[("age", "age.minor")]["count"] == "2"
    assert got[("citizenship", "citizenship.refused")]["label"] != "citizenship.refused"


def test_for_outside_suppresses_and_keeps_activities(world: GrantWorld, tmp_path: Path) -> None:
    path = tmp_path / "tims.csv"
    world.reports.write(world.reports.tims(*H1_2026), path, fmt="csv", for_outside=True)
    table = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    got = {(r["section"], r["row"]): r["count"] for r in table}
    assert got[("clients", "served.total")] == "<10"
    assert got[("age", "age.minor")] == "<10"
    assert got[("age", "age.unknown")] == "<10"
    assert got[("citizenship", "citizenship.refused")] == "<10"
    assert got[("trafficking", "trafficking.both")] == "<10"
    assert got[("gender", "gender.questioning")] == "0"
    assert got[("trainings", "attendees.total")] == "65"  # not people: never suppressed
    assert all(v in ("0", "<10") for (sec, _), v in got.items()
               if sec not in ("activities", "trainings"))


def test_data_quality_stays_inside(world: GrantWorld, tmp_path: Path) -> None:
    report = world.reports.data_quality(*H1_2026)
    with pytest.raises(ValidationError, match="inside the agency only"):
        world.reports.write(report, tmp_path / "q.pdf", for_outside=True)
    assert not (tmp_path / "q.pdf").exists()
    world.reports.write(report, tmp_path / "q.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "q.pdf").pages)
    assert world.numbers["C3"] in text and "Quillon" not in text


def test_pdf_text_in_spanish(world: GrantWorld, tmp_path: Path) -> None:
    path = tmp_path / "voca.pdf"
    result = world.reports.write(world.reports.voca(*Q2_FY26), path, lang="es")
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert result.pages >= 1 and "Quillon" not in text
    for case in world.numbers.values():
        assert case not in text
    assert "Víctimas atendidas" in text and "Informe de desempeño VOCA" in text
    assert "01/01/2026" in text  # dates as a Spanish reader writes them


def test_what_the_dialog_shows(world: GrantWorld) -> None:
    report = world.reports.tims(*H1_2026)
    inside = {s.key: s for s in world.reports.table(report, lang="es")}
    assert inside["clients"].title == "Personas atendidas"
    assert [(r.label, r.figure, r.is_total) for r in inside["clients"].rows] == [
        ("Nuevas", "5", False), ("Continuas", "2", False),
        ("Total de personas atendidas", "7", True)]
    outside = {s.key: s for s in world.reports.table(report, lang="en", for_outside=True)}
    assert [r.figure for r in outside["clients"].rows] == ["<10", "<10", "<10"]
    assert all(r.count is None for r in outside["clients"].rows)


def test_a_long_list_of_cases_is_cut_in_the_pdf_not_in_the_csv(
        world: GrantWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nap_desktop.reports.grants import render

    monkeypatch.setattr(render, "MAX_PRINTED_CASES", 2)
    report = world.reports.data_quality(*H1_2026)
    world.reports.write(report, tmp_path / "q.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "q.pdf").pages)
    assert f"The first 2 of {len(report.cases)} cases" in " ".join(text.split())
    assert report.cases[2].case_number not in text
    world.reports.write(report, tmp_path / "q.csv", fmt="csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "q.csv").read_text("utf-8-sig"))))
    assert len([r for r in rows if r["section"] == "cases_to_fix"]) == len(report.cases)


@pytest.mark.parametrize("stored,threshold", [("3", 3), ("not a number", 10), ("1", 10)])
def test_the_threshold_setting(world: GrantWorld, stored: str, threshold: int) -> None:
    with world.svc.ctx.unit_of_work() as s:
        s.add(m.Setting(key="small_count_threshold", value=stored))
    assert world.reports.threshold() == threshold
    shown = {s.key: s for s in world.reports.table(world.reports.tims(*H1_2026),
                                                   for_outside=True)}
    figures = {r.key: r.figure for r in shown["clients"].rows}
    if threshold == 3:  # 5 new and 7 served are shown; 2 continuing is hidden
        assert figures == {"served.new": "*", "served.continuing": "<3",
                           "served.total": "7"}
    else:
        assert figures["served.total"] == "<10"
