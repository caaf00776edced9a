"""The exceptions of :mod:`nap_desktop.transfer.age`, kept apart so its helpers can raise them.

Messages are short and plain, and never contain key material or file contents.
"""

from __future__ import annotations


class AgeError(Exception):
    """Any failure to encrypt or decrypt an age file."""


class NoIdentityMatch(AgeError):
    """The header is well formed, but none of its stanzas opens with the given identities."""


class HeaderError(AgeError):
    """The header (or its ASCII armor) is malformed, or its MAC does not verify."""


class PayloadError(AgeError):
    """The encrypted payload is truncated, altered, or has trailing data."""


class KeyFormatError(AgeError):
    """A recipient or identity string is not valid, or the recipients can't be combined."""


# Shown in tracebacks under the public module, where callers import them from.
for _cls in (AgeError, NoIdentityMatch, HeaderError, PayloadError, KeyFormatError):
    _cls.__module__ = "nap_desktop.transfer.age"
