package org.fleetledger.gateway.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.progress.ReadModels;
import org.springframework.stereotype.Component;

/** Gauges per read model: its position and its lag in events, for Prometheus. */
@Component
class ReadModelLagMetrics {

    ReadModelLagMetrics(MeterRegistry registry, ReadModelProgress progress, EventLogPositions log) {
        Gauge.builder("fleet.ledger.head", log, EventLogPositions::head)
                .description("position of the newest stored event")
                .register(registry);
        for (String group : ReadModels.ALL) {
            Gauge.builder("fleet.read_model.position", progress, p -> p.positions().getOrDefault(group, -1L))
                    .tag("processor", group)
                    .description("last event position the read model has processed")
                    .register(registry);
            Gauge.builder("fleet.read_model.lag", progress,
                            p -> ReadModelLag.of(log.head(), p.positions().getOrDefault(group, -1L)))
                    .tag("processor", group)
                    .baseUnit("events")
                    .description("events stored but not yet in the read model")
                    .register(registry);
        }
    }
}
