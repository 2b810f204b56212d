-- The hash chain over the event log (ADR 0016). Each event's hash covers its content, its metadata
-- and the hash of the event before it. It is computed by the database as the event is stored, while
-- the appending transaction holds the chain's head: appends are serialised until commit, so that the
-- order of positions is the order of the chain and no committed event ever appears behind a later one.
ALTER TABLE domain_event_entry ADD COLUMN hash BYTEA;

-- The project each event belongs to (every event names it), so that a project's change feed is read
-- through an index. Taken from the payload as the event is stored; the hash covers the payload.
ALTER TABLE domain_event_entry ADD COLUMN project_id UUID;

-- The chain's head: the position and hash of the last stored event (one row).
CREATE TABLE ledger_head (
    singleton BOOLEAN NOT NULL DEFAULT TRUE,
    position  BIGINT  NOT NULL,
    hash      BYTEA   NOT NULL,
    CONSTRAINT ledger_head_pk PRIMARY KEY (singleton),
    CONSTRAINT ledger_head_single_row CHECK (singleton)
);

/* [jooq ignore start] */
-- The hash of one event given the hash before it (empty for the first event). The fields are written
-- as one JSON array, so that no two different events have the same input.
CREATE FUNCTION event_hash(previous BYTEA, global_index BIGINT, event_identifier TEXT,
                           aggregate_identifier TEXT, sequence_number BIGINT, type TEXT, payload_type TEXT,
                           payload_revision TEXT, payload TEXT, meta_data TEXT, time_stamp TEXT)
    RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT sha256(convert_to(json_build_array(encode(previous, 'hex'), global_index, event_identifier,
                                          aggregate_identifier, sequence_number, type, payload_type,
                                          payload_revision, payload, meta_data, time_stamp)::text, 'UTF8'))
$$;

-- Hashes existing events in log order, before the trigger takes over.
ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_no_update_or_delete;
DO
$$
DECLARE
    previous BYTEA := '\x';
    last     BIGINT := 0;
    event    RECORD;
BEGIN
    FOR event IN SELECT * FROM domain_event_entry ORDER BY global_index
        LOOP
            previous := event_hash(previous, event.global_index, event.event_identifier,
                                   event.aggregate_identifier, event.sequence_number, event.type,
                                   event.payload_type, event.payload_revision, event.payload, event.meta_data,
                                   event.time_stamp);
            last := event.global_index;
            UPDATE domain_event_entry
            SET hash       = previous,
                project_id = (event.payload::jsonb ->> 'projectId')::uuid
            WHERE global_index = event.global_index;
        END LOOP;
    INSERT INTO ledger_head (position, hash) VALUES (last, previous);
END
$$;
ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_no_update_or_delete;

ALTER TABLE domain_event_entry ALTER COLUMN hash SET NOT NULL;

-- Positions are given out under the head's lock, not by the column's default: an append that took a
-- position before another but committed after it would otherwise break the order of the chain.
ALTER TABLE domain_event_entry ALTER COLUMN global_index DROP DEFAULT;

CREATE FUNCTION chain_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    SELECT hash INTO STRICT previous FROM ledger_head FOR UPDATE;
    NEW.global_index := nextval('domain_event_entry_global_index_seq');
    NEW.hash := event_hash(previous, NEW.global_index, NEW.event_identifier, NEW.aggregate_identifier,
                           NEW.sequence_number, NEW.type, NEW.payload_type, NEW.payload_revision, NEW.payload,
                           NEW.meta_data, NEW.time_stamp);
    NEW.project_id := (NEW.payload::jsonb ->> 'projectId')::uuid;
    UPDATE ledger_head SET position = NEW.global_index, hash = NEW.hash;
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION chain_event();
/* [jooq ignore stop] */

CREATE INDEX domain_event_entry_project_position ON domain_event_entry (project_id, global_index);
