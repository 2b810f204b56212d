package org.fleetledger.command.inventory;

import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.ledger.LedgerWriter;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.region.RegionId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ?cascade=true}: deletes a resource with everything below it, deepest first, each resource by
 * its own command and event, all in one transaction and under one correlation id. The resource at
 * the top is deleted last, and its visibility check covers the subtree (everything below it lives in
 * its project).
 */
@Component
public class CascadingDelete {

    private final LedgerWriter writer;
    private final InventoryDirectory directory;

    CascadingDelete(LedgerWriter writer, InventoryDirectory directory) {
        this.writer = writer;
        this.directory = directory;
    }

    public WriteReceipt delete(NodeKind kind, long id, ProjectScope scope, ChangeContext context) {
        return writer.sendAll(() -> {
            List<Object> commands = new ArrayList<>();
            if (directory.find(kind, id).filter(node -> scope.includes(node.projectId())).isPresent()) {
                directory.below(kind, id).forEach(node -> commands.add(deleteCommand(node.kind(), node.id(), scope)));
            }
            commands.add(deleteCommand(kind, id, scope));
            return commands;
        }, context);
    }

    private static Object deleteCommand(NodeKind kind, long id, ProjectScope scope) {
        return switch (kind) {
            case CLOUD -> new DeleteCloudCommand(new CloudId(id), scope);
            case REGION -> new DeleteRegionCommand(new RegionId(id), scope);
            case CELL -> new DeleteCellCommand(new CellId(id), scope);
            case HOST -> new DeleteHostCommand(new DeviceId(id), scope);
            case NETWORK_DEVICE -> new DeleteNetworkDeviceCommand(new DeviceId(id), scope);
        };
    }
}
