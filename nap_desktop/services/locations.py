"""Places on disk outside a vault: where the vault folders live by default, whether a
folder holds a vault, and the files a person saves out of the vault (PDFs, identity
cards, packages). The GUI and the CLI ask here instead of reaching into the store."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from nap_desktop.store.atomic import write_private_file
from nap_desktop.store.vault import KEYSLOT_FILE


def default_vault_dir() -> Path:
    """The vault folder when none is given: in the user's data folder."""
    return platformdirs.user_data_path("nap-desktop", "NAP") / "vault"


def demo_vault_dir() -> Path:
    """The demo vault's folder when none is given: beside the real one, never inside it."""
    return default_vault_dir().parent / "demo-vault"


def has_vault(folder: Path) -> bool:
    """Whether ``folder`` holds a vault (its key slots), without opening or locking it."""
    return (folder / KEYSLOT_FILE).exists()


def save_private_file(path: Path, data: bytes) -> None:
    """Write a file a person saves out of the vault: atomically (a crash leaves the old
    file or the new one, never half of one) and readable by its owner only, through the
    store's one writer."""
    write_private_file(path, data)
