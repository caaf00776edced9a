"""The rows of the demo data: one client with its releases, referrals, housing,
restitution and notes, drawn from a seeded random source.

``services.demo`` writes them in bulk; the draws happen in a fixed order, so a seed always
gives the same records (only the ids are fresh).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from nap_desktop.domain import enums as en
from nap_desktop.domain.rules import infer_direction
from nap_desktop.store import models as m

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
NOTE_LINES = [
    "Met at the shelter with an interpreter; safety plan reviewed.",
    "Called the victim-witness coordinator about the sentencing date.",
    "Client asked about T visa timeline; referred to legal aid.",
    "Follow-up visit postponed at the client's request.",
    "Rent assistance paperwork submitted to the housing provider.",
    "Reunión con la cliente y la intérprete; plan de seguridad actualizado.",
]


#: Rows to insert, by table.
Rows = dict[Any, list[dict[str, Any]]]
E = TypeVar("E", bound=Enum)


@cache
def _all(kind: type[E]) -> tuple[E, ...]:
    """An enum's members, made once (``choice`` on it draws exactly as on a fresh list)."""
    return tuple(kind)


class OrderedIds:
    """Fresh UUIDs that grow with every call, so a million rows append to their
    primary-key indexes instead of landing at random pages of them, with no system call
    per id (``uuid4`` reads the OS's random source each time). Version 8 (RFC 9562's
    custom layout): a counter first, so the first eight characters (the short form the
    command line accepts) still tell the ids apart, then 74 bits drawn once per run, so
    a second run's ids never meet the first's."""

    def __init__(self) -> None:
        rand = int.from_bytes(os.urandom(10), "big")  # 80 bits, 74 of them used
        a, b = (rand >> 64) & 0xFFFF, (rand >> 52) & 0xFFF
        variant, tail = 0x8000 | ((rand >> 48) & 0x3FFF), rand & 0xFFFF_FFFF_FFFF
        self.suffix = f"-{a:04x}-8{b:03x}-{variant:04x}-{tail:012x}"
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        if self.count > 0xFFFF_FFFF:  # pragma: no cover - four billion rows in one run
            raise OverflowError("too many ids in one run")
        return f"{self.count:08x}{self.suffix}"


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
        return path + [(rs.DECLINED, rng.choice(_all(en.ReferralReason)).value)]
    if roll < 0.36:
        return path + [(rs.WITHDRAWN, en.ReferralReason.NO_LONGER_NEEDED.value)]
    path.append((rs.ACCEPTED, None))
    if roll < 0.45:
        return path
    path.append((rs.IN_PROGRESS, None))
    if roll < 0.75:
        return path
    return path + [(rs.COMPLETED, None)]


class DemoRows:
    """Builds the rows of one demo client at a time from ``rng``; ``kinds`` gives each
    agency's kind (for the referral direction), ``case_number`` a case number's text."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        today: date,
        kinds: dict[str, en.AgencyKind],
        case_number: Callable[[int], str],
    ) -> None:
        self.rng = rng
        self.now = now
        self.today = today
        self.kinds = kinds
        self.case_number = case_number
        self.new_id = OrderedIds()

    def _direction(self, sender: str, receiver: str) -> en.ReferralDirection:
        """The direction the two agencies' kinds give (a random one read false: "law
        enforcement → victim services" on a coalition's referral to a task force)."""
        self.rng.choice(_all(en.ReferralDirection))  # the old draw, kept: same seed, same data
        return infer_direction(self.kinds[sender], self.kinds[receiver])

    def _when(self, days_back: int) -> datetime:
        return self.now - timedelta(days=days_back, seconds=self.rng.randrange(86_400))

    def client(
        self,
        rows: Rows,
        seq: int,
        self_id: str,
        partners: list[str],
        users: list[str],
        room: int,
    ) -> int:
        """Add one client (case number ``seq``) with a release, at most ``room`` referrals
        and maybe housing, restitution and notes; the number of referrals added."""
        rng = self.rng
        cid = self.new_id()
        created = self._when(rng.randrange(30, 900))
        owner = rng.choice(users)
        rows[m.ClientRow.__table__].append(
            dict(
                id=cid,
                case_number=self.case_number(seq),
                trafficking_type=rng.choice(_all(en.TraffickingType)).value,
                assigned_user_id=owner,
                next_due_on=None,
                next_due_label="",
                created_at=created,
                updated_at=created,
                revision=1,
            )
        )
        minor = self._personal(rows, cid, seq)
        partner = rng.choice(partners)
        release_id = self.release(rows, cid, partner, minor)
        n_ref = min(room, rng.choice((1, 1, 1, 2, 2, 3)))
        for i in range(n_ref):
            # The first referral goes to the agency the release names and cites it.
            to = partner if i == 0 else rng.choice(partners)
            self.referral(rows, cid, self_id, to, release_id if i == 0 else None, owner, created)
        if rng.random() < 0.35:
            self.placement(rows, cid)
        if rng.random() < 0.18:
            self.restitution(rows, cid)
        self._notes(rows, cid, owner, created)
        return n_ref

    def _personal(self, rows: Rows, cid: str, seq: int) -> bool:
        """The client's personal row (fictional name, birth date, languages, contact);
        whether the client is a minor."""
        rng = self.rng
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
                continued_presence=rng.choice(_all(en.ImmigrationRelief)).value,
                continued_presence_expires=None,
                t_visa=rng.choice(_all(en.ImmigrationRelief)).value,
                hhs_letter="none",
            )
        )
        return minor

    def _notes(self, rows: Rows, cid: str, owner: str, created: datetime) -> None:
        rng = self.rng
        for _ in range(rng.choice((0, 1, 1, 2))):
            rows[m.NoteRow.__table__].append(
                dict(
                    id=self.new_id(),
                    client_id=cid,
                    referral_id=None,
                    author_user_id=owner,
                    body=rng.choice(NOTE_LINES),
                    created_at=created,
                    updated_at=created,
                    revision=1,
                )
            )

    def release(self, rows: Rows, cid: str, partner: str, minor: bool) -> str:
        rng = self.rng
        rid = self.new_id()
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
                revoked_on=min(signed + timedelta(days=20), self.today)
                if status == "revoked" else None,
                exception_basis="",
                services_not_conditional=True,
                created_at=self.now,
                updated_at=self.now,
                revision=1,
            )
        )
        return rid

    def referral(
        self,
        rows: Rows,
        cid: str,
        self_id: str,
        partner: str,
        release_id: str | None,
        owner: str,
        created: datetime,
    ) -> None:
        rng = self.rng
        rid = self.new_id()
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
                urgency=rng.choices(_all(en.Urgency), [70, 25, 5])[0].value,
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
                outcome=(rng.choice(_all(en.ReferralOutcome)).value if completed else None),
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

    def placement(self, rows: Rows, cid: str) -> None:
        rng = self.rng
        pid = self.new_id()
        program = rng.choice(_all(en.ProgramType))
        status = rng.choice(_all(en.PlacementStatus))
        start = self.today - timedelta(days=rng.randrange(5, 400))
        started = status in (
            en.PlacementStatus.STARTED,
            en.PlacementStatus.MOVED_IN,
            en.PlacementStatus.EXITED,
        )
        # Dates that happened are never in the future (docs/date-rules.md).
        move_in = (
            min(start + timedelta(days=rng.randrange(0, 40)), self.today)
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
                exit_destination=rng.choice(_all(en.ExitDestination)).value if exit_date else None,
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
                        id=self.new_id(),
                        placement_id=pid,
                        kind=rng.choice(_all(en.AssistanceKind)).value,
                        amount_cents=rng.randrange(5_000, 180_000),
                        note="",
                        paid_on=start + timedelta(days=30 * k),
                    )
                )

    def restitution(self, rows: Rows, cid: str) -> None:
        rng = self.rng
        mid = self.new_id()
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
                    id=self.new_id(),
                    matter_id=mid,
                    position=i,
                    kind=kind.value,
                    status=status,
                    due_on=due + timedelta(days=30 * (i - done_until))
                    if status != "done"
                    else None,
                    completed_on=min(due - timedelta(days=30 * (done_until - i)), self.today)
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
                        id=self.new_id(),
                        matter_id=mid,
                        kind="collected",
                        amount_cents=amount,
                        on=on,
                        note="",
                    )
                )
                rows[m.MoneyEventRow.__table__].append(
                    dict(
                        id=self.new_id(),
                        matter_id=mid,
                        kind="disbursed",
                        amount_cents=amount,
                        on=on,
                        note="",
                    )
                )
