package org.fleetledger.gateway.ledger;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.ReadModelRows;
import org.fleetledger.gateway.support.Rebuilds;
import org.fleetledger.query.jooq.DefaultSchema;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay test: read models rebuilt from the log equal the live ones, row by row, and the API keeps
 * serving reads and writes while they are rebuilt.
 */
class RebuildTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void rebuildsEveryReadModelAsideAndSwitchesToAnEqualCopy() throws InterruptedException {
        fleetWithHistory();
        Rebuilds.awaitIdle(root());
        Map<String, List<String>> before = ReadModelRows.of(new JdbcTemplate(dataSource));
        assertThat(before.get("resolved_variables")).isNotEmpty();
        List<String> indexesBefore = indexes();

        JsonNode started = root().post("/v1/ledger/rebuild", null).json();
        assertThat(started.get("state").stringValue()).isIn("building", "switching", "done");
        ApiClient api = newProjectWithUser(Role.MEMBER);
        assertThat(api.post("/v1/clouds", "{\"name\": \"during\"}").status()).as("writes go on").isEqualTo(201);
        JsonNode done = Rebuilds.awaitIdle(root());
        assertThat(done.get("state").stringValue()).isEqualTo("done");
        assertThat(done.get("events_done").longValue()).isPositive();
        assertThat(done.get("events_per_second").doubleValue()).isPositive();

        Map<String, List<String>> after = ReadModelRows.of(new JdbcTemplate(dataSource));
        for (String table : before.keySet()) {
            List<String> rows = new ArrayList<>(after.get(table));
            // rows of what was written while rebuilding are the only difference allowed
            rows.removeIf(row -> row.contains("during"));
            if (!table.equals("user_view") && !table.equals("project_view")) {
                assertThat(rows).as(table).containsExactlyInAnyOrderElementsOf(before.get(table));
            } else {
                assertThat(rows).as(table).containsAll(before.get(table));
            }
        }
        // the rebuild builds the indexes after filling the tables: the same ones, on the same columns
        assertThat(indexes()).containsExactlyInAnyOrderElementsOf(indexesBefore);
        assertThat(api.get("/v1/clouds?name=during").status()).isEqualTo(200);
        long after2 = id(api.post("/v1/clouds", "{\"name\": \"after\"}"));
        assertThat(api.get("/v1/clouds/" + after2).status()).as("processors resumed").isEqualTo(200);
        JsonNode actuator = root().get("/actuator/rebuild").json();
        assertThat(actuator.get("state").stringValue()).isEqualTo("done");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'read_model_%'", Long.class)).isZero();
    }

    /** Every index of the live read models, by table and definition, without its name. */
    private List<String> indexes() {
        return new JdbcTemplate(dataSource).queryForList("""
                SELECT tablename || ': ' || regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON')
                FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY (?)""", String.class,
                (Object) DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).toArray(String[]::new));
    }

    private void fleetWithHistory() {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"tier\": 1}}"));
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long cell = id(api.post("/v1/cells", "{\"name\": \"k\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + ", \"variables\": {\"rack\": \"k\"}}"));
        long parent = id(api.post("/v1/network-devices", "{\"name\": \"sw\", \"cloud_id\": " + cloud
                + ", \"region_id\": " + region + ", \"cell_id\": " + cell
                + ", \"ip_address\": \"10.0.0.2\", \"device_type\": \"switch\", \"variables\": {\"up\": 1}}"));
        for (int i = 0; i < 5; i++) {
            long host = id(api.post("/v1/hosts", "{\"name\": \"h" + i + "\", \"cloud_id\": " + cloud
                    + ", \"region_id\": " + region + ", \"cell_id\": " + cell + ", \"parent_id\": " + parent
                    + ", \"ip_address\": \"10.0.0." + (10 + i) + "\", \"device_type\": \"server\", \"labels\": [\"l"
                    + (i % 2) + "\"], \"variables\": {\"i\": " + i + "}}"));
            if (i == 3) {
                api.delete("/v1/hosts/" + host);
            }
        }
        // resolved in bulk at the end of a rebuild: a host with neither parent nor label, one without a cell
        String plain = "{\"name\": \"plain\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"cell_id\": " + cell + ", \"ip_address\": \"10.0.0.20\", \"device_type\": \"server\", "
                + "\"variables\": {\"rack\": \"own\", \"p\": 1, \"n\": null, \"empty\": \"\", "
                // a replay copies new owners' rows as CSV (ADR 0058): quotes, commas, backslashes, line breaks
                + "\"odd\": \"say \\\"hi\\\", then\\\\back\\nline\\ttab \u00e9 \u2713\", "
                + "\"nested\": {\"a,b\": [\"\\\"\", null, \"\\r\\n\"]}}}";
        String cellLess = "{\"name\": \"cell-less\", \"cloud_id\": " + cloud + ", \"region_id\": " + region
                + ", \"ip_address\": \"10.0.0.21\", \"device_type\": \"server\", \"variables\": {\"q\": 2}}";
        assertThat(api.post("/v1/hosts", plain).status()).isEqualTo(201);
        assertThat(api.post("/v1/hosts", cellLess).status()).isEqualTo(201);
        api.put("/v1/labels/l1/variables", "{\"gpu\": true}");
        api.put("/v1/regions/" + region + "/variables", "{\"dns\": \"a\"}");
        // a rebuild holds variable rows back and folds them by key: the newest setting of a key wins, and a
        // deletion removes what was set before it, not what is set after it
        api.put("/v1/regions/" + region + "/variables", "{\"dns\": \"b\", \"ttl\": 1}");
        api.delete("/v1/regions/" + region + "/variables", "[\"ttl\", \"dns\"]");
        api.put("/v1/regions/" + region + "/variables", "{\"dns\": \"c\"}");
        long network = id(api.post("/v1/networks", "{\"name\": \"n\", \"cidr\": \"10.0.0.0/24\", \"gateway\": "
                + "\"10.0.0.1\", \"netmask\": \"255.255.255.0\", \"cloud_id\": " + cloud + ", \"region_id\": "
                + region + "}"));
        api.post("/v1/network-interfaces", "{\"name\": \"eth0\", \"device_id\": " + parent + ", \"network_id\": "
                + network + ", \"interface_type\": \"ethernet\", \"ip_address\": \"10.0.0.2\"}");
    }
}
