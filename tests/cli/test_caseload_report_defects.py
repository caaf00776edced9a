"""The caseload report: discreet means no search text; one snapshot; an explicit limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nap_desktop.cli import main
from nap_desktop.services import reports as report_service
from nap_desktop.services.caseload_queries import CaseloadQueries
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.models import AuditRow, ReferralRow
from nap_desktop.store.vault import Vault
from tests.cli.test_reports_cli import CANARY, FAST, PASS, setup, text_of
from tests.reports.pdftext import assert_absent

__all__ = ["setup"]  # fixture

SURNAME = CANARY.split()[0]  # what a supervisor would type in the search box


def test_discreet_report_never_prints_the_search(
    setup: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "discreet.pdf"
    assert main(["report", "caseload", "--out", str(out), "--discreet", "--search",
                 SURNAME]) == 0
    pdf = out.read_bytes()
    assert_absent(pdf, SURNAME)  # before: the filter line read search “Zyxwvutsrq”
    text = text_of(out)
    assert "NAP-26-00001" in text and "a search (hidden in discreet mode)" in text
    assert SURNAME not in capsys.readouterr().out
    plain = tmp_path / "plain.pdf"  # outside discreet mode the search is the filter
    assert main(["report", "caseload", "--out", str(plain), "--search", SURNAME]) == 0
    assert f"search “{SURNAME}”" in text_of(plain)


def test_the_service_masks_a_search_the_caller_left_in_a_discreet_heading(
    setup: dict[str, str],
) -> None:
    with Vault.open(Path(setup["vault"])) as vault:
        ws = Workspace.unlock(vault, "admin", PASS)
        result = ws.reports.caseload_report(
            CaseloadFilter(search=f"{SURNAME.lower()} canario"),
            description=f"search “{SURNAME} Canario”", discreet=True)
        ws.lock()
    assert_absent(result.pdf, SURNAME)
    assert_absent(result.pdf, "Canario")


def _demo_vault(path: Path, referrals: int) -> Workspace:
    ws, _ = Workspace.create(path, agency_name="Casa Demo",
                             agency_kind="victim_service_provider", admin_name="admin",
                             admin_display_name="Ada Admin", passphrase=PASS, kdf=FAST,
                             demo=True)
    DemoGenerator(ws.ctx, seed=11).run(referrals)
    return ws


def test_a_report_longer_than_its_limit_says_so_and_counts_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws = _demo_vault(tmp_path / "vault", 60)
    with ws.ctx.read() as s:
        total = len(s.scalars(select(ReferralRow.id)).all())
    ws.close()
    monkeypatch.setattr(report_service, "MAX_REPORT_ROWS", 25)
    for name, value in (("NAP_VAULT", str(tmp_path / "vault")), ("NAP_USER", "admin"),
                        ("NAP_PASSPHRASE", PASS)):
        monkeypatch.setenv(name, value)
    out = tmp_path / "caseload.pdf"
    assert main(["report", "caseload", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"the first 25 of {total} referrals are listed; narrow the filter" in printed
    text = " ".join(text_of(out).split())
    assert f"the first 25 of {total} (too many to print" in text
    assert f"Total {total}" in text  # the counts cover every match, not the listed ones
    with Vault.open(tmp_path / "vault") as vault:
        ws = Workspace.unlock(vault, "admin", PASS)
        with ws.ctx.read() as s:
            detail = s.scalars(select(AuditRow.detail)
                               .where(AuditRow.action == "report.caseload")).one()
        ws.lock()
    assert detail.endswith(f"25 of {total} rows listed")


def test_a_report_reads_one_snapshot_while_others_keep_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user saves a referral while the report is being read: the report shows the
    caseload as it was when it started, each referral once (before, each page of 1,000
    was found again in a new snapshot: rows shifted, one was printed twice)."""
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws = _demo_vault(tmp_path / "vault", 1100)
    with ws.ctx.read() as s:
        before = set(s.scalars(select(ReferralRow.id)).all())
    assert len(before) > 1000
    real_rows = CaseloadQueries._rows
    saved: list[str] = []

    def rows_then_someone_saves(self: CaseloadQueries, s: Any, keys: list[int]) -> Any:
        found = real_rows(self, s, keys)
        if not saved:  # once, between the first rows read and the rest
            client = ws.cases.get_case(found[0].client_id).client
            partner = ws.agencies.list(include_self=False)[0]
            saved.append(ws.referrals.create(
                client_id=client.id, from_agency_id=ws.agency.id, to_agency_id=partner.id,
                direction="vsp_to_le", services=["legal"]).id)
        return found

    monkeypatch.setattr(CaseloadQueries, "_rows", rows_then_someone_saves)
    listed: list[Any] = []
    real_render = report_service.render_caseload_report

    def capture(rows: Any, **kw: Any) -> Any:
        listed.extend(rows)
        return real_render(rows, **kw)

    monkeypatch.setattr(report_service, "render_caseload_report", capture)
    result = ws.reports.caseload_report(CaseloadFilter(), description="")
    ws.close()
    ids = [r.referral_id for r in listed]
    assert saved  # the other user's save did happen, mid-report
    assert len(ids) == len(set(ids)), "a referral was printed twice"
    assert set(ids) == before  # the caseload as it was when the report started
    assert result.total_count == result.row_count == len(before)
