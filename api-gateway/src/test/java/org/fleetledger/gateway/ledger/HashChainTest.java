package org.fleetledger.gateway.ledger;

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
import java.util.HexFormat;
import java.util.List;
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

    private JsonNode verify() {
        return root().get("/v1/ledger/verify").json();
    }

    /** As the database superuser: with triggers off for the session, the append-only guard too. */
    private void bypassingTriggers(String sql, Object... arguments) {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc().execute("SET LOCAL session_replication_role = replica");
            jdbc().update(sql, arguments);
        });
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
