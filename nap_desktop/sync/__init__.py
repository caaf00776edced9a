"""Team sync (issue #12): one agency caseload on many desktops through the agency's
PostgreSQL server, which only ever holds ciphertext. See ``docs/sync-format.md``."""
