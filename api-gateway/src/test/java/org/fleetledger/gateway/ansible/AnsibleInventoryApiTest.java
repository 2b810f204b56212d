package org.fleetledger.gateway.ansible;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/ansible-inventory} over a small fleet, compared with the whole expected document. */
class AnsibleInventoryApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiClient api;
    private long cloud;
    private long r1;
    private long r2;

    @BeforeEach
    void fleet() {
        api = newProjectWithUser(Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"ntp\": \"cloud\"}}"));
        r1 = id(api.post("/v1/regions", "{\"name\": \"r1\", \"cloud_id\": " + cloud + ", \"variables\": {\"dc\": \"r1\"}}"));
        r2 = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + cloud + "}"));
        long k1 = cell("k1", r1, "{\"row\": 1}");
        long k2 = cell("k2", r1, "{}");
        cell("k3", r1, "{}");
        long m1 = cell("m1", r2, "{\"row\": 9}");
        long tor = id(api.post("/v1/network-devices", "{\"name\": \"tor\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + r1 + ", \"cell_id\": " + k1 + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"switch\", "
                + "\"variables\": {\"vlan\": 100}}"));
        host("h1", r1, k1, tor, "10.0.0.10", "[\"gpu\"]", "{\"role\": \"db\"}");
        host("h2", r1, k1, null, "10.0.0.9", "[]", "{}");
        host("h3", r1, k2, null, "10.0.0.100", "[]", "{}");
        host("h4", r1, null, null, "2001:DB8::1", "[]", "{}");
        host("h5", r2, m1, null, "10.1.0.1", "[\"ssd\", \"gpu\"]", "{}");
        api.put("/v1/labels/gpu/variables", "{\"driver\": \"550\"}");
    }

    private long cell(String name, long region, String variables) {
        return id(api.post("/v1/cells", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": " + variables + "}"));
    }

    private void host(String name, long region, Long cell, Long parent, String ip, String labels, String variables) {
        id(api.post("/v1/hosts", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + (cell == null ? "" : ", \"cell_id\": " + cell) + (parent == null ? "" : ", \"parent_id\": " + parent)
                + ", \"ip_address\": \"" + ip + "\", \"device_type\": \"server\", \"labels\": " + labels
                + ", \"variables\": " + variables + "}"));
    }

    @Test
    void groupsHostsByRegionCellAndLabelWithResolvedHostVariables() {
        ApiResponse response = api.get("/v1/ansible-inventory");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(parse("""
                {
                  "_meta": {"hostvars": {
                    "10.0.0.10":   {"dc": "r1", "driver": "550", "ntp": "cloud", "role": "db", "row": 1, "vlan": 100},
                    "10.0.0.100":  {"dc": "r1", "ntp": "cloud"},
                    "10.0.0.9":    {"dc": "r1", "ntp": "cloud", "row": 1},
                    "10.1.0.1":    {"driver": "550", "ntp": "cloud", "row": 9},
                    "2001:db8::1": {"dc": "r1", "ntp": "cloud"}}},
                  "all":   {"hosts": ["10.0.0.9", "10.0.0.10", "10.0.0.100", "10.1.0.1", "2001:db8::1"], "vars": {}},
                  "gpu":   {"hosts": ["10.0.0.10", "10.1.0.1"], "vars": {"driver": "550"}},
                  "r1":    {"hosts": ["2001:db8::1"], "children": ["r1-k1", "r1-k2", "r1-k3"], "vars": {"dc": "r1"}},
                  "r1-k1": {"hosts": ["10.0.0.10", "10.0.0.9"], "vars": {"row": 1}},
                  "r1-k2": {"hosts": ["10.0.0.100"], "vars": {}},
                  "r2":    {"children": ["r2-m1"], "vars": {}},
                  "r2-m1": {"hosts": ["10.1.0.1"], "vars": {"row": 9}},
                  "ssd":   {"hosts": ["10.1.0.1"], "vars": {}}
                }"""));
        assertThat(response.text()).as("keys come out sorted").startsWith("{\"_meta\":");
    }

    @Test
    void keysHostsByNameWithTheirAddressAndNarrowsToARegion() {
        JsonNode inventory = api.get("/v1/ansible-inventory?hostname_key=name&region_id=" + r2).json();
        assertThat(inventory).isEqualTo(parse("""
                {
                  "_meta": {"hostvars": {"h5": {"ansible_host": "10.1.0.1", "driver": "550", "ntp": "cloud", "row": 9}}},
                  "all":   {"hosts": ["h5"], "vars": {}},
                  "gpu":   {"hosts": ["h5"], "vars": {"driver": "550"}},
                  "r2":    {"children": ["r2-m1"], "vars": {}},
                  "r2-m1": {"hosts": ["h5"], "vars": {"row": 9}},
                  "ssd":   {"hosts": ["h5"], "vars": {}}
                }"""));
    }

    @Test
    void keepsHostsApartThatShareAnAddress() {
        host("h6", r2, null, null, "10.1.0.1", "[]", "{\"role\": \"spare\"}");
        JsonNode inventory = api.get("/v1/ansible-inventory?region_id=" + r2).json();
        assertThat(inventory.get("all").get("hosts").toString()).matches("\\[\"10\\.1\\.0\\.1#\\d+\",\"10\\.1\\.0\\.1#\\d+\"\\]");
        JsonNode hostvars = inventory.get("_meta").get("hostvars");
        assertThat(hostvars.size()).isEqualTo(2);
        hostvars.properties().forEach(entry ->
                assertThat(entry.getValue().get("ansible_host").stringValue()).isEqualTo("10.1.0.1"));
        assertThat(inventory.get("r2").get("hosts")).hasSize(1).as("h6 has no cell: it sits in its region's group");
    }

    @Test
    void refusesBadParameters() {
        assertThat(api.get("/v1/ansible-inventory?hostname_key=fqdn").status()).isEqualTo(400);
        assertThat(api.get("/v1/ansible-inventory?region=r1").status()).isEqualTo(400);
        assertThat(api.get("/v1/ansible-inventory?cell_id=x").status()).isEqualTo(400);
        assertThat(newProjectWithUser(Role.READER).get("/v1/ansible-inventory").json())
                .as("another project sees none of these hosts")
                .isEqualTo(parse("{\"_meta\": {\"hostvars\": {}}, \"all\": {\"vars\": {}}}"));
        assertThat(anonymous().get("/v1/ansible-inventory").status()).isEqualTo(401);
    }

    @Test
    void theInventoryScriptListsWhatTheEndpointAnswers() throws Exception {
        Path script = Path.of("..", "tools", "ansible-inventory.sh").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "--list");
        builder.environment().put("FLEET_URL", "http://127.0.0.1:" + port);
        builder.environment().put("FLEET_PROJECT", api.header("X-Auth-Project"));
        builder.environment().put("FLEET_USER", api.header("X-Auth-User"));
        builder.environment().put("FLEET_TOKEN", api.header("X-Auth-Token"));
        builder.environment().put("FLEET_REGION_ID", Long.toString(r2));
        builder.environment().put("FLEET_HOSTNAME_KEY", "name");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(parse(output)).isEqualTo(api.get("/v1/ansible-inventory?hostname_key=name&region_id=" + r2).json());

        ProcessBuilder withoutCredentials = new ProcessBuilder("bash", script.toString(), "--list");
        withoutCredentials.environment().keySet().removeIf(name -> name.startsWith("FLEET_"));
        Process refused = withoutCredentials.start();
        assertThat(refused.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).as("no credentials in the environment").isEqualTo(2);
    }

    private static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
