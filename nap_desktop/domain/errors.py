"""The errors a person can meet, each with a plain message written for a caseworker.

Messages never contain survivor data: they name the problem and what to do about it.
The GUI maps each type to a translated string (``gui/messages.py``); the CLI prints
``str(error)`` on one line.
"""

from __future__ import annotations


class NapError(Exception):
    """Base class for every error meant to be shown to a user."""

    default_message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


# --- vault -----------------------------------------------------------------


class VaultError(NapError):
    default_message = "The vault could not be opened."


class NotAVault(VaultError):
    default_message = "This folder is not a NAP vault."


class VaultExists(VaultError):
    default_message = "A vault already exists in this folder."


class WrongPassphrase(VaultError):
    default_message = "The passphrase is wrong. Check Caps Lock and try again."


class WrongRecoveryKey(VaultError):
    default_message = "The recovery key is wrong."


class RecoveryKeyTypo(WrongRecoveryKey):
    default_message = "The recovery key has a typo: check each group of characters."


class UnknownUser(VaultError):
    default_message = "There is no user with that name in this vault."


class UserInactive(VaultError):
    default_message = "This user account has been deactivated. Ask your administrator."


class LockedOut(VaultError):
    """Too many failed unlocks for one user."""

    def __init__(self, seconds_left: int) -> None:
        minutes = max(1, (seconds_left + 59) // 60)
        super().__init__(
            f"Too many failed attempts. Try again in {minutes} minute{'s' if minutes != 1 else ''}."
        )
        self.seconds_left = seconds_left


class VaultDamaged(VaultError):
    default_message = "The vault file is damaged or has been altered."


class CommittedWorkLost(VaultDamaged):
    """Work that had been saved is missing from the database (``store/anchor.py``)."""

    default_message = (
        "Work that had been saved is missing from the vault. Nothing was changed. Restore the "
        "most recent backup."
    )
    lost_changes: int | None = None  # how many saved changes, when known


class NotAVaultDatabase(VaultDamaged):
    default_message = (
        "The vault database (vault.db) is empty or is not a NAP Desktop database, although the "
        "key slots describe an existing vault: it may have been emptied or replaced. Nothing "
        "was changed. Restore the vault from a backup."
    )


class WeakKeySlot(VaultDamaged):
    default_message = (
        "A key slot uses key-derivation settings below the required minimum; "
        "the vault file is damaged or has been altered."
    )


class VaultInUse(VaultError):
    default_message = "This vault is already open in another NAP Desktop window or program."
    holder: str = ""  # who holds the lock, as the lock file says it


class VaultTooNew(VaultError):
    default_message = (
        "This vault was made by a newer version of NAP Desktop. Update NAP Desktop to open it."
    )


class BackupError(VaultError):
    default_message = "The backup could not be completed."


class RestoreRefused(VaultError):
    default_message = (
        "A vault already exists there. Confirm that you want to replace it before restoring."
    )


class BackupDamaged(BackupError):
    default_message = "The backup file is damaged, incomplete or not a NAP Desktop backup."


# --- use cases -------------------------------------------------------------


class ValidationError(NapError):
    """A form field or request was invalid. ``field`` names the offending input."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(NapError):
    default_message = "That record no longer exists."


class PermissionDenied(NapError):
    default_message = "Your role does not allow this action."


class InvalidTransition(ValidationError):
    pass


class ConsentRequired(NapError):
    default_message = "There is no active release of information covering this."


class StaleRecord(NapError):
    default_message = (
        "Someone else changed this record while you were editing it. "
        "Your changes were kept: reload to compare."
    )


class ReleaseChanged(StaleRecord):
    """A partner's release changed (a package came in) after the person confirming it
    opened it: what they read is not what would be confirmed."""

    default_message = (
        "This release changed since you opened it; nothing was confirmed. Read it again "
        "and confirm it only if it is still right."
    )


# --- transfer --------------------------------------------------------------


class TransferError(NapError):
    default_message = "The transfer package could not be read."
