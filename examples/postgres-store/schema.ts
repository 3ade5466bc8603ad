// The tables a host creates once (run by `migrate`, or copied into the host's own migration tool). Plain
// Postgres 14+: the same text runs on a server through `pg` and on PGlite in the tests.
export const SCHEMA_SQL = `
-- One table for every kind of record: the library's record is the body, kept as it was saved.
CREATE TABLE IF NOT EXISTS governance_records (
  kind       text        NOT NULL,
  id         text        NOT NULL,
  revision   integer     NOT NULL CHECK (revision > 0),
  body       jsonb       NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (kind, id),
  -- The column the compare-and-set reads is the body's own revision, never a second truth.
  CONSTRAINT governance_records_revision_is_body CHECK ((body->>'revision')::integer = revision)
);

-- One row per accepted command, written in the transaction that saved the record; never changed.
CREATE TABLE IF NOT EXISTS governance_audit (
  id         text        PRIMARY KEY,          -- '<kind>/<recordId>/<revision>'
  kind       text        NOT NULL,
  record_id  text        NOT NULL,
  revision   integer     NOT NULL,
  command_id text        NOT NULL,
  entry      jsonb       NOT NULL,
  at         timestamptz NOT NULL,
  UNIQUE (kind, record_id, revision)
);

CREATE OR REPLACE FUNCTION governance_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'governance_audit is append-only: % refused', TG_OP;
END
$$;
CREATE OR REPLACE TRIGGER governance_audit_append_only
  BEFORE UPDATE OR DELETE ON governance_audit
  FOR EACH ROW EXECUTE FUNCTION governance_audit_append_only();
CREATE OR REPLACE TRIGGER governance_audit_no_truncate
  BEFORE TRUNCATE ON governance_audit
  FOR EACH STATEMENT EXECUTE FUNCTION governance_audit_append_only();

-- Effects to perform, written with the record; a relay delivers them and marks them sent.
CREATE TABLE IF NOT EXISTS governance_outbox (
  effect_id     text        PRIMARY KEY,       -- '<kind>/<recordId>/<revision>#<index>': stable across retries
  seq           bigserial   NOT NULL UNIQUE,   -- delivery order: a record's effects in the order they arose
  kind          text        NOT NULL,
  record_id     text        NOT NULL,
  revision      integer     NOT NULL,
  effect        jsonb       NOT NULL,
  created_at    timestamptz NOT NULL,
  attempts      integer     NOT NULL DEFAULT 0,
  claimed_until timestamptz,
  last_error    text,
  sent_at       timestamptz
);
CREATE INDEX IF NOT EXISTS governance_outbox_pending ON governance_outbox (seq) WHERE sent_at IS NULL;

-- The receiving side: effect ids already performed, so a redelivered effect is performed once.
CREATE TABLE IF NOT EXISTS governance_inbox (
  effect_id   text        PRIMARY KEY,
  received_at timestamptz NOT NULL
);
`;
