"""The errors a person can meet, each with a plain message written for a caseworker.

Messages never contain survivor data: they name the problem and what to do about it.
Each error carries a marked template and its named arguments (``translatable``); the
GUI and the CLI show it in the person's language with ``nap_desktop.i18n.render``;
``str(error)`` and ``error.message`` are the English text, for the log and the tests.
"""

from __future__ import annotations

from nap_desktop.domain.messages import N_, NP_, Message, Plural


class NapError(Exception):
    """Base class for every error meant to be shown to a user.

    ``raise ValidationError(N_("Enter a date between {first} and {last}."), first=a,
    last=b)``: the template is marked with ``N_`` (``NP_`` for a plural), the values are
    named; a value that is a ``Message`` is a word and is translated when shown.
    """

    default_message: str | Plural = N_("Something went wrong.")

    def __init__(self, message: str | Plural | Message | None = None, /, **args: object) -> None:
        if isinstance(message, Message):
            self.translatable = Message(message.template, **{**message.args, **args})
        else:
            self.translatable = Message(message or self.default_message, **args)
        super().__init__(self.translatable.render())

    @property
    def message(self) -> str:
        """The message in English (the source language)."""
        return str(self.args[0])


# --- vault -----------------------------------------------------------------


class VaultError(NapError):
    default_message = N_("The vault could not be opened.")


class VaultLocked(VaultError):
    """The vault was locked (or closed) while something still wanted to read it."""

    default_message = N_("The vault is locked.")


class NotAVault(VaultError):
    default_message = N_("This folder is not a NAP vault.")


class VaultExists(VaultError):
    default_message = N_("A vault already exists in this folder.")


class WrongPassphrase(VaultError):
    default_message = N_("The passphrase is wrong. Check Caps Lock and try again.")


class WrongRecoveryKey(VaultError):
    default_message = N_("The recovery key is wrong.")


class RecoveryKeyTypo(WrongRecoveryKey):
    default_message = N_("The recovery key has a typo: check each group of characters.")


class UnknownUser(VaultError):
    default_message = N_("There is no user with that name in this vault.")


class UserInactive(VaultError):
    default_message = N_("This user account has been deactivated. Ask your administrator.")


class LockedOut(VaultError):
    """Too many failed unlocks for one user."""

    def __init__(self, seconds_left: int) -> None:
        minutes = max(1, (seconds_left + 59) // 60)
        super().__init__(
            NP_(
                "Too many failed attempts. Try again in {n} minute.",
                "Too many failed attempts. Try again in {n} minutes.",
            ),
            n=minutes,
        )
        self.seconds_left = seconds_left


class VaultDamaged(VaultError):
    default_message = N_("The vault file is damaged or has been altered.")


class CommittedWorkLost(VaultDamaged):
    """Work that had been saved is missing from the database (``store/anchor.py``)."""

    default_message = N_(
        "Work that had been saved is missing from the vault. Nothing was changed. Restore the "
        "most recent backup."
    )
    lost_changes: int | None = None  # how many saved changes, when known


class NotAVaultDatabase(VaultDamaged):
    default_message = N_(
        "The vault database (vault.db) is empty or is not a NAP Desktop database, although the "
        "key slots describe an existing vault: it may have been emptied or replaced. Nothing "
        "was changed. Restore the vault from a backup."
    )


class WeakKeySlot(VaultDamaged):
    default_message = N_(
        "A key slot uses key-derivation settings below the required minimum; "
        "the vault file is damaged or has been altered."
    )


class VaultInUse(VaultError):
    default_message = N_("This vault is already open in another NAP Desktop window or program.")
    holder: str = ""  # who holds the lock, as the lock file says it


class VaultTooNew(VaultError):
    default_message = N_(
        "This vault was made by a newer version of NAP Desktop. Update NAP Desktop to open it."
    )


class BackupError(VaultError):
    default_message = N_("The backup could not be completed.")


class RestoreRefused(VaultError):
    default_message = N_(
        "A vault already exists there. Confirm that you want to replace it before restoring."
    )


class BackupDamaged(BackupError):
    default_message = N_("The backup file is damaged, incomplete or not a NAP Desktop backup.")


# --- use cases -------------------------------------------------------------


class ValidationError(NapError):
    """A form field or request was invalid. ``field`` names the offending input."""

    def __init__(
        self, message: str | Plural | Message, /, *, field: str | None = None, **args: object
    ) -> None:
        super().__init__(message, **args)
        self.field = field


class NotFound(NapError):
    default_message = N_("That record no longer exists.")


class PermissionDenied(NapError):
    default_message = N_("Your role does not allow this action.")


class InvalidTransition(ValidationError):
    pass


class ConsentRequired(NapError):
    default_message = N_("There is no active release of information covering this.")


class StaleRecord(NapError):
    default_message = N_(
        "Someone else changed this record while you were editing it. "
        "Your changes were kept: reload to compare."
    )


class ReleaseChanged(StaleRecord):
    """A partner's release changed (a package came in) after the person confirming it
    opened it: what they read is not what would be confirmed."""

    default_message = N_(
        "This release changed since you opened it; nothing was confirmed. Read it again "
        "and confirm it only if it is still right."
    )


# --- transfer --------------------------------------------------------------


class TransferError(NapError):
    default_message = N_("The transfer package could not be read.")
