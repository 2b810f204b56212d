-- The chain's head is locked by a transaction's first append and written once, as it commits
-- (ADR 0059). Until now every appended event updated the head's row: a new version of that row, with
-- its own WAL record, for each event, while one write group appends dozens of events. The head's
-- values between a transaction's events are kept in settings local to that transaction instead.

/* [jooq ignore start] */

-- The chain as the current transaction has left it: fleet_ledger.chain_xact names the transaction that
-- set the other three, so that values set by anything else (a session's SET) are never taken for it.
-- Settings set with set_config(..., true) end with the transaction, and go back with a savepoint that
-- rolls back, together with the events appended after it.
CREATE OR REPLACE FUNCTION chain_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    previous_position BIGINT;
    previous_hash     BYTEA;
    previous_time     TIMESTAMPTZ;
BEGIN
    IF current_setting('fleet_ledger.chain_xact', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        -- the transaction's first append: it holds the head's row from here until it ends (ADR 0016)
        SELECT position, hash, recorded_at
        INTO STRICT previous_position, previous_hash, previous_time
        FROM ledger_head FOR UPDATE;
        PERFORM set_config('fleet_ledger.chain_xact', pg_current_xact_id()::text, true);
    ELSE
        previous_position := current_setting('fleet_ledger.chain_position')::bigint;
        previous_hash := decode(current_setting('fleet_ledger.chain_hash'), 'hex');
        previous_time := timestamptz 'epoch' + current_setting('fleet_ledger.chain_recorded_at')::bigint
                                                   * interval '1 microsecond';
    END IF;
    NEW.global_index := previous_position + 1;
    NEW.hash := event_hash(previous_hash, NEW.global_index, NEW.event_identifier, NEW.aggregate_identifier,
                           NEW.sequence_number, NEW.type, NEW.payload_type, NEW.payload_revision,
                           NEW.payload, NEW.meta_data, NEW.time_stamp);
    NEW.recorded_at := greatest(clock_timestamp(), previous_time);
    -- the payload is only read here, so it is scanned as text rather than converted to jsonb
    NEW.project_id := (NEW.payload::json ->> 'projectId')::uuid;
    PERFORM set_config('fleet_ledger.chain_position', NEW.global_index::text, true),
            set_config('fleet_ledger.chain_hash', encode(NEW.hash, 'hex'), true),
            set_config('fleet_ledger.chain_recorded_at',
                       (extract(epoch FROM NEW.recorded_at) * 1000000)::bigint::text, true);
    RETURN NEW;
END
$$;

-- Writes the head once per transaction, as it commits: of the events it appended, only the last one
-- does. Should its constraints be set immediate before it ends, the last event so far writes the head
-- then, and the transaction's later appends go on from the settings as before.
CREATE FUNCTION store_chain_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.global_index = current_setting('fleet_ledger.chain_position')::bigint THEN
        UPDATE ledger_head SET position = NEW.global_index, hash = NEW.hash, recorded_at = NEW.recorded_at;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER domain_event_entry_chain_head
    AFTER INSERT ON domain_event_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION store_chain_head();

-- The position of the chain's head as the current transaction sees it: its own last event once it has
-- appended, the head's row otherwise. In PL/pgSQL, whose plans a session keeps: a SQL function's body
-- would be planned again at every call.
CREATE FUNCTION chain_position() RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    IF current_setting('fleet_ledger.chain_xact', true) = pg_current_xact_id_if_assigned()::text THEN
        RETURN current_setting('fleet_ledger.chain_position')::bigint;
    END IF;
    RETURN (SELECT position FROM ledger_head);
END
$$;

/* [jooq ignore stop] */
