"""The HMIS CSV spec data: 24 files, and headers checked by hand against the sources.

The hand-checked rows below were typed from the header rows of Green River's FY2024 and
FY2026 test fixture files (greenriver/hmis-warehouse 2bb2a18d,
drivers/hmis_csv_importer/spec/fixtures/files/twenty_twenty_{four,six}/.../*.csv) and
compared with the HUD value lists; docs/grant-reports.md, section "HMIS", lists them.
"""

from __future__ import annotations

from nap_desktop.reports.hmis import codes, spec_2024, spec_2026

FILES = ("Export", "Organization", "Project", "Funder", "ProjectCoC", "Inventory",
         "Affiliation", "HMISParticipation", "CEParticipation", "User", "Client", "Enrollment",
         "Exit", "Services", "HealthAndDV", "IncomeBenefits", "Disabilities",
         "EmploymentEducation", "CurrentLivingSituation", "Assessment", "AssessmentQuestions",
         "AssessmentResults", "Event", "YouthEducationStatus")

EXPORT_BY_HAND = ("ExportID,SourceType,SourceID,SourceName,SourceContactFirst,SourceContactLast,"
                  "SourceContactPhone,SourceContactExtension,SourceContactEmail,ExportDate,"
                  "ExportStartDate,ExportEndDate,SoftwareName,SoftwareVersion,CSVVersion,"
                  "ExportPeriodType,ExportDirective,HashStatus,ImplementationID")
CLIENT_2024_BY_HAND = (
    "PersonalID,FirstName,MiddleName,LastName,NameSuffix,NameDataQuality,SSN,SSNDataQuality,"
    "DOB,DOBDataQuality,AmIndAKNative,Asian,BlackAfAmerican,HispanicLatinaeo,MidEastNAfrican,"
    "NativeHIPacific,White,RaceNone,AdditionalRaceEthnicity,Woman,Man,NonBinary,"
    "CulturallySpecific,Transgender,Questioning,DifferentIdentity,GenderNone,"
    "DifferentIdentityText,VeteranStatus,YearEnteredService,YearSeparated,WorldWarII,KoreanWar,"
    "VietnamWar,DesertStorm,AfghanistanOEF,IraqOIF,IraqOND,OtherTheater,MilitaryBranch,"
    "DischargeStatus,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
CLIENT_2026_BY_HAND = (
    "PersonalID,FirstName,MiddleName,LastName,NameSuffix,NameDataQuality,SSN,SSNDataQuality,"
    "DOB,DOBDataQuality,Sex,AmIndAKNative,Asian,BlackAfAmerican,HispanicLatinao,"
    "MidEastNAfrican,NativeHIPacific,White,RaceNone,AdditionalRaceEthnicity,VeteranStatus,"
    "YearEnteredService,YearSeparated,WorldWarII,KoreanWar,VietnamWar,DesertStorm,"
    "AfghanistanOEF,IraqOIF,IraqOND,OtherTheater,MilitaryBranch,DischargeStatus,DateCreated,"
    "DateUpdated,UserID,DateDeleted,ExportID")
HMIS_PARTICIPATION_BY_HAND = (
    "HMISParticipationID,ProjectID,HMISParticipationType,HMISParticipationStatusStartDate,"
    "HMISParticipationStatusEndDate,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
SERVICES_BY_HAND = ("ServicesID,EnrollmentID,PersonalID,DateProvided,RecordType,TypeProvided,"
                    "OtherTypeProvided,MovingOnOtherType,SubTypeProvided,FAAmount,FAStartDate,"
                    "FAEndDate,ReferralOutcome,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
EXIT_START_BY_HAND = ("ExitID", "EnrollmentID", "PersonalID", "ExitDate", "Destination",
                      "DestinationSubsidyType", "OtherDestination")
TAIL = ("DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID")


def test_twenty_four_files_in_the_specification_order_both_years() -> None:
    assert tuple(spec_2024.HEADERS) == FILES
    assert tuple(spec_2026.HEADERS) == FILES
    for spec in (spec_2024, spec_2026):
        for name, header in spec.HEADERS.items():
            assert len(set(header)) == len(header), name
            if name not in ("Export", "User"):
                assert header[-5:] == TAIL, name  # every data file ends the same way


def test_headers_checked_by_hand() -> None:
    for spec in (spec_2024, spec_2026):
        assert ",".join(spec.HEADERS["Export"]) == EXPORT_BY_HAND
        assert ",".join(spec.HEADERS["HMISParticipation"]) == HMIS_PARTICIPATION_BY_HAND
        assert ",".join(spec.HEADERS["Services"]) == SERVICES_BY_HAND
        assert spec.HEADERS["Exit"][:7] == EXIT_START_BY_HAND
    assert ",".join(spec_2024.HEADERS["Client"]) == CLIENT_2024_BY_HAND
    assert ",".join(spec_2026.HEADERS["Client"]) == CLIENT_2026_BY_HAND


def test_fy2026_differs_exactly_where_documented() -> None:
    changed = {n for n in FILES if spec_2024.COLUMNS[n] != spec_2026.COLUMNS[n]}
    assert changed == {"Export", "Client", "Enrollment"}
    gone = set(spec_2024.HEADERS["Client"]) - set(spec_2026.HEADERS["Client"])
    assert gone == {*codes.GENDER_COLUMNS.values(), "GenderNone", "DifferentIdentityText",
                    "HispanicLatinaeo"}
    assert set(spec_2026.HEADERS["Client"]) - set(spec_2024.HEADERS["Client"]) == {
        "Sex", "HispanicLatinao"}
    enrollment_24, enrollment_26 = (set(s.HEADERS["Enrollment"]) for s in (spec_2024, spec_2026))
    assert enrollment_24 - enrollment_26 == {"SexualOrientation", "SexualOrientationOther",
                                             "TranslationNeeded", "PreferredLanguage",
                                             "PreferredLanguageDifferent"}
    assert enrollment_26 - enrollment_24 == {"MentalHealthConsultation"}
    assert dict((c[0], c[1]) for c in spec_2026.COLUMNS["Export"])["SourceID"] == "S350"


def test_types_and_required_columns_are_ones_the_writer_knows() -> None:
    for spec in (spec_2024, spec_2026):
        for name, columns in spec.COLUMNS.items():
            for column, kind, required in columns:
                assert kind in ("I", "D", "T", "M") or (kind[0] == "S" and kind[1:].isdigit()), (
                    name, column)
                assert isinstance(required, bool)
            assert columns[0][2], name  # the record's id is always required
