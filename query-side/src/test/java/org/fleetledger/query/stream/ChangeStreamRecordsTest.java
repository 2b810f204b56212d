package org.fleetledger.query.stream;

import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.ResourceState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The change record's bytes, field by field, as spec §7 lays them out. */
class ChangeStreamRecordsTest {

    private static final ProjectId PROJECT = ProjectId.of("3f1c2a9e-8b47-4d2e-9a55-0c6de1f4b7a2");
    private static final Instant START = Instant.parse("2026-11-29T11:05:15Z");
    private static final Clock CLOCK = Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC);

    @Test
    void writesACreationAndAChangeWithTheWholeResourceBeforeAndAfter() {
        List<Transition> transitions = host(new HostCreated(DeviceId.of(42), PROJECT, CloudId.of(1), RegionId.of(2),
                        CellId.of(7), null, "compute-0042", "10.2.7.42", "server", true, null, Map.of()),
                new LabelsAdded(DeviceId.of(42), PROJECT, List.of("gpu", "canary")),
                new VariablesSet(new VariableOwner(OwnerType.DEVICE, "42"), PROJECT, variables()));
        List<StreamRecord> records = new ChangeStreamRecords(true, CLOCK).of(transitions);

        assertThat(records).extracting(StreamRecord::key).containsOnly("host:42");
        assertThat(text(records.getFirst())).isEqualTo("""
                {"schema_version":1,"event_id":"%s","position":1,"type":"HostCreated","op":"c",\
                "resource":{"type":"host","id":"42","project_id":"%s"},"before":null,\
                "after":{"id":42,"active":true,"cell_id":7,"cloud_id":1,"device_type":"server",\
                "ip_address":"10.2.7.42","name":"compute-0042","note":null,"parent_id":null,"project_id":"%s",\
                "region_id":2,"labels":[],"variables":{},"created_at":"2026-11-29T11:05:16Z","updated_at":null},\
                "source":{"actor":{"user_id":7,"username":"ops-anna","project_id":"%s"},"note":"Rack row 7",\
                "request_id":"req-1","correlation_id":null,"occurred_at":"2026-11-29T11:05:16Z","hash":"%064x"},\
                "ts_ms":%d}""".formatted(eventId(1), PROJECT.text(), PROJECT.text(), PROJECT.text(), 1,
                CLOCK.millis()));
        assertThat(text(records.get(2))).contains("\"op\":\"u\"",
                "\"before\":{\"id\":42,", "\"labels\":[\"canary\",\"gpu\"],\"variables\":{},",
                "\"after\":{\"id\":42,", "\"labels\":[\"canary\",\"gpu\"],\"variables\":{\"cpu\":{\"cores\":64,"
                        + "\"ghz\":2.50},\"role\":\"compute\",\"tags\":[\"a\",null,true]},");
    }

    @Test
    void writesACreationThatCarriesItsVariablesAsOneRecordWithThem() {
        List<Transition> transitions = host(new HostCreated(DeviceId.of(42), PROJECT, CloudId.of(1), RegionId.of(2),
                CellId.of(7), null, "compute-0042", "10.2.7.42", "server", true, null, variables()));
        List<StreamRecord> records = new ChangeStreamRecords(true, CLOCK).of(transitions);

        assertThat(records).hasSize(1);
        String text = text(records.getFirst());
        assertThat(text).contains("\"op\":\"c\"", "\"before\":null,", "\"region_id\":2,\"labels\":[],"
                + "\"variables\":{\"cpu\":{\"cores\":64,\"ghz\":2.50},\"role\":\"compute\",\"tags\":[\"a\",null,true]},"
                + "\"created_at\":\"2026-11-29T11:05:16Z\",\"updated_at\":null}");
        assertThat(text.split("\"variables\"", -1)).as("the variables appear once, not also as a field").hasSize(2);
    }

    @Test
    void followsADeleteWithATombstoneWhenSoConfigured() {
        List<Transition> transitions = host(new HostCreated(DeviceId.of(42), PROJECT, CloudId.of(1), RegionId.of(2),
                        null, null, "compute-0042", "10.2.7.42", "server", true, null, Map.of()),
                new HostDeleted(DeviceId.of(42), PROJECT));

        List<StreamRecord> withTombstones = new ChangeStreamRecords(true, CLOCK).of(transitions);
        assertThat(withTombstones).extracting(StreamRecord::tombstone).containsExactly(false, false, true);
        assertThat(text(withTombstones.get(1))).contains("\"op\":\"d\"", "\"before\":{\"id\":42,",
                "\"after\":null,");
        assertThat(withTombstones.get(2).eventId()).isEqualTo(eventId(2));
        assertThat(new ChangeStreamRecords(false, CLOCK).of(transitions)).hasSize(2);
    }

    private static List<Transition> host(Object... payloads) {
        List<Transition> transitions = new ArrayList<>();
        ResourceState state = ResourceState.NONE;
        for (int i = 0; i < payloads.length; i++) {
            LedgerEvent event = event(i + 1, payloads[i]);
            ResourceState after = state.apply(event.payload(), event.occurredAt());
            transitions.add(new Transition(event, state, after));
            state = after;
        }
        return transitions;
    }

    private static Map<String, Object> variables() {
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("cores", 64);
        cpu.put("ghz", new BigDecimal("2.50"));
        List<Object> tags = new ArrayList<>();
        tags.add("a");
        tags.add(null);
        tags.add(true);
        return Map.of("role", "compute", "cpu", cpu, "tags", tags);
    }

    private static LedgerEvent event(long position, Object payload) {
        return new LedgerEvent(position, eventId(position), "Host", "host:42", position - 1,
                START.plusSeconds(position), payload,
                Map.of(LedgerMetadata.ACTOR_USER_ID, "7", LedgerMetadata.ACTOR_USERNAME, "ops-anna",
                        LedgerMetadata.ACTOR_PROJECT_ID, PROJECT.text(), LedgerMetadata.CHANGE_NOTE, "Rack row 7",
                        LedgerMetadata.REQUEST_ID, "req-" + position),
                PROJECT.value(), "%064x".formatted(position));
    }

    private static String eventId(long position) {
        return UUID.nameUUIDFromBytes(("host:42/" + position).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String text(StreamRecord record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
