package org.fleetledger.gateway.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.progress.ReadModels;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health of each event processor: running, in error or not, its position and its lag behind the head
 * of the log in events. Down when a processor stopped or failed.
 */
@Component("readModels")
class ReadModelsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ReadModelProgress progress;
    private final EventLogPositions log;

    ReadModelsHealthIndicator(EventProcessingConfiguration processing, ReadModelProgress progress,
                              EventLogPositions log) {
        this.processing = processing;
        this.progress = progress;
        this.log = log;
    }

    @Override
    public Health health() {
        return DatabaseAwareHealth.of(this::check);
    }

    private Health check() {
        long head = log.head();
        Map<String, Long> positions = progress.positions();
        boolean up = true;
        Health.Builder builder = Health.up().withDetail("head", head);
        for (String group : ReadModels.ALL) {
            Map<String, Object> detail = new LinkedHashMap<>();
            var processor = processing.eventProcessor(group, StreamingEventProcessor.class);
            boolean running = processor.map(StreamingEventProcessor::isRunning).orElse(false);
            boolean error = processor.map(StreamingEventProcessor::isError).orElse(false)
                    || processor.map(p -> p.processingStatus().values().stream()
                    .anyMatch(EventTrackerStatus::isErrorState)).orElse(false);
            long position = positions.getOrDefault(group, -1L);
            detail.put("running", running);
            detail.put("claimed_here", progress.claimedHere(group));
            detail.put("error", error);
            detail.put("position", position);
            detail.put("lag", ReadModelLag.of(head, position));
            builder.withDetail(group, detail);
            up &= running && !error;
        }
        return up ? builder.build() : builder.down().build();
    }
}
