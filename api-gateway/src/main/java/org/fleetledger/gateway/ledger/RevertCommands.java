package org.fleetledger.gateway.ledger;

import org.fleetledger.command.api.AddHostLabelsCommand;
import org.fleetledger.command.api.AddNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCellVariablesCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteCloudVariablesCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteHostVariablesCommand;
import org.fleetledger.command.api.DeleteLabelVariablesCommand;
import org.fleetledger.command.api.DeleteNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.DeleteNetworkInterfaceCommand;
import org.fleetledger.command.api.DeleteNetworkVariablesCommand;
import org.fleetledger.command.api.DeleteProjectVariablesCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.DeleteRegionVariablesCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RemoveHostLabelsCommand;
import org.fleetledger.command.api.RemoveNetworkDeviceLabelsCommand;
import org.fleetledger.command.api.RestoreCellCommand;
import org.fleetledger.command.api.RestoreCloudCommand;
import org.fleetledger.command.api.RestoreHostCommand;
import org.fleetledger.command.api.RestoreNetworkCommand;
import org.fleetledger.command.api.RestoreNetworkDeviceCommand;
import org.fleetledger.command.api.RestoreNetworkInterfaceCommand;
import org.fleetledger.command.api.RestoreRegionCommand;
import org.fleetledger.command.api.SetCellVariablesCommand;
import org.fleetledger.command.api.SetCloudVariablesCommand;
import org.fleetledger.command.api.SetHostVariablesCommand;
import org.fleetledger.command.api.SetLabelVariablesCommand;
import org.fleetledger.command.api.SetNetworkDeviceVariablesCommand;
import org.fleetledger.command.api.SetNetworkVariablesCommand;
import org.fleetledger.command.api.SetProjectVariablesCommand;
import org.fleetledger.command.api.SetRegionVariablesCommand;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cell.CellRestored;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudRestored;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.device.HostRestored;
import org.fleetledger.events.device.NetworkDeviceRestored;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.network.NetworkInterfaceRestored;
import org.fleetledger.events.network.NetworkRestored;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.region.RegionRestored;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.query.ledger.ResourceChanges;
import org.fleetledger.query.ledger.ResourceState;
import org.fleetledger.query.ledger.Reversal;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The commands that undo one change: what it did to fields ({@link RevertedFields}), variables and
 * labels is set back to what the resource had just before it; a create is undone by deleting the
 * resource, and a delete by restoring it as it was just before.
 */
final class RevertCommands {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private RevertCommands() {
    }

    static List<Object> of(Reversal reversal, ProjectScope scope) {
        if (reversal.created()) {
            return List.of(deletion(reversal, scope));
        }
        if (reversal.deleted()) {
            return List.of(restoration(reversal, scope));
        }
        if (!reversal.change().changes().fields().isEmpty()) {
            return List.of(RevertedFields.update(reversal, scope));
        }
        List<Object> commands = new ArrayList<>();
        ResourceChanges changes = reversal.change().changes();
        Map<String, Object> restored = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        changes.variables().keySet().forEach(key -> {
            JsonNode before = reversal.before().variables().get(key);
            if (before == null) {
                removed.add(key);
            } else {
                restored.put(key, JSON.treeToValue(before, Object.class));
            }
        });
        if (!restored.isEmpty()) {
            commands.add(setVariables(reversal, scope, restored));
        }
        if (!removed.isEmpty()) {
            commands.add(deleteVariables(reversal, scope, removed));
        }
        if (!changes.labelsAdded().isEmpty()) {
            commands.add(labels(reversal, scope, List.copyOf(changes.labelsAdded()), false));
        }
        if (!changes.labelsRemoved().isEmpty()) {
            commands.add(labels(reversal, scope, List.copyOf(changes.labelsRemoved()), true));
        }
        if (commands.isEmpty()) {
            throw ApiException.validation(List.of("The " + reversal.change().type()
                    + " changed nothing that a revert can set back."));
        }
        return commands;
    }

    private static Object deletion(Reversal reversal, ProjectScope scope) {
        String id = reversal.resourceId();
        return switch (reversal.resourceType()) {
            case CLOUD -> new DeleteCloudCommand(new CloudId(Long.parseLong(id)), scope);
            case REGION -> new DeleteRegionCommand(new RegionId(Long.parseLong(id)), scope);
            case CELL -> new DeleteCellCommand(new CellId(Long.parseLong(id)), scope);
            case HOST -> new DeleteHostCommand(new DeviceId(Long.parseLong(id)), scope);
            case NETWORK_DEVICE -> new DeleteNetworkDeviceCommand(new DeviceId(Long.parseLong(id)), scope);
            case NETWORK -> new DeleteNetworkCommand(new NetworkId(Long.parseLong(id)), scope);
            case NETWORK_INTERFACE -> new DeleteNetworkInterfaceCommand(new NetworkInterfaceId(Long.parseLong(id)),
                    scope);
            default -> throw ApiException.validation(List.of("Creating a " + reversal.resourceType().apiName()
                    + " cannot be reverted; delete it instead."));
        };
    }

    /** A delete is undone by bringing the resource back as it was just before: fields, labels, variables. */
    private static Object restoration(Reversal reversal, ProjectScope scope) {
        ResourceState before = reversal.before();
        Map<String, Object> variables = new LinkedHashMap<>();
        before.variables().forEach((key, value) -> variables.put(key, JSON.treeToValue(value, Object.class)));
        List<String> labels = List.copyOf(before.labels());
        return switch (reversal.resourceType()) {
            case CLOUD -> new RestoreCloudCommand(before.fieldsAs(CloudRestored.class), scope, variables);
            case REGION -> new RestoreRegionCommand(before.fieldsAs(RegionRestored.class), scope, variables);
            case CELL -> new RestoreCellCommand(before.fieldsAs(CellRestored.class), scope, variables);
            case HOST -> new RestoreHostCommand(before.fieldsAs(HostRestored.class), scope, labels, variables);
            case NETWORK_DEVICE -> new RestoreNetworkDeviceCommand(before.fieldsAs(NetworkDeviceRestored.class),
                    scope, labels, variables);
            case NETWORK -> new RestoreNetworkCommand(before.fieldsAs(NetworkRestored.class), scope, variables);
            case NETWORK_INTERFACE -> new RestoreNetworkInterfaceCommand(
                    before.fieldsAs(NetworkInterfaceRestored.class), scope, variables);
            case USER -> throw ApiException.validation(List.of("Deleting a user cannot be reverted: a deleted user's"
                    + " API key never comes back. Create the user again instead."));
            default -> throw ApiException.validation(List.of("Deleting a " + reversal.resourceType().apiName()
                    + " cannot be reverted; create it again instead."));
        };
    }

    private static Object setVariables(Reversal reversal, ProjectScope scope, Map<String, Object> values) {
        String id = reversal.resourceId();
        return switch (reversal.resourceType()) {
            case PROJECT -> new SetProjectVariablesCommand(new ProjectId(UUID.fromString(id)), scope, values);
            case CLOUD -> new SetCloudVariablesCommand(new CloudId(Long.parseLong(id)), scope, values);
            case REGION -> new SetRegionVariablesCommand(new RegionId(Long.parseLong(id)), scope, values);
            case CELL -> new SetCellVariablesCommand(new CellId(Long.parseLong(id)), scope, values);
            case HOST -> new SetHostVariablesCommand(new DeviceId(Long.parseLong(id)), scope, values);
            case NETWORK_DEVICE -> new SetNetworkDeviceVariablesCommand(new DeviceId(Long.parseLong(id)), scope,
                    values);
            case NETWORK -> new SetNetworkVariablesCommand(new NetworkId(Long.parseLong(id)), scope, values);
            case LABEL -> new SetLabelVariablesCommand(labelProject(reversal), id, values);
            default -> throw unsupported(reversal);
        };
    }

    private static Object deleteVariables(Reversal reversal, ProjectScope scope, List<String> keys) {
        String id = reversal.resourceId();
        return switch (reversal.resourceType()) {
            case PROJECT -> new DeleteProjectVariablesCommand(new ProjectId(UUID.fromString(id)), scope, keys);
            case CLOUD -> new DeleteCloudVariablesCommand(new CloudId(Long.parseLong(id)), scope, keys);
            case REGION -> new DeleteRegionVariablesCommand(new RegionId(Long.parseLong(id)), scope, keys);
            case CELL -> new DeleteCellVariablesCommand(new CellId(Long.parseLong(id)), scope, keys);
            case HOST -> new DeleteHostVariablesCommand(new DeviceId(Long.parseLong(id)), scope, keys);
            case NETWORK_DEVICE -> new DeleteNetworkDeviceVariablesCommand(new DeviceId(Long.parseLong(id)), scope,
                    keys);
            case NETWORK -> new DeleteNetworkVariablesCommand(new NetworkId(Long.parseLong(id)), scope, keys);
            case LABEL -> new DeleteLabelVariablesCommand(labelProject(reversal), id, keys);
            default -> throw unsupported(reversal);
        };
    }

    private static Object labels(Reversal reversal, ProjectScope scope, List<String> labels, boolean add) {
        DeviceId device = new DeviceId(Long.parseLong(reversal.resourceId()));
        return switch (reversal.resourceType()) {
            case HOST -> add ? new AddHostLabelsCommand(device, scope, labels)
                    : new RemoveHostLabelsCommand(device, scope, labels);
            case NETWORK_DEVICE -> add ? new AddNetworkDeviceLabelsCommand(device, scope, labels)
                    : new RemoveNetworkDeviceLabelsCommand(device, scope, labels);
            default -> throw unsupported(reversal);
        };
    }

    private static ProjectId labelProject(Reversal reversal) {
        return new ProjectId(reversal.change().resource().projectId());
    }

    private static ApiException unsupported(Reversal reversal) {
        return ApiException.validation(List.of("A " + reversal.change().type() + " of a "
                + reversal.resourceType().apiName() + " cannot be reverted yet."));
    }
}
