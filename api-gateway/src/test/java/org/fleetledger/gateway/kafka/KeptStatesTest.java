package org.fleetledger.gateway.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.TestPublishers;
import org.fleetledger.gateway.support.TopicRecords;
import org.fleetledger.query.stream.ChangePublisher;
import org.fleetledger.query.stream.ChangePublishers;
import org.fleetledger.query.stream.ChangeStreamSettings;
import org.fleetledger.query.stream.StreamStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record's before and after do not depend on how the publisher kept its resource's state: as an
 * object, packed, or not at all and folded again from the log (ADR 0047).
 */
class KeptStatesTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HOSTS = 12;

    @Autowired
    ChangePublishers publishers;

    @Autowired
    KafkaBroker broker;

    @Test
    void publishesTheSameRecordsHoweverStatesAreKept() throws Exception {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        ApiResponse created = api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}");
        long region = id(created);

        // five events a round, over more hosts than two kept as objects: most states are pushed out
        Map<String, ChangePublisher> started = new TreeMap<>();
        started.put("objects", publisher(1_000, 0));
        started.put("packed", publisher(2, 1 << 20));
        started.put("folded", publisher(0, 0));
        long last;
        try {
            long head = created.position();
            started.values().forEach(ChangePublisher::start);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> started.values().stream().allMatch(p -> p.status().position() >= head));
            last = writeToManyHosts(api, cloud, region);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> started.values().stream().allMatch(p -> p.status().position() >= last));
        } finally {
            started.values().forEach(ChangePublisher::stop);
        }

        Map<String, Map<String, String>> recordsBy = new TreeMap<>();
        started.forEach((how, publisher) -> recordsBy.put(how, records(publisher.topic(), project)));
        Map<String, String> asObjects = recordsBy.get("objects");
        assertThat(asObjects).hasSizeGreaterThan(HOSTS * 5);
        assertThat(asObjects.values()).filteredOn(value -> value.contains("\"op\":\"u\""))
                .anyMatch(value -> value.contains("\"before\":{") && value.contains("\"count\":"));
        assertThat(recordsBy.get("packed")).isEqualTo(asObjects);
        assertThat(recordsBy.get("folded")).isEqualTo(asObjects);
        // none of this test's hosts; a stray event of an earlier test's resource would be the only one
        assertThat(started.get("packed").statesFoldedAgain()).as("states pushed out were kept packed")
                .isLessThan(HOSTS);
        assertThat(started.get("packed").packedStateBytes()).isPositive();
        assertThat(started.get("folded").statesFoldedAgain()).as("no state kept").isGreaterThan(HOSTS * 5);
    }

    private ChangePublisher publisher(int keptStates, long packedStateBytes) throws Exception {
        return TestPublishers.onNewTopic(publishers, broker.bootstrapServers(), new ChangeStreamSettings(
                "kept-states-" + UUID.randomUUID(), true, 5, Duration.ofMillis(20), StreamStart.NOW, keptStates,
                packedStateBytes));
    }

    /** Creates hosts, then changes each in turn: variables of every JSON kind, labels, fields; deletes some. */
    private long writeToManyHosts(ApiClient api, long cloud, long region) {
        List<Long> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            hosts.add(id(api.post("/v1/hosts", "{\"name\": \"kept-" + i + "\", \"cloud_id\": " + cloud
                    + ", \"region_id\": " + region + ", \"ip_address\": \"10.9.0." + i
                    + "\", \"device_type\": \"server\", \"variables\": {\"count\": " + i + "}}")));
        }
        long last = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < HOSTS; i++) {
                String path = "/v1/hosts/" + hosts.get(i);
                api.put(path + "/variables", "{\"count\": " + (i * 1_000_000_000_000L + round)
                        + ", \"ratio\": " + round + ".50, \"huge\": 123456789012345678901234567890, \"on\": "
                        + (round % 2 == 0) + ", \"none\": null, \"text\": \"r\u00fcck " + round
                        + "\", \"nested\": {\"list\": [1, \"a\", null, {\"x\": -2.5E-3}]}}");
                api.put(path + "/labels", "{\"labels\": [\"round-" + round + "\", \"gpu\"]}");
                last = api.put(path, "{\"name\": \"kept-" + i + "-" + round + "\"}").position();
                if (round == 2 && i % 4 == 0) {
                    api.delete(path + "/variables", "[\"none\"]");
                    last = api.delete(path).position();
                }
            }
        }
        return last;
    }

    /** The records of the project's resources by event id, tombstones marked, without their send times. */
    private Map<String, String> records(String topic, UUID project) {
        Map<String, String> byEvent = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicRecords.all(broker.bootstrapServers(), topic)) {
            String eventId = TopicRecords.eventId(record);
            if (record.value() == null) {
                byEvent.put(eventId + "/tombstone", record.key());
                continue;
            }
            JsonNode value = JSON.readTree(record.value());
            if (value.get("resource").get("project_id").stringValue().equals(project.toString())) {
                ((ObjectNode) value).remove("ts_ms");
                byEvent.put(eventId, value.toString());
            }
        }
        return byEvent;
    }
}
