package org.fleetledger.query.device;

/** Which of the two device types a row is. */
public enum DeviceKind {
    HOST,
    NETWORK_DEVICE
}
