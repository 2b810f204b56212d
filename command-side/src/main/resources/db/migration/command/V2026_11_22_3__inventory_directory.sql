-- Where every inventory resource sits in the tree, as far as the command side must know to check
-- references (exists, same project, consistent hierarchy) and dependants before a delete. Written in
-- the command's own transaction, like the name claims.
CREATE TABLE inventory_node (
    kind       VARCHAR(32) NOT NULL,
    id         BIGINT      NOT NULL,
    project_id UUID        NOT NULL,
    cloud_id   BIGINT,
    region_id  BIGINT,
    cell_id    BIGINT,
    -- devices only: the device this one hangs under (any host or network device)
    parent_id  BIGINT,
    -- network interfaces only: the network they are on, if any
    network_id BIGINT,
    CONSTRAINT inventory_node_pk PRIMARY KEY (kind, id)
);
CREATE INDEX inventory_node_parent ON inventory_node (parent_id);
CREATE INDEX inventory_node_network ON inventory_node (network_id);
CREATE INDEX inventory_node_cloud ON inventory_node (cloud_id);
CREATE INDEX inventory_node_region ON inventory_node (region_id);
CREATE INDEX inventory_node_cell ON inventory_node (cell_id);

CREATE SEQUENCE region_id_seq;
CREATE SEQUENCE cell_id_seq;
-- hosts and network devices share one id space, as in Craton
CREATE SEQUENCE device_id_seq;
CREATE SEQUENCE network_id_seq;
CREATE SEQUENCE network_interface_id_seq;
