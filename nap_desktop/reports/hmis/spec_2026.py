"""HMIS CSV FY2026: the 24 files, their columns in order, each column's type and whether it
must be filled. Data, not code: the writer, the mappers and the validator all read it.

Source: HUD "HMIS CSV Format Specifications FY2026" (CSVVersion "2026 v1.0"), as transcribed in
Green River's open HMIS warehouse, github.com/greenriver/hmis-warehouse at commit
2bb2a18d9449f40e976d21fa8125d46f17f29602 (2026-08-21), app/models/concerns/hmis_structure/
<file>.rb, ``hmis_configuration(version: '2026')``; its key order is the column order
(their ``hud_csv_headers``). Every header tuple was also compared with the header rows of that
repository's FY2026 test fixtures
(drivers/hmis_csv_importer/spec/fixtures/files/twenty_twenty_six/) and some were checked by
hand: docs/grant-reports.md, section "HMIS", lists which.

Type codes: ``S<n>`` string of at most n characters; ``I`` integer; ``D`` date (YYYY-MM-DD);
``T`` date and time (YYYY-MM-DD HH:MM:SS); ``M`` money (digits, at most two decimals).
Required (third item) = the column may not be empty (their ``null: false``).

FY2026 is FY2024 with the changes below, written as such (so a reader sees exactly what
changed, and a correction to a column both years share is made once): Export.SourceID longer;
Client loses the nine gender columns, gains Sex (after DOBDataQuality) and renames
HispanicLatinaeo to HispanicLatinao; Enrollment loses SexualOrientation and
SexualOrientationOther, and MentalHealthConsultation takes the place of TranslationNeeded,
PreferredLanguage and PreferredLanguageDifferent. The other 21 files are the same.
"""

from __future__ import annotations

from nap_desktop.reports.hmis import spec_2024
from nap_desktop.reports.hmis.spec_2024 import Column

FY = 2026
CSV_VERSION = "2026 v1.0"

_GENDER_2024 = ("Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender", "Questioning",
                "DifferentIdentity", "GenderNone", "DifferentIdentityText")


def _changed(columns: tuple[Column, ...], *, drop: tuple[str, ...] = (),
             replace: dict[str, tuple[Column, ...]] | None = None) -> tuple[Column, ...]:
    """``columns`` without ``drop``, each column named in ``replace`` replaced, in place, by
    the columns given (none: removed; several: inserted there)."""
    replace = replace or {}
    out: list[Column] = []
    for column in columns:
        if column[0] in drop:
            continue
        out.extend(replace.get(column[0], (column,)))
    return tuple(out)


COLUMNS: dict[str, tuple[Column, ...]] = {
    **spec_2024.COLUMNS,
    "Export": _changed(spec_2024.COLUMNS["Export"], replace={
        "SourceID": (("SourceID", "S350", False),)}),
    "Client": _changed(spec_2024.COLUMNS["Client"], drop=_GENDER_2024, replace={
        "DOBDataQuality": (("DOBDataQuality", "I", True), ("Sex", "I", False)),
        "HispanicLatinaeo": (("HispanicLatinao", "I", True),)}),
    "Enrollment": _changed(spec_2024.COLUMNS["Enrollment"], drop=(
        "SexualOrientation", "SexualOrientationOther", "PreferredLanguage",
        "PreferredLanguageDifferent"), replace={
        "TranslationNeeded": (("MentalHealthConsultation", "I", False),)}),
}

#: File -> its header row, in order (the spec's own column names).
HEADERS: dict[str, tuple[str, ...]] = {
    name: tuple(column[0] for column in columns) for name, columns in COLUMNS.items()
}
