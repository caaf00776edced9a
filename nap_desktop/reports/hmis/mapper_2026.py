"""The FY2026 mapper: the FY2024 rows with the FY2026 changes (HMIS CSV FY2026).

What changed in the files we fill (spec_2026 against spec_2024; confirmed by Bitfocus's
"HUD HMIS CSV/XML Program Data Export: FY 2026 Updates" and Green River's FY2024 -> FY2026
translator, drivers/hud_twenty_twenty_four_to_twenty_twenty_six):
- Client: the gender columns (Woman ... DifferentIdentityText, 3.06) are gone; ``Sex``
  (4.21: 0 Female, 1 Male, 8, 9, 99) is new, after DOBDataQuality; HispanicLatinaeo is
  renamed HispanicLatinao.
- Enrollment: SexualOrientation, SexualOrientationOther, TranslationNeeded,
  PreferredLanguage, PreferredLanguageDifferent are gone; MentalHealthConsultation (V10,
  a VA element we do not collect: empty) is new.
- Export: CSVVersion "2026 v1.0"; SourceID may be 350 characters.
Every other file we write has the same columns in both years.
"""

from __future__ import annotations

from nap_desktop.reports.hmis import codes
from nap_desktop.reports.hmis.mapper_2024 import MappedExport, map_2024, short_id
from nap_desktop.reports.hmis.model import ExportData, ExportParams
from nap_desktop.reports.hmis.spec_2026 import CSV_VERSION

_GENDER_2024 = (*codes.GENDER_COLUMNS.values(), "GenderNone", "DifferentIdentityText")


def map_2026(data: ExportData, params: ExportParams) -> MappedExport:
    """Every FY2026 file's rows for ``data`` over ``params``' period."""
    mapped = map_2024(data, params)
    sex = {short_id(c.id): codes.single_value(c.sex, codes.SEX) for c in data.clients}
    for row in mapped.rows.get("Client", []):
        for column in _GENDER_2024:
            row.pop(column, None)
        row["HispanicLatinao"] = row.pop("HispanicLatinaeo")
        pid = row["PersonalID"]
        row["Sex"] = sex[pid] if isinstance(pid, str) else codes.DATA_NOT_COLLECTED
    for row in mapped.rows.get("Export", []):
        row["CSVVersion"] = CSV_VERSION
    return mapped
