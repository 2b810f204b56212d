package org.fleetledger.query.variables;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.query.rebuild.BulkReplay;
import org.fleetledger.query.rebuild.PartedPass;
import org.fleetledger.query.rebuild.ShadowWriter;
import org.fleetledger.query.support.RenderedStatements;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.fleetledger.query.jooq.Tables.RESOLUTION_NODE;
import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;

/**
 * Computes and stores resolved variables, for every node of the resolution tree that a condition
 * selects, in one statement: each node's ranked chain of owners ({@code resolution_chain}, defined
 * with the schema) is joined with their own variables, and for each key the lowest rank wins, whole
 * value and all. Which owner supplied a key is not stored: provenance walks the chain when asked
 * ({@code ProvenanceQueries}, ADR 0044).
 */
@Component
@ShadowWriter
class ResolvedVariables implements BulkReplay, PartedPass {

    /** {@code jsonb_object_agg} keeps the last value of a key, so rows are aggregated from the highest rank down. */
    private static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";
    private static final String REFRESH = """
            insert into resolved_variables (owner_type, owner_id, project_id, resolved)
            select resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id,
                   coalesce(jsonb_object_agg(v.key, v.value order by c.rank desc)
                            filter (where v.key is not null), '{}'::jsonb)
            from resolution_node
            cross join lateral resolution_chain(resolution_node) c
            left join variable_view v on v.owner_type = c.type and v.owner_id = c.id
            where {0}
            group by resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id
            on conflict (owner_type, owner_id)
            do update set resolved = excluded.resolved
            """;

    /**
     * The resolved variables of every region and cell, and of every device with neither parent nor
     * label, all at once (a rebuild's single pass at the end, ADR 0025): each region's and cell's own
     * chain is short and merged once; a plain device's is its cell's (or region's) merged map with its
     * own variables on top. The {@code ||} of two objects keeps the right one's value of a shared key,
     * as the lower rank wins in {@link #REFRESH}, which computes the same rows node by node. In parts:
     * the regions and cells if {0}, and the devices from id {1} to before {2} (either null: no bound), in
     * the order of the ids' text. The conditions are the planner's to estimate: it has statistics for
     * {@code ancestors = '{}'} and for a range of ids, none for {@code cardinality(ancestors)} or
     * {@code owner_id::bigint}; estimating a few devices where there were 50,000, it joined each device
     * to every region and cell (26 million comparisons, 7.4 s).
     */
    private static final String RESOLVE_PLAIN_NODES = """
            insert into resolved_variables (owner_type, owner_id, project_id, resolved)
            with own as (
                select owner_type, owner_id, jsonb_object_agg(key, value) as resolved
                from variable_view
                where owner_type in ('PROJECT', 'CLOUD', 'REGION', 'CELL')
                group by owner_type, owner_id),
            scope as materialized (
                select n.owner_type, n.owner_id, n.project_id,
                       coalesce(p.resolved, '{}') || coalesce(c.resolved, '{}') || coalesce(r.resolved, '{}')
                           || coalesce(ce.resolved, '{}') as resolved
                from resolution_node n
                left join own p on p.owner_type = 'PROJECT' and p.owner_id = n.project_id::text
                left join own c on c.owner_type = 'CLOUD' and c.owner_id = n.cloud_id::text
                left join own r on r.owner_type = 'REGION' and r.owner_id = n.region_id::text
                left join own ce on ce.owner_type = 'CELL' and ce.owner_id = n.cell_id::text
                where n.owner_type in ('REGION', 'CELL'))
            select owner_type, owner_id, project_id, resolved from scope where {0}
            union all
            """ + plainDevicesFrom("scope") + """
              and ({1}::text is null or n.owner_id >= {1}) and ({2}::text is null or n.owner_id < {2})
            on conflict (owner_type, owner_id)
            do update set resolved = excluded.resolved
            """;

    /**
     * Every device below one of the given devices: their children, then the children's, level by level,
     * through the index of the devices that have a parent. Most devices have none, so the search usually
     * ends at the first level.
     */
    private static final String DEVICES_BELOW = DSL.using(SQLDialect.POSTGRES).render(DSL.resultQuery("""
            with recursive below(id) as (
                select n.owner_id::bigint
                from resolution_node n
                where n.owner_type = 'DEVICE' and n.parent_id = any({0}::bigint[])
                union
                select n.owner_id::bigint
                from below b
                join resolution_node n on n.owner_type = 'DEVICE' and n.parent_id = b.id)
            select id::text from below
            """, DSL.param("roots", Long[].class)));

    /**
     * {@link #REFRESH} of the nodes of one type whose ids are among an array, rendered once, when the class
     * loads: it runs for every processor batch that changes variables, and its rendering was the largest
     * left once a write's answer was rendered once. Its bind values are the type and the array of ids.
     */
    private static final String REFRESH_BY_IDS = DSL.using(SQLDialect.POSTGRES).render(DSL.query(REFRESH,
            RESOLUTION_NODE.OWNER_TYPE.eq(DSL.param("type", String.class))
                    .and(RESOLUTION_NODE.OWNER_ID.eq(DSL.any(DSL.param("ids", String[].class))))));

    /**
     * Resolves devices among an array of ids that have neither parent nor label, and whose cell (or, without
     * one, region) is resolved: the scope's merged map with the device's own variables on top, as
     * {@link #RESOLVE_PLAIN_NODES} resolves them at a rebuild's end, and as {@link #REFRESH} would give them,
     * since the lower rank wins and a plain device's chain is itself, then its scope's. Walking the whole
     * chain, a new host of the full fleet (88 keys along it) took about 500 µs; from its cell's map, about
     * 60 µs (ADR 0061). Rendered once, when the class loads; it answers the ids it resolved.
     */
    private static final String RESOLVE_PLAIN_DEVICES = DSL.using(SQLDialect.POSTGRES).render(DSL.resultQuery("""
            insert into resolved_variables (owner_type, owner_id, project_id, resolved)
            """ + plainDevicesFrom("resolved_variables") + """
              and n.owner_id = any({0})
            on conflict (owner_type, owner_id)
            do update set resolved = excluded.resolved
            returning owner_id
            """, DSL.param("ids", String[].class)));

    /**
     * Devices' own values set in their resolved variables: the same rows {@link #REFRESH} would give them,
     * since a device's own value of a key is first in its chain. Rendered once, when the class loads; its
     * bind values are three arrays of the same length: the devices' ids, the keys and the values' JSON text.
     */
    private static final String SET_OWN_VALUES = DSL.using(SQLDialect.POSTGRES).render(DSL.query("""
            update resolved_variables r
            set resolved = r.resolved || own.resolved
            from (select u.owner_id, jsonb_object_agg(u.key, u.value::jsonb) as resolved
                  from unnest({0}::text[], {1}::text[], {2}::text[]) as u(owner_id, key, value)
                  group by u.owner_id) own
            where r.owner_type = 'DEVICE' and r.owner_id = own.owner_id
            """, DSL.param("devices", String[].class), DSL.param("keys", String[].class),
            DSL.param("values", String[].class)));

    private final DSLContext db;
    private final VariableRows rows;
    private final ResolutionTree tree;
    // each instance (the live one and a rebuild's) gathers its own nodes in a batch
    private final String pendingKey = "resolved-variables-pending@" + System.identityHashCode(this);
    // only a rebuild's own instance defers to the end of its replay (ADR 0018); the live one refreshes once a batch
    private boolean deferred;

    /**
     * The select both {@link #RESOLVE_PLAIN_NODES} and {@link #RESOLVE_PLAIN_DEVICES} begin with: every device
     * {@code n} with neither parent nor label, with its scope's merged map from {@code scopes} (rows of the
     * resolved variables' columns: its cell's, or its region's without a cell) and its own variables on
     * top. Its caller adds conditions on {@code n} ({@code and ...}). {@code scopes} is one of the two
     * statements' own table names, never input.
     */
    private static String plainDevicesFrom(String scopes) {
        return """
                select n.owner_type, n.owner_id, n.project_id, s.resolved || coalesce(own.resolved, '{}')
                from resolution_node n
                join %s s on s.owner_type = case when n.cell_id is null then 'REGION' else 'CELL' end
                         and s.owner_id = coalesce(n.cell_id, n.region_id)::text
                left join lateral (
                    select jsonb_object_agg(v.key, v.value) as resolved
                    from variable_view v
                    where v.owner_type = 'DEVICE' and v.owner_id = n.owner_id) own on true
                where n.owner_type = 'DEVICE' and n.ancestors = '{}'
                  and not exists (select 1 from resolution_label l where l.device_id = n.owner_id::bigint)
                """.formatted(scopes);
    }

    ResolvedVariables(DSLContext db, VariableRows rows, ResolutionTree tree) {
        this.db = db;
        this.rows = rows;
        this.tree = tree;
    }

    /**
     * Recomputes the resolved variables of every node {@code nodes} selects (a condition on
     * {@code resolution_node}). Inside a processor's batch, the nodes are gathered and recomputed together
     * once, as the batch commits: a refresh computes from the tables' current rows only, so one refresh at
     * the end gives what one after every event would, and a host created with its variables in one batch
     * is resolved once, not twice.
     */
    void refresh(Condition nodes) {
        if (deferred) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            db.query(REFRESH, nodes).execute();
            return;
        }
        pendingInBatch().conditions().add(nodes);
    }

    /**
     * Recomputes one node, known by its key (a node just added or relabelled), gathered in a batch as
     * {@link #refresh} gathers. A batch of new hosts is recomputed by their keys at once: as conditions,
     * ORed, each batch's list of nodes was a statement of its own text, planned anew (2 to 8 ms each).
     */
    void refreshNode(OwnerType type, long id) {
        gather(pending -> pending.nodes().computeIfAbsent(type.name(), key -> new HashSet<>())
                .add(Long.toString(id)));
    }

    /**
     * A device's own variables were set: a device's own value of a key comes first in its chain, so its
     * resolved variables take each key as it was set, and it supplies them, with no recomputation. The
     * devices below it are recomputed. Gathered in a batch as {@link #refresh} gathers: the batch's settings
     * are applied first, in one statement, and every recomputation of the batch after them, so a device the
     * batch also recomputes (a new device, a relabelled one, one below another) ends as the recomputation
     * gives it.
     */
    void deviceVariablesSet(long device, Map<String, String> jsonValues) {
        gather(pending -> {
            pending.settings().computeIfAbsent(device, key -> new LinkedHashMap<>()).putAll(jsonValues);
            pending.below().add(device);
        });
    }

    /** Recomputes a device and every device below it, gathered in a batch as {@link #refresh} gathers. */
    void refreshDeviceAndBelow(long device) {
        gather(pending -> pending.devices().add(device));
    }

    /**
     * Adds to what is left to do: within a processor's batch, to the batch's, done once as it commits;
     * outside one, at once. A rebuild's own instance does nothing until its replay ends.
     */
    private void gather(Consumer<Pending> work) {
        if (deferred) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            work.accept(pendingInBatch());
            return;
        }
        Pending now = Pending.none();
        work.accept(now);
        refreshAll(now);
    }

    private Pending pendingInBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(pendingKey, key -> {
            Pending pending = Pending.none();
            batch.onPrepareCommit(unit -> refreshAll(pending));
            return pending;
        });
    }

    /**
     * Recomputes the nodes of a batch in two steps: which nodes the conditions and devices select, then
     * those nodes by their keys. Given the conditions ORed together, PostgreSQL estimated thousands of
     * nodes where there were tens, and walked all 100,000 in key order (360 ms, against 28 ms by keys).
     * The devices below the batch's devices are found from their parents, level by level. Searching the
     * ancestors' arrays instead, a young table's missing statistics led PostgreSQL to compare every
     * device of the batch with every node (58 ms for 30 devices among 3,800 nodes); one condition per
     * device, ORed, walked every node too (137 ms for 200 devices among 10,000).
     */
    private void refreshAll(Pending pending) {
        // a batch's own variables and new nodes, held until now, are what the refresh reads
        rows.writeHeld();
        tree.writeNewNodes();
        if (CurrentUnitOfWork.isStarted()) {
            // A batch's transaction plans generically (ADR 0034); these statements' best plans depend on
            // how many nodes and devices they select: planned once, recomputing a batch took ten times longer.
            RenderedStatements.update(db, CUSTOM_PLANS);
        }
        Map<String, Set<String>> idsByType = new HashMap<>();
        pending.nodes().forEach((type, ids) -> idsByType.put(type, new HashSet<>(ids)));
        if (!pending.conditions().isEmpty()) {
            db.select(RESOLUTION_NODE.OWNER_TYPE, RESOLUTION_NODE.OWNER_ID).from(RESOLUTION_NODE)
                    .where(DSL.or(pending.conditions()))
                    .forEach(node -> idsByType.computeIfAbsent(node.value1(), type -> new HashSet<>())
                            .add(node.value2()));
        }
        if (!pending.devices().isEmpty() || !pending.below().isEmpty()) {
            Set<Long> roots = new HashSet<>(pending.devices());
            roots.addAll(pending.below());
            Set<String> devices = new HashSet<>(RenderedStatements.fetch(db, DEVICES_BELOW, row -> row.getString(1),
                    (Object) roots.toArray(Long[]::new)));
            pending.devices().forEach(id -> devices.add(id.toString()));
            if (!devices.isEmpty()) {
                idsByType.computeIfAbsent(OwnerType.DEVICE.name(), type -> new HashSet<>()).addAll(devices);
            }
        }
        setOwnValues(pending.settings(), idsByType.getOrDefault(OwnerType.DEVICE.name(), Set.of()));
        // one statement per type of node (a batch of writes to hosts has one); regions and cells before
        // devices, which may be resolved from their cell's or region's map as it now is
        idsByType.forEach((type, ids) -> {
            if (!type.equals(OwnerType.DEVICE.name())) {
                RenderedStatements.update(db, REFRESH_BY_IDS, type, ids.toArray(String[]::new));
            }
        });
        Set<String> devices = idsByType.get(OwnerType.DEVICE.name());
        if (devices != null) {
            refreshDevices(devices);
        }
    }

    /**
     * Recomputes devices: those with neither parent nor label from their scope's resolved map
     * ({@link #RESOLVE_PLAIN_DEVICES}), the others, and any whose scope has no map, along their whole chain.
     */
    private void refreshDevices(Set<String> ids) {
        Set<String> rest = new HashSet<>(ids);
        rest.removeAll(RenderedStatements.fetch(db, RESOLVE_PLAIN_DEVICES, row -> row.getString(1),
                (Object) ids.toArray(String[]::new)));
        if (!rest.isEmpty()) {
            RenderedStatements.update(db, REFRESH_BY_IDS, OwnerType.DEVICE.name(), rest.toArray(String[]::new));
        }
    }

    /**
     * Sets devices' own values in their resolved variables, each key supplied by the device: one statement
     * for all of them, with the devices, keys and values as arrays. A device the batch recomputes is left
     * to its recomputation, which reads its own values with the rest of its chain: a new host's variables
     * come in the batch that creates it, before it has resolved variables to set them in (ADR 0049).
     */
    private void setOwnValues(Map<Long, Map<String, String>> settings, Set<String> recomputed) {
        List<String> devices = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        settings.forEach((device, byKey) -> {
            String id = device.toString();
            if (!recomputed.contains(id)) {
                byKey.forEach((key, json) -> {
                    devices.add(id);
                    keys.add(key);
                    values.add(json);
                });
            }
        });
        if (devices.isEmpty()) {
            return;
        }
        RenderedStatements.update(db, SET_OWN_VALUES, devices.toArray(String[]::new), keys.toArray(String[]::new),
                values.toArray(String[]::new));
    }

    @Override
    public void beginBulkReplay() {
        deferred = true;
    }

    /** From here on, refreshes run again; every node is resolved at once by {@link #runPart}. */
    @Override
    public void endBulkReplay() {
        deferred = false;
    }

    /**
     * Resolves one part of every node at once, through {@code db}: the plain ones by
     * {@link #RESOLVE_PLAIN_NODES}, then the rest of the part (devices with parents or labels, and any node
     * whose cell or region is missing) node by node. The parts cut the devices into ranges of their ids,
     * in the primary key's order, of about as many devices each; the first also holds every node that is
     * not a device. Ranges in the key's order, not remainders: two parts whose keys interleave write to
     * the same index pages, and waited on each other for as long as one part alone took (13.0 s for two
     * halves side by side, against 12.3 s for the whole and 7.8 s for two ranges; 100,000 hosts).
     */
    @Override
    public void runPart(DSLContext db, int part, int parts) {
        String from = part == 0 ? null : deviceAt(db, (double) part / parts);
        String until = part == parts - 1 ? null : deviceAt(db, (double) (part + 1) / parts);
        db.query(RESOLVE_PLAIN_NODES, DSL.val(part == 0), DSL.val(from, String.class), DSL.val(until, String.class))
                .execute();
        Condition devicesOfPart = RESOLUTION_NODE.OWNER_TYPE.eq(OwnerType.DEVICE.name())
                .and(from == null ? DSL.noCondition() : RESOLUTION_NODE.OWNER_ID.ge(from))
                .and(until == null ? DSL.noCondition() : RESOLUTION_NODE.OWNER_ID.lt(until));
        Condition ofPart = part == 0
                ? devicesOfPart.or(RESOLUTION_NODE.OWNER_TYPE.ne(OwnerType.DEVICE.name()))
                : devicesOfPart;
        db.query(REFRESH, ofPart.and(DSL.notExists(DSL.selectOne().from(RESOLVED_VARIABLES)
                .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(RESOLUTION_NODE.OWNER_TYPE))
                .and(RESOLVED_VARIABLES.OWNER_ID.eq(RESOLUTION_NODE.OWNER_ID))))).execute();
    }

    /** The device id at {@code fraction} of all of them, in the order of their text (null: no devices). */
    private static String deviceAt(DSLContext db, double fraction) {
        return db.select(DSL.percentileDisc(fraction).withinGroupOrderBy(RESOLUTION_NODE.OWNER_ID))
                .from(RESOLUTION_NODE)
                .where(RESOLUTION_NODE.OWNER_TYPE.eq(OwnerType.DEVICE.name()))
                .fetchSingle(0, String.class);
    }

    void remove(String ownerType, String ownerId) {
        db.deleteFrom(RESOLVED_VARIABLES)
                .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(ownerType))
                .and(RESOLVED_VARIABLES.OWNER_ID.eq(ownerId))
                .execute();
    }

    /**
     * What a batch has left to do: the nodes to recompute (those its conditions select, those named by their
     * keys (ids by type), and devices with all below them), and devices' own values just set (JSON text by
     * key, by device), below which every device is recomputed.
     */
    private record Pending(List<Condition> conditions, Map<String, Set<String>> nodes, Set<Long> devices,
                           Map<Long, Map<String, String>> settings, Set<Long> below) {

        /** Nothing left yet, to be added to. */
        static Pending none() {
            return new Pending(new ArrayList<>(), new HashMap<>(), new HashSet<>(), new HashMap<>(), new HashSet<>());
        }
    }

    void removeProject(UUID project) {
        db.deleteFrom(RESOLVED_VARIABLES).where(RESOLVED_VARIABLES.PROJECT_ID.eq(project)).execute();
    }

    void clear() {
        db.deleteFrom(RESOLVED_VARIABLES).execute();
    }
}
