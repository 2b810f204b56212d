package org.fleetledger.gateway.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A new topic started with a snapshot: one {@code r} record per resource as it stands, then the changes after. */
class SnapshotTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangePublishers publishers;

    @Autowired
    KafkaBroker broker;

    @Test
    void startsANewTopicWithTheResourcesAsTheyStand() throws Exception {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"a\": 1}}"));
        api.put("/v1/clouds/" + cloud + "/variables", "{\"a\": 2}");
        long region = id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}"));
        long gone = id(api.post("/v1/clouds", "{\"name\": \"gone\"}"));
        long head = api.delete("/v1/clouds/" + gone).position();

        String topic = "snapshot-" + UUID.randomUUID();
        ChangePublisher publisher = TestPublishers.onNewTopic(publishers, broker.bootstrapServers(),
                new ChangeStreamSettings(topic, true, 500, Duration.ofMillis(50), StreamStart.SNAPSHOT, 1_000, 0));
        publisher.start();
        long after;
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> publisher.status().position() >= head);
            after = api.put("/v1/clouds/" + cloud + "/variables", "{\"b\": 3}").position();
            await().atMost(Duration.ofSeconds(30)).until(() -> publisher.status().position() >= after);
        } finally {
            publisher.stop();
        }

        Map<String, JsonNode> snapshotOf = new HashMap<>();
        JsonNode change = null;
        for (ConsumerRecord<String, byte[]> record : TopicRecords.all(broker.bootstrapServers(), topic)) {
            JsonNode value = JSON.readTree(record.value());
            if (value.get("op").stringValue().equals("r")) {
                assertThat(snapshotOf.put(record.key(), value)).as("one snapshot record per resource").isNull();
            } else if (value.get("position").longValue() == after) {
                change = value;
            }
        }
        JsonNode cloudNow = snapshotOf.get("cloud:" + cloud);
        assertThat(cloudNow.get("before").isNull()).isTrue();
        assertThat(cloudNow.get("after").get("variables").toString()).isEqualTo("{\"a\":2}");
        assertThat(cloudNow.get("type").stringValue()).isEqualTo("VariablesSet");
        assertThat(snapshotOf.get("region:" + region).get("after").get("cloud_id").longValue()).isEqualTo(cloud);
        assertThat(snapshotOf).as("a deleted resource has no snapshot").doesNotContainKey("cloud:" + gone);
        assertThat(snapshotOf.values()).allMatch(value -> value.get("position").longValue() <= head);
        assertThat(change).as("the change after the snapshot").isNotNull();
        assertThat(change.get("op").stringValue()).isEqualTo("u");
        assertThat(change.get("before").get("variables").toString()).isEqualTo("{\"a\":2}");
    }
}
