-- projection "variables": the devices below a device are found from their parents, level by level,
-- through an index of only the devices that have a parent (most have none), whatever the statistics say.
CREATE INDEX resolution_node_parent ON resolution_node (parent_id) WHERE parent_id IS NOT NULL;
