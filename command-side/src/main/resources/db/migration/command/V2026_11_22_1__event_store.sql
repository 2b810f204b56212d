-- The event log: the source of truth. Axon's JDBC storage engine writes it (column names set in
-- the application's EventSchema); payload and metadata are JSON text so that auditors can read
-- them with any SQL client.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            TEXT,
    payload              TEXT         NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            TEXT,
    payload              TEXT         NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier UNIQUE (event_identifier)
);

-- Positions of the streaming processors. Each processor stores its token in the same transaction
-- as the rows it writes.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);

/* [jooq ignore start] */
-- The log is append-only, and the database itself says so: no UPDATE, DELETE or TRUNCATE.
CREATE FUNCTION refuse_event_log_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER domain_event_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_log_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_log_change();
/* [jooq ignore stop] */

-- Integer ids per resource type, as Craton has them.
CREATE SEQUENCE user_id_seq;
CREATE SEQUENCE cloud_id_seq;

-- Set-based rules: a claim row per unique name, written in the command's transaction, so that two
-- concurrent commands cannot both take one name. "rule" names what must be unique, "scope" where
-- (a project id, a region id...), "owner" who holds it (an aggregate identifier).
CREATE TABLE name_claim (
    rule  VARCHAR(64)  NOT NULL,
    scope VARCHAR(64)  NOT NULL,
    name  VARCHAR(255) NOT NULL,
    owner VARCHAR(255) NOT NULL,
    CONSTRAINT name_claim_pk PRIMARY KEY (rule, scope, name)
);
