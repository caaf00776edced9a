"""Seeded demo data: realistic in shape, obviously fictional in content, any size.

Every agency is named "(demo)", addresses are on "Example" streets, dockets start with
"DEMO-". Names mix Spanish, Vietnamese, Chinese, Tagalog, Haitian, Romanian, Thai and
English given names and surnames, so the UI and PDFs are exercised with accents and other
scripts. Rows are written in bulk inside one transaction (one audit event for the batch).
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
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import enums as en
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import infer_direction
from nap_desktop.services.base import ServiceContext, new_id
from nap_desktop.services.cases import CASE_SEQ_KEY
from nap_desktop.store import models as m
from nap_desktop.store.indexing import rebuild_search

GIVEN = (
    "María José Lucía Carmen Guadalupe Ana Rosa Juan Carlos José Luis Miguel Ángel Jesús "
    "Hương Lan Minh Thảo Tuấn Nguyệt 秀英 丽华 伟 芳 Maricel Jocelyn Rodel Analyn "
    "Wisline Jean-Baptiste Ioana Mihai Siriporn Somchai Grace Daniel Aisha Oksana"
).split()
SURNAME = (
    "García Hernández López Martínez González Pérez Rodríguez Sánchez Ramírez Cruz Flores "
    "Nguyễn Trần Lê Phạm Hoàng 王 李 张 刘 Santos Reyes Bautista Joseph Pierre Popescu "
    "Ionescu Srisuk Wongsa Okafor Kowalenko Smith"
).split()
LANGUAGES = [
    "Spanish",
    "English",
    "K'iche'",
    "Mam",
    "Vietnamese",
    "Mandarin",
    "Tagalog",
    "Haitian Creole",
    "Romanian",
    "Thai",
    "Ukrainian",
]
DEMO_AGENCY = "Example Anti-Trafficking Coalition (demo)"
DEMO_PASSPHRASE = "demo vault, not for real cases"  # noqa: S105 - published on purpose
#: The settings row a demo vault is created with (value "1").
DEMO_VAULT_KEY = "demo_vault"
#: More than any benchmark needs (they use 100,000); bounds the time and memory of one run.
#: (The refusal in ``DemoGenerator.run`` spells the number out.)
MAX_DEMO_REFERRALS = 200_000
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
NOTE_LINES = [
    "Met at the shelter with an interpreter; safety plan reviewed.",
    "Called the victim-witness coordinator about the sentencing date.",
    "Client asked about T visa timeline; referred to legal aid.",
    "Follow-up visit postponed at the client's request.",
    "Rent assistance paperwork submitted to the housing provider.",
    "Reunión con la cliente y la intérprete; plan de seguridad actualizado.",
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


def _walk_status(rng: random.Random) -> list[tuple[en.ReferralStatus, str | None]]:
    """A plausible path through the referral status machine, with reasons where needed."""
    rs = en.ReferralStatus
    path: list[tuple[en.ReferralStatus, str | None]] = [(rs.DRAFT, None)]
    roll = rng.random()
    if roll < 0.08:
        return path
    path.append((rs.SENT, None))
    if roll < 0.15:
        return path + ([(rs.EXPIRED, None)] if roll < 0.10 else [])
    path.append((rs.RECEIVED, None))
    if roll < 0.24:
        return path
    if roll < 0.32:
        return path + [(rs.DECLINED, rng.choice(list(en.ReferralReason)).value)]
    if roll < 0.36:
        return path + [(rs.WITHDRAWN, en.ReferralReason.NO_LONGER_NEEDED.value)]
    path.append((rs.ACCEPTED, None))
    if roll < 0.45:
        return path
    path.append((rs.IN_PROGRESS, None))
    if roll < 0.75:
        return path
    return path + [(rs.COMPLETED, None)]


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
                N_("The number of demo referrals must be between 0 and 200,000."),
                field="referrals",
            )
        with self.ctx.unit_of_work() as s:
            refuse_unless_demo(s)
            self_id, partners, users = self._ensure_directory(s)
            numbers = self._free_numbers(s)
            made_clients = made = 0
            for rows in self._batches(referrals, self_id, partners, users, batch, numbers):
                for table, values in rows.items():
                    if values:
                        s.execute(insert(table), values)
                made_clients += len(rows[m.ClientRow.__table__])
                made += len(rows[m.ReferralRow.__table__])
                if progress is not None:
                    progress(made)
            self._advance_sequence(s)
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

    def _direction(self, sender: str, receiver: str) -> en.ReferralDirection:
        """The direction the two agencies' kinds give (a random one read false: "law
        enforcement → victim services" on a coalition's referral to a task force)."""
        self.rng.choice(list(en.ReferralDirection))  # the old draw, kept: same seed, same data
        return infer_direction(self._kinds[sender], self._kinds[receiver])

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
    ) -> Iterator[dict[Any, list[dict[str, Any]]]]:
        made = 0
        while made < total:
            rows: dict[Any, list[dict[str, Any]]] = {
                t.__table__: []
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
            }
            while made < total and len(rows[m.ReferralRow.__table__]) < size:
                made += self._client(rows, next(numbers), self_id, partners, users, total - made)
            yield rows

    def _when(self, days_back: int) -> datetime:
        return self.now - timedelta(days=days_back, seconds=self.rng.randrange(86_400))

    def _client(
        self,
        rows: dict[Any, list[dict[str, Any]]],
        seq: int,
        self_id: str,
        partners: list[str],
        users: list[str],
        room: int,
    ) -> int:
        rng = self.rng
        cid = new_id()
        created = self._when(rng.randrange(30, 900))
        owner = rng.choice(users)
        rows[m.ClientRow.__table__].append(
            dict(
                id=cid,
                case_number=self._case_number(seq),
                trafficking_type=rng.choice(list(en.TraffickingType)).value,
                assigned_user_id=owner,
                next_due_on=None,
                next_due_label="",
                created_at=created,
                updated_at=created,
                revision=1,
            )
        )
        given, surname = rng.choice(GIVEN), rng.choice(SURNAME)
        dob = date(
            self.today.year - rng.randrange(14, 55), rng.randrange(1, 13), rng.randrange(1, 29)
        )
        minor = (self.today - dob).days < 18 * 365
        langs = rng.sample(LANGUAGES, rng.choice((1, 1, 2)))
        rows[m.ClientPersonalRow.__table__].append(
            dict(
                client_id=cid,
                legal_name=f"{given} {surname}",
                preferred_name=given if rng.random() < 0.3 else "",
                date_of_birth=dob,
                is_minor=minor,
                languages=",".join(langs),
                interpreter_needed=langs[0] != "English",
                contact_info="(555) 01" + f"{seq % 100:02d}-{rng.randrange(1000, 9999)} (demo)",
                safe_contact_instructions=rng.choice(
                    [
                        "Text only, no voicemail.",
                        "Call the shelter desk.",
                        "Only via the caseworker.",
                    ]
                ),
                location=f"{rng.randrange(10, 999)} Example Street, Springfield (demo)",
                continued_presence=rng.choice(list(en.ImmigrationRelief)).value,
                continued_presence_expires=None,
                t_visa=rng.choice(list(en.ImmigrationRelief)).value,
                hhs_letter="none",
            )
        )
        partner = rng.choice(partners)
        release_id = self._release(rows, cid, partner, minor)
        n_ref = min(room, rng.choice((1, 1, 1, 2, 2, 3)))
        for i in range(n_ref):
            # The first referral goes to the agency the release names and cites it.
            to = partner if i == 0 else rng.choice(partners)
            self._referral(rows, cid, self_id, to, release_id if i == 0 else None, owner, created)
        if rng.random() < 0.35:
            self._placement(rows, cid)
        if rng.random() < 0.18:
            self._restitution(rows, cid)
        for _ in range(rng.choice((0, 1, 1, 2))):
            rows[m.NoteRow.__table__].append(
                dict(
                    id=new_id(),
                    client_id=cid,
                    referral_id=None,
                    author_user_id=owner,
                    body=rng.choice(NOTE_LINES),
                    created_at=created,
                    updated_at=created,
                    revision=1,
                )
            )
        return n_ref

    def _release(
        self, rows: dict[Any, list[dict[str, Any]]], cid: str, partner: str, minor: bool
    ) -> str:
        rng = self.rng
        rid = new_id()
        signed = self.today - timedelta(days=rng.randrange(1, 330))
        expires = signed + timedelta(days=rng.choice((90, 180, 365)))
        status = rng.choices(["active", "revoked", "refused", "draft"], [80, 8, 6, 6])[0]
        cats = rng.sample([c.value for c in en.InfoCategory], rng.randrange(1, 6))
        rows[m.ReleaseRow.__table__].append(
            dict(
                id=rid,
                client_id=cid,
                recipient_agency_id=partner,
                categories=",".join(sorted(cats)),
                purpose="Coordinate services and safety planning",
                signed_by="guardian" if minor else "survivor",
                form_language=rng.choice(["en", "es"]),
                signed_on=None if status == "draft" else signed,
                expires_on=expires,
                status=status,
                revoked_on=signed + timedelta(days=20) if status == "revoked" else None,
                exception_basis="",
                services_not_conditional=True,
                created_at=self.now,
                updated_at=self.now,
                revision=1,
            )
        )
        return rid

    def _referral(
        self,
        rows: dict[Any, list[dict[str, Any]]],
        cid: str,
        self_id: str,
        partner: str,
        release_id: str | None,
        owner: str,
        created: datetime,
    ) -> None:
        rng = self.rng
        rid = new_id()
        outgoing = rng.random() < 0.5
        path = _walk_status(rng)
        at = created
        for i, (status, reason) in enumerate(path):
            at = at + timedelta(days=rng.randrange(0, 12), minutes=rng.randrange(600))
            rows[m.StatusChangeRow.__table__].append(
                dict(
                    referral_id=rid,
                    from_status=path[i - 1][0].value if i else None,
                    to_status=status.value,
                    at=min(at, self.now),
                    by_user_id=owner,
                    reason=reason,
                    reason_text="",
                )
            )
        last, reason = path[-1]
        completed = last is en.ReferralStatus.COMPLETED
        rows[m.ReferralRow.__table__].append(
            dict(
                id=rid,
                client_id=cid,
                from_agency_id=self_id if outgoing else partner,
                to_agency_id=partner if outgoing else self_id,
                direction=self._direction(
                    self_id if outgoing else partner, partner if outgoing else self_id
                ).value,
                referring_person=rng.choice(
                    ["SA R. Ortiz (demo)", "Det. K. Brown (demo)", "L. Nguyen, LMSW (demo)"]
                ),
                external_case_number=f"DEMO-{rng.randrange(10000, 99999)}",
                services=",".join(
                    sorted(rng.sample([s.value for s in en.ServiceType], rng.randrange(1, 4)))
                ),
                urgency=rng.choices(list(en.Urgency), [70, 25, 5])[0].value,
                safety_notes=rng.choice(
                    [
                        "",
                        "Trafficker may still be in the area.",
                        "Do not disclose shelter location.",
                    ]
                ),
                release_id=release_id,
                status=last.value,
                status_changed_at=min(at, self.now),
                outcome=(rng.choice(list(en.ReferralOutcome)).value if completed else None),
                reason=reason,
                reason_text="",
                assigned_user_id=owner,
                created_at=created,
                updated_at=min(at, self.now),
                revision=len(path),
            )
        )
        if completed and rows[m.ReferralRow.__table__][-1]["outcome"] == "not_successful":
            rows[m.ReferralRow.__table__][-1]["reason"] = (
                en.ReferralReason.UNABLE_TO_CONTACT_CLIENT.value
            )

    def _placement(self, rows: dict[Any, list[dict[str, Any]]], cid: str) -> None:
        rng = self.rng
        pid = new_id()
        program = rng.choice(list(en.ProgramType))
        status = rng.choice(list(en.PlacementStatus))
        start = self.today - timedelta(days=rng.randrange(5, 400))
        started = status in (
            en.PlacementStatus.STARTED,
            en.PlacementStatus.MOVED_IN,
            en.PlacementStatus.EXITED,
        )
        move_in = (
            start + timedelta(days=rng.randrange(0, 40))
            if program.needs_move_in
            and status in (en.PlacementStatus.MOVED_IN, en.PlacementStatus.EXITED)
            else None
        )
        exit_date = (
            start + timedelta(days=rng.randrange(41, 300))
            if status is en.PlacementStatus.EXITED
            else None
        )
        rows[m.PlacementRow.__table__].append(
            dict(
                id=pid,
                client_id=cid,
                program_type=program.value,
                provider=rng.choice(["New Roots Housing (demo)", "Casa Esperanza Shelter (demo)"]),
                funding_source=rng.choice(["OVC housing grant (demo)", "HUD CoC (demo)", ""]),
                status=status.value,
                referred_on=start - timedelta(days=10),
                start_date=start if started else None,
                move_in_date=move_in,
                expected_exit_date=start + timedelta(days=rng.randrange(180, 720))
                if started
                else None,
                exit_date=min(exit_date, self.today) if exit_date else None,
                exit_destination=rng.choice(list(en.ExitDestination)).value if exit_date else None,
                safety_notes="",
                created_at=self.now,
                updated_at=self.now,
                revision=1,
            )
        )
        if started:
            for k in range(rng.randrange(1, 5)):
                rows[m.AssistanceRow.__table__].append(
                    dict(
                        id=new_id(),
                        placement_id=pid,
                        kind=rng.choice(list(en.AssistanceKind)).value,
                        amount_cents=rng.randrange(5_000, 180_000),
                        note="",
                        paid_on=start + timedelta(days=30 * k),
                    )
                )

    def _restitution(self, rows: dict[Any, list[dict[str, Any]]], cid: str) -> None:
        rng = self.rng
        mid = new_id()
        ordered = rng.randrange(0, 8_000_000)
        rows[m.RestitutionMatterRow.__table__].append(
            dict(
                id=mid,
                client_id=cid,
                court="U.S. District Court, District of Example (demo)",
                docket_number=f"DEMO-{rng.randrange(20, 27)}-cr-{rng.randrange(100, 999)}",
                defendant="United States v. Doe (demo)",
                statute="18 U.S.C. 1593",
                losses_claimed_cents=ordered + rng.randrange(0, 2_000_000),
                ordered_cents=ordered,
                closure=None,
                created_at=self.now,
                updated_at=self.now,
                revision=1,
            )
        )
        done_until = rng.randrange(0, 9)
        due = self.today - timedelta(days=rng.randrange(-60, 120))
        for i, kind in enumerate(en.RestitutionStepKind):
            status = "done" if i < done_until else ("in_progress" if i == done_until else "pending")
            rows[m.RestitutionStepRow.__table__].append(
                dict(
                    id=new_id(),
                    matter_id=mid,
                    position=i,
                    kind=kind.value,
                    status=status,
                    due_on=due + timedelta(days=30 * (i - done_until))
                    if status != "done"
                    else None,
                    completed_on=due - timedelta(days=30 * (done_until - i))
                    if status == "done"
                    else None,
                    note="",
                )
            )
        collected = 0
        if done_until > 6 and ordered:
            for k in range(rng.randrange(1, 6)):
                amount = rng.randrange(1, max(2, ordered // 10))
                collected += amount
                on = self.today - timedelta(days=30 * (k + 1))
                rows[m.MoneyEventRow.__table__].append(
                    dict(
                        id=new_id(),
                        matter_id=mid,
                        kind="collected",
                        amount_cents=amount,
                        on=on,
                        note="",
                    )
                )
                rows[m.MoneyEventRow.__table__].append(
                    dict(
                        id=new_id(),
                        matter_id=mid,
                        kind="disbursed",
                        amount_cents=amount,
                        on=on,
                        note="",
                    )
                )
