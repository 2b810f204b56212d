package org.fleetledger.gateway.kafka;

import org.fleetledger.query.stream.StreamStart;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

/**
 * The change stream's settings, fed by the FLEET_KAFKA_* environment variables (see application.yml).
 *
 * @param enabled           false: no change stream at all
 * @param bootstrapServers  an external broker; empty: the embedded one
 * @param port              the embedded broker's port on 127.0.0.1 (0: a free one)
 * @param topic             the topic the records go to; created when missing
 * @param partitions        partitions of a topic created here
 * @param replicationFactor replication factor of a topic created here
 * @param retentionMs       retention of a topic created here (-1: forever, as the ledger keeps everything)
 * @param tombstones        whether a tombstone follows each delete record
 * @param start             where a topic published to for the first time starts: {@code log}, {@code snapshot}
 *                          or {@code now}
 * @param batchSize         events one round publishes at most
 * @param idlePoll          how long the publisher waits when the log has nothing new
 * @param keptStates        resources' states the publisher keeps as objects between rounds
 * @param packedStates      memory for the states it keeps packed beyond those (ADR 0047)
 * @param client            further Kafka client settings (security, timeouts ...), passed as they are
 */
@ConfigurationProperties("fleet.kafka")
public record KafkaProperties(boolean enabled, String bootstrapServers, int port, String topic, int partitions,
                              short replicationFactor, long retentionMs, boolean tombstones, StreamStart start,
                              int batchSize, Duration idlePoll, int keptStates, DataSize packedStates,
                              Map<String, String> client) {

    public KafkaProperties {
        client = client == null ? Map.of() : Map.copyOf(client);
    }

    public boolean embedded() {
        return bootstrapServers == null || bootstrapServers.isBlank();
    }
}
