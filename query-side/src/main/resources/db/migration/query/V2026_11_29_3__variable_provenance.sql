-- projection "variables": who set each variable, when, with which note, at which ledger position
ALTER TABLE variable_view ADD COLUMN set_by_user_id BIGINT;
ALTER TABLE variable_view ADD COLUMN set_by_username VARCHAR(255);
ALTER TABLE variable_view ADD COLUMN set_at TIMESTAMPTZ;
ALTER TABLE variable_view ADD COLUMN change_note TEXT;
ALTER TABLE variable_view ADD COLUMN position BIGINT;

-- [jooq ignore start]
-- The owners a region, cell or device resolves its variables along, each with its rank: itself 0,
-- its parent chain nearest first, its labels with the alphanumerically last first, its cell, region,
-- cloud and project. The lowest rank holding a key supplies it. Refreshing resolved variables and
-- explaining them both read this one definition.
CREATE FUNCTION resolution_chain(node resolution_node)
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
    where node.owner_type = 'DEVICE' and l.device_id::text = node.owner_id
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
