package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code as_of} and variable diffs on devices, answered from the log. */
class TimeTravelApiTest extends ApiTest {

    private ApiClient api;
    private long cloud;
    private long region;
    private long cell;

    @BeforeEach
    void tree() {
        UUID project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));
    }

    private long device(String kind, String name, Long parent, String variables) {
        return id(api.post("/v1/" + kind, "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\""
                + (parent == null ? "" : ", \"parent_id\": " + parent) + ", \"variables\": " + variables + "}"));
    }

    private String variables(String path) {
        return api.get(path).json().get("variables").toString();
    }

    @Test
    void answersAHostAsItWasAtEachPositionAndTime() throws InterruptedException {
        long host = device("hosts", "h1", null, "{\"a\": 1}");
        long created = api.get("/v1/hosts/" + host + "/history").json().get("history").get(0).get("position").longValue();
        long regionSet = api.put("/v1/regions/" + region + "/variables", "{\"r\": \"x\"}").position();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        api.put("/v1/hosts/" + host + "/variables", "{\"a\": 2}");
        long renamed = api.put("/v1/hosts/" + host, "{\"name\": \"h2\"}").position();
        assertThat(api.delete("/v1/hosts/" + host).status()).isEqualTo(204);

        JsonNode atCreation = api.get("/v1/hosts/" + host + "?as_of=" + created).json();
        assertThat(atCreation.get("name").stringValue()).isEqualTo("h1");
        assertThat(atCreation.get("cell_id").longValue()).isEqualTo(cell);
        assertThat(atCreation.get("variables").toString()).isEqualTo("{\"a\":1}");
        assertThat(variables("/v1/hosts/" + host + "/variables?as_of=" + regionSet)).isEqualTo("{\"a\":1,\"r\":\"x\"}");
        assertThat(variables("/v1/hosts/" + host + "/variables?as_of=" + between)).isEqualTo("{\"a\":1,\"r\":\"x\"}");
        assertThat(variables("/v1/hosts/" + host + "/variables?resolved-values=false&as_of=" + renamed))
                .isEqualTo("{\"a\":2}");
        JsonNode beforeDeletion = api.get("/v1/hosts/" + host + "?as_of=" + renamed).json();
        assertThat(beforeDeletion.get("name").stringValue()).isEqualTo("h2");
        assertThat(beforeDeletion.get("updated_at").isNull()).isFalse();

        assertThat(api.get("/v1/hosts/" + host).status()).as("deleted now").isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host + "?as_of=" + (created - 1)).status()).as("not yet").isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host + "?as_of=2000-01-01T00:00:00Z").status()).isEqualTo(404);
        assertThat(api.get("/v1/network-devices/" + host + "?as_of=" + renamed).status()).isEqualTo(404);
        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/hosts/" + host + "?as_of=" + renamed).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/hosts/" + host + "?as_of=yesterday").json().get("message").stringValue())
                .contains("'as_of'");
        JsonNode explained = api.get("/v1/hosts/" + host + "/variables?explain=true&as_of=" + regionSet).json();
        assertThat(explained.get("provenance").get("r").get("scope").toString())
                .isEqualTo("{\"type\":\"region\",\"id\":" + region + ",\"name\":\"r\"}");
        assertThat(explained.get("provenance").get("a").get("position").longValue()).isEqualTo(created);
        assertThat(api.get("/v1/hosts/" + host + "?as_of=" + renamed).header("ETag")).isNull();
    }

    @Test
    void resolvesThroughParentsLabelsAndEveryScopeAsTheyWere() {
        long rack = device("network-devices", "switch", null, "{\"rack\": \"r1\", \"p\": \"switch\"}");
        long host = device("hosts", "h", rack, "{\"own\": 1}");
        api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\", \"a-first\"]}");
        api.put("/v1/labels/gpu/variables", "{\"p\": \"gpu\", \"l\": \"gpu\"}");
        api.put("/v1/labels/a-first/variables", "{\"l\": \"a\"}");
        api.put("/v1/cells/" + cell + "/variables", "{\"c\": 1, \"rack\": \"cell\"}");
        long before = api.put("/v1/clouds/" + cloud + "/variables", "{\"cloud\": true}").position();

        String live = variables("/v1/hosts/" + host + "/variables?resolved-values=true");
        JsonNode liveExplained = api.get("/v1/hosts/" + host + "/variables?explain=true").json().get("provenance");
        assertThat(api.get("/v1/hosts/" + host + "/variables?explain=true&as_of=" + before).json()
                .get("provenance")).as("the log explains as the read model does").isEqualTo(liveExplained);
        assertThat(live).isEqualTo("{\"c\":1,\"cloud\":true,\"l\":\"gpu\",\"own\":1,\"p\":\"switch\",\"rack\":\"r1\"}");
        assertThat(variables("/v1/hosts/" + host + "/variables?as_of=" + before)).as("the log agrees").isEqualTo(live);

        api.put("/v1/network-devices/" + rack + "/variables", "{\"rack\": \"r2\"}");
        api.delete("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\"]}");
        assertThat(variables("/v1/hosts/" + host + "/variables?as_of=" + before)).isEqualTo(live);
        String now = variables("/v1/hosts/" + host + "/variables?resolved-values=true");
        assertThat(now).isEqualTo("{\"c\":1,\"cloud\":true,\"l\":\"a\",\"own\":1,\"p\":\"switch\",\"rack\":\"r2\"}");

        JsonNode diff = api.get("/v1/hosts/" + host + "/variables/diff?from=" + before).json();
        assertThat(diff.get("changed").toString())
                .isEqualTo("{\"l\":{\"from\":\"gpu\",\"to\":\"a\"},\"rack\":{\"from\":\"r1\",\"to\":\"r2\"}}");
        assertThat(diff.get("added").size() + diff.get("removed").size()).isZero();
        assertThat(diff.get("from").longValue()).isEqualTo(before);
        JsonNode own = api.get("/v1/hosts/" + host + "/variables/diff?resolved-values=false&from=" + before).json();
        assertThat(own.get("changed").size() + own.get("added").size() + own.get("removed").size()).isZero();
        JsonNode switchDiff = api.get("/v1/network-devices/" + rack + "/variables/diff?from=" + before + "&to="
                + Instant.now()).json();
        assertThat(switchDiff.get("changed").toString()).isEqualTo("{\"rack\":{\"from\":\"r1\",\"to\":\"r2\"}}");
        assertThat(api.get("/v1/hosts/" + host + "/variables/diff").status()).as("from is required").isEqualTo(400);
        assertThat(api.get("/v1/hosts/999999999/variables/diff?from=1").status()).isEqualTo(404);
    }

    @Test
    void answersCloudsRegionsAndCellsAsTheyWere() {
        api.put("/v1/clouds/" + cloud + "/variables", "{\"c\": 1}");
        long then = api.put("/v1/regions/" + region + "/variables", "{\"r\": 1}").position();
        api.put("/v1/clouds/" + cloud, "{\"name\": \"c2\"}");
        api.put("/v1/clouds/" + cloud + "/variables", "{\"c\": 2}");
        assertThat(api.delete("/v1/cells/" + cell).status()).isEqualTo(204);

        JsonNode oldCloud = api.get("/v1/clouds/" + cloud + "?as_of=" + then).json();
        assertThat(oldCloud.get("name").stringValue()).isEqualTo("c");
        assertThat(oldCloud.get("variables").toString()).isEqualTo("{\"c\":1}");
        assertThat(oldCloud.get("updated_at").isNull()).isTrue();
        assertThat(api.get("/v1/clouds/" + cloud).json().get("name").stringValue()).isEqualTo("c2");
        assertThat(api.get("/v1/regions/" + region + "?as_of=" + then).json().get("variables").toString())
                .isEqualTo("{\"c\":1,\"r\":1}");
        assertThat(api.get("/v1/regions/" + region + "?resolved-values=false&as_of=" + then).json().get("variables")
                .toString()).isEqualTo("{\"r\":1}");
        JsonNode oldCell = api.get("/v1/cells/" + cell + "?as_of=" + then).json();
        assertThat(oldCell.get("region_id").longValue()).isEqualTo(region);
        assertThat(oldCell.get("variables").toString()).isEqualTo("{\"c\":1,\"r\":1}");
        assertThat(api.get("/v1/cells/" + cell).status()).isEqualTo(404);
        assertThat(variables("/v1/cells/" + cell + "/variables?as_of=" + then)).as("own, of a deleted cell")
                .isEqualTo("{}");
        assertThat(variables("/v1/clouds/" + cloud + "/variables?as_of=" + then)).isEqualTo("{\"c\":1}");
        assertThat(variables("/v1/clouds/" + cloud + "/variables")).isEqualTo("{\"c\":2}");
        assertThat(api.get("/v1/cells/" + cell + "/variables").status()).isEqualTo(404);
        assertThat(api.get("/v1/clouds/" + cloud + "/variables?as_of=1").status()).as("not yet").isEqualTo(404);
        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/clouds/" + cloud + "?as_of=" + then).status())
                .isEqualTo(404);
        JsonNode fields = api.get("/v1/clouds/" + cloud + "/diff?from=" + then).json();
        assertThat(fields.get("changed").toString()).isEqualTo("{\"name\":{\"from\":\"c\",\"to\":\"c2\"}}");
        assertThat(fields.get("added").size() + fields.get("removed").size()).isZero();
        JsonNode deletedCell = api.get("/v1/cells/" + cell + "/diff?from=" + then).json();
        assertThat(deletedCell.get("removed").get("name").stringValue()).isEqualTo("k");
        assertThat(api.get("/v1/cells/" + cell + "/diff").status()).isEqualTo(400);
    }

    @Test
    void answersNetworksAndInterfacesAsTheyWere() {
        long device = device("hosts", "nic-host", null, "{}");
        long network = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.0.0.0/24\", \"gateway\": "
                + "\"10.0.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": {\"mtu\": 1500}}"));
        long nic = id(api.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + device
                + ", \"network_id\": " + network + ", \"interface_type\": \"ethernet\", \"ip_address\": \"10.0.0.7\"}"));
        long then = api.put("/v1/networks/" + network + "/variables", "{\"mtu\": 9000}").position() - 1;
        api.put("/v1/networks/" + network, "{\"name\": \"n2\"}");
        api.put("/v1/network-interfaces/" + nic, "{\"name\": \"eth1\"}");

        JsonNode oldNetwork = api.get("/v1/networks/" + network + "?as_of=" + then).json();
        assertThat(oldNetwork.get("name").stringValue()).isEqualTo("n");
        assertThat(oldNetwork.get("cidr").stringValue()).isEqualTo("10.0.0.0/24");
        assertThat(oldNetwork.get("variables").toString()).isEqualTo("{\"mtu\":1500}");
        JsonNode oldNic = api.get("/v1/network-interfaces/" + nic + "?as_of=" + then).json();
        assertThat(oldNic.get("name").stringValue()).isEqualTo("eth0");
        assertThat(oldNic.get("device_id").longValue()).isEqualTo(device);
        assertThat(oldNic.get("ip_address").stringValue()).isEqualTo("10.0.0.7");
        assertThat(api.get("/v1/network-interfaces/" + nic).json().get("name").stringValue()).isEqualTo("eth1");
    }
}
