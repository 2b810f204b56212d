package org.fleetledger.query.variables;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fleetledger.query.rebuild.BulkReplay;
import org.fleetledger.query.rebuild.ShadowWriter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.RESOLUTION_NODE;
import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;

/**
 * Computes and stores resolved variables, for every node of the resolution tree that a condition
 * selects, in one statement: each node's ranked chain of owners ({@code resolution_chain}, defined
 * with the schema) is joined with their own variables, and for each key the lowest rank wins, whole
 * value and all. The owner that supplied each key is kept beside it.
 */
@Component
@ShadowWriter
class ResolvedVariables implements BulkReplay {

    /** {@code jsonb_object_agg} keeps the last value of a key, so rows are aggregated from the highest rank down. */
    private static final String REFRESH = """
            insert into resolved_variables (owner_type, owner_id, project_id, resolved, sources)
            select resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id,
                   coalesce(jsonb_object_agg(v.key, v.value order by c.rank desc)
                            filter (where v.key is not null), '{}'::jsonb),
                   coalesce(jsonb_object_agg(v.key, to_jsonb(c.type || ':' || c.id) order by c.rank desc)
                            filter (where v.key is not null), '{}'::jsonb)
            from resolution_node
            cross join lateral resolution_chain(resolution_node) c
            left join variable_view v on v.owner_type = c.type and v.owner_id = c.id
            where {0}
            group by resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id
            on conflict (owner_type, owner_id)
            do update set resolved = excluded.resolved, sources = excluded.sources
            """;

    private final DSLContext db;
    // each instance (the live one and a rebuild's) gathers its own nodes in a batch
    private final String pendingKey = "resolved-variables-pending@" + System.identityHashCode(this);
    // only a rebuild's own instance defers to the end of its replay (ADR 0018); the live one refreshes once a batch
    private boolean deferred;

    ResolvedVariables(DSLContext db) {
        this.db = db;
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
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<Condition>>getOrComputeResource(pendingKey, key -> {
            List<Condition> pending = new ArrayList<>();
            batch.onPrepareCommit(unit -> refreshAll(pending));
            return pending;
        }).add(nodes);
    }

    /**
     * Recomputes the nodes of a batch in two steps: which nodes the conditions select, then those nodes
     * by their keys. Given the conditions ORed together, PostgreSQL estimated thousands of nodes where
     * there were tens, and walked all 100,000 in key order (360 ms, against 28 ms by keys).
     */
    private void refreshAll(List<Condition> pending) {
        Map<String, List<String>> idsByType = new HashMap<>();
        db.select(RESOLUTION_NODE.OWNER_TYPE, RESOLUTION_NODE.OWNER_ID).from(RESOLUTION_NODE)
                .where(DSL.or(pending))
                .forEach(node -> idsByType.computeIfAbsent(node.value1(), type -> new ArrayList<>()).add(node.value2()));
        if (idsByType.isEmpty()) {
            return;
        }
        List<Condition> byKeys = new ArrayList<>();
        idsByType.forEach((type, ids) -> byKeys.add(RESOLUTION_NODE.OWNER_TYPE.eq(type)
                .and(RESOLUTION_NODE.OWNER_ID.eq(DSL.any(ids.toArray(String[]::new))))));
        db.query(REFRESH, DSL.or(byKeys)).execute();
    }

    @Override
    public void beginBulkReplay() {
        deferred = true;
    }

    @Override
    public void endBulkReplay() {
        deferred = false;
        refresh(DSL.trueCondition());
    }

    void remove(String ownerType, String ownerId) {
        db.deleteFrom(RESOLVED_VARIABLES)
                .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(ownerType))
                .and(RESOLVED_VARIABLES.OWNER_ID.eq(ownerId))
                .execute();
    }

    void removeProject(UUID project) {
        db.deleteFrom(RESOLVED_VARIABLES).where(RESOLVED_VARIABLES.PROJECT_ID.eq(project)).execute();
    }

    void clear() {
        db.deleteFrom(RESOLVED_VARIABLES).execute();
    }
}
