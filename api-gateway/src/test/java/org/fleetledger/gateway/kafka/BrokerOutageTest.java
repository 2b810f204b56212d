package org.fleetledger.gateway.kafka;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.TopicRecords;
import org.fleetledger.query.stream.ChangePublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's broker stops in the middle of writes, and comes back: writes go on, health shows the
 * change stream DOWN with its lag, and every event reaches the topic once the broker is back.
 */
class BrokerOutageTest extends ApiTest {

    @Autowired
    ChangePublisher publisher;

    @Autowired
    KafkaBroker broker;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    DataSource dataSource;

    @Test
    void writesGoOnWhileTheBrokerIsAwayAndEveryEventArrivesAfterwards() throws Exception {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        AtomicInteger acknowledged = new AtomicInteger();
        Future<?> writes;
        try (ExecutorService writer = Executors.newSingleThreadExecutor()) {
            writes = writer.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    assertThat(api.put("/v1/clouds/" + cloud + "/variables", "{\"n\": " + i + "}").status())
                            .isEqualTo(200);
                    acknowledged.incrementAndGet();
                }
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.get() >= 30);
            broker.embedded().stop();
            int atStop = acknowledged.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> !publisher.status().healthy());
            JsonNode health = anonymous().get("/actuator/health").json();
            assertThat(health.get("components").get("changeStream").get("status").stringValue()).isEqualTo("DOWN");
            await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.get() >= atStop + 30);
            JsonNode during = anonymous().get("/actuator/health").json().get("components").get("changeStream");
            assertThat(during.get("details").get("lag").longValue()).as("writes went on").isGreaterThanOrEqualTo(30);
            broker.embedded().restart();
            writes.get();
        }
        long head = new JdbcTemplate(dataSource).queryForObject("SELECT max(global_index) FROM domain_event_entry",
                Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> publisher.status().healthy()
                && publisher.status().position() >= head);

        List<String> stored = new JdbcTemplate(dataSource).queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE project_id = ?", String.class, project);
        assertThat(stored).hasSizeGreaterThan(150);
        assertThat(TopicRecords.publishedEventIds(broker.bootstrapServers(), kafka.topic())).containsAll(stored);
    }
}
