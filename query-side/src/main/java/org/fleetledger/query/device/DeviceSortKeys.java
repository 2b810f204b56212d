package org.fleetledger.query.device;

import org.jooq.Field;
import org.jooq.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attributes a list of devices may be sorted by, each the column of that name in a devices table. */
final class DeviceSortKeys {

    private static final List<String> NAMES = List.of("id", "name", "project_id", "cloud_id", "region_id", "cell_id",
            "parent_id", "ip_address", "device_type", "active", "created_at", "updated_at");

    private DeviceSortKeys() {
    }

    /** Each sort key to its column in {@code table} (the live devices, or their versions). */
    static Map<String, Field<?>> of(Table<?> table) {
        Map<String, Field<?>> columns = new HashMap<>();
        for (String name : NAMES) {
            Field<?> column = table.field(name);
            if (column == null) {
                throw new IllegalStateException(table.getName() + " has no column " + name);
            }
            columns.put(name, column);
        }
        return Map.copyOf(columns);
    }
}
