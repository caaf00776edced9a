"""Team sync (issue #12): one agency caseload on many desktops through the agency's own
PostgreSQL server, which holds only an append-only, totally ordered log of opaque,
end-to-end encrypted change sets (``docs/sync-format.md``).

Only ``sync.server`` talks to PostgreSQL (psycopg); the rest of the package works on
plain bytes and the local SQLCipher replica.
"""
