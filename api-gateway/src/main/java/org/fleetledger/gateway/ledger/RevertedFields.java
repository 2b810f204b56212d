package org.fleetledger.gateway.ledger;

import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.UpdateCellCommand;
import org.fleetledger.command.api.UpdateCloudCommand;
import org.fleetledger.command.api.UpdateHostCommand;
import org.fleetledger.command.api.UpdateNetworkCommand;
import org.fleetledger.command.api.UpdateNetworkDeviceCommand;
import org.fleetledger.command.api.UpdateNetworkInterfaceCommand;
import org.fleetledger.command.api.UpdateRegionCommand;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.query.ledger.Reversal;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The update that sets the fields one change altered back to their values just before it: a partial
 * update naming only those fields, checked like any update (names stay unique, references valid).
 */
final class RevertedFields {

    private final Set<String> changed;
    private final Map<String, JsonNode> before;

    private RevertedFields(Reversal reversal) {
        this.changed = reversal.change().changes().fields().keySet();
        this.before = reversal.before().fields();
    }

    static Object update(Reversal reversal, ProjectScope scope) {
        RevertedFields fields = new RevertedFields(reversal);
        long id = Long.parseLong(reversal.resourceId());
        return switch (reversal.resourceType()) {
            case CLOUD -> new UpdateCloudCommand(new CloudId(id), scope, fields.text("name"), fields.text("note"));
            case REGION -> new UpdateRegionCommand(new RegionId(id), scope, fields.text("name"), fields.text("note"));
            case CELL -> new UpdateCellCommand(new CellId(id), scope, fields.text("name"), fields.text("note"));
            case HOST -> new UpdateHostCommand(new DeviceId(id), scope, fields.text("name"), fields.text("ip_address"),
                    fields.text("device_type"), fields.bool("active"), fields.text("note"), fields.device("parent_id"));
            case NETWORK_DEVICE -> new UpdateNetworkDeviceCommand(new DeviceId(id), scope, fields.text("name"),
                    fields.text("ip_address"), fields.text("device_type"), fields.text("model_name"),
                    fields.text("os_version"), fields.text("vlans"), fields.device("parent_id"));
            case NETWORK -> new UpdateNetworkCommand(new NetworkId(id), scope, fields.text("name"), fields.text("cidr"),
                    fields.text("gateway"), fields.text("netmask"), fields.text("ip_block_type"), fields.text("nss"));
            case NETWORK_INTERFACE -> new UpdateNetworkInterfaceCommand(new NetworkInterfaceId(id), scope,
                    fields.text("name"), fields.text("interface_type"), fields.text("vlan"), fields.number("port"),
                    fields.text("duplex"), fields.number("speed"), fields.text("link"), fields.text("cdp"),
                    fields.text("security"));
            default -> throw ApiException.validation(List.of("A " + reversal.change().type()
                    + " cannot be reverted yet."));
        };
    }

    private Patch<String> text(String field) {
        JsonNode value = changedValue(field);
        return changed.contains(field) ? Patch.of(value == null ? null : value.asString()) : Patch.absent();
    }

    private Patch<Boolean> bool(String field) {
        JsonNode value = changedValue(field);
        return changed.contains(field) ? Patch.of(value != null && value.booleanValue()) : Patch.absent();
    }

    private Patch<Long> number(String field) {
        JsonNode value = changedValue(field);
        return changed.contains(field) ? Patch.of(value == null ? null : value.longValue()) : Patch.absent();
    }

    private Patch<DeviceId> device(String field) {
        JsonNode value = changedValue(field);
        return changed.contains(field) ? Patch.of(value == null ? null : new DeviceId(value.longValue()))
                : Patch.absent();
    }

    /** The field's value before the change; null when it had none (absent or JSON null). */
    private JsonNode changedValue(String field) {
        JsonNode value = before.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
