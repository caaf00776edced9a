"""The errors of team sync, each with a plain message for the person at the desk.

Every part of ``nap_desktop.sync`` raises a subclass of ``SyncError``; each part adds its
own below in a small block. Messages never hold a DSN password nor survivor data.
"""

from __future__ import annotations

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_


class SyncError(NapError):
    """Base class of every team-sync error."""

    default_message = N_("Team sync failed.")


# --- server (sync/server.py) ---------------------------------------------------


class ServerUnreachable(SyncError):
    """The server could not be reached, or the connection broke mid-operation.

    Nothing half-done stays behind: a push is one transaction, so after this error the
    same push may simply be retried (it is idempotent by change-set id)."""

    default_message = N_(
        "The team server cannot be reached. Your work is kept on this computer and "
        "will be sent at the next sync."
    )


class ServerRefused(SyncError):
    """The server answered but refused: wrong credentials, a missing schema or vault, a
    change set too large, or a log that is not what it must be (a gap, a changed body)."""

    default_message = N_("The team server refused the request.")


# --- change sets (sync/changeset.py, sync/apply.py) -------------------------------


class ChangeSetInvalid(SyncError):
    """A change set's plaintext is not one this version can apply (after decryption)."""

    default_message = N_("A change from the team server is not in a form this version "
                         "of NAP Desktop understands.")


class SchemaTooNew(SyncError):
    """A change set written by a newer schema: this desktop stops applying."""

    default_message = N_("A team member uses a newer NAP Desktop. Update NAP Desktop to "
                         "keep syncing.")
