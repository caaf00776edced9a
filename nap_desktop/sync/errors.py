"""The errors of team sync, each with a plain message for the person at the desk.

Every part of ``nap_desktop.sync`` raises a subclass of ``SyncError``; each part adds its
own below in a small block. Messages never hold a DSN password nor survivor data.
"""

from __future__ import annotations

from dataclasses import dataclass

from nap_desktop.domain.errors import NapError
from nap_desktop.domain.messages import N_


class SyncError(NapError):
    """Base class of every team-sync error."""

    default_message = N_("Team sync failed.")


# --- a sync (sync/session.py) --------------------------------------------------
# Here rather than in session.py: the desktop's team menu needs the class at start,
# and session.py pulls in the envelope, keys and log chain (~0.1 s of imports).


class SyncFailed(SyncError):
    """A sync that did not complete. Its message says what failed and that nothing was
    lost; a sync that raised this never counts as done."""

    default_message = N_("The sync failed; nothing was lost. Try again later.")


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


# --- envelope (sync/envelope.py, keys.py, log_chain.py, snapshot_format.py) ----------


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the envelope layer refused something: a stable code and its marked message."""

    code: str
    template: str


MALFORMED = Reason("malformed", N_(
    "A change from the team server is damaged or has been altered, so it was refused."))
TOO_LARGE = Reason("too-large", N_(
    "A change from the team server is larger than allowed, so it was refused."))
TOO_NEW = Reason("too-new", N_(
    "A change on the team server was made by a newer version of NAP Desktop. "
    "Update NAP Desktop to receive it."))
BAD_SIGNATURE = Reason("bad-signature", N_(
    "A change from the team server does not carry a valid signature of the device that "
    "claims to have made it, so it was refused."))
UNKNOWN_DEVICE = Reason("unknown-device", N_(
    "A change from the team server comes from a device this team has not approved, "
    "so it was refused."))
REMOVED_DEVICE = Reason("removed-device", N_(
    "A change from the team server comes from a device that was removed from the team, "
    "so it was refused."))
WRONG_VAULT = Reason("wrong-vault", N_(
    "A change from the team server belongs to another vault, so it was refused."))
WRONG_ID = Reason("wrong-id", N_(
    "A change from the team server is filed under another change's identifier, "
    "so it was refused."))
STALE_EPOCH = Reason("stale-epoch", N_(
    "A change from the team server was sealed with a key that was replaced when a device "
    "was removed, so it was refused."))
NO_KEY = Reason("no-key", N_(
    "A change from the team server is sealed with a key this device was not given. If this "
    "device was removed from the team, ask an administrator."))
DEVICE_GAP = Reason("device-gap", N_(
    "A change from the team server is missing one of its device's earlier changes, "
    "so it was refused."))
FORK = Reason("fork", N_(
    "A change from the team server does not follow the history this device holds: the log "
    "was altered or split. It was refused."))
REPLAY = Reason("replay", N_(
    "A change from the team server repeats a change that was already received, "
    "so it was refused."))
REORDERED = Reason("reordered", N_(
    "A change from the team server arrived out of order, so it was refused."))


class EnvelopeRefused(SyncError):
    """A change set, snapshot or key that must not be used; ``code`` says why."""

    default_message = N_(
        "A change from the team server is damaged or has been altered, so it was refused.")

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.template)
        self.code = reason.code


BAD_SEAL = Reason("bad-seal", N_(
    "A key sent to this device through the team server does not open, so it was refused."))
BAD_ROTATION = Reason("bad-rotation", N_(
    "A key rotation from the team server does not match its new key, so it was refused."))
BAD_SNAPSHOT = Reason("bad-snapshot", N_(
    "The snapshot on the team server is incomplete, damaged or has been altered, so it was "
    "refused. Ask an administrator to publish a new one."))


class DeviceKeyDamaged(SyncError):
    """The device key file does not parse, or does not open under the vault's data key."""

    default_message = N_("This computer's team device key file is damaged or has been "
                         "altered. Ask an administrator to remove this device and join again.")


class DeviceFingerprintMismatch(SyncError):
    """The fingerprint typed by an administrator is not the device's."""

    default_message = N_("The fingerprint does not match this device. Do not approve it: "
                         "check the fingerprint with the person at that computer.")
