"""A small vault for the HMIS export tests: two projects, ten clients, figures by hand.

Period FY2024 = 2023-10-01 .. 2024-09-30. In it (``EXPECTED``):
- C1 RRH 2023-11-01, moved in 2023-12-01, exit 2024-05-01 to a rental -> Exit 410.
- C2 RRH 2024-01-15, open; gender, race and sex refused -> GenderNone 9, RaceNone 9, Sex 9.
- C3 shelter 2024-02-01, exit 2024-10-15 (after the period) -> no Exit row; gender
  "doesn't know" -> GenderNone 8.
- C4 RRH 2022-01-01 .. 2023-06-30: before the period -> left out.
- C5 RRH from 2024-11-01: after the period -> left out.
- C6 a placement in no project -> left out.
- C7 RRH 2023-12-01, exit 2024-03-01 repatriated -> Exit 17 with OtherDestination.
- C8 RRH 2024-08-01, move-in 2024-10-05 (after the period) -> MoveInDate empty.
- C9 shelter 2024-03-01 with a move-in date -> MoveInDate empty (not permanent housing).
- C10 RRH 2024-04-01, a hostile name.
Services: C1 emergency shelter 2023-11-10 (200/200) and C2 rental assistance 2024-02-01
(300/2) are exported; C1 crisis intervention (no HMIS pair), C2 planned and voided
rental assistance, C3 relocation 2023-09-01 (before the period) are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from nap_desktop.services.base import new_id
from nap_desktop.store import models as m
from tests.services.conftest import Services

START, END = date(2023, 10, 1), date(2024, 9, 30)
HOSTILE_NAME = '=HYPERLINK("http://x") "Smith, Jr."\nSecond'
#: A service note: notes are never exported, whatever they hold.
HOSTILE_NOTE = '=cmd|\' /C calc\'!A0, "quoted"\nNOTE-CANARY'
EXPECTED = {"enrollments": 7, "clients": 7, "exits": 2, "services": 2}
T0 = datetime(2023, 7, 1, 9, 30, tzinfo=UTC)


@dataclass
class Vault:
    rrh: str
    shelter: str
    clients: dict[str, str] = field(default_factory=dict)
    placements: dict[str, str] = field(default_factory=dict)


def _stamp(row: object, when: datetime = T0) -> None:
    row.created_at = when  # type: ignore[attr-defined]
    row.updated_at = when  # type: ignore[attr-defined]


def _client(s: object, key: str, name: str, *, gender: str = "woman",
            race: str = "white", sex: str = "female") -> str:
    cid = new_id()
    client = m.ClientRow(id=cid, case_number=f"HMIS-{key}",
                         trafficking_type="labor", revision=1)
    _stamp(client)
    client.personal = m.ClientPersonalRow(legal_name=name, date_of_birth=date(1990, 5, 1),
                                          gender=gender, race_ethnicity=race, sex=sex)
    s.add(client)  # type: ignore[attr-defined]
    return cid


def _placement(s: object, client_id: str, project_id: str | None, start: date, *,
               move_in: date | None = None, exit_on: date | None = None,
               destination: str | None = None) -> str:
    pid = new_id()
    row = m.PlacementRow(id=pid, client_id=client_id, program_type="rapid_rehousing",
                         provider="Provider", status="exited" if exit_on else "started",
                         start_date=start, move_in_date=move_in, exit_date=exit_on,
                         exit_destination=destination, project_id=project_id, revision=1)
    _stamp(row, datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC))
    s.add(row)  # type: ignore[attr-defined]
    return pid


def _service(s: object, client_id: str, day: date, category: str, author: str, *,
             status: str = "delivered", voided: bool = False, note: str = "") -> None:
    row = m.ServiceRecordRow(id=new_id(), client_id=client_id, provided_on=day,
                             category=category, provider="staff", mode="in_person",
                             minutes=30, status=status, note=note, author_user_id=author,
                             revision=1, voided_at=T0 if voided else None)
    _stamp(row)
    s.add(row)  # type: ignore[attr-defined]


def _projects(s: object) -> tuple[str, str]:
    coc = m.FundingSourceRow(id=new_id(), funder="hud_coc", name="CoC RRH award",
                             award_number="XX0012L0T001", period_start=date(2023, 7, 1),
                             period_end=date(2024, 6, 30), active=True, revision=1)
    voca = m.FundingSourceRow(id=new_id(), funder="voca", name="VOCA 2023",
                              award_number="2023-V2-GX-0001", period_start=date(2023, 10, 1),
                              period_end=None, active=True, revision=1)
    rrh = m.ProjectRow(id=new_id(), name="Casa Segura RRH", hmis_project_type=13,
                       funding_source_id=coc.id, operating_start=date(2020, 1, 1),
                       operating_end=None, coc_code="XX-500", geocode="123456",
                       housing_type=3, active=True, household_type=1, unit_inventory=8,
                       bed_inventory=10, revision=1)
    shelter = m.ProjectRow(id=new_id(), name='Refugio, "the" =shelter', hmis_project_type=0,
                           funding_source_id=voca.id, operating_start=date(2019, 6, 1),
                           operating_end=None, coc_code="", geocode="", housing_type=1,
                           active=True, revision=1)
    for row in (coc, voca, rrh, shelter):
        _stamp(row)
        s.add(row)  # type: ignore[attr-defined]
    return rrh.id, shelter.id


def build(svc: Services) -> Vault:
    """The vault described above; returns the ids the tests look for."""
    author = svc.users["ana"]
    with svc.ctx.unit_of_work() as s:
        rrh, shelter = _projects(s)
        s.flush()
        v = Vault(rrh, shelter)
        c = v.clients
        c["C1"] = _client(s, "1", "Ana Maria Lopez", race="white,hispanic_latina")
        c["C2"] = _client(s, "2", "Bea Cruz", gender="refused", race="refused", sex="refused")
        c["C3"] = _client(s, "3", "Carla Diaz", gender="doesnt_know")
        for key in ("C4", "C5", "C6", "C7", "C8", "C9"):
            c[key] = _client(s, key[1:], f"Person {key}")
        c["C10"] = _client(s, "10", HOSTILE_NAME)
        s.flush()
        p = v.placements
        p["C1"] = _placement(s, c["C1"], rrh, date(2023, 11, 1), move_in=date(2023, 12, 1),
                             exit_on=date(2024, 5, 1), destination="permanent_rental_or_owned")
        p["C2"] = _placement(s, c["C2"], rrh, date(2024, 1, 15))
        p["C3"] = _placement(s, c["C3"], shelter, date(2024, 2, 1), exit_on=date(2024, 10, 15),
                             destination="homeless_situation")
        _placement(s, c["C4"], rrh, date(2022, 1, 1), exit_on=date(2023, 6, 30),
                   destination="other")
        _placement(s, c["C5"], rrh, date(2024, 11, 1))
        _placement(s, c["C6"], None, date(2024, 1, 1))
        p["C7"] = _placement(s, c["C7"], rrh, date(2023, 12, 1), exit_on=date(2024, 3, 1),
                             destination="repatriated")
        p["C8"] = _placement(s, c["C8"], rrh, date(2024, 8, 1), move_in=date(2024, 10, 5))
        p["C9"] = _placement(s, c["C9"], shelter, date(2024, 3, 1), move_in=date(2024, 3, 2))
        p["C10"] = _placement(s, c["C10"], rrh, date(2024, 4, 1))
        _service(s, c["C1"], date(2023, 11, 10), "emergency_shelter", author,
                 note=HOSTILE_NOTE)
        _service(s, c["C1"], date(2023, 11, 11), "crisis_intervention", author)
        _service(s, c["C2"], date(2024, 2, 1), "rental_assistance", author)
        _service(s, c["C2"], date(2024, 2, 2), "rental_assistance", author, status="planned")
        _service(s, c["C2"], date(2024, 2, 3), "rental_assistance", author, voided=True)
        _service(s, c["C3"], date(2023, 9, 1), "relocation", author)
    return v
