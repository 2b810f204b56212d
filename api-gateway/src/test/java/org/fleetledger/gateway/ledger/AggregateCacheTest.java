package org.fleetledger.gateway.ledger;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.AnotherNode;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates kept in memory between commands are checked against the log before they are used: an
 * aggregate changed behind this node's back (as another node sharing the database would) is read again.
 */
class AggregateCacheTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void readsAgainAnAggregateChangedSinceItWasCached() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        Place place = newCloudAndRegion(api);
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", " + place.fields()
                + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\"}"));
        long added = api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"rack-7\"]}").position();
        api.delete("/v1/hosts/" + host + "/labels", "{\"labels\": [\"rack-7\"]}");
        // this node now holds the host without the label; another node adds it again
        long copied = new AnotherNode(dataSource).appendsCopyOf(added);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String aggregate = jdbc.queryForObject(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?", String.class, added);

        ApiResponse removed = api.delete("/v1/hosts/" + host + "/labels", "{\"labels\": [\"rack-7\"]}");

        assertThat(removed.status()).isLessThan(300);
        assertThat(jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                aggregate)).as("the removal is stored, after the other node's change").isEqualTo(copied + 1);
        assertThat(api.get("/v1/hosts/" + host + "/labels").json().toString()).isEqualTo("{\"labels\":[]}");
    }

    @Test
    void checksEveryAggregateOfAWriteGroup() throws Exception {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        Place place = newCloudAndRegion(api);
        AnotherNode anotherNode = new AnotherNode(dataSource);
        List<Long> hosts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long host = id(api.post("/v1/hosts", "{\"name\": \"h" + i + "\", " + place.fields()
                    + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"x\"}"));
            long added = api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"rack-7\"]}").position();
            api.delete("/v1/hosts/" + host + "/labels", "{\"labels\": [\"rack-7\"]}");
            if (i % 2 == 0) { // another node adds the label again to every other host
                anotherNode.appendsCopyOf(added);
            }
            hosts.add(host);
        }

        // removals sent at once, so that write groups of several form: a removal the node's stale host
        // would not store must be stored
        try (ExecutorService clients = Executors.newFixedThreadPool(hosts.size())) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (long host : hosts) {
                calls.add(clients.submit(() -> api.delete("/v1/hosts/" + host + "/labels",
                        "{\"labels\": [\"rack-7\"]}").status()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isLessThan(300);
            }
        }

        for (long host : hosts) {
            assertThat(api.get("/v1/hosts/" + host + "/labels").json().toString()).as("host " + host)
                    .isEqualTo("{\"labels\":[]}");
        }
    }
}
