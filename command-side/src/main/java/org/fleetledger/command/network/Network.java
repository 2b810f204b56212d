package org.fleetledger.command.network;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.fleetledger.command.api.CreateNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkCommand;
import org.fleetledger.command.api.DeleteNetworkVariablesCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.command.api.RestoreNetworkCommand;
import org.fleetledger.command.api.SetNetworkVariablesCommand;
import org.fleetledger.command.api.UpdateNetworkCommand;
import org.fleetledger.command.api.VariablesAfterWrite;
import org.fleetledger.command.inventory.InventoryDirectory;
import org.fleetledger.command.inventory.InventoryNode;
import org.fleetledger.command.inventory.InventoryRules;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.inventory.OwnVariableValues;
import org.fleetledger.command.inventory.OwnVariables;
import org.fleetledger.command.inventory.Restoration;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.command.naming.UniqueNames;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkDeleted;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkRestored;
import org.fleetledger.events.network.NetworkUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A network of a region (and optionally of one of its cells); its name is unique within the region. */
class Network {

    private static final NameRule NAME_RULE = NameRule.NETWORK_IN_REGION;

    @AggregateIdentifier
    private NetworkId networkId;
    private ProjectId projectId;
    private long regionId;
    private String name;
    private String cidr;
    private String gateway;
    private String netmask;
    private String ipBlockType;
    private String nss;
    private boolean deleted;
    @AggregateMember
    private final OwnVariableValues variables = new OwnVariableValues();

    Network() {
        // for event sourcing
    }

    @CommandHandler
    Network(CreateNetworkCommand command, UniqueNames names, InventoryDirectory directory) {
        enter(names, directory, command.networkId(), command.projectId(), command.cloudId(), command.regionId(),
                command.cellId(), command.name());
        apply(new NetworkCreated(command.networkId(), command.projectId(), command.cloudId(), command.regionId(),
                command.cellId(), command.name(), command.cidr(), command.gateway(), command.netmask(),
                command.ipBlockType(), command.nss(), command.variables()));
    }

    @CommandHandler
    void handle(UpdateNetworkCommand command, UniqueNames names) {
        requireVisibleTo(command.scope());
        NetworkUpdated updated = new NetworkUpdated(networkId, projectId, command.name().orElse(name),
                command.cidr().orElse(cidr), command.gateway().orElse(gateway), command.netmask().orElse(netmask),
                command.ipBlockType().orElse(ipBlockType), command.nss().orElse(nss));
        if (updated.equals(current())) {
            return; // nothing changes, so nothing is recorded
        }
        names.rename(NAME_RULE, scope(regionId), name, updated.name(), networkId.toString());
        apply(updated);
    }

    @CommandHandler
    void handle(DeleteNetworkCommand command, UniqueNames names, InventoryDirectory directory) {
        requireVisibleTo(command.scope());
        InventoryRules.requireNoDependants(directory, NodeKind.NETWORK, networkId.value());
        names.release(NAME_RULE, scope(regionId), name);
        directory.remove(NodeKind.NETWORK, networkId.value());
        apply(new NetworkDeleted(networkId, projectId));
    }

    @CommandHandler
    void handle(RestoreNetworkCommand command, UniqueNames names, InventoryDirectory directory) {
        NetworkRestored state = command.state();
        String what = "network " + networkId.value();
        Restoration.requireRestorable(deleted, projectId, state.projectId(), command.scope(), what);
        Restoration.enter(what, () -> enter(names, directory, networkId, projectId, state.cloudId(),
                state.regionId(), state.cellId(), state.name()));
        apply(state);
        OwnVariables.set(owner(networkId), projectId, command.variables());
    }

    @CommandHandler
    VariablesAfterWrite handle(SetNetworkVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.set(owner(networkId), projectId, command.variables());
        return variables.answer();
    }

    @CommandHandler
    void handle(DeleteNetworkVariablesCommand command) {
        requireVisibleTo(command.scope());
        OwnVariables.delete(owner(networkId), projectId, command.keys());
    }

    @EventSourcingHandler
    void on(NetworkCreated event) {
        networkId = event.networkId();
        projectId = event.projectId();
        regionId = event.regionId().value();
        name = event.name();
        cidr = event.cidr();
        gateway = event.gateway();
        netmask = event.netmask();
        ipBlockType = event.ipBlockType();
        nss = event.nss();
    }

    @EventSourcingHandler
    void on(NetworkUpdated event) {
        name = event.name();
        cidr = event.cidr();
        gateway = event.gateway();
        netmask = event.netmask();
        ipBlockType = event.ipBlockType();
        nss = event.nss();
    }

    @EventSourcingHandler
    void on(NetworkDeleted event) {
        deleted = true;
        variables.clear();
    }

    @EventSourcingHandler
    void on(NetworkRestored event) {
        on(event.asCreated());
        deleted = false;
    }

    private NetworkUpdated current() {
        return new NetworkUpdated(networkId, projectId, name, cidr, gateway, netmask, ipBlockType, nss);
    }

    private void requireVisibleTo(ProjectScope scope) {
        if (deleted || !scope.includes(projectId)) {
            throw new ResourceNotFoundException("network " + networkId.value());
        }
    }

    private static String scope(long region) {
        return Long.toString(region);
    }

    private static VariableOwner owner(NetworkId id) {
        return new VariableOwner(OwnerType.NETWORK, Long.toString(id.value()));
    }

    /** The checks and claims of a network entering the inventory, on creation and on restore. */
    private static void enter(UniqueNames names, InventoryDirectory directory, NetworkId network, ProjectId project,
                              CloudId cloud, RegionId region, CellId cellId, String name) {
        Long cell = cellId == null ? null : cellId.value();
        InventoryRules.requirePlacement(directory, project, cloud.value(), region.value(), cell);
        names.claim(NAME_RULE, scope(region.value()), name, network.toString());
        directory.add(new InventoryNode(NodeKind.NETWORK, network.value(), project, cloud.value(), region.value(),
                cell, null));
    }
}
