package org.fleetledger.gateway.network;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/network-interfaces}: fields, fixed properties, filters, uniqueness per device and deletes. */
class NetworkInterfaceApiTest extends ApiTest {

    private UUID project;
    private ApiClient api;
    private long cloud;
    private long region;
    private long host;
    private long network;

    @BeforeEach
    void tree() {
        project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        host = device("/v1/hosts", "h1", ", \"device_type\": \"server\"");
        network = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.1.0.0/24\", \"gateway\": \"10.1.0.1\", "
                + "\"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));
    }

    private long device(String path, String name, String extra) {
        return id(api.post(path, "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"ip_address\": \"10.1.0.9\"" + extra + "}"));
    }

    private String networkInterface(String name, long device, String extra) {
        return "{\"name\": \"" + name + "\", \"device_id\": " + device + ", \"interface_type\": \"ethernet\", "
                + "\"ip_address\": \"10.1.0.5\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    @Test
    void createsAndReadsAnInterfaceWithCratonsFields() {
        ApiResponse created = api.post("/v1/network-interfaces", networkInterface("eth0", host, "\"network_id\": "
                + network + ", \"vlan_id\": 100, \"port\": 1, \"speed\": 1000, \"duplex\": \"full\", "
                + "\"variables\": {\"mac\": \"aa:bb\"}"));
        assertThat(created.status()).isEqualTo(201);
        long eth0 = id(created);
        assertThat(created.header("Location"))
                .isEqualTo("http://127.0.0.1:" + port + "/v1/network-interfaces/" + eth0);
        assertThat(fields(created.json())).as("no variables in the create response").containsExactly("cdp",
                "created_at", "device_id", "duplex", "id", "interface_type", "ip_address", "link", "name",
                "network_id", "port", "project_id", "security", "speed", "updated_at", "vlan", "vlan_id");
        assertThat(created.json().get("speed").longValue()).isEqualTo(1000);

        JsonNode read = api.get("/v1/network-interfaces/" + eth0).json();
        assertThat(read.get("variables").toString()).isEqualTo("{\"mac\":\"aa:bb\"}");
        assertThat(read.get("network_id").longValue()).isEqualTo(network);
        assertThat(api.get("/v1/network-interfaces/" + eth0 + "?details=true").status()).isEqualTo(400);
        assertThat(api.get("/v1/network-interfaces/" + eth0 + "/variables").status()).isEqualTo(404);
        assertThat(api.put("/v1/network-interfaces/" + eth0 + "/variables", "{\"a\": 1}").status()).isEqualTo(404);

        long bare = id(api.post("/v1/network-interfaces", networkInterface("eth1", host, "")));
        JsonNode bareRead = api.get("/v1/network-interfaces/" + bare).json();
        assertThat(bareRead.has("network_id")).isTrue();
        assertThat(bareRead.get("network_id").isNull()).isTrue();
        assertThat(bareRead.get("variables").toString()).isEqualTo("{}");
        assertThat(newProjectWithUser(Role.MEMBER).get("/v1/network-interfaces/" + bare).status()).isEqualTo(404);
    }

    @Test
    void refusesBadTypesAddressesAndReferences() {
        assertThat(api.post("/v1/network-interfaces", networkInterface("e", host, "\"port\": \"asdf\"")).status())
                .isEqualTo(400);
        assertThat(api.post("/v1/network-interfaces", networkInterface("e", host, "\"network_id\": null")).status())
                .isEqualTo(400);
        assertThat(api.post("/v1/network-interfaces", networkInterface("e", host, "").replace("10.1.0.5", "10.1.0"))
                .status()).isEqualTo(400);
        assertThat(api.post("/v1/network-interfaces", networkInterface("e", host, "\"speed\": 1e400")).status())
                .isEqualTo(400);
        assertThat(api.post("/v1/network-interfaces", networkInterface("e", host, "\"speed\": 99999999999999999999"))
                .status()).isEqualTo(400);

        ApiResponse noDevice = api.post("/v1/network-interfaces", networkInterface("e", 999999999, ""));
        assertThat(noDevice.status()).isEqualTo(400);
        assertThat(noDevice.json().get("message").stringValue())
                .isEqualTo("'device_id': there is no device 999999999 in this project");
        long otherRegion = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + cloud + "}"));
        long farNetwork = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.2.0.0/24\", \"gateway\": "
                + "\"10.2.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + otherRegion + "}"));
        ApiResponse wrongRegion = api.post("/v1/network-interfaces", networkInterface("e", host, "\"network_id\": "
                + farNetwork));
        assertThat(wrongRegion.status()).isEqualTo(400);
        assertThat(wrongRegion.json().get("message").stringValue())
                .isEqualTo("'network_id': network " + farNetwork + " is not in the region of device " + host);
        ApiClient other = newProjectWithUser(Role.MEMBER);
        assertThat(other.post("/v1/network-interfaces", networkInterface("e", host, "")).status()).isEqualTo(400);
        assertThat(api.get("/v1/network-interfaces").json().get("network_interfaces").isEmpty()).isTrue();
    }

    @Test
    void keepsNamesUniquePerDeviceAndFixesAddressDeviceNetworkAndVlan() {
        long eth0 = id(api.post("/v1/network-interfaces", networkInterface("eth0", host, "")));
        ApiResponse duplicate = api.post("/v1/network-interfaces", networkInterface("eth0", host, ""));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("message").stringValue())
                .isEqualTo("A network interface with the given name already exists on this device.");
        long sw = device("/v1/network-devices", "sw1", ", \"device_type\": \"switch\"");
        assertThat(api.post("/v1/network-interfaces", networkInterface("eth0", sw, "")).status()).isEqualTo(201);
        long eth1 = id(api.post("/v1/network-interfaces", networkInterface("eth1", host, "")));
        assertThat(api.put("/v1/network-interfaces/" + eth1, "{\"name\": \"eth0\"}").status()).isEqualTo(409);

        ApiResponse updated = api.put("/v1/network-interfaces/" + eth0, "{\"link\": \"up\", \"speed\": 10000, "
                + "\"vlan\": \"7\", \"cdp\": null}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("link").stringValue()).isEqualTo("up");
        assertThat(updated.json().get("speed").longValue()).isEqualTo(10000);
        assertThat(updated.json().has("variables")).isFalse();
        for (String fixed : new String[] {"\"ip_address\": \"10.1.0.6\"", "\"device_id\": " + sw,
                "\"network_id\": " + network, "\"vlan_id\": 5"}) {
            assertThat(api.put("/v1/network-interfaces/" + eth0, "{" + fixed + "}").status()).as(fixed).isEqualTo(400);
        }
        assertThat(api.put("/v1/network-interfaces/999999999", "{\"link\": \"up\"}").status()).isEqualTo(404);
    }

    @Test
    void listsWithFiltersAndPagesWithoutVariables() {
        long sw = device("/v1/network-devices", "sw1", ", \"device_type\": \"switch\"");
        long eth0 = id(api.post("/v1/network-interfaces", networkInterface("eth0", host, "\"variables\": {\"a\": 1}")));
        long v6 = id(api.post("/v1/network-interfaces", "{\"name\": \"eth1\", \"device_id\": " + host
                + ", \"interface_type\": \"bond\", \"ip_address\": \"2001:DB8:0::5\"}"));
        long port1 = id(api.post("/v1/network-interfaces", networkInterface("port1", sw, "")));

        JsonNode all = api.get("/v1/network-interfaces").json();
        assertThat(idsOf(all.get("network_interfaces"))).containsExactly(eth0, v6, port1);
        assertThat(all.get("network_interfaces").get(0).has("variables")).isFalse();
        assertThat(idsOf(api.get("/v1/network-interfaces?device_id=" + host).json().get("network_interfaces")))
                .containsExactly(eth0, v6);
        assertThat(idsOf(api.get("/v1/network-interfaces?ip_address=2001:db8::5").json().get("network_interfaces")))
                .containsExactly(v6);
        assertThat(idsOf(api.get("/v1/network-interfaces?interface_type=bond").json().get("network_interfaces")))
                .containsExactly(v6);
        assertThat(idsOf(api.get("/v1/network-interfaces?id=" + port1).json().get("network_interfaces")))
                .containsExactly(port1);
        assertThat(api.get("/v1/network-interfaces?details=true").status()).isEqualTo(400);
        assertThat(api.get("/v1/network-interfaces?name=eth0").status()).isEqualTo(400);
        assertThat(api.get("/v1/network-interfaces?device_id=x").status()).isEqualTo(400);
        JsonNode page = api.get("/v1/network-interfaces?limit=10&marker=" + eth0).json();
        assertThat(idsOf(page.get("network_interfaces"))).containsExactly(v6, port1);
        assertThat(api.get("/v1/network-interfaces?marker=999999999").status()).isEqualTo(400);
    }

    @Test
    void deletesAnInterfaceAndCountsInterfacesAsDependantsOfTheirDevice() {
        long eth0 = id(api.post("/v1/network-interfaces", networkInterface("eth0", host, "\"network_id\": " + network)));
        ApiResponse refused = api.delete("/v1/hosts/" + host);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The host " + host
                + " still has dependants: 1 network interface. Delete them first, or delete with ?cascade=true.");
        assertThat(api.delete("/v1/network-interfaces/" + eth0 + "?cascade=true").status()).isEqualTo(400);
        assertThat(newProjectWithUser(Role.MEMBER).delete("/v1/network-interfaces/" + eth0).status()).isEqualTo(404);
        assertThat(userIn(project, Role.READER).delete("/v1/network-interfaces/" + eth0).status())
                .isEqualTo(403);
        assertThat(api.delete("/v1/network-interfaces/" + eth0).status()).isEqualTo(204);
        assertThat(api.get("/v1/network-interfaces/" + eth0).status()).isEqualTo(404);
        assertThat(api.delete("/v1/network-interfaces/" + eth0).status()).isEqualTo(404);

        long eth1 = id(api.post("/v1/network-interfaces", networkInterface("eth1", host, "")));
        assertThat(api.delete("/v1/hosts/" + host + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.get("/v1/network-interfaces/" + eth1).status()).isEqualTo(404);
        assertThat(api.delete("/v1/networks/" + network).status()).as("no interface left on it").isEqualTo(204);
    }
}
