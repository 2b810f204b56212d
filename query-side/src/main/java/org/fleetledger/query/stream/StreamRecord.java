package org.fleetledger.query.stream;

/**
 * One record for the change stream: its key ({@code <resource_type>:<id>}), the event it comes from,
 * and its value, the change record's JSON; a tombstone has no value.
 */
public record StreamRecord(String key, String eventId, long position, byte[] value) {

    public boolean tombstone() {
        return value == null;
    }
}
