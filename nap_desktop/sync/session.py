"""One sync: push the outbox, then pull everything after the cursor and apply it in server
order (docs/sync-format.md "Session")."""

from __future__ import annotations

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_


class SyncFailed(NapError):
    """A sync that did not complete. Its message says what failed and that nothing was
    lost; a sync that raised this never counts as done."""

    default_message = N_("The sync failed; nothing was lost. Try again later.")
