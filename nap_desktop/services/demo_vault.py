"""The demo vault, made one way for ``nap demo``, ``nap-desktop --demo``, the
screenshots and the tests: our fictional agency, its administrator ``admin`` and the
demo users, all with the published demo passphrase; then demo data (``services.demo``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.demo import DEMO_AGENCY, DEMO_PASSPHRASE, DEMO_USERS, DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.kdf import DEFAULT_KDF, KdfParams
from nap_desktop.store.vault import Vault

#: The demo vault's administrator (the other demo users are ``DEMO_USERS``).
DEMO_ADMIN = "admin"


class DemoCancelled(Exception):
    """The person cancelled the creation of the demo vault."""


def _never() -> bool:
    return False


def create_demo_workspace(
    folder: Path, *, cancelled: Callable[[], bool] = _never, kdf: KdfParams = DEFAULT_KDF
) -> Workspace:
    """Create an empty demo vault in ``folder`` with the demo users; returns it unlocked
    as ``admin``. Raises ``DemoCancelled`` (the vault closed) when ``cancelled()``."""
    ws, _recovery = Workspace.create(
        folder,
        agency_name=DEMO_AGENCY,
        agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name=DEMO_ADMIN,
        admin_display_name="Alex Admin (demo)",
        passphrase=DEMO_PASSPHRASE,
        kdf=kdf,
        demo=True,
    )
    try:
        for name, display, role in DEMO_USERS:
            if cancelled():
                raise DemoCancelled()
            ws.users.add(name=name, display_name=display, role=role, passphrase=DEMO_PASSPHRASE)
    except BaseException:
        ws.close()
        raise
    return ws


def create_demo_vault(
    folder: Path,
    referrals: int,
    *,
    progress: Callable[[int], None] = lambda _made: None,
    cancelled: Callable[[], bool] = _never,
    seed: int = 1,
    kdf: KdfParams = DEFAULT_KDF,
) -> None:
    """Create and fill the demo vault, then close it (on a worker thread in the GUI).
    ``cancelled()`` is asked between users and batches: ``DemoCancelled`` rolls the single
    demo transaction back; the half-made folder is the caller's to remove."""
    ws = create_demo_workspace(folder, cancelled=cancelled, kdf=kdf)
    try:

        def report(made: int) -> None:
            if cancelled():
                raise DemoCancelled()
            progress(made)

        DemoGenerator(ws.ctx, seed=seed).run(referrals, progress=report, batch=200)
    finally:
        ws.close()


def unlock_demo(vault: Vault) -> Workspace:
    """Unlock a demo vault as its administrator with the published passphrase."""
    return Workspace.unlock(vault, DEMO_ADMIN, DEMO_PASSPHRASE)
