package org.fleetledger.gateway;

import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityTest extends ApiTest {

    @Test
    void publishesTheOpenApiDocument() {
        ApiResponse docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/v1/clouds")).isTrue();
        assertThat(docs.json().get("paths").has("/v1/clouds/{id}/variables")).isTrue();
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void reportsDatabaseAndEveryEventProcessorWithItsLag() {
        root().post("/v1/clouds", "{\"name\": \"" + unique("health") + "\"}");
        JsonNode health = anonymous().get("/actuator/health").json();
        assertThat(health.get("status").stringValue()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").stringValue()).isEqualTo("UP");
        JsonNode readModels = health.get("components").get("readModels").get("details");
        for (String processor : new String[]{"projects", "users", "clouds", "variables"}) {
            assertThat(readModels.get(processor).get("running").booleanValue()).isTrue();
            assertThat(readModels.get(processor).get("lag").isNumber()).isTrue();
        }
    }

    @Test
    void exposesPrometheusMetrics() {
        ApiResponse metrics = anonymous().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("fleet_read_model_lag_events{processor=\"clouds\"}")
                .contains("fleet_ledger_head")
                .contains("fleet_change_stream_states_folded_again_total")
                .contains("fleet_change_stream_packed_states_bytes")
                .contains("http_server_requests_seconds");
    }
}
