package org.fleetledger.query.stream;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.ResourceState;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two transitions of a host as the change stream maps them (spec §7): its creation, and a change of three
 * of its ten variables once it has its fields and three labels. It sits in the query side's package
 * because {@link ChangeStreamRecords} and {@link Transition} are package-private there; the
 * micro-benchmarks call it through this class.
 */
public final class ChangeRecordSample {

    private static final ProjectId PROJECT = ProjectId.of("3f1c2a9e-8b47-4d2e-9a55-0c6de1f4b7a2");
    private static final Instant START = Instant.parse("2026-11-29T11:05:15Z");
    private static final String HOST = "host:42";

    private final ChangeStreamRecords records =
            new ChangeStreamRecords(false, Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC));
    private final List<Transition> created;
    private final List<Transition> variablesChanged;

    public ChangeRecordSample() {
        LedgerEvent creation = event(1, new HostCreated(DeviceId.of(42), PROJECT, CloudId.of(1), RegionId.of(2),
                CellId.of(7), DeviceId.of(17), "compute-0042", "10.2.7.42", "server", true, "GPU node, row 7", Map.of()));
        ResourceState host = ResourceState.NONE.apply(creation.payload(), creation.occurredAt());
        created = List.of(new Transition(creation, ResourceState.NONE, host));

        LedgerEvent labels = event(2, new LabelsAdded(DeviceId.of(42), PROJECT, List.of("canary", "gpu", "nvme")));
        host = host.apply(labels.payload(), labels.occurredAt());
        LedgerEvent variables = event(3, variablesSet(ownVariables()));
        host = host.apply(variables.payload(), variables.occurredAt());

        LedgerEvent change = event(4, variablesSet(Map.of("ntp", List.of("10.2.0.3", "10.2.0.4"),
                "kernel", "6.8.0-47", "maintenance", Map.of("window", "sun 02:00", "weeks", List.of(1, 3)))));
        variablesChanged = List.of(new Transition(change, host, host.apply(change.payload(), change.occurredAt())));
    }

    /** The record of the host's creation: {@code before} null, {@code after} its fields. */
    public List<StreamRecord> created() {
        return records.of(created);
    }

    /** The record of the variables change: the whole host before and after it. */
    public List<StreamRecord> variablesChanged() {
        return records.of(variablesChanged);
    }

    private static Map<String, Object> ownVariables() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", "compute");
        values.put("tier", 3);
        values.put("ntp", List.of("10.2.0.1", "10.2.0.2"));
        values.put("kernel", "6.8.0-45");
        values.put("cuda", "12.4");
        values.put("rack_unit", 17);
        values.put("bmc", Map.of("address", "10.250.7.42", "vendor", "idrac", "firmware", "7.10.30.00"));
        values.put("disks", List.of(Map.of("slot", 0, "model", "PM9A3", "size_gb", 3840),
                Map.of("slot", 1, "model", "PM9A3", "size_gb", 3840)));
        values.put("hugepages", 64);
        values.put("monitoring", true);
        return values;
    }

    private static VariablesSet variablesSet(Map<String, Object> values) {
        return new VariablesSet(new VariableOwner(OwnerType.DEVICE, "42"), PROJECT, values);
    }

    private static LedgerEvent event(long position, Object payload) {
        return new LedgerEvent(position, UUID.nameUUIDFromBytes(HOST.concat("/" + position).getBytes()).toString(),
                "Host", HOST, position - 1, START.plusSeconds(position), payload,
                Map.of(LedgerMetadata.ACTOR_USER_ID, "7", LedgerMetadata.ACTOR_USERNAME, "ops-anna",
                        LedgerMetadata.ACTOR_PROJECT_ID, PROJECT.text(), LedgerMetadata.CHANGE_NOTE,
                        "Rotate the NTP servers of row 7", LedgerMetadata.REQUEST_ID, "req-" + position,
                        LedgerMetadata.CORRELATION_ID, "corr-" + position),
                PROJECT.value(), "%064x".formatted(position));
    }
}
