package org.fleetledger.gateway.device;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's creation answers the host from its aggregate, not from the read models (ADR 0048): the answer
 * is what a read of the host then gives, its creation time to the microsecond, its placement and parent
 * link, and its own variables exactly.
 */
class HostCreateAnswerTest extends ApiTest {

    /** Decimals kept exact, so that 1.10 and 1.1 differ. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void answersWhatAReadOfTheHostGives() {
        ApiClient api = newProjectWithUser(Role.MEMBER);
        Place place = newCloudAndRegion(api);
        long cell = id(api.post("/v1/cells", "{\"name\": \"k\", " + place.fields() + "}"));
        String placed = place.fields();

        long full = assertAnswerIsRead(api, "{\"name\": \"full\", " + placed + ", \"cell_id\": " + cell
                + ", \"ip_address\": \"2001:DB8:0:0::1\", \"device_type\": \"server\", \"active\": false, "
                + "\"note\": \"rack 4, dé\", \"labels\": [\"gpu\", \"ssd\"], \"variables\": {\"a\": 1.10, "
                + "\"b\": {\"y\": [1, \"two\", null], \"x\": true}, \"c\": null, \"dé\": \"ü\", "
                + "\"big\": 123456789012345678901234567890}}");
        assertAnswerIsRead(api, "{\"name\": \"bare\", " + placed + ", \"ip_address\": \"10.0.0.2\", "
                + "\"device_type\": \"server\", \"note\": null}");
        assertAnswerIsRead(api, "{\"name\": \"child\", " + placed + ", \"parent_id\": " + full
                + ", \"ip_address\": \"10.0.0.3\", \"device_type\": \"vm\", \"variables\": {}}");
        long device = id(api.post("/v1/network-devices", "{\"name\": \"sw\", " + placed
                + ", \"ip_address\": \"10.0.0.4\", \"device_type\": \"switch\"}"));
        ApiResponse below = api.post("/v1/hosts", "{\"name\": \"below-switch\", " + placed + ", \"parent_id\": "
                + device + ", \"ip_address\": \"10.0.0.5\", \"device_type\": \"server\", \"links\": "
                + "[{\"href\": \"https://example.test/x\", \"rel\": \"other\"}]}");
        assertThat(below.status()).isEqualTo(201);
        JsonNode links = below.json().get("links");
        assertThat(links.get(0).get("rel").stringValue()).as("the links sent come first").isEqualTo("other");
        assertThat(links.get(1).get("href").stringValue()).as("a host below a network device links up to it")
                .endsWith("/v1/network-devices/" + device);
    }

    /** POSTs {@code body}, checks the answer against reads of the host and its own variables; answers its id. */
    private static long assertAnswerIsRead(ApiClient api, String body) {
        ApiResponse created = api.post("/v1/hosts", body);
        assertThat(created.status()).as(body).isEqualTo(201);
        ObjectNode answer = (ObjectNode) EXACT.readTree(created.text());
        long id = answer.get("id").longValue();
        JsonNode variables = answer.remove("variables");
        ObjectNode read = (ObjectNode) EXACT.readTree(api.get("/v1/hosts/" + id).text());
        read.remove("variables");
        assertThat(answer).as(body).isEqualTo(read);
        assertThat(answer.get("created_at").stringValue()).as("the creation's time, as the read models keep it")
                .isEqualTo(read.get("created_at").stringValue());
        assertThat(variables).as(body + ": its own variables")
                .isEqualTo(EXACT.readTree(api.get("/v1/hosts/" + id + "/variables?resolved-values=false").text())
                        .get("variables"));
        return id;
    }
}
