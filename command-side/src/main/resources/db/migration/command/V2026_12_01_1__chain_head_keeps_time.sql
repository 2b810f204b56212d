-- The chain's head also keeps when the last event was stored (ADR 0039), so that chaining an event
-- reads and writes the head alone, in one statement: the position after the head's, the hash over the
-- head's hash, and a time never earlier than the head's.
ALTER TABLE ledger_head ADD COLUMN recorded_at TIMESTAMPTZ;

/* [jooq ignore start] */
UPDATE ledger_head
SET recorded_at = coalesce((SELECT recorded_at FROM domain_event_entry WHERE global_index = ledger_head.position),
                           '-infinity');
ALTER TABLE ledger_head ALTER COLUMN recorded_at SET NOT NULL;

-- The head's row is locked by the update until the appending transaction ends, as before (ADR 0016).
-- A transaction that waited for it computes from the head as the one before it left it: the position
-- is the head's plus one, so positions follow commit order without gaps, and a rolled-back append
-- gives its positions back with the head.
CREATE OR REPLACE FUNCTION chain_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE ledger_head
    SET position    = position + 1,
        hash        = event_hash(hash, position + 1, NEW.event_identifier, NEW.aggregate_identifier,
                                 NEW.sequence_number, NEW.type, NEW.payload_type, NEW.payload_revision,
                                 NEW.payload, NEW.meta_data, NEW.time_stamp),
        recorded_at = greatest(clock_timestamp(), recorded_at)
    RETURNING position, hash, recorded_at INTO STRICT NEW.global_index, NEW.hash, NEW.recorded_at;
    -- the payload is only read here, so it is scanned as text rather than converted to jsonb
    NEW.project_id := (NEW.payload::json ->> 'projectId')::uuid;
    RETURN NEW;
END
$$;
/* [jooq ignore stop] */
