"""The HMIS writer, hashing, codes and the validator, on hand-made inputs (no vault).

The hostile cases first: names and notes with commas, quotes, line breaks and formula
text must come back from Python's csv module as one cell each, neutralised, without
changing any integer or date column."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from nap_desktop.domain.enums import ExitDestination
from nap_desktop.reports.hmis import build, codes
from nap_desktop.reports.hmis import model as md
from nap_desktop.reports.hmis.hashing import hash_name, soundex
from nap_desktop.reports.hmis.mapper_2024 import destination, in_period, split_name
from nap_desktop.reports.hmis.validator import read, validate
from nap_desktop.reports.hmis.writer import Hashed, format_cell, render_file

T = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
HOSTILE = ['=cmd|" /C calc"!A0', "+SUM(1,2)", "-2+3", "@import", "Casa, \"Segura\"\nline 2",
           "\ttabbed", "plain"]


def data(project_name: str = "Casa", user_name: str = "Pat Boss", legal: str = "Ana Lopez",
         exit_on: date | None = date(2024, 5, 1), gender: str = "woman",
         race: str = "white") -> md.ExportData:
    org = md.Organization("org-1", "Casa Segura, Inc.", True, T, T)
    project = md.Project("11111111-1111-1111-1111-111111111111", project_name, 13,
                         date(2020, 1, 1), None, "XX-500", "123456", 3, T, T)
    client = md.Client("22222222-2222-2222-2222-222222222222", legal, "", date(1990, 5, 1),
                       gender, race, "female", T, T)
    enrollment = md.Enrollment("33333333-3333-3333-3333-333333333333", client.id, project.id,
                               date(2024, 2, 1), None, exit_on, "deceased", T, T)
    return md.ExportData(org, [project], [client], [enrollment], [],
                         [md.User("u1", user_name, T)])


def params(fy: int = 2024, **kw: object) -> md.ExportParams:
    return md.ExportParams(fy, date(2023, 10, 1), date(2024, 9, 30), exporting_user_id="u1",
                           **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_comes_back_as_one_neutral_cell(text: str) -> None:
    for fy in (2024, 2026):
        built = build(data(project_name=text, user_name=text + " Boss",
                           legal=text + " Lopez"), params(fy, include_names=True))
        assert validate(built.files, fy) == []
        project = read(built.files["Project"])
        assert len(project) == 2
        name = project[1][2]
        assert "\n" not in name and "\r" not in name
        assert not name.startswith(("=", "+", "-", "@", "\t"))
        assert name.lstrip("'") == " ".join(text.split()) or name == text.strip()
        row = dict(zip(project[0], project[1], strict=True))
        assert (row["ProjectType"], row["OperatingStartDate"]) == ("13", "2020-01-01")
        user = read(built.files["User"])[1]
        assert not user[1].startswith(("=", "+", "-", "@"))


def test_cells_are_written_as_their_types_say() -> None:
    assert format_cell(5, "I") == "5" and format_cell(True, "I") == "1"
    assert format_cell(date(2024, 2, 29), "D") == "2024-02-29"
    assert format_cell(datetime(2024, 1, 2, 3, 4, 5, 999, tzinfo=UTC), "T") == "2024-01-02 03:04:05"
    assert format_cell(Decimal("12.5"), "M") == "12.50"
    assert format_cell("x" * 80, "S50") == "x" * 50
    assert format_cell(Hashed("a" * 64), "S50") == "a" * 64
    assert format_cell(None, "I") == "" and format_cell("", "D") == ""
    with pytest.raises(TypeError):
        format_cell(1.5, "I")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_cell(T, "D")


def test_a_mapper_column_the_spec_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="not columns"):
        render_file((("A", "I", True),), [{"A": 1, "Gender": 2}])


def test_soundex_and_hash_as_the_specification_does() -> None:
    assert [soundex(n) for n in ("Robert", "Rupert", "Ashcraft", "Tymczak", "Pfister",
                                 "José", "Lee")] == [
        "R163", "R163", "A261", "T522", "P236", "J200", "L000"]
    assert hash_name("Lopez") == hashlib.sha256(b"L120").hexdigest() == hash_name("lópes")
    assert hash_name("") == "" and hash_name("李") == ""


def test_every_exit_destination_has_a_spec_code() -> None:
    for value in ExitDestination:
        assert destination(value.value) in codes.DESTINATION_CODES, value
    assert destination(None) == 99
    assert destination("permanent_rental_or_owned") == 410


def test_an_exit_after_the_period_is_not_an_exit() -> None:
    built = build(data(exit_on=date(2024, 10, 1)), params())
    assert len(read(built.files["Exit"])) == 1  # the header only
    assert len(read(built.files["Enrollment"])) == 2
    built = build(data(exit_on=date(2024, 9, 30)), params())
    assert read(built.files["Exit"])[1][4] == "24"  # deceased


def test_enrollment_period_overlap() -> None:
    e = data().enrollments[0]
    assert in_period(e, params())
    before = md.Enrollment(e.id, e.client_id, e.project_id, date(2022, 1, 1), None,
                           date(2023, 9, 30), None, T, T)
    assert not in_period(before, params())


@pytest.mark.parametrize(("gender", "race", "gender_none", "race_none"), [
    ("refused", "refused", "9", "9"), ("doesnt_know", "not_collected", "8", "99"),
    ("", "", "99", "99"), ("woman,transgender", "asian", "", "")])
def test_no_answer_codes(gender: str, race: str, gender_none: str, race_none: str) -> None:
    built = build(data(gender=gender, race=race), params())
    header, row = read(built.files["Client"])
    client = dict(zip(header, row, strict=True))
    assert (client["GenderNone"], client["RaceNone"]) == (gender_none, race_none)
    if gender.startswith("woman"):
        assert (client["Woman"], client["Transgender"], client["Man"]) == ("1", "1", "0")


def test_split_name() -> None:
    assert split_name("Ana Maria de la Cruz") == ("Ana", "Maria de la", "Cruz")
    assert split_name("  Ana  ") == ("Ana", "", "")
    assert split_name("") == ("", "", "")


def test_the_validator_finds_what_is_wrong() -> None:
    files = dict(build(data(), params()).files)
    assert validate(files, 2024) == []
    assert validate(files, 2026)  # a FY2024 Client header is not FY2026's
    files["Exit"] = files["Exit"].replace(b",24,", b",25,")
    files["Enrollment"] = files["Enrollment"].replace(b"2024-02-01", b"2024-02-30")
    problems = validate(files, 2024)
    assert any("Exit.csv row 2 Destination: not a code" in p for p in problems)
    assert any("Enrollment.csv row 2 EntryDate: not a date" in p for p in problems)
    del files["Event"]
    assert "Event.csv: missing" in validate(files, 2024)


def test_same_input_same_bytes_and_the_export_id_follows_the_parameters() -> None:
    one, two = build(data(), params()), build(data(), params())
    assert one.files == two.files
    other = build(data(), params(hash_names=True))
    assert read(other.files["Export"])[1][0] != read(one.files["Export"])[1][0]
