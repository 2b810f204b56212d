package org.fleetledger.events;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cell.CellDeleted;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cell.CellUpdated;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.cloud.CloudDeleted;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudRestored;
import org.fleetledger.events.cloud.CloudUpdated;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.HostDeleted;
import org.fleetledger.events.device.HostRestored;
import org.fleetledger.events.device.HostUpdated;
import org.fleetledger.events.device.LabelsAdded;
import org.fleetledger.events.device.LabelsRemoved;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.device.NetworkDeviceDeleted;
import org.fleetledger.events.device.NetworkDeviceRestored;
import org.fleetledger.events.device.NetworkDeviceUpdated;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.network.NetworkInterfaceDeleted;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.network.NetworkInterfaceRestored;
import org.fleetledger.events.network.NetworkInterfaceUpdated;
import org.fleetledger.events.network.NetworkRestored;
import org.fleetledger.events.network.NetworkUpdated;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectDeleted;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.project.ProjectSettingsChanged;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.region.RegionDeleted;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.events.region.RegionUpdated;
import org.fleetledger.events.user.ApiKeyHash;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserApiKeyRotated;
import org.fleetledger.events.user.UserCreated;
import org.fleetledger.events.user.UserDeleted;
import org.fleetledger.events.user.UserId;
import org.fleetledger.events.user.UserRoleChanged;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariableSchemaSet;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored JSON of every event is frozen here: a change of shape must show up as a failing test,
 * and then needs a {@code @Revision} and an upcaster rather than an edit of the snapshot.
 */
class EventJsonSnapshotTest {

    private static final ProjectId PROJECT = new ProjectId(UUID.fromString("b9f10eca-66ac-4c27-9c13-9d01e65f96b4"));
    private static final ApiKeyHash HASH = new ApiKeyHash("sha256-salted", "00ff", "abcd");
    // The same settings as the event serializer: exact decimals.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static List<Object> events() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", new BigDecimal("1.10"));
        values.put("b", Map.of("x", List.of(1, 2)));
        values.put("c", null);
        VariableOwner owner = new VariableOwner(OwnerType.CLOUD, "7");
        return List.of(
                new ProjectCreated(PROJECT, "bootstrap", true),
                new ProjectSettingsChanged(PROJECT, true),
                new ProjectDeleted(PROJECT),
                new UserRoleChanged(new UserId(3), PROJECT, Role.READER),
                new UserDeleted(new UserId(3), PROJECT, "alice"),
                new UserCreated(new UserId(3), PROJECT, "alice", Role.ADMIN, HASH),
                new UserApiKeyRotated(new UserId(3), PROJECT, HASH),
                new CloudCreated(new CloudId(7), PROJECT, "cloud-1", "a note", values),
                new CloudUpdated(new CloudId(7), PROJECT, "cloud-2", null),
                new CloudDeleted(new CloudId(7), PROJECT),
                new CloudRestored(new CloudId(7), PROJECT, "cloud-2", null),
                new RegionCreated(new RegionId(11), PROJECT, new CloudId(7), "region-1", null, Map.of()),
                new RegionUpdated(new RegionId(11), PROJECT, "region-2", "n"),
                new RegionDeleted(new RegionId(11), PROJECT),
                new RegionRestored(new RegionId(11), PROJECT, new CloudId(7), "region-2", "n"),
                new CellCreated(new CellId(13), PROJECT, new CloudId(7), new RegionId(11), "cell-1", "n", values),
                new CellUpdated(new CellId(13), PROJECT, "cell-2", null),
                new CellDeleted(new CellId(13), PROJECT),
                new CellRestored(new CellId(13), PROJECT, new CloudId(7), new RegionId(11), "cell-2", null),
                new HostCreated(new DeviceId(21), PROJECT, new CloudId(7), new RegionId(11), new CellId(13),
                        new DeviceId(20), "host-1", "10.0.0.5", "server", true, null, values),
                new HostUpdated(new DeviceId(21), PROJECT, null, "host-2", "2001:db8::1", "server", false, "n"),
                new HostDeleted(new DeviceId(21), PROJECT),
                new HostRestored(new DeviceId(21), PROJECT, new CloudId(7), new RegionId(11), null, null, "host-2",
                        "2001:db8::1", "server", false, "n"),
                new NetworkDeviceCreated(new DeviceId(20), PROJECT, new CloudId(7), new RegionId(11), null, null,
                        "switch-1", "10.0.0.1", "switch", true, "m", null, "[1, 2]", values),
                new NetworkDeviceUpdated(new DeviceId(20), PROJECT, null, "switch-2", "10.0.0.2", "switch", null, "9",
                        null),
                new NetworkDeviceDeleted(new DeviceId(20), PROJECT),
                new NetworkDeviceRestored(new DeviceId(20), PROJECT, new CloudId(7), new RegionId(11), null, null,
                        "switch-2", "10.0.0.2", "switch", true, null, "9", null),
                new LabelsAdded(new DeviceId(21), PROJECT, List.of("gpu", "rack-7")),
                new LabelsRemoved(new DeviceId(21), PROJECT, List.of("gpu")),
                new NetworkCreated(new NetworkId(31), PROJECT, new CloudId(7), new RegionId(11), null, "net-1",
                        "10.0.0.0/24", "10.0.0.1", "255.255.255.0", null, "8.8.8.8", values),
                new NetworkUpdated(new NetworkId(31), PROJECT, "net-2", "10.0.0.0/24", "10.0.0.1", "255.255.255.0",
                        "public", null),
                new NetworkDeleted(new NetworkId(31), PROJECT),
                new NetworkRestored(new NetworkId(31), PROJECT, new CloudId(7), new RegionId(11), null, "net-2",
                        "10.0.0.0/24", "10.0.0.1", "255.255.255.0", "public", null),
                new NetworkInterfaceCreated(new NetworkInterfaceId(41), PROJECT, new DeviceId(21), new NetworkId(31),
                        "eth0", "ethernet", "10.0.0.5", null, 1L, 1000L, null, "full", null, null, null, values),
                new NetworkInterfaceUpdated(new NetworkInterfaceId(41), PROJECT, "eth1", "ethernet", "7", 2L, null,
                        null, "up", null, null),
                new NetworkInterfaceDeleted(new NetworkInterfaceId(41), PROJECT),
                new NetworkInterfaceRestored(new NetworkInterfaceId(41), PROJECT, new DeviceId(21), null, "eth1",
                        "ethernet", "7", 2L, null, null, null, null, "up", null, null),
                new VariableSchemaSet(PROJECT, "tier", "{\"type\":\"integer\",\"minimum\":1}"),
                new VariableSchemaDeleted(PROJECT, "tier"),
                new VariablesSet(owner, PROJECT, values),
                new VariablesDeleted(owner, PROJECT, List.of("a", "c")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void keepsItsStoredJsonShape(Object event) throws IOException {
        String expected = snapshot(snapshotName(event.getClass()));
        assertThat(MAPPER.writeValueAsString(event)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("events")
    void readsBackEqualFromItsStoredJson(Object event) throws IOException {
        Object read = MAPPER.readValue(snapshot(snapshotName(event.getClass())), event.getClass());
        assertThat(read).isEqualTo(event);
    }

    /** The snapshot of an event's current shape: its simple name, and {@code @revision} when it has one. */
    private static String snapshotName(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return type.getSimpleName() + (revision == null ? "" : "@" + revision.value());
    }

    static String snapshot(String name) throws IOException {
        try (InputStream in = EventJsonSnapshotTest.class.getResourceAsStream("/event-json/" + name + ".json")) {
            assertThat(in).as("snapshot " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
