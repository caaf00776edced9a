"""The whole list by client or by partner, laid out from index scans (caseload_merge.py),
is exactly the order one SQL statement gives, both ways, with namesakes, a client without
personal details, a referral between two partners and one to ourselves; and it stops when
cancelled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from nap_desktop.services import caseload_merge
from nap_desktop.services.caseload_queries import Cancellation, CaseloadFilter, QueryCancelled
from nap_desktop.services.demo import DemoGenerator
from tests.services.conftest import Services, as_demo_vault


@pytest.fixture
def demo(svc: Services) -> Iterator[Services]:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=5).run(300)
    with svc.ctx.unit_of_work() as s:
        # Namesakes: two more people named as the first one, one with referrals.
        first = s.execute(text(
            "SELECT client_id, legal_name, preferred_name FROM client_personal LIMIT 2"
        )).all()
        s.execute(text("UPDATE client_personal SET legal_name = :l, preferred_name = :p "
                       "WHERE client_id = :c"),
                  {"l": first[0][1], "p": first[0][2], "c": first[1][0]})
        # A referral between two partners (neither end is ours) and one to ourselves.
        agencies = [r[0] for r in s.execute(text(
            "SELECT id FROM agencies WHERE NOT is_self ORDER BY id LIMIT 2"))]
        self_id = s.scalar(text("SELECT id FROM agencies WHERE is_self"))
        rows = [r[0] for r in s.execute(text("SELECT id FROM referrals ORDER BY id LIMIT 2"))]
        s.execute(text("UPDATE referrals SET from_agency_id = :a, to_agency_id = :b "
                       "WHERE id = :r"), {"a": agencies[0], "b": agencies[1], "r": rows[0]})
        s.execute(text("UPDATE referrals SET from_agency_id = :a, to_agency_id = :a "
                       "WHERE id = :r"), {"a": self_id, "r": rows[1]})
        # A client whose personal details are gone: the list's join leaves it out.
        gone = s.scalar(text("SELECT client_id FROM referrals ORDER BY id DESC LIMIT 1"))
        s.execute(text("PRAGMA foreign_keys = OFF"))
        s.execute(text("DELETE FROM client_personal WHERE client_id = :c"), {"c": gone})
    yield svc


@pytest.mark.parametrize("sort", ["client", "partner"])
@pytest.mark.parametrize("descending", [True, False])
def test_the_merged_order_is_the_sql_order(demo: Services, sort: str, descending: bool) -> None:
    q = demo.queries.caseload
    flt = CaseloadFilter(sort=sort, descending=descending)
    token = Cancellation()
    with demo.ctx.read() as s:
        query = q._resolve(s, flt, token)
        merged = list(q._keys(s, query, token))
        sql = list(q._sorted_keys(s, query))
        walked = q._walk(s, query, 40)
    assert merged == sql
    assert merged[:40] == walked
    total = demo.queries.caseload_count(CaseloadFilter())
    with demo.ctx.read() as s:
        unnamed = s.scalar(text(
            "SELECT count(*) FROM referrals WHERE client_id NOT IN "
            "(SELECT client_id FROM client_personal)"))
    assert unnamed and unnamed < 10
    # By client, the referrals of the person without details are left out (the join).
    assert len(merged) == (total - unnamed if sort == "client" else total)


def test_a_filtered_list_is_still_sorted_in_sql(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("merged a filtered list")

    monkeypatch.setattr("nap_desktop.services.caseload_queries.keys_by_client", refuse)
    keys = demo.queries.caseload_keys(CaseloadFilter(sort="client", search="ma"))
    assert 0 < len(keys) < demo.queries.caseload_count(CaseloadFilter())


@pytest.mark.parametrize("merge", ["keys_by_client", "keys_by_partner"])
def test_a_cancelled_merge_stops(demo: Services, merge: str) -> None:
    token = Cancellation()
    token.cancel()
    with demo.ctx.read() as s, pytest.raises(QueryCancelled):
        if merge == "keys_by_client":
            caseload_merge.keys_by_client(s, False, token)
        else:
            caseload_merge.keys_by_partner(s, "", False, token)
