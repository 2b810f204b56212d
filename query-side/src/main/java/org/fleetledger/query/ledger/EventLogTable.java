package org.fleetledger.query.ledger;

import org.jooq.Field;
import org.jooq.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The event log's table as the ledger's reads see it. The table belongs to the command side (which
 * writes it through Axon); these are its columns by name, never built from input.
 */
final class EventLogTable {

    static final Table<?> EVENTS = table(name("domain_event_entry"));
    static final Field<Long> POSITION = field(name("global_index"), Long.class);
    static final Field<String> EVENT_ID = field(name("event_identifier"), String.class);
    static final Field<String> AGGREGATE_TYPE = field(name("type"), String.class);
    static final Field<String> AGGREGATE_ID = field(name("aggregate_identifier"), String.class);
    static final Field<Long> SEQUENCE = field(name("sequence_number"), Long.class);
    static final Field<String> TIME = field(name("time_stamp"), String.class);
    static final Field<String> PAYLOAD_TYPE = field(name("payload_type"), String.class);
    static final Field<String> PAYLOAD_REVISION = field(name("payload_revision"), String.class);
    static final Field<String> PAYLOAD = field(name("payload"), String.class);
    static final Field<String> METADATA = field(name("meta_data"), String.class);
    static final Field<byte[]> HASH = field(name("hash"), byte[].class);
    static final Field<UUID> PROJECT_ID = field(name("project_id"), UUID.class);
    static final Field<OffsetDateTime> RECORDED_AT = field(name("recorded_at"), OffsetDateTime.class);

    private EventLogTable() {
    }
}
