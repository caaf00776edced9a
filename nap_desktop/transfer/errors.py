
"""Why a transfer failed, in words for the person holding the USB stick.

Every failure leaves the vault unchanged. Messages never contain case data.
"""

from __future__ import annotations

from nap_desktop.domain.errors import TransferError
from nap_desktop.domain.messages import N_


class NotAddressedToUs(TransferError):
    default_message = (
        N_("This package is not addressed to your agency: none of your agency keys can open it.")
    )


class UnknownSender(TransferError):
    default_message = N_(
        "This package comes from an agency whose keys you have not verified. Pin its identity "
        "card (Admin ▸ Partners, or nap partners add) after checking the fingerprint by phone."
    )


class SignatureInvalid(TransferError):
    default_message = N_(
        "The package signature is not valid for the sender's verified key: it was altered or "
        "signed by someone else. Do not use it."
    )


class ManifestMismatch(TransferError):
    default_message = N_(
        "The package manifest names another agency than the one it came from or to."
    )


class PackageDamaged(TransferError):
    default_message = N_(
        "The package file is damaged, truncated, padded or has been tampered with. "
        "Ask the sender for a new copy."
    )


class UnsupportedVersion(TransferError):
    default_message = N_(
        "This package was made by a newer version of NAP Desktop. Update NAP Desktop to import "
        "it."
    )


class SchemaViolation(TransferError):
    default_message = N_("The package contains a record that is not valid; nothing was imported.")


class PackageTooLarge(TransferError):
    default_message = N_(
        "The package is too large or malformed in a way that could exhaust this computer; "
        "nothing was imported."
    )


class CardInvalid(TransferError):
    default_message = N_("That file is not a valid NAP agency identity card.")


class FingerprintMismatch(TransferError):
    default_message = N_(
        "The fingerprint does not match the card. Do not pin it: call the agency again on a "
        "number you already trust and compare the fingerprint group by group."
    )


class PartnerKeyChanged(TransferError):
    default_message = N_(
        "This agency's keys have changed since you verified them. Confirm the new fingerprint "
        "with the agency by phone, then pin the new card with that fingerprint."
    )


class NoAgencyIdentity(TransferError):
    default_message = N_("This vault has no agency keys yet.")


class PartnerNotPinned(TransferError):
    default_message = N_(
        "That partner has no verified identity card: pin its card first (Admin ▸ Partners, or "
        "nap partners add)."
    )


class ConflictResolved(TransferError):
    default_message = N_("That conflict has already been resolved.")


class ReplacesVerifiedKey(TransferError):
    """Pinning this card would replace a card whose fingerprint someone already verified:
    the caller shows both fingerprints and asks for an explicit confirmation."""

    def __init__(self, *, agency_name: str, pinned: str, new: str) -> None:
        super().__init__(
            N_(
                "You are replacing a verified key for {agency}. Verified key: {pinned}. "
                "New key: {new}. Replace it only if the agency confirmed the change by "
                "phone; nothing was changed."
            ),
            agency=agency_name,
            pinned=pinned,
            new=new,
        )
        self.agency_name, self.pinned, self.new = agency_name, pinned, new


class DowngradeRefused(TransferError):
    default_message = N_(
        "This package was encrypted without the post-quantum protection that both your agency's "
        "keys and the sender's verified keys support: it was made by outdated or altered "
        "software. Nothing was imported. Ask the sender to export it again with a current "
        "version of NAP Desktop."
    )
