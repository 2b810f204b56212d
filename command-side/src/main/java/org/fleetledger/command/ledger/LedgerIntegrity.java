package org.fleetledger.command.ledger;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.HexFormat;

/**
 * Checks the event log's hash chain (ADR 0016): recomputes every event's hash from its stored content,
 * its metadata and the stored hash of the event before it, in log order, and compares it with the
 * hash stored when the event was appended. One statement, so one consistent snapshot of the log.
 */
@Component
public class LedgerIntegrity {

    private static final String VERIFY = """
            WITH chained AS (
                SELECT global_index, hash,
                       event_hash(lag(hash, 1, '\\x'::bytea) OVER (ORDER BY global_index), global_index,
                                  event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                                  payload_revision, payload, meta_data, time_stamp) AS expected
                FROM domain_event_entry
            ), last AS (
                SELECT global_index, hash FROM domain_event_entry ORDER BY global_index DESC LIMIT 1
            )
            SELECT (SELECT count(*) FROM chained),
                   (SELECT min(global_index) FROM chained WHERE hash IS DISTINCT FROM expected),
                   (SELECT global_index FROM last),
                   (SELECT hash FROM last),
                   (SELECT position FROM ledger_head),
                   (SELECT hash FROM ledger_head)
            """;

    private final DSLContext db;

    LedgerIntegrity(DSLContext db) {
        this.db = db;
    }

    public Verification verify() {
        Record found = db.resultQuery(VERIFY).fetchSingle();
        long events = found.get(0, Long.class);
        Long broken = found.get(1, Long.class);
        Long last = found.get(2, Long.class);
        long lastPosition = last == null ? 0 : last;
        byte[] lastHashBytes = found.get(3, byte[].class);
        String lastHash = lastHashBytes == null ? "" : HexFormat.of().formatHex(lastHashBytes);
        long headPosition = found.get(4, Long.class);
        boolean headMatches = headPosition == lastPosition
                && HexFormat.of().formatHex(found.get(5, byte[].class)).equals(lastHash);
        if (broken == null && !headMatches) {
            // the newest events were removed, or the head was altered: the chain ends early
            broken = Math.max(lastPosition, headPosition);
        }
        return new Verification(events, lastPosition, lastHash, broken);
    }

    /**
     * What a verification found: how many events, the newest one's position and hash, and the first
     * position whose stored hash does not match its recomputation (null when the chain is intact).
     */
    public record Verification(long events, long headPosition, String headHash, Long firstBrokenPosition) {

        public boolean intact() {
            return firstBrokenPosition == null;
        }
    }
}
