"""Demo data never touches a real vault, nor a real partner in a demo vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, or_, select

from nap_desktop.domain.errors import PermissionDenied, ValidationError
from nap_desktop.services.demo import DEMO_VAULT_KEY, MAX_DEMO_REFERRALS, DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store import models as m
from nap_desktop.store.kdf import KdfParams
from tests.services.conftest import Services, as_demo_vault


def counts(svc: Services) -> tuple[int, int]:
    with svc.ctx.read() as s:
        clients = s.scalar(select(func.count()).select_from(m.ClientRow))
        agencies = s.scalar(select(func.count()).select_from(m.AgencyRow))
    return clients or 0, agencies or 0


def test_a_vault_not_created_as_a_demo_is_refused_and_left_as_it_was(svc: Services) -> None:
    svc.act_as("admin")
    before = counts(svc)
    with pytest.raises(PermissionDenied, match="not created as a demo vault"):
        DemoGenerator(svc.ctx, seed=1).run(20)
    assert counts(svc) == before


def test_demo_data_never_links_to_real_partners(svc: Services) -> None:
    """The test vault's own partners ("HSI Demo", "Legal Aid Demo") are not the demo's
    fictional agencies: no demo referral or release may name them."""
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=4).run(150)
    real = (svc.partner_id, svc.other_partner_id)
    with svc.ctx.read() as s:
        referrals = s.scalar(select(func.count()).select_from(m.ReferralRow).where(or_(
            m.ReferralRow.to_agency_id.in_(real), m.ReferralRow.from_agency_id.in_(real))))
        releases = s.scalar(select(func.count()).select_from(m.ReleaseRow).where(
            m.ReleaseRow.recipient_agency_id.in_(real)))
        made = s.scalar(select(func.count()).select_from(m.ReferralRow))
    assert made and made >= 150
    assert (referrals, releases) == (0, 0)


def test_the_number_of_demo_referrals_is_bounded(svc: Services) -> None:
    svc.act_as("admin")
    as_demo_vault(svc)
    with pytest.raises(ValidationError, match="1,000,000"):
        DemoGenerator(svc.ctx, seed=1).run(MAX_DEMO_REFERRALS + 1)
    assert counts(svc)[0] == 0
    assert MAX_DEMO_REFERRALS == 1_000_000


def test_the_demo_mark_is_not_a_setting_anyone_can_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = KdfParams(memory_kib=8192, iterations=1, lanes=1)
    monkeypatch.setattr(kdf, "MIN_KDF", fast)
    ws, _ = Workspace.create(tmp_path / "v", agency_name="Real Shelter",
                             agency_kind="victim_service_provider", admin_name="admin",
                             admin_display_name="Admin", passphrase="a long passphrase 1",
                             kdf=fast)
    with pytest.raises(ValidationError):
        ws.set_setting(DEMO_VAULT_KEY, "1")
    assert ws.setting(DEMO_VAULT_KEY) == ""
    ws.close()
