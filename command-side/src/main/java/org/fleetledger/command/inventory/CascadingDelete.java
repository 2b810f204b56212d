package org.fleetledger.command.inventory;

import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.DeleteCellCommand;
import org.fleetledger.command.api.DeleteCloudCommand;
import org.fleetledger.command.api.DeleteHostCommand;
import org.fleetledger.command.api.DeleteNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkDeviceCommand;
import org.fleetledger.command.api.DeleteNetworkInterfaceCommand;
import org.fleetledger.command.api.DeleteProjectCommand;
import org.fleetledger.command.api.DeleteUserCommand;
import org.fleetledger.command.api.DeleteRegionCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.ledger.LedgerWriter;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.user.UserId;
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
    private final UniqueNames names;

    CascadingDelete(LedgerWriter writer, InventoryDirectory directory, UniqueNames names) {
        this.writer = writer;
        this.directory = directory;
        this.names = names;
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

    /**
     * Deletes a project with everything in it: each cloud's subtree (everything of the project lies in
     * one of its clouds, and parents are checked per project, so nothing hangs outside), then its
     * users, then the project.
     */
    public WriteReceipt deleteProject(ProjectId project, ProjectScope scope, ChangeContext context) {
        return writer.sendAll(() -> {
            List<Object> commands = new ArrayList<>();
            if (scope.includes(project)) {
                for (InventoryNode cloud : directory.clouds(project)) {
                    directory.below(NodeKind.CLOUD, cloud.id())
                            .forEach(node -> commands.add(deleteCommand(node.kind(), node.id(), scope)));
                    commands.add(deleteCommand(NodeKind.CLOUD, cloud.id(), scope));
                }
                for (String user : names.owners(NameRule.USERNAME_IN_PROJECT, project.text())) {
                    commands.add(new DeleteUserCommand(UserId.of(Long.parseLong(user.substring("user:".length()))),
                            scope));
                }
            }
            commands.add(new DeleteProjectCommand(project, scope));
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
            case NETWORK -> new DeleteNetworkCommand(new NetworkId(id), scope);
            case NETWORK_INTERFACE -> new DeleteNetworkInterfaceCommand(new NetworkInterfaceId(id), scope);
        };
    }
}
