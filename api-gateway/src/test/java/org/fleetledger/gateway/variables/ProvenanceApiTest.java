package org.fleetledger.gateway.variables;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code explain=true}: for each key, the scope that supplies it, what it overrides, and who set it, when, why. */
class ProvenanceApiTest extends ApiTest {

    private UUID project;
    private ApiClient alice;
    private ApiClient bob;
    private long cloud;
    private long region;
    private long cell;

    @BeforeEach
    void tree() {
        project = createProject();
        alice = userIn(project, Role.MEMBER);
        bob = userIn(project, Role.MEMBER);
        cloud = id(alice.post("/v1/clouds", "{\"name\": \"zrh\", \"variables\": {\"dns\": \"cloud-dns\", \"ntp\": 1}}"));
        region = id(alice.post("/v1/regions", "{\"name\": \"zrh-a\", \"cloud_id\": " + cloud + "}"));
        cell = id(alice.post("/v1/cells", "{\"name\": \"row-1\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + "}"));
    }

    @Test
    void namesTheSupplyingScopeWhatItOverridesAndTheChangeThatSetIt() {
        ApiResponse regionWrite = bob.with("X-Change-Note", "Resolver moved to the new rack")
                .put("/v1/regions/" + region + "/variables", "{\"dns\": \"region-dns\"}");
        long host = id(alice.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", "
                + "\"labels\": [\"gpu\"], \"variables\": {\"role\": \"db\"}}"));
        alice.put("/v1/labels/gpu/variables", "{\"ntp\": 2}");

        JsonNode explained = alice.get("/v1/hosts/" + host + "/variables?explain=true").json();
        assertThat(explained.get("variables").toString())
                .isEqualTo("{\"dns\":\"region-dns\",\"ntp\":2,\"role\":\"db\"}");
        JsonNode dns = explained.get("provenance").get("dns");
        assertThat(dns.get("scope").toString())
                .isEqualTo("{\"type\":\"region\",\"id\":" + region + ",\"name\":\"zrh-a\"}");
        assertThat(dns.get("set_by").stringValue()).isEqualTo(bob.header("X-Auth-User"));
        assertThat(dns.get("note").stringValue()).isEqualTo("Resolver moved to the new rack");
        assertThat(dns.get("position").longValue()).isEqualTo(regionWrite.position());
        assertThat(dns.get("set_at").stringValue()).endsWith("Z");
        assertThat(dns.get("overrides")).hasSize(1);
        assertThat(dns.get("overrides").get(0).get("scope").get("type").stringValue()).isEqualTo("cloud");
        assertThat(dns.get("overrides").get(0).get("value").stringValue()).isEqualTo("cloud-dns");
        assertThat(dns.get("overrides").get(0).get("set_by").stringValue()).isEqualTo(alice.header("X-Auth-User"));

        JsonNode ntp = explained.get("provenance").get("ntp");
        assertThat(ntp.get("scope").toString()).isEqualTo("{\"type\":\"label\",\"id\":\"gpu\",\"name\":\"gpu\"}");
        assertThat(ntp.get("overrides").get(0).get("scope").get("name").stringValue()).isEqualTo("zrh");
        JsonNode role = explained.get("provenance").get("role");
        assertThat(role.get("scope").get("type").stringValue()).isEqualTo("host");
        assertThat(role.get("overrides")).isEmpty();
        assertThat(role.get("set_by").stringValue()).isEqualTo(alice.header("X-Auth-User"));
        JsonNode creation = alice.get("/v1/hosts/" + host + "/history").json().get("history").get(0);
        assertThat(creation.get("type").stringValue()).isEqualTo("HostCreated");
        assertThat(role.get("position").longValue()).as("set by the host's creation (ADR 0062)")
                .isEqualTo(creation.get("position").longValue());

        alice.put("/v1/cells/" + cell + "/variables", "{\"dns\": \"cell-dns\"}");
        JsonNode after = alice.get("/v1/hosts/" + host + "/variables?explain=true").json().get("provenance").get("dns");
        assertThat(after.get("scope").get("type").stringValue()).isEqualTo("cell");
        assertThat(after.get("overrides").findValuesAsString("type")).containsExactly("region", "cloud");
    }

    @Test
    void namesTheCreationOfEachScopeThatCameWithItsVariables() {
        long zone = id(alice.post("/v1/regions", "{\"name\": \"zrh-b\", \"cloud_id\": " + cloud
                + ", \"variables\": {\"dns\": \"region-dns\"}}"));
        long row = id(alice.post("/v1/cells", "{\"name\": \"row-2\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + zone + ", \"variables\": {\"rack\": \"r-2\"}}"));
        long host = id(alice.post("/v1/hosts", "{\"name\": \"h2\", \"cloud_id\": " + cloud + ", \"region_id\": " + zone
                + ", \"cell_id\": " + row + ", \"ip_address\": \"10.0.0.3\", \"device_type\": \"server\"}"));

        JsonNode explained = alice.get("/v1/hosts/" + host + "/variables?explain=true").json();
        assertThat(explained.get("variables").toString())
                .isEqualTo("{\"dns\":\"region-dns\",\"ntp\":1,\"rack\":\"r-2\"}");
        Map<String, String> setAtCreation = Map.of("ntp", "/v1/clouds/" + cloud, "dns", "/v1/regions/" + zone,
                "rack", "/v1/cells/" + row);
        setAtCreation.forEach((key, scope) -> {
            JsonNode history = alice.get(scope + "/history").json().get("history");
            assertThat(history).as("one event for %s's creation, its variables in it (ADR 0063)", scope).hasSize(1);
            assertThat(history.get(0).get("type").stringValue()).endsWith("Created");
            assertThat(history.get(0).get("changes").get("variables").has(key)).isTrue();
            assertThat(explained.get("provenance").get(key).get("position").longValue()).as(key)
                    .isEqualTo(history.get(0).get("position").longValue());
        });

        long network = id(alice.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.0.0.0/24\", \"gateway\": "
                + "\"10.0.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + zone + ", \"variables\": {\"mtu\": 9000}}"));
        long nic = id(alice.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + host
                + ", \"network_id\": " + network + ", \"interface_type\": \"ethernet\", \"ip_address\": \"10.0.0.3\", "
                + "\"variables\": {\"mac\": \"aa:bb\"}}"));
        assertThat(alice.get("/v1/networks/" + network + "/variables").json().toString())
                .isEqualTo("{\"variables\":{\"mtu\":9000}}");
        Map.of("network", network, "network_interface", nic).forEach((type, id) -> {
            JsonNode records = alice.get("/v1/changes?resource_type=" + type + "&resource_id=" + id).json()
                    .get("changes");
            assertThat(records).as("one record for the %s's creation", type).hasSize(1);
            assertThat(records.get(0).get("changes").get("variables").size()).as(type).isEqualTo(1);
        });
        assertThat(alice.get("/v1/changes?resource_type=network_interface&resource_id=" + nic).json().get("changes")
                .get(0).get("changes").get("variables").toString()).isEqualTo("{\"mac\":{\"after\":\"aa:bb\"}}");
    }

    @Test
    void explainsOwnVariablesAndNetworkDevicesToo() {
        long sw = id(alice.post("/v1/network-devices", "{\"name\": \"sw\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"ip_address\": \"10.0.0.2\", \"device_type\": \"switch\", \"variables\": {\"vlan\": 7}}"));
        JsonNode own = alice.get("/v1/network-devices/" + sw + "/variables?explain=true").json();
        assertThat(own.get("variables").toString()).isEqualTo("{\"vlan\":7}");
        assertThat(own.get("provenance").get("vlan").get("scope").get("type").stringValue()).isEqualTo("network-device");
        JsonNode history = alice.get("/v1/network-devices/" + sw + "/history").json().get("history");
        assertThat(history).as("one event for the creation, its variables in it (ADR 0062)").hasSize(1);
        assertThat(history.get(0).get("changes").get("variables").toString()).isEqualTo("{\"vlan\":{\"after\":7}}");
        assertThat(own.get("provenance").get("vlan").get("position").longValue())
                .isEqualTo(history.get(0).get("position").longValue());
        JsonNode resolved = alice.get("/v1/network-devices/" + sw + "/variables?resolved-values=true&explain=true")
                .json();
        assertThat(resolved.get("provenance").get("dns").get("scope").get("type").stringValue()).isEqualTo("cloud");
        assertThat(alice.get("/v1/network-devices/" + sw + "/variables").json().toString())
                .as("as in Craton without the new parameters").isEqualTo("{\"variables\":{\"vlan\":7}}");
        assertThat(alice.get("/v1/network-devices/" + sw + "/variables?explain=true&why=1").status()).isEqualTo(400);
    }

    @Test
    void keepsTheLastOfManyConcurrentWritesOfOneKey() throws Exception {
        long host = id(alice.post("/v1/hosts", "{\"name\": \"busy\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.3\", \"device_type\": \"server\"}"));
        // writes that commit together reach the projection in one batch, where the key is set many times
        Map<Long, Integer> valueAt = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int value = i;
                writes.add(pool.submit(() -> valueAt.put(
                        (value % 2 == 0 ? alice : bob).put("/v1/hosts/" + host + "/variables", "{\"counter\": " + value + "}")
                                .position(), value)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        long last = valueAt.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        JsonNode explained = alice.get("/v1/hosts/" + host + "/variables?explain=true").json();
        assertThat(explained.get("variables").get("counter").intValue()).isEqualTo(valueAt.get(last));
        assertThat(explained.get("provenance").get("counter").get("position").longValue()).isEqualTo(last);
        assertThat(alice.get("/v1/hosts/" + host + "/variables?resolved-values=true").json().get("variables")
                .get("counter").intValue()).isEqualTo(valueAt.get(last));
    }
}
