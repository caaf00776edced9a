"""Seeded demo data: realistic in shape, obviously fictional in content, any size.

Every agency is named "(demo)", addresses are on "Example" streets, dockets start with
"DEMO-". Names mix Spanish, Vietnamese, Chinese, Tagalog, Haitian, Romanian, Thai and
English given names and surnames, so the UI and PDFs are exercised with accents and other
scripts (the rows themselves are built in ``demo_rows``). Rows are written in bulk inside
one transaction (one audit event for the batch).
Most partner agencies then get a fictional identity card, pinned as an administrator pins
a real one (``demo_partners``), so packages can be exported to them.

Demo data goes only into a vault created as a demo (``Workspace.create(demo=True)`` records
it in the creation transaction) and is linked only to the demo's own agencies: in a real
vault fictional clients would reach real partners with the next export.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import enums as en
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.services.base import ServiceContext, new_id
from nap_desktop.services.cases import CASE_SEQ_KEY
from nap_desktop.services.demo_rows import DemoRows, Rows
from nap_desktop.services.demo_services import fill_services
from nap_desktop.store import models as m
from nap_desktop.store.bulk import BulkLoad, insert_rows
from nap_desktop.store.indexing import rebuild_search

DEMO_AGENCY = "Example Anti-Trafficking Coalition (demo)"
DEMO_PASSPHRASE = "demo vault, not for real cases"  # noqa: S105 - published on purpose
#: The settings row a demo vault is created with (value "1").
DEMO_VAULT_KEY = "demo_vault"
#: The largest benchmark (docs/benchmarks.md, "One million referrals"); bounds one run.
#: (The refusal in ``DemoGenerator.run`` spells the number out.)
MAX_DEMO_REFERRALS = 1_000_000
DEMO_AGENCIES = [
    ("FBI Field Office (demo)", en.AgencyKind.LE_FEDERAL),
    ("HSI Special Agent in Charge (demo)", en.AgencyKind.LE_FEDERAL),
    ("Riverside County Human Trafficking Task Force (demo)", en.AgencyKind.TASK_FORCE),
    ("Springfield Police Department (demo)", en.AgencyKind.LE_STATE_LOCAL),
    ("U.S. Attorney's Office, Victim-Witness (demo)", en.AgencyKind.PROSECUTOR),
    ("Casa Esperanza Shelter (demo)", en.AgencyKind.VICTIM_SERVICE_PROVIDER),
    ("Harbor Legal Aid (demo)", en.AgencyKind.LEGAL),
    ("New Roots Housing (demo)", en.AgencyKind.HOUSING),
    ("Community Health Clinic (demo)", en.AgencyKind.HEALTH),
    ("Asian Pacific Survivor Network (demo)", en.AgencyKind.VICTIM_SERVICE_PROVIDER),
]
DEMO_USERS = [
    ("sofia", "Sofía Delgado (demo)", Role.SUPERVISOR),
    ("marcus", "Marcus Lee (demo)", Role.CASEWORKER),
    ("thu", "Thu Pham (demo)", Role.CASEWORKER),
]

#: The tables the demo fills in bulk, in the order their rows are inserted.
BULK_TABLES: list[Table] = [
    t.__table__  # type: ignore[misc]
    for t in (
        m.ClientRow,
        m.ClientPersonalRow,
        m.ReleaseRow,
        m.ReferralRow,
        m.StatusChangeRow,
        m.PlacementRow,
        m.AssistanceRow,
        m.RestitutionMatterRow,
        m.RestitutionStepRow,
        m.MoneyEventRow,
        m.NoteRow,
    )
]


@dataclass(slots=True)
class DemoResult:
    clients: int
    referrals: int
    partner_cards: int = 0  # partners whose fictional identity card was pinned now


def demo_names() -> list[str]:
    return [name for name, _kind in DEMO_AGENCIES]


def refuse_unless_demo(s: OrmSession) -> None:
    """:class:`PermissionDenied` unless this vault was created as a demo vault."""
    row = s.get(m.Setting, DEMO_VAULT_KEY)
    if row is None or row.value != "1":
        raise PermissionDenied(
            N_(
                "This vault was not created as a demo vault, so no demo data can be added to it: "
                "fictional clients would mix with real cases and could reach real partners with "
                "the next export. Nothing was changed. To try the demo, create a separate demo "
                "vault in an empty folder."
            ))


class DemoGenerator:
    """Fill an unlocked vault with demo data. The records are deterministic for a given
    seed; the partners' identity keys are fresh each time (and never stored)."""

    def __init__(self, ctx: ServiceContext, *, seed: int = 1) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)
        self.now = ctx.now()
        self.today = ctx.today()
        self.last_seq = 0  # the last case sequence number used (see _free_numbers)
        self._kinds: dict[str, en.AgencyKind] = {}  # agency id -> kind (_ensure_directory)

    def run(
        self, referrals: int, *, progress: Callable[[int], None] | None = None, batch: int = 5000
    ) -> DemoResult:
        """Generate about ``referrals`` referrals with their clients, releases, housing,
        restitution and notes, in one transaction; then pin the demo partners' cards (one
        small transaction each, skipping partners that already have a card)."""
        self.ctx.require(Role.ADMIN)
        if not 0 <= referrals <= MAX_DEMO_REFERRALS:
            raise ValidationError(
                N_("The number of demo referrals must be between 0 and 1,000,000."),
                field="referrals",
            )
        with self.ctx.unit_of_work() as s:
            refuse_unless_demo(s)
            self_id, partners, users = self._ensure_directory(s)
            numbers = self._free_numbers(s)
            made_clients = made = 0
            # The tables' indexes are dropped for the load and built again after it, in
            # this transaction (store/bulk.py): 1,000,000 referrals in minutes, not hours.
            with BulkLoad(s, [t.name for t in BULK_TABLES]):
                for rows in self._batches(referrals, self_id, partners, users, batch, numbers):
                    for table, values in rows.items():
                        insert_rows(s, table, values)
                    made_clients += len(rows[m.ClientRow.__table__])
                    made += len(rows[m.ReferralRow.__table__])
                    if progress is not None:
                        progress(made)
            self._advance_sequence(s)
            with BulkLoad(s, []):  # the large page cache only: fill_services reads indexes
                fill_services(s, self.now, self.today)  # issue #13: services, plans, tasks...
            self._derive(s)
            self.ctx.audit(s, "demo.generate", detail=f"{made} referrals, {made_clients} clients")
        # Imported here: every workspace imports this module (DEMO_VAULT_KEY), and the
        # partners' cards need the transfer code, which a command that lists cases does not.
        from nap_desktop.services.demo_partners import pin_demo_partners

        cards = pin_demo_partners(self.ctx, demo_names())
        return DemoResult(clients=made_clients, referrals=made, partner_cards=cards)

    # --- directory --------------------------------------------------------

    def _ensure_directory(self, s: OrmSession) -> tuple[str, list[str], list[str]]:
        self_id = s.scalars(select(m.AgencyRow.id).where(m.AgencyRow.is_self)).one()
        existing = {n for n in s.scalars(select(m.AgencyRow.name))}
        for name, kind in DEMO_AGENCIES:
            if name not in existing:
                s.add(
                    m.AgencyRow(
                        id=new_id(),
                        name=name,
                        kind=kind.value,
                        is_victim_service_provider=kind is en.AgencyKind.VICTIM_SERVICE_PROVIDER,
                        contacts="Intake desk: (555) 010-0000 (demo)",
                        is_self=False,
                        created_at=self.now,
                        updated_at=self.now,
                        revision=1,
                    )
                )
        s.flush()
        partners = list(s.scalars(select(m.AgencyRow.id).where(
            m.AgencyRow.is_self.is_(False), m.AgencyRow.name.in_(demo_names()))))
        users = list(s.scalars(select(m.UserRow.id).where(m.UserRow.active)))
        self._kinds = {
            agency_id: en.AgencyKind(kind)
            for agency_id, kind in s.execute(select(m.AgencyRow.id, m.AgencyRow.kind))
        }
        return self_id, partners, users

    def _free_numbers(self, s: OrmSession) -> Iterator[int]:
        """Case sequence numbers after this year's last one, skipping any in use (an
        imported case keeps its sender's number), so a vault that already holds cases
        (a second ``nap demo``) can be filled again. The last one handed out is kept in
        ``last_seq`` for :meth:`_advance_sequence`."""
        row = s.get(m.Setting, self._sequence_key)
        seq = self.last_seq = int(row.value) if row is not None else 0
        this_year = m.ClientRow.case_number.startswith(self._case_prefix)
        taken = set(s.scalars(select(m.ClientRow.case_number).where(this_year)))
        while True:
            seq += 1
            if self._case_number(seq) not in taken:
                self.last_seq = seq
                yield seq

    def _advance_sequence(self, s: OrmSession) -> None:
        row = s.get(m.Setting, self._sequence_key)
        if row is None:
            s.add(m.Setting(key=self._sequence_key, value=str(self.last_seq)))
        else:
            row.value = str(max(int(row.value), self.last_seq))

    @property
    def _sequence_key(self) -> str:
        return f"{CASE_SEQ_KEY}:{self.now.year}"

    @property
    def _case_prefix(self) -> str:
        return f"NAP-{self.now.year % 100:02d}-"

    def _case_number(self, seq: int) -> str:
        return f"{self._case_prefix}{seq:05d}"

    def _derive(self, s: OrmSession) -> None:
        """Search index and next-due dates for everything just written, in SQL."""
        rebuild_search(s)
        s.execute(text("ANALYZE"))  # fresh statistics so the planner picks the right indexes
        # SQLite returns the bare column (kind) from the row holding min(due_on).
        firsts = s.execute(
            text(
                "SELECT mt.client_id, min(st.due_on), st.kind FROM restitution_steps st "
                "JOIN restitution_matters mt ON mt.id = st.matter_id "
                "WHERE st.status IN ('pending', 'in_progress') AND st.due_on IS NOT NULL "
                "GROUP BY mt.client_id"
            )
        ).all()
        if firsts:
            s.execute(
                text(
                    "UPDATE clients SET next_due_on = :due, next_due_label = :label WHERE id = :cid"
                ),
                [{"cid": c, "due": d, "label": f"step:{k}"} for c, d, k in firsts],
            )

    # --- rows -------------------------------------------------------------

    def _batches(
        self,
        total: int,
        self_id: str,
        partners: list[str],
        users: list[str],
        size: int,
        numbers: Iterator[int],
    ) -> Iterator[Rows]:
        builder = DemoRows(self.rng, self.now, self.today, self._kinds, self._case_number)
        made = 0
        while made < total:
            rows: Rows = {t: [] for t in BULK_TABLES}
            while made < total and len(rows[m.ReferralRow.__table__]) < size:
                made += builder.client(rows, next(numbers), self_id, partners, users, total - made)
            yield rows
