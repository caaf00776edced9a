"""One sync: push the outbox, then pull everything after the cursor and apply it in server
order (docs/sync-format.md "Session").

- **Push** seals each pending change set once and keeps the sealed bytes in the outbox
  (``SyncEngine.set_sealed``): a retry after a timeout resends the very same bytes under the
  same change-set id, which the server accepts once (idempotent), and the device's chain
  (``dseq``/``prev``) never forks.
- **Pull** reads in batches after the cursor, checks that the positions follow each other
  without a gap, opens every envelope (signature, vault, device chain, epoch), extends the
  log hash and compares it with what the author had seen, then hands the batch to
  ``SyncEngine.apply_pulled`` (each change set all-or-nothing, the cursor moving with it).
  A cut anywhere leaves the replica at the last applied change set: the next sync resumes.
- **Honest failure**: anything that stops a sync raises :class:`SyncFailed` naming what
  failed and saying that nothing was lost; nothing is counted as synced that was not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_

if TYPE_CHECKING:
    from nap_desktop.sync.server import LogRow

#: Change sets per push transaction and per pull batch (~1 KB each: well below a megabyte).
PUSH_BATCH = 200
PULL_BATCH = 500

Progress = Callable[[int, int], None]


class SyncFailed(NapError):
    """A sync that did not complete. Its message says what failed and that nothing was
    lost; a sync that raised this never counts as done."""

    default_message = N_("The sync failed; nothing was lost. Try again later.")


UNREACHABLE = N_("The team's server could not be reached ({reason}). Nothing was lost: "
                 "your changes stay on this computer and are sent at the next sync.")
PUSH_CUT = N_("The connection to the team's server broke while sending ({reason}). Nothing "
              "was lost: the next sync sends the rest without duplicating anything.")
PULL_CUT = N_("The connection to the team's server broke while receiving ({reason}). "
              "Nothing was lost: {n} changes were applied and the next sync goes on from "
              "there.")
LOG_GAP = N_("The team's server skipped a position in its log (expected {expected}, got "
             "{got}). Nothing was applied past {last}; tell your administrator.")
TAMPERED = N_("The team's server handed out a change that is not genuine at position "
              "{seq}: {reason} Nothing was applied from there on; nothing was lost. Tell your "
              "administrator: the server may have been tampered with.")
FORKED = N_("The team's server showed this computer a different history than it showed "
            "another device (position {seq}). Nothing was applied from there on; tell your "
            "administrator: the server may have been tampered with.")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one sync did."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0
    #: Control change sets met while pulling (device approved, removed, key rotation),
    #: for the team layer to act on (rekey the replica) after the pull.
    controls: list[object] = field(default_factory=list)


class Opener(Protocol):
    """Seals our change sets and opens pulled ones (``sync/team.py`` builds it from the
    device keys and the vault's sync keys; ``sync/envelope.py`` does the cryptography)."""

    vault_id: str
    device_id: str

    def seal(self, cs_id: str, plain: object, *, seen: tuple[int, bytes]) -> bytes: ...
    def open(self, row: LogRow, *, log_hash: bytes) -> object: ...
    def log_hash(self, prev: bytes, row: LogRow) -> bytes: ...
