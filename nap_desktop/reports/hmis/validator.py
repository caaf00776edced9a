"""Reads HMIS CSV files back with Python's csv module and checks them against the spec data.

Headers exactly as the spec, every row as wide as its header, each cell of its column's
type, required columns filled, a few value lists (destinations, hash status...), and
that each record points at one that exists. Used by the tests and the benchmark; it
returns problems as plain lines (file, row, column), never a cell's content.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date, datetime
from types import ModuleType

from nap_desktop.reports.hmis import codes, spec_2024, spec_2026

_INTEGER = re.compile(r"-?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_MONEY = re.compile(r"\d+(\.\d{1,2})?")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: Client columns that hold a SHA-256 (64 characters, over their S50) when HashStatus is 4.
HASHED_COLUMNS = frozenset({"FirstName", "MiddleName", "LastName"})
_NO_YES = frozenset({0, 1})
_MISSING = frozenset({8, 9, 99})

#: (file, column) -> the codes it may hold (the lists cited in codes.py).
ALLOWED: dict[tuple[str, str], frozenset[int]] = {
    ("Export", "SourceType"): frozenset({1, 2, 3, 4}),
    ("Export", "HashStatus"): frozenset({1, 2, 3, 4}),
    ("Export", "ExportPeriodType"): frozenset({1, 3, 4}),
    ("Export", "ExportDirective"): frozenset({1, 2, 3}),
    ("HMISParticipation", "HMISParticipationType"): frozenset({0, 1, 2}),
    ("Exit", "Destination"): codes.DESTINATION_CODES,
    ("Client", "RaceNone"): _MISSING,
    ("Client", "GenderNone"): _MISSING,
    ("Client", "Sex"): frozenset({0, 1, 8, 9, 99}),
    ("Client", "NameDataQuality"): frozenset({1, 2, 8, 9, 99}),
    ("Organization", "VictimServiceProvider"): _NO_YES,
    ("Project", "ContinuumProject"): _NO_YES,
    **{("Client", c): _NO_YES for c in (*codes.GENDER_COLUMNS.values(),
                                        *codes.RACE_COLUMNS_2024.values(), "HispanicLatinao")},
}
#: (file, column) -> (file, column) it refers to.
REFERENCES = {
    ("Project", "OrganizationID"): ("Organization", "OrganizationID"),
    ("Enrollment", "PersonalID"): ("Client", "PersonalID"),
    ("Enrollment", "ProjectID"): ("Project", "ProjectID"),
    ("Exit", "EnrollmentID"): ("Enrollment", "EnrollmentID"),
    ("Services", "EnrollmentID"): ("Enrollment", "EnrollmentID"),
    ("HealthAndDV", "EnrollmentID"): ("Enrollment", "EnrollmentID"),
    ("HMISParticipation", "ProjectID"): ("Project", "ProjectID"),
    ("Funder", "ProjectID"): ("Project", "ProjectID"),
    ("Client", "UserID"): ("User", "UserID"),
    ("Services", "UserID"): ("User", "UserID"),
}


def spec_module(fy: int) -> ModuleType:
    """The spec data of ``fy`` (2024 or 2026)."""
    return {2024: spec_2024, 2026: spec_2026}[fy]


def cell_problem(value: str, kind: str) -> str | None:
    """Why ``value`` is not of the spec type ``kind`` (None: it is)."""
    if kind == "I":
        return None if _INTEGER.fullmatch(value) else "not an integer"
    if kind == "D":
        return None if _DATE.fullmatch(value) and _parses(date.fromisoformat, value) \
            else "not a date YYYY-MM-DD"
    if kind == "T":
        return None if _DATETIME.fullmatch(value) and _parses(datetime.fromisoformat, value) \
            else "not a date-time YYYY-MM-DD HH:MM:SS"
    if kind == "M":
        return None if _MONEY.fullmatch(value) else "not an amount"
    if "\n" in value or "\r" in value:
        return "a line break in a string"
    if len(kind) > 1 and len(value) > int(kind[1:]):
        return f"longer than {kind[1:]} characters"
    return None


def _parses(parse: object, value: str) -> bool:
    try:
        parse(value)  # type: ignore[operator]
    except ValueError:
        return False
    return True


def read(content: bytes) -> list[list[str]]:
    """A file's rows (the header first), read as an importer would."""
    return list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))


def validate(files: Mapping[str, bytes], fy: int) -> list[str]:
    """Every problem found in ``files`` (file name without ".csv" -> bytes)."""
    spec = spec_module(fy)
    problems: list[str] = []
    tables: dict[str, list[dict[str, str]]] = {}
    for name, columns in spec.COLUMNS.items():
        if name not in files:
            problems.append(f"{name}.csv: missing")
            continue
        rows = read(files[name])
        if not rows or tuple(rows[0]) != spec.HEADERS[name]:
            problems.append(f"{name}.csv: header differs from the FY{fy} specification")
            continue
        tables[name] = []
        hashed = name == "Client" and _hash_status(files) == "4"
        for number, row in enumerate(rows[1:], start=2):
            problems.extend(_check_row(name, number, row, columns, hashed))
            tables[name].append(dict(zip(spec.HEADERS[name], row, strict=False)))
    problems.extend(sorted(f"{name}.csv: not a file of the specification"
                           for name in set(files) - set(spec.COLUMNS)))
    problems.extend(_check_references(tables))
    return problems


def _hash_status(files: Mapping[str, bytes]) -> str:
    rows = read(files["Export"]) if "Export" in files else []
    return dict(zip(rows[0], rows[1], strict=False)).get("HashStatus", "") if len(rows) > 1 \
        else ""


def _check_row(name: str, number: int, row: list[str],
               columns: tuple[tuple[str, str, bool], ...], hashed: bool = False) -> list[str]:
    if len(row) != len(columns):
        return [f"{name}.csv row {number}: {len(row)} cells, not {len(columns)}"]
    found = []
    for value, (column, kind, required) in zip(row, columns, strict=True):
        where = f"{name}.csv row {number} {column}"
        if value == "":
            if required:
                found.append(f"{where}: required, empty")
            continue
        if hashed and column in HASHED_COLUMNS:
            if not _SHA256.fullmatch(value):
                found.append(f"{where}: not a SHA-256 (HashStatus 4)")
            continue
        problem = cell_problem(value, kind)
        if problem:
            found.append(f"{where}: {problem}")
        elif (name, column) in ALLOWED and int(value) not in ALLOWED[(name, column)]:
            found.append(f"{where}: not a code of its list")
    return found


def _check_references(tables: Mapping[str, list[dict[str, str]]]) -> list[str]:
    found = []
    for (name, column), (target, key) in REFERENCES.items():
        known = {row[key] for row in tables.get(target, [])}
        for number, row in enumerate(tables.get(name, []), start=2):
            if row.get(column) and row[column] not in known:
                found.append(f"{name}.csv row {number} {column}: no such {target}")
    return found
