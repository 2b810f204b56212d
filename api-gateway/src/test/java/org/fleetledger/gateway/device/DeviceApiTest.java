package org.fleetledger.gateway.device;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/** Hosts, network devices, their parents, labels and variables, and {@code /v1/devices}. */
class DeviceApiTest extends ApiTest {

    private ApiClient api;
    private long cloud;
    private long region;
    private long cell;

    @BeforeEach
    void tree() {
        api = newProjectWithUser(Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"ntp\": \"cloud\", \"tz\": \"UTC\"}}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + ", \"variables\": {\"ntp\": \"region\"}}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"rack\": \"cell\"}}"));
    }

    @Test
    void createsAHostUnderASwitchAndResolvesThroughTheParentChain() {
        ApiResponse createdSwitch = api.post("/v1/network-devices", device("sw1", "10.0.0.1", null,
                "\"device_type\": \"switch\", \"model_name\": \"X9\", \"vlans\": \"[1, 2]\", \"network_id\": 4,"
                        + " \"variables\": {\"ntp\": \"switch\", \"vlan\": 7}"));
        assertThat(createdSwitch.status()).isEqualTo(201);
        assertThat(fields(createdSwitch.json())).containsExactly("active", "cell_id", "cloud_id", "created_at",
                "device_type", "id", "ip_address", "links", "model_name", "name", "network_id", "os_version",
                "parent_id", "project_id", "region_id", "updated_at", "variables", "vlans");
        long sw = id(createdSwitch);
        assertThat(api.get("/v1/network-devices/" + sw).json().has("network_id")).as("create-only echo").isFalse();

        ApiResponse createdHost = api.post("/v1/hosts", device("h1", "2001:0DB8::0001", sw,
                "\"device_type\": \"server\", \"labels\": [\"gpu\", \"ssd\"], \"variables\": {\"role\": \"db\"}"));
        assertThat(createdHost.status()).isEqualTo(201);
        assertThat(fields(createdHost.json())).containsExactly("active", "cell_id", "cloud_id", "created_at",
                "device_type", "id", "ip_address", "links", "name", "note", "parent_id", "project_id", "region_id",
                "updated_at", "variables");
        long host = id(createdHost);
        assertThat(createdHost.json().get("ip_address").stringValue()).isEqualTo("2001:db8::1");
        assertThat(createdHost.json().get("links").get(0).get("href").stringValue())
                .isEqualTo("http://127.0.0.1:" + port + "/v1/network-devices/" + sw);
        assertThat(createdHost.json().get("variables").toString()).isEqualTo("{\"role\":\"db\"}");

        assertThat(api.get("/v1/hosts/" + host).json().get("variables").toString()).isEqualTo(
                "{\"ntp\":\"switch\",\"rack\":\"cell\",\"role\":\"db\",\"tz\":\"UTC\",\"vlan\":7}");
        assertThat(api.get("/v1/hosts/" + host + "/variables?resolved-values=false").json().toString())
                .isEqualTo("{\"variables\":{\"role\":\"db\"}}");
        assertThat(api.get("/v1/hosts/" + host + "/labels").json().toString()).isEqualTo("{\"labels\":[\"gpu\",\"ssd\"]}");
        assertThat(api.get("/v1/network-devices/" + host).status()).as("a host is no network device").isEqualTo(404);
        assertThat(api.put("/v1/network-devices/" + host + "/variables", "{\"a\": 1}").status()).isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + sw).status()).isEqualTo(404);

        ApiResponse detached = api.put("/v1/hosts/" + host, "{\"parent_id\": null, \"active\": false}");
        assertThat(detached.status()).isEqualTo(200);
        assertThat(detached.json().has("variables")).isFalse();
        assertThat(detached.json().get("links").get(0).get("href").stringValue()).endsWith("/v1/cells/" + cell);
        assertThat(api.get("/v1/hosts/" + host).json().get("variables").get("ntp").stringValue()).isEqualTo("region");
    }

    @Test
    void keepsDeviceNamesUniquePerRegionAcrossBothTypes() {
        id(api.post("/v1/hosts", device("same", "10.0.0.2", null, "\"device_type\": \"server\"")));
        ApiResponse host = api.post("/v1/hosts", device("same", "10.0.0.3", null, "\"device_type\": \"server\""));
        assertThat(host.status()).isEqualTo(409);
        assertThat(host.json().get("message").stringValue()).isEqualTo("A device with the given name already exists.");
        assertThat(api.post("/v1/network-devices", device("same", "10.0.0.4", null, "\"device_type\": \"switch\""))
                .status()).isEqualTo(409);
        long other = id(api.post("/v1/network-devices", device("other", "10.0.0.5", null, "\"device_type\": \"switch\"")));
        assertThat(api.put("/v1/network-devices/" + other, "{\"name\": \"same\"}").status()).isEqualTo(409);
    }

    @Test
    void refusesBadAddressesReferencesAndParentCycles() {
        ApiResponse badIp = api.post("/v1/hosts", device("h", "10.0.0.256", null, "\"device_type\": \"server\""));
        assertThat(badIp.status()).isEqualTo(400);
        assertThat(badIp.json().get("message").stringValue()).contains("'ip_address'");
        assertThat(api.post("/v1/hosts", device("h", "10.0.0.9", 999999999L, "\"device_type\": \"server\""))
                .json().get("message").stringValue()).startsWith("'parent_id': ");

        long a = id(api.post("/v1/hosts", device("a", "10.0.1.1", null, "\"device_type\": \"server\"")));
        long b = id(api.post("/v1/hosts", device("b", "10.0.1.2", a, "\"device_type\": \"server\"")));
        long c = id(api.post("/v1/hosts", device("c", "10.0.1.3", b, "\"device_type\": \"server\"")));

        ApiResponse self = api.put("/v1/hosts/" + a, "{\"parent_id\": " + a + "}");
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("message").stringValue())
                .isEqualTo("A device cannot be its own parent. The id for 'a' cannot be used as its parent_id.");
        ApiResponse descendant = api.put("/v1/hosts/" + a, "{\"parent_id\": " + c + "}");
        assertThat(descendant.status()).isEqualTo(400);
        assertThat(descendant.json().get("message").stringValue()).isEqualTo("A device cannot have a descendant as its "
                + "parent. The parent_id for 'a' cannot be set to the id '" + c + "'.");
        assertThat(api.put("/v1/hosts/" + c, "{\"parent_id\": " + a + "}").status()).isEqualTo(200);
    }

    @Test
    void deletesADeviceWithChildrenOnlyByCascade() {
        long a = id(api.post("/v1/hosts", device("a", "10.0.2.1", null, "\"device_type\": \"server\"")));
        long b = id(api.post("/v1/hosts", device("b", "10.0.2.2", a, "\"device_type\": \"server\"")));
        long c = id(api.post("/v1/network-devices", device("c", "10.0.2.3", b, "\"device_type\": \"switch\"")));

        ApiResponse refused = api.delete("/v1/hosts/" + a);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The host " + a
                + " still has dependants: 1 host. Delete them first, or delete with ?cascade=true.");
        assertThat(api.delete("/v1/regions/" + region).json().get("message").stringValue())
                .contains("1 cell").contains("2 hosts").contains("1 network device");

        assertThat(api.delete("/v1/hosts/" + a + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.get("/v1/hosts/" + a).status()).isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + b).status()).isEqualTo(404);
        assertThat(api.get("/v1/network-devices/" + c).status()).isEqualTo(404);
        assertThat(api.post("/v1/hosts", device("a", "10.0.2.1", null, "\"device_type\": \"server\"")).status())
                .as("the name is free again").isEqualTo(201);
        assertThat(api.delete("/v1/clouds/" + cloud + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.get("/v1/devices").json().get("devices").get("hosts").isEmpty()).isTrue();
    }

    @Test
    void keepsLabelsAsASet() {
        long host = id(api.post("/v1/hosts", device("l", "10.0.3.1", null, "\"device_type\": \"server\"")));
        ApiResponse added = api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"b\", \"a\"]}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().toString()).isEqualTo("{\"labels\":[\"a\",\"b\"]}");
        assertThat(api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"c\", \"a\"]}").json().toString())
                .as("a union, not a replace").isEqualTo("{\"labels\":[\"a\",\"b\",\"c\"]}");
        assertThat(api.delete("/v1/hosts/" + host + "/labels", "{\"labels\": [\"a\", \"zzz\"]}").status()).isEqualTo(204);
        assertThat(api.get("/v1/hosts/" + host + "/labels").json().toString()).isEqualTo("{\"labels\":[\"b\",\"c\"]}");
        assertThat(api.put("/v1/hosts/" + host + "/labels", "{}").status()).isEqualTo(400);
        assertThat(api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [1]}").status()).isEqualTo(400);
        assertThat(api.get("/v1/hosts?label=b").json().get("hosts")).hasSize(1);
        assertThat(api.get("/v1/hosts?label=a").json().get("hosts").isEmpty()).isTrue();
        assertThat(api.get("/v1/hosts/" + host).json().has("labels")).isFalse();
    }

    @Test
    void listsDevicesTogetherAndTheSubtreeBelowOne() {
        long sw = id(api.post("/v1/network-devices", device("sw", "10.0.4.1", null, "\"device_type\": \"switch\"")));
        long h1 = id(api.post("/v1/hosts", device("h1", "10.0.4.2", sw, "\"device_type\": \"server\"")));
        long h2 = id(api.post("/v1/hosts", device("h2", "10.0.4.3", h1, "\"device_type\": \"vm\"")));

        JsonNode all = api.get("/v1/devices").json();
        assertThat(idsOf(all.get("devices").get("hosts"))).containsExactly(h1, h2);
        assertThat(idsOf(all.get("devices").get("network-devices"))).containsExactly(sw);
        assertThat(all.get("links").get(0).get("href").stringValue())
                .contains("descendants=False").contains("details=False").contains("resolved-values=True");

        assertThat(idsOf(api.get("/v1/devices?parent_id=" + sw).json().get("devices").get("hosts")))
                .containsExactly(h1);
        assertThat(idsOf(api.get("/v1/devices?parent_id=" + sw + "&descendants=true").json().get("devices").get("hosts")))
                .containsExactly(h1, h2);
        assertThat(api.get("/v1/devices?parent_id=999999999&descendants=true").status()).isEqualTo(404);
        assertThat(api.get("/v1/devices?id=1").status()).isEqualTo(400);

        assertThat(idsOf(api.get("/v1/hosts?device_type=vm").json().get("hosts"))).containsExactly(h2);
        assertThat(idsOf(api.get("/v1/hosts?ip_address=10.0.4.2").json().get("hosts"))).containsExactly(h1);
        assertThat(idsOf(api.get("/v1/network-devices?region_id=" + region).json().get("network_devices")))
                .containsExactly(sw);
        assertThat(api.get("/v1/network-devices?parent_id=" + sw).status()).isEqualTo(400);
        JsonNode detailed = api.get("/v1/hosts?details=true&resolved-values=false").json().get("hosts");
        assertThat(detailed.get(0).get("variables").isEmpty()).isTrue();
    }

    private String device(String name, String ip, Long parent, String extra) {
        return "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell + ", \"ip_address\": \"" + ip + "\""
                + (parent == null ? "" : ", \"parent_id\": " + parent) + ", " + extra + "}";
    }
}
