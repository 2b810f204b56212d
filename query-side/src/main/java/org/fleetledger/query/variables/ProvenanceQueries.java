package org.fleetledger.query.variables;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record10;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.fleetledger.query.jooq.Tables.CELL_VIEW;
import static org.fleetledger.query.jooq.Tables.CLOUD_VIEW;
import static org.fleetledger.query.jooq.Tables.DEVICE_VIEW;
import static org.fleetledger.query.jooq.Tables.PROJECT_VIEW;
import static org.fleetledger.query.jooq.Tables.REGION_VIEW;

/**
 * Explains a device's variables: for each key, the scope whose value it resolves to, the broader
 * scopes holding the key that it overrides, and who set each value, when, with which note and at which
 * ledger position. It walks the same ranked chain that resolution stores its results from.
 */
@Component
public class ProvenanceQueries {

    private static final String CHAIN_SETTINGS = """
            select c.type, c.id, c.rank, v.key, v.value, v.set_by_user_id, v.set_by_username, v.set_at,
                   v.change_note, v.position
            from resolution_node n
            cross join lateral resolution_chain(n) c
            join variable_view v on v.owner_type = c.type and v.owner_id = c.id
            where n.owner_type = {0} and n.owner_id = {1}
            order by v.key, c.rank
            """;

    private final DSLContext db;

    ProvenanceQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * The provenance of every key of a device's variables, keys in order: resolved (its whole chain),
     * or, with {@code resolved} false, of its own variables only.
     */
    public Map<String, VariableProvenance> ofDevice(long deviceId, boolean resolved) {
        List<Row> rows = new ArrayList<>();
        db.resultQuery(CHAIN_SETTINGS, DSL.val(OwnerType.DEVICE.name()),
                        DSL.val(Long.toString(deviceId)))
                .coerce(
                        DSL.field("type", SQLDataType.VARCHAR),
                        DSL.field("id", SQLDataType.VARCHAR),
                        DSL.field("rank", SQLDataType.BIGINT),
                        DSL.field("key", SQLDataType.VARCHAR),
                        DSL.field("value", SQLDataType.JSONB),
                        DSL.field("set_by_user_id", SQLDataType.BIGINT),
                        DSL.field("set_by_username", SQLDataType.VARCHAR),
                        DSL.field("set_at", SQLDataType.TIMESTAMPWITHTIMEZONE),
                        DSL.field("change_note", SQLDataType.CLOB),
                        DSL.field("position", SQLDataType.BIGINT))
                .forEach((Record10<String, String, Long, String, JSONB, Long, String, OffsetDateTime, String,
                        Long> row) -> {
                    if (resolved || row.value3() == 0) {
                        rows.add(new Row(row.value1(), row.value2(), row.value4(), row.value5(), row.value6(),
                                row.value7(), row.value8(), row.value9(), row.value10()));
                    }
                });
        Map<String, VariableScope> scopes = scopes(rows);
        Map<String, List<VariableSetting>> byKey = new TreeMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(new VariableSetting(
                    scopes.get(row.type() + ":" + row.id()), VariableJson.toNode(row.value()), row.setByUserId(),
                    row.setBy(), row.setAt(), row.note(), row.position()));
        }
        Map<String, VariableProvenance> provenance = new LinkedHashMap<>();
        byKey.forEach((key, settings) -> provenance.put(key,
                new VariableProvenance(settings.get(0), List.copyOf(settings.subList(1, settings.size())))));
        return provenance;
    }

    /** Each owner of the rows as a scope with its API type and name, names read in one query per type. */
    private Map<String, VariableScope> scopes(List<Row> rows) {
        Map<String, Set<String>> idsByType = rows.stream().collect(Collectors.groupingBy(Row::type,
                Collectors.mapping(Row::id, Collectors.toSet())));
        Map<String, VariableScope> scopes = new HashMap<>();
        idsByType.forEach((type, ids) -> scopes.putAll(scopesOf(OwnerType.valueOf(type), ids)));
        return scopes;
    }

    private Map<String, VariableScope> scopesOf(OwnerType type, Collection<String> ids) {
        Map<String, VariableScope> scopes = new HashMap<>();
        switch (type) {
            case DEVICE -> db.select(DEVICE_VIEW.ID, DEVICE_VIEW.KIND, DEVICE_VIEW.NAME).from(DEVICE_VIEW)
                    .where(DEVICE_VIEW.ID.in(ids.stream().map(Long::parseLong).toList()))
                    .forEach(row -> scopes.put(key(type, row.value1()), new VariableScope(
                            row.value2().equals("HOST") ? "host" : "network-device", row.value1(), row.value3())));
            case CELL -> db.select(CELL_VIEW.ID, CELL_VIEW.NAME).from(CELL_VIEW)
                    .where(CELL_VIEW.ID.in(ids.stream().map(Long::parseLong).toList()))
                    .forEach(row -> scopes.put(key(type, row.value1()),
                            new VariableScope("cell", row.value1(), row.value2())));
            case REGION -> db.select(REGION_VIEW.ID, REGION_VIEW.NAME).from(REGION_VIEW)
                    .where(REGION_VIEW.ID.in(ids.stream().map(Long::parseLong).toList()))
                    .forEach(row -> scopes.put(key(type, row.value1()),
                            new VariableScope("region", row.value1(), row.value2())));
            case CLOUD -> db.select(CLOUD_VIEW.ID, CLOUD_VIEW.NAME).from(CLOUD_VIEW)
                    .where(CLOUD_VIEW.ID.in(ids.stream().map(Long::parseLong).toList()))
                    .forEach(row -> scopes.put(key(type, row.value1()),
                            new VariableScope("cloud", row.value1(), row.value2())));
            case PROJECT -> db.select(PROJECT_VIEW.ID, PROJECT_VIEW.NAME).from(PROJECT_VIEW)
                    .where(PROJECT_VIEW.ID.in(ids.stream().map(UUID::fromString).toList()))
                    .forEach(row -> scopes.put(key(type, row.value1()),
                            new VariableScope("project", row.value1(), row.value2())));
            case LABEL -> ids.forEach(id -> {
                String label = new VariableOwner(type, id).labelName();
                scopes.put(type.name() + ":" + id, new VariableScope("label", label, label));
            });
            case NETWORK, NETWORK_INTERFACE -> {
                // no chain holds them
            }
        }
        // a scope read models no longer know (deleted since) keeps its id, without a name
        ids.forEach(id -> scopes.putIfAbsent(type.name() + ":" + id,
                new VariableScope(type.name().toLowerCase().replace('_', '-'), id, null)));
        return scopes;
    }

    private static String key(OwnerType type, Object id) {
        return type.name() + ":" + id;
    }

    private record Row(String type, String id, String key, JSONB value, Long setByUserId, String setBy,
                       OffsetDateTime setAt, String note, Long position) {
    }
}
