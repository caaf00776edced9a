"""Capture round trips through real service calls on real (encrypted) vault folders:
device A's outbox, replayed on device B in log order, gives B the same canonical dump."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.services.assignment import AssignmentService
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.corrections import CorrectionService
from nap_desktop.services.merges import MergeService
from nap_desktop.services.restitution import RestitutionService
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.vault import Vault
from nap_desktop.sync import tables
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.changeset import ChangeSetPlain
from tests.sync.capture_helpers import AllowAll, MemoryLog, make_team, rows
from tests.transfer.transfer_helpers import (
    PASSPHRASE,
    Clock,
    Side,
    add_case,
    pair,
    plain_side,
    to,
)

FAST = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)


@pytest.fixture
def devices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Workspace]]:
    """Two desktops of one team: A's vault folder, and B joined from a copy of it."""
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    clock = Clock()
    ws, _ = Workspace.create(tmp_path / "a", agency_name="Casa", agency_kind=AgencyKind.
                             VICTIM_SERVICE_PROVIDER, admin_name="admin",
                             admin_display_name="Admin", passphrase=PASSPHRASE, kdf=FAST,
                             clock=clock)
    make_team(ws.ctx.source.engine, "dev-a")
    ws.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    opened = [Workspace.unlock(Vault.open(tmp_path / n), "admin", PASSPHRASE, clock=clock)
              for n in ("a", "b")]
    with opened[1].ctx.source.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_state SET device_id = 'dev-b' WHERE id = 1")
    yield opened
    for w in opened:
        w.close()


def side_of(ws: Workspace, name: str) -> Side:
    return Side(name, ws.ctx, ws.close)


def _issue_13(ws: Workspace, client: str, placement: str) -> None:
    """Services, corrections, funding, projects, activities, plans, tasks (issue #13)."""
    from nap_desktop.domain import services_entities as se

    day = date(2026, 11, 2)
    source = ws.funding.save_source(se.FundingSourceInput(funder="voca", name="VOCA"))
    project = ws.funding.save_project(se.ProjectInput(name="Casa", hmis_project_type=2,
                                                      operating_start=date(2024, 1, 1)))
    ws.funding.link_placement(placement, project.id)
    ws.funding.save_activity(se.ActivityInput(kind="training", held_on=day, audience="health"))
    service = ws.services.add(client, se.ServiceInput(provided_on=day, category="interpreter",
                                                      funding_source_id=source.id))
    ws.services.correct(service.id, se.ServiceInput(provided_on=day, category="interpreter",
                                                    minutes=30), reason="minutes")
    ws.plans.save_goal(client, se.GoalInput(domain="housing", description="Housing"))
    ws.plans.save_safety_plan(client, se.SafetyPlanInput(code_word="Zacarias word"))
    ws.tasks.add(se.TaskInput(title="Call", due_on=day, client_id=client))


def test_every_service_write_reaches_the_other_desktop(devices: list[Workspace],
                                                       tmp_path: Path) -> None:
    wa, wb = devices
    a = side_of(wa, "Casa")
    partner = plain_side(tmp_path / "partner.db", "HSI", Clock(), AgencyKind.LE_FEDERAL)
    pair(a, partner)  # pins the partner's card: agencies, transfer tables
    ids = add_case(a, to(a, partner), categories=["identity", "contact", "location"],
                   canary="Zacarias")
    worker = wa.users.add(name="ana", display_name="Ana", role=Role.CASEWORKER,
                          passphrase="a long enough passphrase for ana 1")
    AssignmentService(a.ctx).assign([ids["client"]], worker.id, reason="Closer to her")
    note = a.cases.add_note(ids["client"], "Met at the clinic")
    corrections = CorrectionService(a.ctx)
    corrections.correct_note(note.id, "Met at the clinic on Monday", reason="date")
    a.housing.add_assistance(ids["placement"], kind="rent", amount_cents=50000,
                             paid_on=date(2026, 11, 1))
    restitution = RestitutionService(a.ctx)
    matter = restitution.open_matter(ids["client"], court="District", docket_number="1:26-cr-1")
    restitution.record_money(matter.id, kind="collected", amount_cents=1200,
                             on=date(2026, 11, 2))
    a.referrals.transition(ids["referral"], "sent")
    # a partner's package, imported on A
    partner_ids = add_case(partner, to(partner, a), categories=["identity"], housing=False)
    package = partner.exports.export(to(partner, a))
    a.imports.import_package(package)
    assert partner_ids
    from nap_desktop.services.documents import DocumentService
    from tests.doc_samples import pdf

    DocumentService(a.ctx).add(client_id=ids["client"], attached_type="client",
                               attached_id=ids["client"], kind="other", title="Scan",
                               doc_date=None, data=pdf())
    _issue_13(wa, ids["client"], ids["placement"])
    twin = a.cases.create_client(PersonalInput(legal_name="Ana Ruiz Zacarias"))
    MergeService(a.ctx).merge(ids["client"], twin.id, reason="same person, two intakes")

    sa, sb = SyncEngine(wa.ctx.source.engine, policy=AllowAll()), \
        SyncEngine(wb.ctx.source.engine, policy=AllowAll())
    log = MemoryLog()
    log.sync("a", sa)
    log.sync("b", sb)
    log.pull(sa)
    assert sa.outbox() == [] and sb.outbox() == []
    from nap_desktop.sync.dump import canonical_dump

    dump_a, dump_b = canonical_dump(wa.ctx.source.engine), canonical_dump(wb.ctx.source.engine)
    assert dump_a == dump_b
    assert b"Zacarias" in dump_b
    written = {op.t for _, _, body in log.entries for op in ChangeSetPlain.from_bytes(body).ops}
    # every synced table was written by a service here, but team conflicts (their own
    # tests: tests/sync/test_apply_rules.py)
    assert {s.name for s in tables.SYNCED} - written == {"transfer_conflicts"}
    # B's own indexes were rebuilt for what arrived: the search finds the case
    hits = rows(wb.ctx.source.engine, "SELECT count(*) FROM case_search WHERE case_search "
                                      "MATCH 'Zacarias'")
    assert hits[0][0] >= 1
    wb.cases.get_case(ids["client"])  # B reads the whole case through its services
    partner.close()


def test_capture_survives_a_migration_and_relock(devices: list[Workspace]) -> None:
    wa, _ = devices
    engine = wa.ctx.source.engine
    triggers = rows(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                            "name LIKE 'nap_sync_%'")[0][0]
    assert triggers == 3 * len(tables.SYNCED)
    from nap_desktop.store import migrations
    from nap_desktop.sync import capture

    with engine.begin() as conn:
        capture.drop_triggers(conn)
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)",
                             (migrations.HEAD_REVISION,))
    capture.ensure_triggers(engine)
    assert rows(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                        "name LIKE 'nap_sync_%'")[0][0] == triggers
    before = len(SyncEngine(engine, policy=AllowAll()).outbox())
    wa.cases.add_note(wa.cases.create_client(PersonalInput(legal_name="X")).id, "n")
    assert len(SyncEngine(engine, policy=AllowAll()).outbox()) == before + 2
