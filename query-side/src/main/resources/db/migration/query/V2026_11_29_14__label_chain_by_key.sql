-- [jooq ignore start]
-- resolution_chain found a device's labels by comparing each label row's device id as text, which no
-- index serves: every node resolved scanned all labels of the fleet. Region, cell and device nodes all
-- have numeric owner ids, so the node's id is cast instead, and the key (device_id, label) serves it.
CREATE OR REPLACE FUNCTION resolution_chain(node resolution_node)
    RETURNS TABLE (type VARCHAR, id VARCHAR, rank BIGINT)
    LANGUAGE sql STABLE
AS $$
    select node.owner_type, node.owner_id, 0::bigint
    union all
    select 'DEVICE', a.ancestor::text, a.ord
    from unnest(node.ancestors) with ordinality as a(ancestor, ord)
    union all
    select 'LABEL', node.project_id::text || ':' || l.label,
           100000 + row_number() over (order by l.label collate "C" desc)
    from resolution_label l
    where node.owner_type = 'DEVICE' and l.device_id = node.owner_id::bigint
    union all
    select 'CELL', node.cell_id::text, 200000 where node.owner_type = 'DEVICE' and node.cell_id is not null
    union all
    select 'REGION', node.region_id::text, 300000 where node.owner_type in ('DEVICE', 'CELL')
    union all
    select 'CLOUD', node.cloud_id::text, 400000
    union all
    select 'PROJECT', node.project_id::text, 500000
$$;
-- [jooq ignore stop]
