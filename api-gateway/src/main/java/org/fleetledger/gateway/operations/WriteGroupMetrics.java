package org.fleetledger.gateway.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.fleetledger.command.ledger.WriteGroups;
import org.springframework.stereotype.Component;

/** Counters of group commit (ADR 0036): groups formed and the writes in them; their ratio is the mean group size. */
@Component
class WriteGroupMetrics {

    WriteGroupMetrics(MeterRegistry registry, WriteGroups groups) {
        FunctionCounter.builder("fleet.write_groups.groups", groups, WriteGroups::groupsFormed)
                .description("write groups formed, each stored in one transaction")
                .register(registry);
        FunctionCounter.builder("fleet.write_groups.writes", groups, WriteGroups::writesGrouped)
                .description("commands taken into write groups")
                .register(registry);
    }
}
