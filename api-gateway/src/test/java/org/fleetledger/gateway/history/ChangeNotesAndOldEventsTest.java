package org.fleetledger.gateway.history;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project that requires change notes; a project, and a host, whose creation is stored in the event's
 * first shape.
 */
class ChangeNotesAndOldEventsTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void refusesWritesWithoutANoteWhereTheProjectRequiresOne() {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        assertThat(admin.get("/v1/projects/" + project + "/settings").json().toString())
                .isEqualTo("{\"require_change_note\":false}");
        assertThat(admin.post("/v1/clouds", "{\"name\": \"before\"}").status()).isEqualTo(201);

        assertThat(admin.put("/v1/projects/" + project + "/settings", "{\"require_change_note\": true}").json()
                .toString()).isEqualTo("{\"require_change_note\":true}");
        var refused = admin.post("/v1/clouds", "{\"name\": \"silent\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").stringValue()).contains("X-Change-Note");
        assertThat(admin.with("X-Change-Note", "  ").post("/v1/clouds", "{\"name\": \"blank\"}").status())
                .isEqualTo(400);
        var clouds = admin.get("/v1/clouds");
        assertThat(clouds.status()).as("reads need no note").isEqualTo(200);
        assertThat(clouds.text()).as("nothing stored").doesNotContain("silent").doesNotContain("blank");

        ApiClient noted = admin.with("X-Change-Note", "ticket OPS-7");
        assertThat(noted.post("/v1/clouds", "{\"name\": \"explained\"}").status()).isEqualTo(201);
        assertThat(admin.put("/v1/projects/" + project + "/settings", "{\"require_change_note\": false}").status())
                .as("turning it off is a write too").isEqualTo(400);
        assertThat(noted.put("/v1/projects/" + project + "/settings", "{\"require_change_note\": false}").status())
                .isEqualTo(200);
        assertThat(admin.post("/v1/clouds", "{\"name\": \"after\"}").status()).isEqualTo(201);

        JsonNode history = root().get("/v1/projects/" + project + "/history").json().get("history");
        assertThat(history.get(1).get("type").stringValue()).isEqualTo("ProjectSettingsChanged");
        assertThat(history.get(1).get("changes").get("fields").toString())
                .isEqualTo("{\"require_change_note\":{\"before\":false,\"after\":true}}");
        assertThat(history.get(2).get("note").stringValue()).isEqualTo("ticket OPS-7");
        assertThat(admin.put("/v1/projects/" + project + "/settings", "{\"require_change_note\": 1}").status())
                .isEqualTo(400);
    }

    @Test
    void readsAProjectCreatedInTheEventsFirstShape() {
        UUID project = UUID.randomUUID();
        long position = storeFirstShapeProjectCreated(project, "from-an-older-release");
        ApiClient root = root().with("X-Ledger-Min-Position", Long.toString(position));

        JsonNode read = root.get("/v1/projects/" + project).json();
        assertThat(read.get("name").stringValue()).isEqualTo("from-an-older-release");
        assertThat(root.get("/v1/projects/" + project + "/settings").json().get("require_change_note").booleanValue())
                .isFalse();
        assertThat(root.put("/v1/projects/" + project + "/variables", "{\"k\": 1}").status())
                .as("the aggregate loads from the old event").isEqualTo(200);
        assertThat(root.get("/v1/projects/" + project + "?as_of=" + position).json().get("name").stringValue())
                .isEqualTo("from-an-older-release");
        assertThat(root.get("/v1/projects/" + project + "/variables?as_of=" + position).json().toString())
                .isEqualTo("{\"variables\":{}}");
        assertThat(root.get("/v1/projects/" + project + "/variables").json().toString())
                .isEqualTo("{\"variables\":{\"k\":1}}");
        assertThat(root.get("/v1/projects/" + project + "?as_of=" + (position - 1)).status()).isEqualTo(404);
        JsonNode history = root.get("/v1/projects/" + project + "/history").json().get("history");
        assertThat(history.get(0).get("type").stringValue()).isEqualTo("ProjectCreated");
        assertThat(history.get(0).get("changes").get("fields").get("require_change_note").toString())
                .isEqualTo("{\"after\":false}");
        assertThat(root.get("/v1/ledger/verify").json().get("intact").booleanValue()).isTrue();
    }

    @Test
    void readsAHostCreatedInTheEventsFirstShapeWithItsVariablesInTheirOwnEvent() {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        Place place = newCloudAndRegion(admin);
        long host = 7_000_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L);
        long created = storeOldEvent("host:" + host, 0, "Host", "org.fleetledger.events.device.HostCreated",
                "{\"deviceId\":%d,\"projectId\":\"%s\",\"cloudId\":%d,\"regionId\":%d,\"cellId\":null,"
                        .formatted(host, project, place.cloud(), place.region())
                        + "\"parentId\":null,\"name\":\"old-host\",\"ipAddress\":\"10.0.0.9\","
                        + "\"deviceType\":\"server\",\"active\":true,\"note\":null}");
        long variablesSet = storeOldEvent("host:" + host, 1, "Host", "org.fleetledger.events.variables.VariablesSet",
                "{\"owner\":{\"type\":\"DEVICE\",\"id\":\"%d\"},\"projectId\":\"%s\",\"values\":{\"k\":1}}"
                        .formatted(host, project));
        ApiClient reader = admin.with("X-Ledger-Min-Position", Long.toString(variablesSet));

        assertThat(reader.get("/v1/hosts/" + host).json().get("name").stringValue()).isEqualTo("old-host");
        assertThat(reader.get("/v1/hosts/" + host + "/variables").json().toString())
                .isEqualTo("{\"variables\":{\"k\":1}}");
        assertThat(reader.get("/v1/hosts/" + host + "/variables?as_of=" + created).json().toString())
                .as("the first shape carries no variables").isEqualTo("{\"variables\":{}}");
        JsonNode history = reader.get("/v1/hosts/" + host + "/history").json().get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("changes").path("variables").isEmpty()).isTrue();
        assertThat(history.get(1).get("changes").get("variables").toString()).isEqualTo("{\"k\":{\"after\":1}}");
        JsonNode written = admin.put("/v1/hosts/" + host + "/variables", "{\"j\": 2}").json().get("variables");
        assertThat(fields(written)).as("the aggregate loads from both old events").containsExactlyInAnyOrder("j", "k");
        assertThat(root().get("/v1/ledger/verify").json().get("intact").booleanValue()).isTrue();
    }

    private long storeOldEvent(String aggregate, long sequence, String type, String payloadType, String payload) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""",
                aggregate, sequence, type, eventId,
                "{\"actor_username\":\"system\",\"request_id\":\"old-release\",\"correlationId\":\"old-release\"}",
                payload, payloadType, "2026-11-01T10:00:0" + sequence + "Z");
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
    }

    /** As an older release stored it: no revision, no {@code requireChangeNote}. */
    private long storeFirstShapeProjectCreated(UUID project, String name) {
        return storeOldEvent("project:" + project, 0, "Project", "org.fleetledger.events.project.ProjectCreated",
                "{\"projectId\":\"" + project + "\",\"name\":\"" + name + "\"}");
    }
}
