"""The HMIS CSV export on a small vault with figures counted by hand (hmis_fixture)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.reports.hmis import spec_2024, spec_2026
from nap_desktop.reports.hmis.validator import validate
from nap_desktop.services.hmis import HmisExportCancelled, HmisExportResult, HmisExportService
from nap_desktop.store import models as m
from tests.services import hmis_fixture as fx
from tests.services.conftest import Services


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def files(folder: Path) -> dict[str, bytes]:
    return {p.stem: p.read_bytes() for p in folder.iterdir() if p.suffix == ".csv"}


def export(svc: Services, out: Path, fy: int = 2024, **kw: object) -> HmisExportResult:
    svc.act_as("sofia")
    return HmisExportService(svc.ctx).export(out, fy=fy, start=fx.START, end=fx.END, **kw)  # type: ignore[arg-type]


@pytest.fixture
def vault(svc: Services) -> fx.Vault:
    return fx.build(svc)


@pytest.mark.parametrize("fy", [2024, 2026])
def test_every_file_has_the_specification_header_and_validates(
        svc: Services, vault: fx.Vault, tmp_path: Path, fy: int) -> None:
    result = export(svc, tmp_path / "out", fy)
    spec = spec_2024 if fy == 2024 else spec_2026
    written = files(result.folder)
    assert list(written) == sorted(spec.HEADERS) or set(written) == set(spec.HEADERS)
    assert len(written) == 24
    for name, content in written.items():
        header = next(csv.reader(io.StringIO(content.decode("utf-8"))))
        assert tuple(header) == spec.HEADERS[name], name
    assert validate(written, fy) == []
    assert (result.clients, result.enrollments) == (fx.EXPECTED["clients"],
                                                    fx.EXPECTED["enrollments"])


def test_enrollments_exits_and_destinations(svc: Services, vault: fx.Vault,
                                            tmp_path: Path) -> None:
    out = export(svc, tmp_path / "out").folder
    enrollments = {r["EnrollmentID"]: r for r in rows(out, "Enrollment")}
    ids = {key: pid.replace("-", "") for key, pid in vault.placements.items()}
    assert set(enrollments) == set(ids.values())  # C4, C5, C6 left out
    exits = {r["EnrollmentID"]: r for r in rows(out, "Exit")}
    assert {e: r["Destination"] for e, r in exits.items()} == {ids["C1"]: "410", ids["C7"]: "17"}
    assert exits[ids["C7"]]["OtherDestination"] == "Returned to country of origin"
    assert exits[ids["C1"]]["ExitDate"] == "2024-05-01"
    assert ids["C3"] not in exits  # exit on 2024-10-15, after the period
    assert enrollments[ids["C1"]]["MoveInDate"] == "2023-12-01"
    assert enrollments[ids["C8"]]["MoveInDate"] == ""  # moved in after the period
    assert enrollments[ids["C9"]]["MoveInDate"] == ""  # a shelter has no move-in
    assert enrollments[ids["C1"]]["EntryDate"] == "2023-11-01"
    assert {r["RelationshipToHoH"] for r in enrollments.values()} == {"1"}


def test_services_only_delivered_hmis_ones_in_the_period(svc: Services, vault: fx.Vault,
                                                         tmp_path: Path) -> None:
    out = export(svc, tmp_path / "out").folder
    found = sorted((r["DateProvided"], r["RecordType"], r["TypeProvided"])
                   for r in rows(out, "Services"))
    assert found == [("2023-11-10", "200", "200"), ("2024-02-01", "300", "2")]
    users = {r["UserID"] for r in rows(out, "User")}
    assert svc.users["ana"].replace("-", "") in users  # the services' author
    everything = b"".join(p.read_bytes() for p in out.iterdir())
    assert b"NOTE-CANARY" not in everything and b"calc" not in everything


def test_refused_and_unknown_answers_get_the_spec_codes(svc: Services, vault: fx.Vault,
                                                        tmp_path: Path) -> None:
    by_id = {r["PersonalID"]: r for r in rows(export(svc, tmp_path / "a").folder, "Client")}
    c1, c2, c3 = (by_id[vault.clients[k].replace("-", "")] for k in ("C1", "C2", "C3"))
    assert (c2["RaceNone"], c2["GenderNone"], c2["Woman"], c2["White"]) == ("9", "9", "0", "0")
    assert c3["GenderNone"] == "8"
    assert (c1["Woman"], c1["White"], c1["HispanicLatinaeo"], c1["RaceNone"]) == (
        "1", "1", "1", "")
    assert (c1["SSN"], c1["SSNDataQuality"], c1["VeteranStatus"]) == ("", "99", "99")
    by_id = {r["PersonalID"]: r for r in rows(export(svc, tmp_path / "b", 2026).folder, "Client")}
    assert by_id[vault.clients["C2"].replace("-", "")]["Sex"] == "9"
    assert by_id[vault.clients["C1"].replace("-", "")]["Sex"] == "0"
    assert by_id[vault.clients["C1"].replace("-", "")]["HispanicLatinao"] == "1"


def test_names_left_out_by_default_hashed_or_included_on_request(
        svc: Services, vault: fx.Vault, tmp_path: Path) -> None:
    c1 = vault.clients["C1"].replace("-", "")
    plain = {r["PersonalID"]: r for r in rows(export(svc, tmp_path / "a").folder, "Client")}
    assert {(r["FirstName"], r["MiddleName"], r["LastName"]) for r in plain.values()} == {
        ("", "", "")}
    assert plain[c1]["NameDataQuality"] == "1"
    out = export(svc, tmp_path / "b", hash_names=True).folder
    hashed = {r["PersonalID"]: r for r in rows(out, "Client")}
    assert hashed[c1]["LastName"] == hashlib.sha256(b"L120").hexdigest()  # Soundex of Lopez
    assert all(len(r["FirstName"]) == 64 for r in hashed.values())
    assert rows(out, "Export")[0]["HashStatus"] == "4"
    named = {r["PersonalID"]: r for r in rows(export(svc, tmp_path / "c", include_names=True)
                                             .folder, "Client")}
    assert (named[c1]["FirstName"], named[c1]["MiddleName"], named[c1]["LastName"]) == (
        "Ana", "Maria", "Lopez")
    assert b"Lopez" not in b"".join(files(tmp_path / "a").values())


def test_same_data_same_bytes_and_the_zip_holds_the_files(svc: Services, vault: fx.Vault,
                                                          tmp_path: Path) -> None:
    first = export(svc, tmp_path / "a")
    svc.clock.advance(days=3)
    second = export(svc, tmp_path / "b")
    for name in [f.name for f in first.files] + [first.zip_file.name]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    with zipfile.ZipFile(first.folder / first.zip_file.name) as archive:
        assert sorted(archive.namelist()) == sorted(f.name for f in first.files)
        assert archive.read("Client.csv") == (first.folder / "Client.csv").read_bytes()
    assert second.files == first.files


def test_folder_and_files_are_owner_only(svc: Services, vault: fx.Vault,
                                         tmp_path: Path) -> None:
    result = export(svc, tmp_path / "out")
    assert stat.S_IMODE(os.stat(result.folder).st_mode) == 0o700
    modes = {stat.S_IMODE(p.stat().st_mode) for p in result.folder.iterdir()}
    assert modes == {0o600}


def test_a_non_empty_folder_is_refused_and_left_as_it_was(svc: Services, vault: fx.Vault,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    with pytest.raises(ValidationError, match="not an empty folder"):
        export(svc, target)
    assert [p.name for p in target.iterdir()] == ["mine.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "plain.db"]
    (target / "mine.txt").unlink()
    export(svc, target)  # an empty folder is fine
    assert len(list(target.iterdir())) == 25


def test_cancel_leaves_nothing_behind_and_audits_nothing(svc: Services, vault: fx.Vault,
                                                         tmp_path: Path) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5  # somewhere among the files

    before = _audit_count(svc)
    with pytest.raises(HmisExportCancelled):
        export(svc, tmp_path / "out", cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db"]
    assert _audit_count(svc) == before


def test_progress_reaches_the_total(svc: Services, vault: fx.Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(svc, tmp_path / "out", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_audited_with_parameters_and_hashes_never_a_name(svc: Services, vault: fx.Vault,
                                                         tmp_path: Path) -> None:
    result = export(svc, tmp_path / "out", include_names=True)
    with svc.ctx.read() as s:
        event = s.scalars(select(m.AuditRow).where(m.AuditRow.action == "report.hmis")
                          ).one()
    assert "FY2024" in event.detail and "names included" in event.detail
    assert result.zip_file.sha256 in event.detail
    assert all(f.sha256 in event.detail for f in result.files)
    assert "Lopez" not in event.detail and "Ana" not in event.detail


def test_only_supervisors_and_clear_refusals(svc: Services, vault: fx.Vault,
                                             tmp_path: Path) -> None:
    service = HmisExportService(svc.ctx)
    svc.act_as("ana")
    with pytest.raises(PermissionDenied):
        service.export(tmp_path / "a", fy=2024, start=fx.START, end=fx.END)
    svc.act_as("sofia")
    for kw, words in (({"fy": 2025}, "FY2024 or FY2026"),
                      ({"end": fx.START.replace(year=2022)}, "ends before"),
                      ({"include_names": True, "hash_names": True}, "not both"),
                      ({"project_ids": ["nope"]}, "No project")):
        args = {"fy": 2024, "start": fx.START, "end": fx.END, **kw}
        with pytest.raises(ValidationError, match=words):
            service.export(tmp_path / "a", **args)  # type: ignore[arg-type]
    assert not (tmp_path / "a").exists()


def test_one_project_and_notes_on_what_was_left_out(svc: Services, vault: fx.Vault,
                                                    tmp_path: Path) -> None:
    result = export(svc, tmp_path / "out", project_ids=[vault.shelter])
    assert result.enrollments == 2  # C3, C9
    assert [r["ProjectName"] for r in rows(result.folder, "Project")] == [
        "Refugio, \"the\" =shelter"]
    assert rows(result.folder, "ProjectCoC") == []
    assert [r["Funder"] for r in rows(result.folder, "Funder")] == ["46"]
    assert any("no CoC code" in note.render() for note in result.notes)
    full = export(svc, tmp_path / "all")
    inventory = rows(full.folder, "Inventory")
    assert [(r["HouseholdType"], r["UnitInventory"], r["BedInventory"]) for r in inventory] == [
        ("1", "8", "10")]
    assert [r["HMISParticipationType"] for r in rows(full.folder, "HMISParticipation")] == [
        "2", "2"]
    assert {r["Funder"] for r in rows(full.folder, "Funder")} == {"3", "46"}
    export_row = rows(full.folder, "Export")[0]
    assert (export_row["SourceType"], export_row["ExportPeriodType"],
            export_row["ExportDirective"], export_row["HashStatus"]) == ("2", "3", "2", "1")


def _audit_count(svc: Services) -> int:
    with svc.ctx.read() as s:
        return len(list(s.scalars(select(m.AuditRow.seq))))
