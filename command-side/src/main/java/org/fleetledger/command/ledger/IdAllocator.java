package org.fleetledger.command.ledger;

import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.network.NetworkId;
import org.fleetledger.events.network.NetworkInterfaceId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.user.UserId;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static org.fleetledger.command.jooq.Sequences.CELL_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.CLOUD_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.DEVICE_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.NETWORK_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.NETWORK_INTERFACE_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.REGION_ID_SEQ;
import static org.fleetledger.command.jooq.Sequences.USER_ID_SEQ;

/**
 * Hands out integer ids per resource type from database sequences; a failed command leaves a gap.
 * Every type draws through an {@link IdBlock}. Devices, created far more often than anything else, draw
 * several ids at a time (ADR 0051): the ids one node hands out rise, but two nodes' ids interleave, and a
 * node that stops leaves the rest of its block unused. Every other type draws one id per resource.
 */
@Component
public class IdAllocator {

    private final IdBlock clouds;
    private final IdBlock regions;
    private final IdBlock cells;
    private final IdBlock devices;
    private final IdBlock networks;
    private final IdBlock networkInterfaces;
    private final IdBlock users;

    IdAllocator(DSLContext db, @Value("${fleet.ids.device-block:32}") int deviceBlock) {
        this.clouds = new IdBlock(db, CLOUD_ID_SEQ, 1);
        this.regions = new IdBlock(db, REGION_ID_SEQ, 1);
        this.cells = new IdBlock(db, CELL_ID_SEQ, 1);
        this.devices = new IdBlock(db, DEVICE_ID_SEQ, deviceBlock);
        this.networks = new IdBlock(db, NETWORK_ID_SEQ, 1);
        this.networkInterfaces = new IdBlock(db, NETWORK_INTERFACE_ID_SEQ, 1);
        this.users = new IdBlock(db, USER_ID_SEQ, 1);
    }

    public CloudId nextCloudId() {
        return new CloudId(clouds.next());
    }

    public RegionId nextRegionId() {
        return new RegionId(regions.next());
    }

    public CellId nextCellId() {
        return new CellId(cells.next());
    }

    public DeviceId nextDeviceId() {
        return new DeviceId(devices.next());
    }

    public NetworkId nextNetworkId() {
        return new NetworkId(networks.next());
    }

    public NetworkInterfaceId nextNetworkInterfaceId() {
        return new NetworkInterfaceId(networkInterfaces.next());
    }

    public UserId nextUserId() {
        return new UserId(users.next());
    }
}
