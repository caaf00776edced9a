"""duplicate clients: name keys for a fast look-up, and the record of each merge

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

``client_match_keys`` holds, per client, the phonetic keys of its names
(``domain/name_keys.py``) and its year of birth: a new intake finds the clients that
share keys with it through the primary key, without reading every name. It lives inside
the encrypted vault like the full-text rows of ``case_search``. The keys of existing
clients are computed here (the rules are pure Python), so a vault is searchable from the
first unlock after the upgrade.

``client_merges`` records each merge of two clients: who, when, why, and what moved
(``record``: the merged-away client's rows and the survivor's fields before and after),
so that a merge can be undone exactly (``services/merges.py``).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from nap_desktop.store.match_index import MATCH_KEYS_DDL, MERGES_DDL, write_keys

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for ddl in MATCH_KEYS_DDL + MERGES_DDL:
        op.execute(ddl)
    bind = op.get_bind()
    rows = bind.execute(text(
        "SELECT client_id, legal_name, preferred_name, date_of_birth FROM client_personal"
    )).all()
    write_keys(bind, [(r[0], r[1], r[2], r[3]) for r in rows])


def downgrade() -> None:
    op.execute("DROP TABLE client_merges")
    op.execute("DROP TABLE client_match_keys")
