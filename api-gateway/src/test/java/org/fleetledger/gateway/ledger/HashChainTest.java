package org.fleetledger.gateway.ledger;

import org.fleetledger.command.ledger.LedgerIntegrity;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain over the event log: computed as events are stored, verified by recomputation, and
 * broken at exactly the position of an event altered behind the database's back.
 */
class HashChainTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    LedgerIntegrity integrity;

    @Test
    void verifiesTheWholeLogAndFollowsItsHead() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        api.post("/v1/clouds", "{\"name\": \"" + unique("chained") + "\"}");

        JsonNode verified = verify();
        assertThat(verified.get("intact").booleanValue()).isTrue();
        assertThat(verified.get("first_broken_position").isNull()).isTrue();
        assertThat(verified.get("events").longValue())
                .isEqualTo(jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        long head = jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(verified.get("head_position").longValue()).isEqualTo(head);
        assertThat(verified.get("head_hash").stringValue()).hasSize(64).isEqualTo(HexFormat.of().formatHex(
                jdbc().queryForObject("SELECT hash FROM domain_event_entry WHERE global_index = ?", byte[].class, head)));

        long position = api.post("/v1/clouds", "{\"name\": \"" + unique("chained") + "\"}").position();
        JsonNode after = verify();
        assertThat(after.get("head_position").longValue()).isEqualTo(position);
        assertThat(after.get("head_hash").stringValue()).isNotEqualTo(verified.get("head_hash").stringValue());
        assertThat(after.get("intact").booleanValue()).isTrue();
    }

    @Test
    void keepsTheChainWholeUnderConcurrentWriters() throws Exception {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long before = verify().get("head_position").longValue();
        List<Future<Long>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 80; i++) {
                writes.add(pool.submit(() ->
                        api.post("/v1/clouds", "{\"name\": \"" + unique("concurrent") + "\"}").position()));
            }
        }
        List<Long> positions = new ArrayList<>();
        for (Future<Long> write : writes) {
            positions.add(write.get());
        }
        assertThat(positions).doesNotHaveDuplicates().allMatch(position -> position > before);
        JsonNode verified = verify();
        assertThat(verified.get("intact").booleanValue()).isTrue();
        assertThat(verified.get("head_position").longValue()).isGreaterThanOrEqualTo(
                positions.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void givesARolledBackAppendsPositionToTheNextEvent() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long head = headAfterAWrite(api);

        Long appended = transaction().execute(status -> {
            long position = appendStrayEvent();
            status.setRollbackOnly();
            return position;
        });
        assertThat(appended).isEqualTo(head + 1);

        long next = api.post("/v1/clouds", "{\"name\": \"" + unique("after") + "\"}").position();
        assertThat(next).as("the position given back is taken again").isEqualTo(head + 1);
        assertThat(verify().get("intact").booleanValue()).isTrue();
    }

    @Test
    void neverRecordsAnEventEarlierThanTheOneBeforeIt() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        api.post("/v1/clouds", "{\"name\": \"" + unique("timed") + "\"}");
        Boolean followsTheHead = transaction().execute(status -> {
            // as if the clock had stepped back by an hour since the last event
            jdbc().update("UPDATE ledger_head SET recorded_at = clock_timestamp() + interval '1 hour'");
            OffsetDateTime headTime = jdbc().queryForObject("SELECT recorded_at FROM ledger_head", OffsetDateTime.class);
            long position = appendStrayEvent();
            OffsetDateTime recorded = jdbc().queryForObject(
                    "SELECT recorded_at FROM domain_event_entry WHERE global_index = ?", OffsetDateTime.class, position);
            status.setRollbackOnly();
            return recorded.isEqual(headTime);
        });
        assertThat(followsTheHead).isTrue();
        assertThat(jdbc().queryForObject("""
                SELECT count(*) FROM (SELECT recorded_at < lag(recorded_at) OVER (ORDER BY global_index) AS back
                                      FROM domain_event_entry) ordered
                WHERE back""", Long.class)).as("times in position order never go back").isZero();
        assertThat(jdbc().queryForObject("""
                SELECT h.recorded_at = e.recorded_at FROM ledger_head h
                JOIN domain_event_entry e ON e.global_index = h.position""", Boolean.class)).isTrue();
    }

    @Test
    void writesTheHeadOnceForATransactionsAppendsAndChainsThemThroughIt() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long head = headAfterAWrite(api);

        transaction().executeWithoutResult(status -> {
            long updatesBefore = headRowUpdates();
            List<Long> appended = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                appended.add(appendStrayEvent());
            }
            assertThat(appended).containsExactly(head + 1, head + 2, head + 3, head + 4, head + 5);
            assertThat(jdbc().queryForObject("SELECT chain_position()", Long.class))
                    .as("the transaction sees its own last event as the head").isEqualTo(head + 5);
            assertThat(headRowUpdates() - updatesBefore).as("no update of the head's row per event").isZero();

            // what the commit does: the deferred trigger of the last event writes the head, once
            jdbc().execute("SET CONSTRAINTS ALL IMMEDIATE");
            assertThat(headRowUpdates() - updatesBefore).isEqualTo(1);
            assertThat(headAgreesWithEvent(head + 5)).isTrue();

            // appends after that go on from the head the transaction wrote
            jdbc().execute("SET CONSTRAINTS ALL DEFERRED");
            appended.add(appendStrayEvent());
            appended.add(appendStrayEvent());
            assertThat(appended).endsWith(head + 6, head + 7);
            jdbc().execute("SET CONSTRAINTS ALL IMMEDIATE");
            assertThat(headRowUpdates() - updatesBefore).isEqualTo(2);
            assertThat(headAgreesWithEvent(head + 7)).isTrue();
            assertThat(chainIntactUpTo(head + 7)).as("each hash follows the one before it").isTrue();
            status.setRollbackOnly();
        });

        assertThat(jdbc().queryForObject("SELECT position FROM ledger_head", Long.class)).isEqualTo(head);
        long next = api.post("/v1/clouds", "{\"name\": \"" + unique("after") + "\"}").position();
        assertThat(next).isEqualTo(head + 1);
        assertThat(verify().get("intact").booleanValue()).isTrue();
    }

    @Test
    void continuesTheChainFromTheLastEventASavepointKept() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long head = headAfterAWrite(api);

        transaction().executeWithoutResult(status -> {
            appendStrayEvent();
            appendStrayEvent();
            Object savepoint = status.createSavepoint();
            appendStrayEvent();
            appendStrayEvent();
            status.rollbackToSavepoint(savepoint);
            assertThat(jdbc().queryForObject("SELECT chain_position()", Long.class)).isEqualTo(head + 2);
            assertThat(appendStrayEvent()).as("the rolled-back positions are taken again").isEqualTo(head + 3);
            jdbc().execute("SET CONSTRAINTS ALL IMMEDIATE");
            assertThat(headAgreesWithEvent(head + 3)).isTrue();
            assertThat(chainIntactUpTo(head + 3)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(verify().get("intact").booleanValue()).isTrue();
    }

    @Test
    void findsAnEventAlteredByTheSuperuserAtExactlyItsPosition() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        String name = unique("tampered");
        long position = api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").position();
        api.post("/v1/clouds", "{\"name\": \"" + unique("later") + "\"}");
        String original = jdbc().queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                String.class, position);

        bypassingTriggers("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                original.replace(name, "someone-else"), position);
        try {
            JsonNode verified = verify();
            assertThat(verified.get("intact").booleanValue()).isFalse();
            assertThat(verified.get("first_broken_position").longValue()).isEqualTo(position);
        } finally {
            bypassingTriggers("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, position);
        }
        assertThat(verify().get("intact").booleanValue()).as("restored").isTrue();
    }

    @Test
    void findsARewrittenHashAtThePositionAfterIt() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        long position = api.post("/v1/clouds", "{\"name\": \"" + unique("rehashed") + "\"}").position();
        long next = api.post("/v1/clouds", "{\"name\": \"" + unique("next") + "\"}").position();
        byte[] originalHash = jdbc().queryForObject("SELECT hash FROM domain_event_entry WHERE global_index = ?",
                byte[].class, position);
        String originalPayload = jdbc().queryForObject(
                "SELECT payload FROM domain_event_entry WHERE global_index = ?", String.class, position);
        // a consistent forgery of one event: altered payload, and its own hash recomputed to match
        bypassingTriggers("""
                UPDATE domain_event_entry e SET payload = '{"forged":true}',
                       hash = event_hash((SELECT hash FROM domain_event_entry p WHERE p.global_index < e.global_index
                                          ORDER BY p.global_index DESC LIMIT 1),
                                         e.global_index, e.event_identifier, e.aggregate_identifier,
                                         e.sequence_number, e.type, e.payload_type, e.payload_revision,
                                         '{"forged":true}', e.meta_data, e.time_stamp)
                WHERE global_index = ?""", position);
        String forgedPayload = jdbc().queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                String.class, position);
        try {
            assertThat(forgedPayload).isEqualTo("{\"forged\":true}");
            assertThat(verify().get("first_broken_position").longValue())
                    .as("the next event's hash no longer follows").isEqualTo(next);
        } finally {
            bypassingTriggers("UPDATE domain_event_entry SET payload = ?, hash = ? WHERE global_index = ?",
                    originalPayload, originalHash, position);
        }
        assertThat(verify().get("intact").booleanValue()).as("restored").isTrue();
    }

    /** The chain's head once the project has written one more cloud. */
    private long headAfterAWrite(ApiClient api) {
        api.post("/v1/clouds", "{\"name\": \"" + unique("before") + "\"}");
        return verify().get("head_position").longValue();
    }

    /** A transaction on the service's database, whose statements {@link #jdbc()} runs in. */
    private TransactionTemplate transaction() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Appends an event of no aggregate the service knows, in the caller's transaction; its position. */
    private long appendStrayEvent() {
        String id = UUID.randomUUID().toString();
        jdbc().update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload, meta_data)
                VALUES (?, ?, 0, 'Stray', '2026-01-01T00:00:00Z', 'stray', '{}', '{}')""", id, id);
        return jdbc().queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, id);
    }

    /**
     * Updates of the head's row counted by the connection's backend: the current transaction's, and
     * those of its earlier transactions that it has not yet reported.
     */
    private long headRowUpdates() {
        return jdbc().queryForObject("SELECT pg_stat_get_xact_tuples_updated('ledger_head'::regclass)", Long.class);
    }

    /** Whether the head's row, as the current transaction sees it, holds the event at a position. */
    private boolean headAgreesWithEvent(long position) {
        return jdbc().queryForObject("""
                SELECT h.position = e.global_index AND h.hash = e.hash AND h.recorded_at = e.recorded_at
                FROM ledger_head h, domain_event_entry e WHERE e.global_index = ?""", Boolean.class, position);
    }

    /**
     * Whether the service's verification (ADR 0016), run in the current transaction, finds the chain
     * whole, with its head at {@code position}: the transaction's own appends included.
     */
    private boolean chainIntactUpTo(long position) {
        LedgerIntegrity.Verification verification = integrity.verify();
        if (verification.headPosition() != position) {
            throw new IllegalStateException("the verification did not see the transaction's appends: " + verification);
        }
        return verification.intact();
    }

    private JsonNode verify() {
        return root().get("/v1/ledger/verify").json();
    }

    /** As the database superuser: with triggers off for the session, the append-only guard too. */
    private void bypassingTriggers(String sql, Object... arguments) {
        transaction().executeWithoutResult(status -> {
            jdbc().execute("SET LOCAL session_replication_role = replica");
            jdbc().update(sql, arguments);
        });
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
