package org.fleetledger.gateway.search;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code vars} filter with inheritance: with {@code resolved-values} (the default) a resource
 * matches by the value it resolves the key to, so values set higher up count and a child's own
 * value overrides them, matching or not.
 */
class InheritedVarsFilterApiTest extends ApiTest {

    private ApiClient api;
    private long cloud;
    private long region;
    private long region2;
    private long cell;
    private long cell2;
    private long h1;
    private long h2;
    private long h3;
    private long sw;
    private long vm;

    @BeforeEach
    void fleet() {
        api = newProjectWithUser(Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"tz\": \"UTC\"}}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud
                + ", \"variables\": {\"foo\": \"bar\"}}"));
        region2 = id(api.post("/v1/regions", "{\"name\": \"r2\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"hw\": {\"disks\": [{\"vendor\": \"WD\"}]}}}"));
        cell2 = id(api.post("/v1/cells", "{\"name\": \"k2\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + "}"));
        h1 = device("/v1/hosts", "h1", region, cell, null, "{\"foo\": \"baz\"}");
        h2 = device("/v1/hosts", "h2", region, cell, null, "{}");
        h3 = device("/v1/hosts", "h3", region2, null, null, "{}");
        sw = device("/v1/network-devices", "sw", region, cell2, null, "{\"uplink\": 40}");
        vm = device("/v1/hosts", "vm", region, cell2, sw, "{}");
    }

    private long device(String path, String name, long regionId, Long cellId, Long parent, String variables) {
        return id(api.post(path, "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": " + regionId
                + (cellId == null ? "" : ", \"cell_id\": " + cellId) + (parent == null ? "" : ", \"parent_id\": " + parent)
                + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\", \"variables\": " + variables + "}"));
    }

    private List<Long> ids(String path, String list, String vars) {
        String separator = path.contains("?") ? "&" : "?";
        var response = api.get(path + separator + "vars=" + URLEncoder.encode(vars, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return idsOf(response.json().get(list));
    }

    @Test
    void aChildsOwnValueOverridesItsRegionsMatchingOrNot() {
        assertThat(ids("/v1/hosts", "hosts", "foo:\"baz\"")).containsExactly(h1);
        assertThat(ids("/v1/hosts", "hosts", "foo:\"bar\"")).as("h1 overrides the region's value")
                .containsExactly(h2, vm);
        assertThat(ids("/v1/hosts?resolved-values=false", "hosts", "foo:\"bar\"")).as("own variables only").isEmpty();
        assertThat(ids("/v1/hosts?resolved-values=false", "hosts", "foo:\"baz\"")).containsExactly(h1);
    }

    @Test
    void inheritsThroughCellsCloudsAndParentDevices() {
        assertThat(ids("/v1/hosts", "hosts", "tz:\"UTC\"")).containsExactly(h1, h2, h3, vm);
        assertThat(ids("/v1/hosts", "hosts", "hw.disks[*].vendor:\"WD\"")).containsExactly(h1, h2);
        assertThat(ids("/v1/hosts", "hosts", "uplink:40")).as("from the parent switch").containsExactly(vm);
        assertThat(ids("/v1/network-devices", "network_devices", "uplink:40")).containsExactly(sw);
        assertThat(ids("/v1/cells", "cells", "foo:\"bar\"")).containsExactly(cell, cell2);
        assertThat(ids("/v1/cells?resolved-values=false", "cells", "foo:\"bar\"")).isEmpty();
        assertThat(ids("/v1/regions", "regions", "tz:\"UTC\"")).containsExactly(region, region2);
        assertThat(ids("/v1/hosts", "hosts", "tz:\"UTC\",foo:\"bar\"")).containsExactly(h2, vm);
    }

    @Test
    void followsChangesAtEveryLevel() {
        api.put("/v1/regions/" + region + "/variables", "{\"foo\": \"qux\"}");
        assertThat(ids("/v1/hosts", "hosts", "foo:\"qux\"")).containsExactly(h2, vm);
        api.delete("/v1/hosts/" + h1 + "/variables", "[\"foo\"]");
        assertThat(ids("/v1/hosts", "hosts", "foo:\"qux\"")).containsExactly(h1, h2, vm);
        api.put("/v1/hosts/" + vm, "{\"parent_id\": null}");
        assertThat(ids("/v1/hosts", "hosts", "uplink:40")).as("no longer below the switch").isEmpty();
        api.put("/v1/labels/gpu/variables", "{\"uplink\": 40}");
        api.put("/v1/hosts/" + h3 + "/labels", "{\"labels\": [\"gpu\"]}");
        assertThat(ids("/v1/hosts", "hosts", "uplink:40")).as("from a label").containsExactly(h3);
    }

    @Test
    void networksMatchTheirOwnVariablesOnlyAndDevicesTakeNoVars() {
        long network = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.0.0.0/24\", \"gateway\": "
                + "\"10.0.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"variables\": {\"mtu\": 9000}}"));
        assertThat(ids("/v1/networks", "networks", "mtu:9000")).containsExactly(network);
        assertThat(ids("/v1/networks", "networks", "foo:\"bar\"")).as("networks inherit nothing").isEmpty();
        assertThat(api.get("/v1/devices?vars=foo:%22bar%22").status()).isEqualTo(400);
        assertThat(api.get("/v1/network-interfaces?vars=foo:%22bar%22").status()).isEqualTo(400);
    }
}
