from pathlib import Path
import pytest
from sqlalchemy import text
from tests.sync.team_helpers import add_user, fast_kdf, found_team

@pytest.fixture(autouse=True)
def _fast(monkeypatch): fast_kdf(monkeypatch)

def test_dbg(tmp_path: Path, pg) -> None:
    a = found_team(tmp_path, pg.dsn)
    with a.open().unlocked.engine.connect() as c:
        print("REFUSED0", c.execute(text("select * from sync_refused")).all())
        print("STATE0", c.execute(text("select cursor, epoch from sync_state")).all())
    add_user(a, "cw")
    r = a.sync()
    print("RESULT", r)
    with a.open().unlocked.engine.connect() as c:
        print("REFUSED", c.execute(text("select * from sync_refused")).all())
        print("USERS", c.execute(text("select name from users")).all())
        print("DEV", c.execute(text("select device_id, state, last_dseq, approved_seq from sync_devices")).all())
