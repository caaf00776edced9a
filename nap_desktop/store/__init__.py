"""The encrypted vault: a folder holding a SQLCipher database and the key slots that open it.

Modules: ``vault`` (the public API: create, open, unlock, manage slots), ``keyslots`` (the
key-slot file format and its cryptography), ``kdf`` (Argon2id parameters, passphrases and
recovery keys), ``engine`` (the keyed SQLAlchemy engine), ``unlock_guard`` (failed-unlock
counters), ``lockfile`` (one process per vault), ``backup`` and ``atomic`` (private,
crash-safe file writes). The format is specified in ``docs/vault-format.md``.
"""
