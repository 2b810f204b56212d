package org.fleetledger.gateway.network;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/networks}: fields, addresses, filters, pages, uniqueness per region, variables and deletes. */
class NetworkApiTest extends ApiTest {

    private ApiClient api;
    private long cloud;
    private long region;
    private long region2;
    private long cell;

    @BeforeEach
    void tree() {
        api = newProjectWithUser(Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"ntp\": \"cloud\"}}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        region2 = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));
    }

    private String network(String name, long regionId, String extra) {
        return "{\"name\": \"" + name + "\", \"cidr\": \"10.1.0.0/24\", \"gateway\": \"10.1.0.1\", "
                + "\"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": " + regionId
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    @Test
    void createsAndReadsANetworkWithCratonsFields() {
        ApiResponse created = api.post("/v1/networks", network("n1", region, "\"cell_id\": " + cell
                + ", \"ip_block_type\": \"private\", \"variables\": {\"mtu\": 9000}"));
        assertThat(created.status()).isEqualTo(201);
        long network = id(created);
        assertThat(created.header("Location")).isEqualTo("http://127.0.0.1:" + port + "/v1/networks/" + network);
        assertThat(fields(created.json())).containsExactly("cell_id", "cidr", "cloud_id", "created_at", "gateway",
                "id", "ip_block_type", "name", "netmask", "nss", "project_id", "region_id", "updated_at", "variables");
        assertThat(created.json().get("variables").toString()).isEqualTo("{\"mtu\":9000}");
        assertThat(created.json().get("cell_id").longValue()).isEqualTo(cell);
        assertThat(created.json().get("nss").isNull()).isTrue();

        JsonNode read = api.get("/v1/networks/" + network).json();
        assertThat(read.get("variables").toString()).as("networks resolve to their own variables only")
                .isEqualTo("{\"mtu\":9000}");
        assertThat(read.get("cidr").stringValue()).isEqualTo("10.1.0.0/24");
        assertThat(api.get("/v1/networks/" + network + "?resolved-values=true").status()).isEqualTo(400);
        assertThat(api.get("/v1/networks/" + network + "/variables").json().toString())
                .isEqualTo("{\"variables\":{\"mtu\":9000}}");
        assertThat(api.get("/v1/networks/999999999").status()).isEqualTo(404);
        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/networks/" + network).status()).isEqualTo(404);
    }

    @Test
    void refusesMalformedAddressesAndKeepsNothing() {
        ApiResponse refused = api.post("/v1/networks", "{\"name\": \"bad\", \"cidr\": \"10.1.0.0/33\", "
                + "\"gateway\": \"10.1.0.300\", \"netmask\": \"255.0.255.0\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The request included the following errors:\n"
                + "- 'cidr': '10.1.0.0/33' is not a CIDR block (address/prefix length)\n"
                + "- 'gateway': '10.1.0.300' is not an IPv4 or IPv6 address\n"
                + "- 'netmask': '255.0.255.0' is not a netmask");
        assertThat(api.post("/v1/networks", network("bad", region, "").replace("10.1.0.0/24", "10.1.0.0"))
                .status()).isEqualTo(400);
        assertThat(api.post("/v1/networks", network("bad", region, "\"nss\": 5")).status()).isEqualTo(400);
        assertThat(api.post("/v1/networks", network("", region, "")).status()).isEqualTo(400);
        assertThat(api.post("/v1/networks", network("bad", region, "\"network_type\": \"x\"")).status()).isEqualTo(400);
        assertThat(api.get("/v1/networks?name=bad").json().get("networks").isEmpty()).isTrue();

        ApiResponse v6 = api.post("/v1/networks", "{\"name\": \"v6\", \"cidr\": \"2001:DB8:0:0::/64\", "
                + "\"gateway\": \"2001:db8:0::1\", \"netmask\": \"ffff:ffff:ffff:ffff::\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + "}");
        assertThat(v6.status()).isEqualTo(201);
        assertThat(v6.json().get("cidr").stringValue()).isEqualTo("2001:db8::/64");
        assertThat(v6.json().get("gateway").stringValue()).isEqualTo("2001:db8::1");
    }

    @Test
    void checksReferencesAndTheirConsistency() {
        long cellOfRegion2 = id(api.post("/v1/cells", "{\"name\": \"k2\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region2 + "}"));
        ApiResponse wrongCell = api.post("/v1/networks", network("n", region, "\"cell_id\": " + cellOfRegion2));
        assertThat(wrongCell.status()).isEqualTo(400);
        assertThat(wrongCell.json().get("message").stringValue())
                .isEqualTo("'cell_id': cell " + cellOfRegion2 + " is not in region " + region);
        ApiClient other = newProjectWithUser(Role.MEMBER);
        ApiResponse foreignRegion = other.post("/v1/networks", network("n", region, ""));
        assertThat(foreignRegion.status()).isEqualTo(400);
        assertThat(foreignRegion.json().get("message").stringValue()).startsWith("'cloud_id': ");
    }

    @Test
    void keepsNamesUniquePerRegionOnCreateAndRename() {
        id(api.post("/v1/networks", network("n1", region, "")));
        ApiResponse duplicate = api.post("/v1/networks", network("n1", region, ""));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("message").stringValue())
                .isEqualTo("Network with the given name already exists in this region.");
        long elsewhere = id(api.post("/v1/networks", network("n1", region2, "")));
        long second = id(api.post("/v1/networks", network("n2", region, "")));
        assertThat(api.put("/v1/networks/" + second, "{\"name\": \"n1\"}").status()).isEqualTo(409);

        ApiResponse updated = api.put("/v1/networks/" + elsewhere, "{\"name\": \"n3\", \"cidr\": \"10.9.0.0/16\", "
                + "\"netmask\": \"255.255.0.0\", \"nss\": \"ns1\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().has("variables")).isFalse();
        assertThat(updated.json().get("cidr").stringValue()).isEqualTo("10.9.0.0/16");
        assertThat(updated.json().get("updated_at").isNull()).isFalse();
        assertThat(api.put("/v1/networks/" + elsewhere, "{\"cloud_id\": 1}").status()).isEqualTo(400);
        assertThat(api.put("/v1/networks/999999999", "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.post("/v1/networks", network("n1", region2, "")).status()).as("n1 was freed by the rename")
                .isEqualTo(201);
    }

    @Test
    void listsWithFiltersDetailsAndPages() {
        long n1 = id(api.post("/v1/networks", network("n1", region, "\"cell_id\": " + cell + ", \"variables\": {\"a\": 1}")));
        long n2 = id(api.post("/v1/networks", network("n2", region, "")));
        long n3 = id(api.post("/v1/networks", network("n3", region2, "")));

        JsonNode all = api.get("/v1/networks").json();
        assertThat(idsOf(all.get("networks"))).containsExactly(n1, n2, n3);
        assertThat(all.get("networks").get(0).has("variables")).isFalse();
        assertThat(idsOf(api.get("/v1/networks?region_id=" + region).json().get("networks"))).containsExactly(n1, n2);
        assertThat(idsOf(api.get("/v1/networks?cell_id=" + cell).json().get("networks"))).containsExactly(n1);
        assertThat(idsOf(api.get("/v1/networks?name=n3").json().get("networks"))).containsExactly(n3);
        assertThat(idsOf(api.get("/v1/networks?id=" + n2).json().get("networks"))).containsExactly(n2);
        assertThat(api.get("/v1/networks?details=true").json().get("networks").get(0).get("variables").toString())
                .isEqualTo("{\"a\":1}");
        assertThat(api.get("/v1/networks?cloud_id=" + cloud).status()).isEqualTo(400);
        assertThat(api.get("/v1/networks?region_id=abc").status()).isEqualTo(400);

        for (int i = 0; i < 10; i++) {
            api.post("/v1/networks", network("p" + i, region2, ""));
        }
        JsonNode first = api.get("/v1/networks?limit=10").json();
        assertThat(first.get("networks")).hasSize(10);
        String next = link(first, "next");
        assertThat(next).contains("marker=" + first.get("networks").get(9).get("id").longValue());
        JsonNode second = api.get(next.substring(next.indexOf("/v1/"))).json();
        assertThat(second.get("networks")).hasSize(3);
        assertThat(api.get("/v1/networks?limit=5").status()).isEqualTo(400);
        assertThat(api.get("/v1/networks?marker=999999999").status()).isEqualTo(400);
    }

    @Test
    void refusesToDeleteANetworkWithInterfacesUnlessCascading() {
        long network = id(api.post("/v1/networks", network("n1", region, "\"variables\": {\"a\": 1}")));
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"ip_address\": \"10.1.0.5\", \"device_type\": \"server\"}"));
        long eth0 = id(api.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + host
                + ", \"network_id\": " + network + ", \"interface_type\": \"ethernet\", \"ip_address\": \"10.1.0.5\"}"));

        ApiResponse refused = api.delete("/v1/networks/" + network);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The network " + network
                + " still has dependants: 1 network interface. Delete them first, or delete with ?cascade=true.");

        ApiResponse cascaded = api.delete("/v1/networks/" + network + "?cascade=true");
        assertThat(cascaded.status()).isEqualTo(204);
        assertThat(api.get("/v1/networks/" + network).status()).isEqualTo(404);
        assertThat(api.get("/v1/network-interfaces/" + eth0).status()).isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host).status()).as("the device stays").isEqualTo(200);
        assertThat(api.delete("/v1/networks/" + network).status()).isEqualTo(404);
        assertThat(api.post("/v1/networks", network("n1", region, "")).json().get("variables").toString())
                .as("the name is free again, and no variables were left behind").isEqualTo("{}");
    }

    @Test
    void cellsAndRegionsCountTheirNetworksAsDependants() {
        long network = id(api.post("/v1/networks", network("n1", region, "\"cell_id\": " + cell)));
        ApiResponse refused = api.delete("/v1/cells/" + cell);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).contains("1 network");
        assertThat(api.delete("/v1/regions/" + region + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.get("/v1/networks/" + network).status()).isEqualTo(404);
        assertThat(api.get("/v1/cells/" + cell).status()).isEqualTo(404);
    }

    @Test
    void cascadesToInterfacesOnANetworkOfTheCellWhateverTheirDevice() {
        long cell2 = id(api.post("/v1/cells", "{\"name\": \"k2\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        long network = id(api.post("/v1/networks", network("n1", region, "\"cell_id\": " + cell)));
        long host = id(api.post("/v1/hosts", "{\"name\": \"h\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell2 + ", \"ip_address\": \"10.1.0.5\", \"device_type\": \"server\"}"));
        long eth0 = id(api.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + host
                + ", \"network_id\": " + network + ", \"interface_type\": \"ethernet\", \"ip_address\": \"10.1.0.5\"}"));

        assertThat(api.delete("/v1/cells/" + cell + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.get("/v1/networks/" + network).status()).isEqualTo(404);
        assertThat(api.get("/v1/network-interfaces/" + eth0).status()).isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host).status()).as("a device of another cell stays").isEqualTo(200);
    }

    private static String link(JsonNode list, String rel) {
        for (JsonNode link : list.get("links")) {
            if (link.get("rel").stringValue().equals(rel)) {
                return link.get("href").stringValue();
            }
        }
        throw new AssertionError("no " + rel + " link in " + list.get("links"));
    }
}
