package org.fleetledger.query.variables;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;

/**
 * Computes and stores resolved variables, for every node of the resolution tree that a condition
 * selects, in one statement: each node's chain of owners is laid out with a rank (itself 0, its parent
 * chain nearest first, its labels with the alphanumerically last first, its cell, region, cloud,
 * project), their own variables are joined, and for each key the lowest rank wins, whole value and
 * all. The owner that supplied each key is kept beside it.
 */
@Component
class ResolvedVariables {

    /**
     * The owners of each node, ranked. {@code jsonb_object_agg} keeps the last value of a key, so rows
     * are aggregated from the highest rank down.
     */
    private static final String REFRESH = """
            insert into resolved_variables (owner_type, owner_id, project_id, resolved, sources)
            select resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id,
                   coalesce(jsonb_object_agg(v.key, v.value order by c.rank desc)
                            filter (where v.key is not null), '{}'::jsonb),
                   coalesce(jsonb_object_agg(v.key, to_jsonb(c.type || ':' || c.id) order by c.rank desc)
                            filter (where v.key is not null), '{}'::jsonb)
            from resolution_node
            cross join lateral (
                select resolution_node.owner_type as type, resolution_node.owner_id as id, 0::bigint as rank
                union all
                select 'DEVICE', a.ancestor::text, a.ord
                from unnest(resolution_node.ancestors) with ordinality as a(ancestor, ord)
                union all
                select 'LABEL', resolution_node.project_id::text || ':' || l.label,
                       100000 + row_number() over (order by l.label collate "C" desc)
                from resolution_label l
                where resolution_node.owner_type = 'DEVICE' and l.device_id::text = resolution_node.owner_id
                union all
                select 'CELL', resolution_node.cell_id::text, 200000 where resolution_node.owner_type = 'DEVICE' and resolution_node.cell_id is not null
                union all
                select 'REGION', resolution_node.region_id::text, 300000 where resolution_node.owner_type in ('DEVICE', 'CELL')
                union all
                select 'CLOUD', resolution_node.cloud_id::text, 400000
                union all
                select 'PROJECT', resolution_node.project_id::text, 500000
            ) c
            left join variable_view v on v.owner_type = c.type and v.owner_id = c.id
            where {0}
            group by resolution_node.owner_type, resolution_node.owner_id, resolution_node.project_id
            on conflict (owner_type, owner_id)
            do update set resolved = excluded.resolved, sources = excluded.sources
            """;

    private final DSLContext db;

    ResolvedVariables(DSLContext db) {
        this.db = db;
    }

    /** Recomputes the resolved variables of every node {@code nodes} selects (a condition on {@code resolution_node}). */
    void refresh(Condition nodes) {
        db.query(REFRESH, nodes).execute();
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
