package org.fleetledger.gateway.ledger;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** ETags from resource versions, If-Match on writes, and concurrent writers that never lose an update. */
class OptimisticConcurrencyTest extends ApiTest {

    private ApiClient api;
    private long cloud;

    @BeforeEach
    void cloud() {
        UUID project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"" + unique("c") + "\"}"));
    }

    private ApiClient ifMatch(String etag) {
        return api.with("If-Match", etag);
    }

    @Test
    void answersTheVersionAndRefusesWritesOnAStaleOne() {
        ApiResponse read = api.get("/v1/clouds/" + cloud);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(ifMatch("\"0\"").put("/v1/clouds/" + cloud, "{\"name\": \"first\"}").status()).isEqualTo(200);
        assertThat(api.get("/v1/clouds/" + cloud).header("ETag")).isEqualTo("\"1\"");

        ApiResponse stale = ifMatch("\"0\"").put("/v1/clouds/" + cloud, "{\"name\": \"second\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("status").intValue()).isEqualTo(412);
        assertThat(stale.json().get("message").stringValue()).contains("version 1, not 0");
        assertThat(api.get("/v1/clouds/" + cloud).json().get("name").stringValue()).isEqualTo("first");

        assertThat(api.get("/v1/clouds/" + cloud + "/variables").header("ETag"))
                .as("variables share their resource's version").isEqualTo("\"1\"");
        assertThat(ifMatch("\"1\"").put("/v1/clouds/" + cloud + "/variables", "{\"a\": 1}").status()).isEqualTo(200);
        assertThat(ifMatch("\"1\"").delete("/v1/clouds/" + cloud + "/variables", "[\"a\"]").status())
                .isEqualTo(412);
        assertThat(ifMatch("\"1\"").delete("/v1/clouds/" + cloud).status()).isEqualTo(412);
        assertThat(ifMatch("*").put("/v1/clouds/" + cloud + "/variables", "{\"b\": 2}").status()).isEqualTo(200);
        assertThat(ifMatch("\"3\"").delete("/v1/clouds/" + cloud).status()).isEqualTo(204);
    }

    @Test
    void treatsAnUnknownTagAsNoMatchAndShowsNoVersionToOthers() {
        assertThat(ifMatch("banana").put("/v1/clouds/" + cloud, "{\"name\": \"x\"}").status()).isEqualTo(412);
        assertThat(ifMatch("\"-1\"").put("/v1/clouds/" + cloud, "{\"name\": \"x\"}").status()).isEqualTo(412);
        ApiResponse stranger = newProjectWithUser(Role.ADMIN).get("/v1/clouds/" + cloud);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.header("ETag")).isNull();
        assertThat(api.get("/v1/clouds").header("ETag")).as("lists have none").isNull();
    }

    @Test
    void coversLabelsAndDevices() {
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\"}"));
        String etag = api.get("/v1/hosts/" + host).header("ETag");
        assertThat(ifMatch(etag).put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\"]}").status())
                .isEqualTo(200);
        assertThat(ifMatch(etag).put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"ssd\"]}").status())
                .isEqualTo(412);
        assertThat(api.get("/v1/hosts/" + host + "/labels").header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void neverLosesAConcurrentWriteAndLetsOneOfManyConditionalWritesWin() throws Exception {
        List<Future<Integer>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                String key = "k" + i;
                writes.add(pool.submit(() -> api.put("/v1/clouds/" + cloud + "/variables",
                        "{\"" + key + "\": 1}").status()));
            }
        }
        for (Future<Integer> write : writes) {
            assertThat(write.get()).isEqualTo(200);
        }
        assertThat(api.get("/v1/clouds/" + cloud + "/variables").json().get("variables").size()).isEqualTo(40);

        String etag = api.get("/v1/clouds/" + cloud).header("ETag");
        List<Future<Integer>> racing = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String name = unique("racer");
                racing.add(pool.submit(() -> ifMatch(etag).put("/v1/clouds/" + cloud, "{\"name\": \"" + name + "\"}")
                        .status()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> write : racing) {
            statuses.add(write.get());
        }
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
    }
}
