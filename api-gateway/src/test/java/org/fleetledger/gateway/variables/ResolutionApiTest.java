package org.fleetledger.gateway.variables;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored resolved variables follow every change: variables at each level, parents moved, nulls that override. */
class ResolutionApiTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    private UUID project;
    private ApiClient api;
    private long cloud;
    private long region;
    private long cell;

    @BeforeEach
    void tree() {
        project = createProject();
        api = userIn(project, Role.MEMBER);
        cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": " + region + "}"));
    }

    private long host(String name, Long parent, String variables) {
        return id(api.post("/v1/hosts", "{\"name\": \"" + name + "\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.1\", \"device_type\": \"server\""
                + (parent == null ? "" : ", \"parent_id\": " + parent) + ", \"variables\": " + variables + "}"));
    }

    private String resolved(long host) {
        return api.get("/v1/hosts/" + host).json().get("variables").toString();
    }

    @Test
    void takesEachKeyFromTheFirstLevelHoldingItWholeAndNullsIncluded() {
        root().put("/v1/projects/" + project + "/variables", "{\"level\": \"project\", \"p\": 1}");
        api.put("/v1/clouds/" + cloud + "/variables", "{\"level\": \"cloud\", \"obj\": {\"a\": 1, \"b\": 2}}");
        api.put("/v1/regions/" + region + "/variables", "{\"level\": \"region\", \"obj\": {\"a\": 9}}");
        long host = host("h", null, "{\"level\": null}");
        assertThat(resolved(host)).isEqualTo("{\"level\":null,\"obj\":{\"a\":9},\"p\":1}");
        assertThat(api.get("/v1/cells/" + cell).json().get("variables").toString())
                .isEqualTo("{\"level\":\"region\",\"obj\":{\"a\":9},\"p\":1}");
        assertThat(api.get("/v1/regions/" + region).json().get("variables").toString())
                .isEqualTo("{\"level\":\"region\",\"obj\":{\"a\":9},\"p\":1}");
        api.delete("/v1/regions/" + region + "/variables", "[\"obj\", \"level\"]");
        assertThat(resolved(host)).isEqualTo("{\"level\":null,\"obj\":{\"a\":1,\"b\":2},\"p\":1}");
        api.put("/v1/cells/" + cell + "/variables", "{\"p\": 3}");
        assertThat(resolved(host)).isEqualTo("{\"level\":null,\"obj\":{\"a\":1,\"b\":2},\"p\":3}");
    }

    @Test
    void movesASubtreeWithItsInheritance() {
        long rackA = host("rack-a", null, "{\"rack\": \"a\"}");
        long rackB = host("rack-b", null, "{\"rack\": \"b\", \"power\": \"dc\"}");
        long hv = host("hv", rackA, "{}");
        long vm = host("vm", hv, "{}");
        assertThat(resolved(vm)).isEqualTo("{\"rack\":\"a\"}");

        assertThat(api.put("/v1/hosts/" + hv, "{\"parent_id\": " + rackB + "}").status()).isEqualTo(200);
        assertThat(resolved(hv)).isEqualTo("{\"power\":\"dc\",\"rack\":\"b\"}");
        assertThat(resolved(vm)).as("the grandchild moved along").isEqualTo("{\"power\":\"dc\",\"rack\":\"b\"}");
        api.put("/v1/hosts/" + rackB + "/variables", "{\"rack\": \"b2\"}");
        assertThat(resolved(vm)).isEqualTo("{\"power\":\"dc\",\"rack\":\"b2\"}");
        api.put("/v1/hosts/" + hv + "/variables", "{\"rack\": \"hv\"}");
        assertThat(resolved(vm)).isEqualTo("{\"power\":\"dc\",\"rack\":\"hv\"}");
        assertThat(resolved(rackA)).isEqualTo("{\"rack\":\"a\"}");
        api.put("/v1/hosts/" + hv, "{\"parent_id\": null}");
        assertThat(resolved(vm)).isEqualTo("{\"rack\":\"hv\"}");
    }

    @Test
    void answersTheStoredJsonAsSentWithKeysInCodePointOrder() {
        api.put("/v1/regions/" + region + "/variables", "{\"zone\": \"z1\", \"Zeta\": [1, {\"k\": null}]}");
        long host = host("h", null, "{\"b\\\"q\": \"x\\u0001\", \"a\": 1.10, \"\u00e9\": true, \"aa\": 12345678901234567890}");

        String own = api.get("/v1/hosts/" + host + "/variables?resolved-values=false").text();
        assertThat(own).isEqualTo("{\"variables\":{\"a\":1.10,\"aa\":12345678901234567890,\"b\\\"q\":\"x\\u0001\","
                + "\"\u00e9\":true}}");
        String resolved = api.get("/v1/hosts/" + host + "/variables?resolved-values=true").text();
        assertThat(resolved).isEqualTo("{\"variables\":{\"Zeta\":[1, {\"k\": null}],\"a\":1.10,"
                + "\"aa\":12345678901234567890,\"b\\\"q\":\"x\\u0001\",\"zone\":\"z1\",\"\u00e9\":true}}");
    }

    @Test
    void storesWhatARecomputationGivesAfterConcurrentWritesOfDevicesOwnVariables() throws Exception {
        root().put("/v1/projects/" + project + "/variables", "{\"level\": \"project\", \"p\": 1}");
        api.put("/v1/regions/" + region + "/variables", "{\"level\": \"region\", \"obj\": {\"a\": 9}}");
        api.put("/v1/labels/gpu/variables", "{\"level\": \"label\", \"g\": true}");
        long rack = host("rack", null, "{\"rack\": \"a\"}");
        List<Long> hosts = new ArrayList<>(List.of(rack));
        for (int i = 0; i < 6; i++) {
            long host = host("h" + i, i % 2 == 0 ? rack : null, "{\"n\": " + i + "}");
            api.put("/v1/hosts/" + host + "/labels", "{\"labels\": [\"gpu\"]}");
            hosts.add(host);
        }
        // writes that commit together reach the projection in one batch: devices' own values set, the rack's
        // too (whose children are recomputed), keys set twice, deleted and set again, nulls and objects
        String[] bodies = {"{\"level\": \"own\"}", "{\"obj\": {\"b\": 1}, \"n\": null}", "{\"level\": null}",
                "{\"p\": [1, 2], \"rack\": \"b\"}", "{\"g\": false, \"level\": {\"x\": \"y\"}}"};
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long host = hosts.get(i % hosts.size());
                String body = bodies[i % bodies.length];
                boolean delete = i % 7 == 3;
                writes.add(pool.submit(() -> delete
                        ? api.delete("/v1/hosts/" + host + "/variables", "[\"level\"]")
                        : api.put("/v1/hosts/" + host + "/variables", body)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String recomputed = """
                select n.owner_type, n.owner_id,
                       coalesce(jsonb_object_agg(v.key, v.value order by c.rank desc)
                                filter (where v.key is not null), '{}'::jsonb) as resolved
                from resolution_node n
                cross join lateral resolution_chain(n) c
                left join variable_view v on v.owner_type = c.type and v.owner_id = c.id
                where n.project_id = ?
                group by n.owner_type, n.owner_id""";
        String stored = "select owner_type, owner_id, resolved from resolved_variables where project_id = ?";
        assertThat(jdbc.queryForObject("select count(*) from (" + recomputed + ") r", Long.class, project))
                .isGreaterThan((long) hosts.size());
        assertThat(jdbc.queryForList("(" + recomputed + ") except (" + stored + ")", project, project))
                .as("stored rows that differ from a recomputation").isEmpty();
        assertThat(jdbc.queryForList("(" + stored + ") except (" + recomputed + ")", project, project)).isEmpty();
        assertThat(resolved(hosts.get(1))).contains("\"rack\"");
    }
}
