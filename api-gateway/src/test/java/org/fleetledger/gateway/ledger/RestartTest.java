package org.fleetledger.gateway.ledger;

import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.InProcessService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps everything across a restart of the service, and the bootstrap is a no-op then. */
class RestartTest {

    private static final UUID PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000099");
    private static final String KEY = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossARestart() {
        long id;
        long headBefore;
        try (InProcessService first = start()) {
            ApiClient api = first.root();
            ApiResponse created = api.post("/v1/clouds", "{\"name\": \"survivor\", \"variables\": {\"k\": [1, 2]}}");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").longValue();
            headBefore = created.position();
        }
        try (InProcessService second = start()) {
            ApiClient api = second.root();
            ApiResponse read = api.get("/v1/clouds/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("name").stringValue()).isEqualTo("survivor");
            assertThat(read.json().get("variables").toString()).isEqualTo("{\"k\":[1,2]}");
            ApiResponse next = api.post("/v1/clouds", "{\"name\": \"after-restart\"}");
            assertThat(next.position()).as("the restart itself appended nothing").isEqualTo(headBefore + 1);
            assertThat(next.json().get("id").longValue()).isGreaterThan(id);
        }
    }

    private InProcessService start() {
        return InProcessService.start(PROJECT, KEY, "--fleet.data-dir=" + dataDir, "--fleet.db.url=",
                "--fleet.kafka.port=0");
    }
}
