package org.fleetledger.gateway.support;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * Appends to the log as another node sharing the database would (ADR 0023), behind this node's caches:
 * a copy of a stored event, as the next event of its aggregate.
 */
public final class AnotherNode {

    private final JdbcTemplate jdbc;

    public AnotherNode(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Appends a copy of the event at {@code position}; answers the copy's sequence number. */
    public long appendsCopyOf(long position) {
        return appendsCopyOf(position, "", "");
    }

    /** As {@link #appendsCopyOf(long)}, with {@code found} replaced by {@code replacement} in its payload's text. */
    public long appendsCopyOf(long position, String found, String replacement) {
        return jdbc.queryForObject("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, e.aggregate_identifier,
                       (SELECT max(sequence_number) FROM domain_event_entry
                        WHERE aggregate_identifier = e.aggregate_identifier) + 1,
                       e.type, e.time_stamp, e.payload_type, e.payload_revision, replace(e.payload, ?, ?), e.meta_data
                FROM domain_event_entry e WHERE e.global_index = ?
                RETURNING sequence_number""", Long.class, UUID.randomUUID().toString(), found, replacement, position);
    }
}
