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
 * Devices, created far more often than anything else, take theirs from blocks drawn several at a time
 * (ADR 0051): the ids one node hands out rise, but two nodes' ids interleave, and a node that stops
 * leaves the rest of its block unused.
 */
@Component
public class IdAllocator {

    private final DSLContext db;
    private final IdBlock devices;

    IdAllocator(DSLContext db, @Value("${fleet.ids.device-block:32}") int deviceBlock) {
        this.db = db;
        this.devices = new IdBlock(db, DEVICE_ID_SEQ, deviceBlock);
    }

    public CloudId nextCloudId() {
        return new CloudId(db.nextval(CLOUD_ID_SEQ));
    }

    public RegionId nextRegionId() {
        return new RegionId(db.nextval(REGION_ID_SEQ));
    }

    public CellId nextCellId() {
        return new CellId(db.nextval(CELL_ID_SEQ));
    }

    public DeviceId nextDeviceId() {
        return new DeviceId(devices.next());
    }

    public NetworkId nextNetworkId() {
        return new NetworkId(db.nextval(NETWORK_ID_SEQ));
    }

    public NetworkInterfaceId nextNetworkInterfaceId() {
        return new NetworkInterfaceId(db.nextval(NETWORK_INTERFACE_ID_SEQ));
    }

    public UserId nextUserId() {
        return new UserId(db.nextval(USER_ID_SEQ));
    }
}
