"""Our values -> HUD HMIS codes (HMIS Data Standards FY2024/FY2026 lists), as data.

Every table here is also in docs/grant-reports.md, section "HMIS", with the reasons.
The HUD lists cited: 1.8 (No/Yes/Reasons for missing data), 1.9 SourceType,
1.5 HashStatus, 2.06.1 FundingSource, 2.08.1 HMISParticipationType, 3.04 race and
ethnicity, 3.06.1 gender (FY2024), 4.21 sex (FY2026), 3.12 Destination.
"""

from __future__ import annotations

#: The three "no answer" values every new client field takes (svc-core) -> HUD's
#: 8 "Client doesn't know", 9 "Client prefers not to answer", 99 "Data not collected".
NO_ANSWER = {"doesnt_know": 8, "refused": 9, "not_collected": 99}
DATA_NOT_COLLECTED = 99

#: 1.9 SourceType 2 "Standalone/agency-specific application": a comparable database.
SOURCE_TYPE = 2
#: 1.1 ExportPeriodType 3 "Reporting period"; 1.2 ExportDirective 2 "Full refresh".
EXPORT_PERIOD_TYPE = 3
EXPORT_DIRECTIVE = 2
#: 1.5 HashStatus: 1 "Unhashed", 4 "SHA-256 (RHY)".
HASH_UNHASHED = 1
HASH_SHA256 = 4
#: 2.08.1 HMISParticipationType 2 "Comparable Database Participating".
HMIS_PARTICIPATION_COMPARABLE_DB = 2
#: 5.03.1 DataCollectionStage 1 "Project entry".
STAGE_PROJECT_ENTRY = 1
#: 3.15.1 RelationshipToHoH 1 "Self (head of household)": we enrol the survivor alone.
SELF_HEAD_OF_HOUSEHOLD = 1

#: Client.csv FY2024 gender columns (3.06.1), in the spec's order, from our values.
GENDER_COLUMNS = {
    "woman": "Woman",
    "man": "Man",
    "non_binary": "NonBinary",
    "culturally_specific": "CulturallySpecific",
    "transgender": "Transgender",
    "questioning": "Questioning",
    "different_identity": "DifferentIdentity",
}

#: Client.csv race and ethnicity columns (3.04); FY2026 drops an "e" from Hispanic.
RACE_COLUMNS_2024 = {
    "am_ind_ak_native": "AmIndAKNative",
    "asian": "Asian",
    "black_af_american": "BlackAfAmerican",
    "hispanic_latina": "HispanicLatinaeo",
    "mena": "MidEastNAfrican",
    "nh_pacific_islander": "NativeHIPacific",
    "white": "White",
}
RACE_COLUMNS_2026 = {**RACE_COLUMNS_2024, "hispanic_latina": "HispanicLatinao"}

#: 4.21 Sex (FY2026): 0 Female, 1 Male.
SEX = {"female": 0, "male": 1}

#: Our condensed exit destinations (domain ExitDestination) -> one 3.12 code. The group
#: (homeless, institutional, temporary, permanent, other) is exact; where our value
#: covers several codes of its group we write the one that claims least (no subsidy
#: claimed, no tenure beyond what was recorded). docs/grant-reports.md gives the reasons.
DESTINATION = {
    "permanent_rental_or_owned": 410,  # Rental by client, no ongoing housing subsidy
    "permanent_with_family_or_friends": 422,  # Staying or living with family, permanent
    "temporary_situation": 312,  # Staying or living with family, temporary tenure
    "institutional_setting": 206,  # Hospital or other residential non-psychiatric facility
    "homeless_situation": 101,  # Emergency shelter
    "repatriated": 17,  # Other ("Returned to country of origin" in OtherDestination)
    "deceased": 24,  # Deceased
    "client_doesnt_know_or_refused": 8,  # Client doesn't know
    "other": 17,  # Other
}
#: OtherDestination (S50) text written with code 17, where our value says more.
OTHER_DESTINATION = {"repatriated": "Returned to country of origin"}
#: Every 3.12 code (FY2024 = FY2026), for the validator and the tests.
DESTINATION_CODES = frozenset({
    8, 9, 17, 24, 30, 99, 101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313,
    314, 327, 329, 332, 410, 411, 421, 422, 423, 426, 435,
})

#: Project types (2.02.6) whose enrollments carry a Housing Move-In Date (3.20):
#: PH - Permanent Supportive Housing, PH - Housing Only, PH - Housing with Services,
#: PH - Rapid Re-Housing.
MOVE_IN_PROJECT_TYPES = frozenset({3, 9, 10, 13})

#: 2.06.1 FundingSource for a HUD CoC award, by project type (2.02.6).
_HUD_COC_BY_TYPE = {12: 1, 3: 2, 13: 3, 6: 4, 2: 5, 8: 6}
#: 2.06.1 FundingSource for a HUD ESG award, by project type.
_HUD_ESG_BY_TYPE = {0: 8, 1: 8, 12: 9, 13: 10, 4: 11}
#: 2.06.1 code 46 "Local or Other Funding Source": every non-HUD funder (VOCA, OVC,
#: HHS OTIP, state, private), named in OtherFunder.
LOCAL_OR_OTHER = 46


def funder_code(funder: str, project_type: int) -> int:
    """The 2.06.1 code of a funding source of ours for a project of ``project_type``.
    A HUD award whose component does not match the project type is "Local or Other"
    (46): the spec has no code for it, and guessing a component would be invented."""
    if funder == "hud_coc":
        return _HUD_COC_BY_TYPE.get(project_type, LOCAL_OR_OTHER)
    if funder == "hud_esg":
        return _HUD_ESG_BY_TYPE.get(project_type, LOCAL_OR_OTHER)
    return LOCAL_OR_OTHER


def multi_values(stored: str) -> tuple[set[str], int | None]:
    """A stored multi-value field (comma list) -> (the values chosen, the 8/9/99 code
    when none was chosen). An empty field counts as not collected (99)."""
    values = {v.strip() for v in stored.split(",") if v.strip()}
    for value, code in NO_ANSWER.items():
        if value in values:
            return set(), code
    if not values:
        return set(), DATA_NOT_COLLECTED
    return values, None


def single_value(stored: str, table: dict[str, int]) -> int:
    """A stored single-choice field -> its code in ``table``, or 8/9/99."""
    value = stored.strip()
    if value in table:
        return table[value]
    return NO_ANSWER.get(value, DATA_NOT_COLLECTED)
