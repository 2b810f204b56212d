package org.fleetledger.query.stream;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;
import org.fleetledger.query.ledger.ResourceState;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BinaryNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A packed state unpacks into an equal state, each value a node of the same kind as folding made it. */
class PackedStateTest {

    private static final ProjectId PROJECT = ProjectId.of("3f1c2a9e-8b47-4d2e-9a55-0c6de1f4b7a2");
    private static final Instant AT = Instant.parse("2026-12-02T00:40:12.345Z");
    /** Reads variables as the event store reads them: natural numbers, decimals exact. */
    private static final JsonMapper STORE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void unpacksAFoldedHostAsItWasFolded() {
        DeviceId host = DeviceId.of(4_000_000_042L);
        List<ResourceState> states = fold(
                new HostCreated(host, PROJECT, CloudId.of(1), RegionId.of(2), CellId.of(7), null, "compute-0042",
                        "10.2.7.42", "server", true, null, Map.of()),
                new VariablesSet(new VariableOwner(OwnerType.DEVICE, "4000000042"), PROJECT, variables("""
                        {"role": "compute", "small": 7, "negative": -12, "large": 9007199254740993,
                         "huge": 123456789012345678901234567890, "ratio": 2.50, "tiny": -1.5E-12, "on": true,
                         "off": false, "none": null, "empty": "", "text": "rack ü 7 — 北 🚀",
                         "cpu": {"cores": 64, "ghz": 2.5, "flags": ["avx", {"x": null}], "empty": {}},
                         "list": [], "minimum": -9223372036854775808}""")),
                new LabelsAdded(host, PROJECT, List.of("gpu", "canary")),
                new HostUpdated(host, PROJECT, DeviceId.of(5), "compute-0042b", "10.2.7.43", "server", false,
                        "moved"));

        for (ResourceState state : states) {
            byte[] packed = PackedState.pack(state);
            assertThat(packed).isNotNull();
            ResourceState unpacked = PackedState.unpack(packed);
            assertThat(unpacked).isEqualTo(state);
            assertThat(kinds(unpacked)).isEqualTo(kinds(state));
            assertThat(unpacked.fields().toString()).isEqualTo(state.fields().toString());
            assertThat(unpacked.variables().toString()).isEqualTo(state.variables().toString());
        }
        assertThat(kinds(states.get(1)).get("variables.large")).isEqualTo("LongNode");
        assertThat(kinds(states.get(1)).get("variables.small")).isEqualTo("IntNode");
    }

    @Test
    void packsWhatNoLongerExistsAsNothing() {
        DeviceId host = DeviceId.of(42);
        List<ResourceState> states = fold(new HostCreated(host, PROJECT, CloudId.of(1), RegionId.of(2), null, null,
                "compute-0042", "10.2.7.42", "server", true, null, Map.of()), new HostDeleted(host, PROJECT));
        assertThat(PackedState.unpack(PackedState.pack(states.getLast()))).isSameAs(ResourceState.NONE);
        assertThat(PackedState.unpack(PackedState.pack(ResourceState.NONE))).isSameAs(ResourceState.NONE);
    }

    @Test
    void leavesUnpackedAStateHoldingANodeOfAnotherKind() {
        ResourceState state = new ResourceState(true, new TreeMap<>(Map.of("blob", BinaryNode.valueOf(new byte[] {1}))),
                new TreeMap<>(), new TreeSet<>(), AT, null);
        assertThat(PackedState.pack(state)).isNull();
    }

    private static List<ResourceState> fold(Object... events) {
        List<ResourceState> states = new ArrayList<>();
        ResourceState state = ResourceState.NONE;
        for (int i = 0; i < events.length; i++) {
            state = state.apply(events[i], AT.plusSeconds(i));
            states.add(state);
        }
        return states;
    }

    private static Map<String, Object> variables(String json) {
        return STORE.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    /** Every value's node kind, by its path. */
    private static Map<String, String> kinds(ResourceState state) {
        Map<String, String> kinds = new TreeMap<>();
        state.fields().forEach((name, value) -> kinds(kinds, "fields." + name, value));
        state.variables().forEach((name, value) -> kinds(kinds, "variables." + name, value));
        return kinds;
    }

    private static void kinds(Map<String, String> kinds, String path, JsonNode node) {
        kinds.put(path, node.getClass().getSimpleName());
        if (node.isObject()) {
            node.properties().forEach(member -> kinds(kinds, path + "." + member.getKey(), member.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                kinds(kinds, path + "[" + i + "]", node.get(i));
            }
        }
    }
}
