"""Server addresses (libpq connection strings) as a team vault keeps them: never with a
password. The password comes from libpq's own places (``~/.pgpass``, ``PGPASSWORD``, a
service file), so it is never stored in the vault, in settings or printed."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_

#: The longest server address accepted (a libpq string is short; a huge one is a mistake).
MAX_DSN_CHARS = 2000

_KEY_VALUE = re.compile(r"\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)")
_SECRET_KEYS = frozenset({"password", "sslpassword"})


def _key_values(dsn: str) -> dict[str, str]:
    """A ``key=value ...`` connection string as a dict (libpq's quoting rules)."""
    out: dict[str, str] = {}
    pos = 0
    while pos < len(dsn):
        if dsn[pos:].strip() == "":
            break
        found = _KEY_VALUE.match(dsn, pos)
        if found is None:
            raise ValidationError(_BAD, field="server")
        value = found.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        out[found.group(1).lower()] = value
        pos = found.end()
    return out


_BAD = N_("The server address is not a PostgreSQL connection string "
          "(e.g. postgresql://nap@db.example.org/nap or host=db.example.org dbname=nap).")
_HAS_PASSWORD = N_("The server address holds a password. Remove it and put the password in "
                   "~/.pgpass (or PGPASSWORD): NAP Desktop never stores a password.")


def check_dsn(dsn: str) -> str:
    """The address, stripped, if it is a connection string without a password; else a
    ``ValidationError`` that never repeats the address (it may hold a secret)."""
    text = dsn.strip()
    if not text or len(text) > MAX_DSN_CHARS or any(ord(c) < 32 for c in text):
        raise ValidationError(_BAD, field="server")
    if text.startswith(("postgresql://", "postgres://")):
        try:
            parts = urlsplit(text)
            query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        except ValueError:
            raise ValidationError(_BAD, field="server") from None
        if parts.password is not None or any(
                unquote(k).lower() in _SECRET_KEYS for k in query):
            raise ValidationError(_HAS_PASSWORD, field="server")
        return text
    if "=" not in text:
        raise ValidationError(_BAD, field="server")
    if _SECRET_KEYS & _key_values(text).keys():
        raise ValidationError(_HAS_PASSWORD, field="server")
    return text
