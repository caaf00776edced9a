-- NAP Desktop team sync: the server schema (docs/sync-format.md, section "Server").
--
-- The server keeps, per vault, an append-only, gap-free, totally ordered log of opaque
-- change sets (ciphertext made and signed on the desktops), the devices' requests to
-- join and encrypted snapshots. It knows nothing of the app's tables: an app migration
-- never needs a server migration.
--
-- Run by the OWNER role (IT's, not the desktops'): `nap team init` as the owner, or
--   psql "dbname=nap user=nap_owner" -v ON_ERROR_STOP=1 -1 -f server_schema.sql
-- Idempotent: running it again changes nothing. The desktops' login roles are members of
-- the NOLOGIN group role nap_sync_client, which may only SELECT and INSERT.

CREATE SCHEMA IF NOT EXISTS nap_sync;
REVOKE ALL ON SCHEMA nap_sync FROM PUBLIC;

-- The version of this schema (not of the app); LogServer.install_schema reads it.
CREATE OR REPLACE FUNCTION nap_sync.schema_version() RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT 1';

CREATE TABLE IF NOT EXISTS nap_sync.vaults (
    vault_id   uuid PRIMARY KEY,
    format     integer NOT NULL DEFAULT 1,
    -- The role that created the vault: only it and its members see the vault (row level
    -- security below), so one database can hold several agencies' vaults apart.
    owner_role name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A device's request to join; trust comes from the signed log, never from this table.
CREATE TABLE IF NOT EXISTS nap_sync.devices (
    vault_id      uuid NOT NULL REFERENCES nap_sync.vaults,
    device_id     uuid NOT NULL,
    signing_key   bytea NOT NULL CHECK (octet_length(signing_key) = 32),
    box_key       bytea NOT NULL CHECK (octet_length(box_key) BETWEEN 32 AND 4096),
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (vault_id, device_id)
);

-- The log. seq is assigned by the trigger below (1, 2, 3 ... per vault, never a gap);
-- whatever seq or time a client sends is overwritten.
CREATE TABLE IF NOT EXISTS nap_sync.change_sets (
    vault_id    uuid NOT NULL REFERENCES nap_sync.vaults,
    seq         bigint NOT NULL CHECK (seq > 0),
    id          uuid NOT NULL,
    device_id   uuid NOT NULL,
    body        bytea NOT NULL CHECK (octet_length(body) BETWEEN 1 AND 8388608),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (vault_id, seq),
    UNIQUE (vault_id, id),
    FOREIGN KEY (vault_id, device_id) REFERENCES nap_sync.devices
);
-- Ciphertext does not compress: store it out of line without trying.
ALTER TABLE nap_sync.change_sets ALTER COLUMN body SET STORAGE EXTERNAL;

-- Chunks first, then the snapshots row, whose insert checks that every chunk is there:
-- a snapshot is visible (latest_snapshot) only when complete.
CREATE TABLE IF NOT EXISTS nap_sync.snapshot_chunks (
    vault_id    uuid NOT NULL REFERENCES nap_sync.vaults,
    snapshot_id uuid NOT NULL,
    n           integer NOT NULL CHECK (n >= 0),
    body        bytea NOT NULL CHECK (octet_length(body) BETWEEN 1 AND 8388608),
    PRIMARY KEY (vault_id, snapshot_id, n)
);
ALTER TABLE nap_sync.snapshot_chunks ALTER COLUMN body SET STORAGE EXTERNAL;

CREATE TABLE IF NOT EXISTS nap_sync.snapshots (
    vault_id    uuid NOT NULL REFERENCES nap_sync.vaults,
    snapshot_id uuid NOT NULL,
    seq         bigint NOT NULL CHECK (seq >= 0),
    device_id   uuid NOT NULL,
    chunk_count integer NOT NULL CHECK (chunk_count > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (vault_id, snapshot_id),
    FOREIGN KEY (vault_id, device_id) REFERENCES nap_sync.devices
);
CREATE INDEX IF NOT EXISTS snapshots_by_seq ON nap_sync.snapshots (vault_id, seq);

-- The per-vault append lock (a transaction-scoped advisory lock).
CREATE OR REPLACE FUNCTION nap_sync.lock_key(v uuid) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT hashtextextended('nap_sync:' || v::text, 0) $$;

-- Gap-free order: appends to one vault are serialised by the advisory lock, and the next
-- seq is read AFTER the lock is held, in a statement of its own (a fresh READ COMMITTED
-- snapshot that includes the previous holder's commit: PostgreSQL makes a transaction
-- visible before it releases its locks). So seq n+1 is assigned only after seq n is
-- committed and visible: no reader can see n+1 without n. Under REPEATABLE READ or
-- SERIALIZABLE the snapshot would be older than the lock, hence refused outright.
CREATE OR REPLACE FUNCTION nap_sync.append_change_set() RETURNS trigger
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'nap_sync appends run at READ COMMITTED isolation'
            USING ERRCODE = 'invalid_transaction_state';
    END IF;
    PERFORM pg_advisory_xact_lock(nap_sync.lock_key(NEW.vault_id));
    SELECT coalesce(max(c.seq), 0) + 1 INTO NEW.seq
        FROM nap_sync.change_sets c WHERE c.vault_id = NEW.vault_id;
    NEW.received_at := now();
    -- Delivered at commit only; several in one transaction are folded into one.
    PERFORM pg_notify('nap_sync', NEW.vault_id::text);
    RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER assign_seq BEFORE INSERT ON nap_sync.change_sets
    FOR EACH ROW EXECUTE FUNCTION nap_sync.append_change_set();

-- The server's own clock and the inserting role, whatever a client sends.
CREATE OR REPLACE FUNCTION nap_sync.stamp_vault() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.owner_role := current_user;
    NEW.created_at := now();
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER stamp BEFORE INSERT ON nap_sync.vaults
    FOR EACH ROW EXECUTE FUNCTION nap_sync.stamp_vault();

CREATE OR REPLACE FUNCTION nap_sync.stamp_device() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.registered_at := now();
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER stamp BEFORE INSERT ON nap_sync.devices
    FOR EACH ROW EXECUTE FUNCTION nap_sync.stamp_device();

-- A chunk may not be added to a snapshot that is already complete.
CREATE OR REPLACE FUNCTION nap_sync.check_chunk() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM nap_sync.snapshots s
               WHERE s.vault_id = NEW.vault_id AND s.snapshot_id = NEW.snapshot_id) THEN
        RAISE EXCEPTION 'nap_sync snapshot % is complete: no chunk may be added', NEW.snapshot_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER complete_is_final BEFORE INSERT ON nap_sync.snapshot_chunks
    FOR EACH ROW EXECUTE FUNCTION nap_sync.check_chunk();

-- A snapshot row is its completion mark: every chunk 0 .. chunk_count-1 must be in, and
-- it may not claim a seq the log has not reached.
CREATE OR REPLACE FUNCTION nap_sync.check_snapshot() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    found integer;
    top integer;
    head bigint;
BEGIN
    SELECT count(*), coalesce(max(c.n), -1) INTO found, top FROM nap_sync.snapshot_chunks c
        WHERE c.vault_id = NEW.vault_id AND c.snapshot_id = NEW.snapshot_id;
    IF found <> NEW.chunk_count OR top <> NEW.chunk_count - 1 THEN
        RAISE EXCEPTION 'nap_sync snapshot % is incomplete: % of % chunks',
            NEW.snapshot_id, found, NEW.chunk_count USING ERRCODE = 'check_violation';
    END IF;
    SELECT coalesce(max(c.seq), 0) INTO head FROM nap_sync.change_sets c
        WHERE c.vault_id = NEW.vault_id;
    IF NEW.seq > head THEN
        RAISE EXCEPTION 'nap_sync snapshot at seq % is beyond the log''s head %', NEW.seq, head
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.created_at := now();
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER complete BEFORE INSERT ON nap_sync.snapshots
    FOR EACH ROW EXECUTE FUNCTION nap_sync.check_snapshot();

-- Append-only, enforced by the server for every role (the table owner could disable the
-- triggers; the desktops' role owns nothing and may not).
CREATE OR REPLACE FUNCTION nap_sync.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'nap_sync.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['vaults', 'devices', 'change_sets', 'snapshots', 'snapshot_chunks']
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON '
                       'nap_sync.%I FOR EACH ROW EXECUTE FUNCTION nap_sync.refuse_change()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER append_only_truncate BEFORE TRUNCATE ON '
                       'nap_sync.%I FOR EACH STATEMENT EXECUTE FUNCTION nap_sync.refuse_change()', t);
    END LOOP;
END $$;

-- Vault scoping: a role sees (and may insert into) only the vaults it or a role it
-- belongs to created. The owner and superusers bypass this, as PostgreSQL does.
CREATE OR REPLACE FUNCTION nap_sync.may_use(owner name) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname = owner AND pg_has_role(r.oid, 'USAGE'))
$$;

ALTER TABLE nap_sync.vaults ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS team ON nap_sync.vaults;
CREATE POLICY team ON nap_sync.vaults USING (nap_sync.may_use(owner_role));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['devices', 'change_sets', 'snapshots', 'snapshot_chunks']
    LOOP
        EXECUTE format('ALTER TABLE nap_sync.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS team ON nap_sync.%I', t);
        EXECUTE format('CREATE POLICY team ON nap_sync.%I USING (EXISTS (SELECT 1 FROM '
                       'nap_sync.vaults v WHERE v.vault_id = %I.vault_id))', t, t);
    END LOOP;
END $$;

-- The desktops' group role: SELECT and INSERT only. Created here when the installing role
-- may create roles; otherwise IT creates it first (docs/sync-format.md, "Server").
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nap_sync_client') THEN
        BEGIN
            CREATE ROLE nap_sync_client NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'role nap_sync_client is missing and may not be created here';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nap_sync_client') THEN
        GRANT USAGE ON SCHEMA nap_sync TO nap_sync_client;
        REVOKE ALL ON ALL TABLES IN SCHEMA nap_sync FROM nap_sync_client;
        GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA nap_sync TO nap_sync_client;
    END IF;
END $$;
