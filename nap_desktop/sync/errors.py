"""The errors of team sync. Every message is a marked template with named arguments and
never holds survivor data or a DSN password."""

from __future__ import annotations

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_


class SyncError(NapError):
    default_message = N_("Team sync failed.")


class ChangeSetInvalid(SyncError):
    """A change set's plaintext is not one this version can apply (after decryption)."""

    default_message = N_("A change from the team server is not in a form this version "
                         "of NAP Desktop understands.")


class SchemaTooNew(SyncError):
    """A change set written by a newer schema: this desktop stops applying."""

    default_message = N_("A team member uses a newer NAP Desktop. Update NAP Desktop to "
                         "keep syncing.")
