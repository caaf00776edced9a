"""What authority at apply costs per change set (``sync/policy.py``).

A real vault with an administrator, two caseworkers and a supervisor; a handful of real
service actions are captured as change sets (``tests/sync/policy_office.py``) and each is
judged many times on the replica as it stood before it. The baseline, measured in the same
run, is parsing the same change sets from their bytes (``ChangeSetPlain.from_bytes``), the
least any device does with a change set it receives. Prints the median time per change set
and the ratio to the baseline.

    .venv/bin/python bench/bench_sync_policy.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.sync import audit_chain
from nap_desktop.sync.changeset import AuthorView, ChangeSetPlain
from nap_desktop.sync.policy import Policy
from tests.sync import policy_office as po


def _office(path: Path) -> po.Office:
    kdf.MIN_KDF = po.TEST_KDF
    ws, _ = Workspace.create(path, agency_name="Casa", agency_kind="victim_service_provider",
                             admin_name="admin", admin_display_name=po.NAMES["admin"],
                             passphrase=po.PASSPHRASES["admin"], kdf=po.TEST_KDF)
    ids = {"admin": ws.user.id if ws.user else ""}
    for name, role in po.ROLES.items():
        ids[name] = ws.users.add(name=name, display_name=po.NAMES[name], role=role,
                                 passphrase=po.PASSPHRASES[name]).id
    with ws.ctx.unit_of_work() as s:
        audit_chain.enable_team(s.connection())
    ws.close()
    office = po.Office(path=path, ids=ids)
    for name in ids:
        opened = office.unlock(name)
        assert opened.unlocked.signer is not None
        office.signers[name] = opened.unlocked.signer
        opened.close()
    return office


def _median(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        office = _office(Path(tmp) / "vault")
        actions = [
            ("ana", "open a case", lambda ws: ws.cases.create_client(
                PersonalInput(legal_name="Rosa Example"))),
            ("sofia", "add a partner", lambda ws: ws.agencies.add_partner(
                name="City Police", kind="le_state_local")),
            ("admin", "change a role", lambda ws: ws.users.change_role(
                ws.users.by_name("bob").id, "supervisor")),
        ]
        cases: list[tuple[str, str, po.Replica, ChangeSetPlain]] = []
        for who, what, action in actions:
            before = po.replica(office)
            cases.append((who, what, before, po.capture(office, who, action)))
        policy = Policy()
        print(f"{'change set':<16}{'ops':>5}{'parse (us)':>12}{'policy (us)':>13}{'ratio':>8}")
        for who, what, rep, cs in cases:
            body = cs.to_bytes()
            author = AuthorView(user_id=cs.author, device_id=po.DEVICES[who], role=None,
                                active=True)
            assert policy.check(author, cs, rep.read_row) is None
            parse = _median(partial(ChangeSetPlain.from_bytes, body), args.rounds)
            judge = _median(partial(policy.check, author, cs, rep.read_row), args.rounds)
            print(f"{what:<16}{len(cs.ops):>5}{parse * 1e6:>12.0f}{judge * 1e6:>13.0f}"
                  f"{judge / parse:>7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
