from pathlib import Path
import pytest
from sqlalchemy import text
from tests.sync.team_helpers import add_user, fast_kdf, found_team, join, new_client, client_names

@pytest.fixture(autouse=True)
def _fast(monkeypatch): fast_kdf(monkeypatch)

def test_dbg(tmp_path: Path, pg) -> None:
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    new_client(a, "Maria Example")
    import json
    with a.open().unlocked.engine.connect() as c:
        for (body,) in c.execute(text("select body from sync_outbox")).all():
            for op in json.loads(body)["ops"]:
                print("OP", op["t"], op["op"], op["k"])
    print("A", a.sync())
    print("B", b.sync())
    for d in (a, b):
        with d.open().unlocked.engine.connect() as c:
            print("REFUSED", c.execute(text("select * from sync_refused")).all())
            print("DEV", c.execute(text("select device_id, user_id, state, last_dseq, approved_seq from sync_devices")).all())
            print("STATE", c.execute(text("select device_id, cursor from sync_state")).all())
