package org.fleetledger.gateway.kafka;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.gateway.operations.ReadModelLag;
import org.fleetledger.query.stream.ChangePublisher;

/**
 * Gauges of the change stream: the position its publisher reached, the events waiting, whether it is
 * up, and how well its kept states serve it.
 */
class ChangeStreamMetrics {

    ChangeStreamMetrics(MeterRegistry registry, ChangePublisher publisher, EventLogPositions log) {
        Gauge.builder("fleet.change_stream.position", publisher, p -> p.status().position())
                .description("position of the last event whose records the broker acknowledged")
                .register(registry);
        Gauge.builder("fleet.change_stream.lag", publisher, p -> ReadModelLag.of(log.head(), p.status().position()))
                .baseUnit("events")
                .description("events stored but not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("fleet.change_stream.up", publisher, p -> p.status().healthy() ? 1 : 0)
                .description("1 while the publisher's rounds succeed, 0 while they fail")
                .register(registry);
        FunctionCounter.builder("fleet.change_stream.states_folded_again", publisher,
                        ChangePublisher::statesFoldedAgain)
                .description("resources whose states were not kept and were folded again from the log")
                .register(registry);
        Gauge.builder("fleet.change_stream.packed_states", publisher, ChangePublisher::packedStateBytes)
                .baseUnit("bytes")
                .description("heap the publisher's packed states take (FLEET_KAFKA_PACKED_STATES bounds it)")
                .register(registry);
    }
}
