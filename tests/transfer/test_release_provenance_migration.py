"""Migration 0010 classifies the releases of an existing vault conservatively: one that
our users recorded (its ``release.create`` audit event) stays ours; one that arrived in
a partner's package (received from it, per the sync state) becomes that partner's and
stops counting for what we share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from alembic import command
from sqlalchemy import text

from nap_desktop.store import migrations
from tests.transfer.test_transfer_authority import exchanged, to
from tests.transfer.transfer_helpers import Side, agencies, clock, pair

__all__ = ["agencies", "clock"]  # fixtures


def test_an_upgraded_vault_keeps_ours_and_marks_the_partners(
        agencies: Callable[..., Side]) -> None:
    a, b = agencies("Casa Esperanza"), agencies("Harbor Legal Aid")
    pair(a, b)
    ids, _, _ = exchanged(a, b)
    today = b.ctx.today()
    theirs = b.releases.create(client_id=ids["client"], recipient_agency_id=to(b, a),
                               categories=["identity"], purpose="Return",
                               expires_on=today + timedelta(days=30), signed_on=today)
    a.imports.import_package(b.exports.export(to(b, a)))
    engine = a.ctx.source.engine
    with engine.begin() as conn:  # as the vault was before 0010
        command.downgrade(migrations._config(conn), "0009")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        origin = {rid: by for rid, by in conn.execute(
            text("SELECT id, recorded_by_agency_id FROM releases"))}
    assert origin == {ids["release"]: None, theirs.id: to(a, b)}
    by_id = {r.id: r for r in a.releases.for_client(ids["client"])}
    assert by_id[ids["release"]].counts_for_our_consent
    assert not by_id[theirs.id].counts_for_our_consent
