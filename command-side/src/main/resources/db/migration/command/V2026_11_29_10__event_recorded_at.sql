-- When each event was stored, in the database's clock, set under the chain's head lock (ADR 0016):
-- in position order it never goes back, so a time maps to a position through an index (as_of, since,
-- until). The event's own time_stamp stays what the application gave it.
ALTER TABLE domain_event_entry ADD COLUMN recorded_at TIMESTAMPTZ;

/* [jooq ignore start] */
ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_no_update_or_delete;
UPDATE domain_event_entry SET recorded_at = time_stamp::timestamptz;
ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_no_update_or_delete;
ALTER TABLE domain_event_entry ALTER COLUMN recorded_at SET NOT NULL;

CREATE OR REPLACE FUNCTION chain_event() RETURNS trigger
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
    -- never earlier than the event before it, whatever the clock does
    NEW.recorded_at := greatest(clock_timestamp(),
                                (SELECT recorded_at FROM domain_event_entry
                                 WHERE global_index = (SELECT position FROM ledger_head)));
    UPDATE ledger_head SET position = NEW.global_index, hash = NEW.hash;
    RETURN NEW;
END
$$;
/* [jooq ignore stop] */

CREATE INDEX domain_event_entry_recorded_at ON domain_event_entry (recorded_at);
