-- projection "variables": the places resources resolve their variables along, and the results.
-- Regions, cells and devices inherit; clouds, projects and networks have their own variables only.
CREATE TABLE resolution_node (
    owner_type VARCHAR(32) NOT NULL, -- REGION, CELL or DEVICE
    owner_id   VARCHAR(32) NOT NULL,
    project_id UUID        NOT NULL,
    cloud_id   BIGINT      NOT NULL,
    region_id  BIGINT      NOT NULL, -- a region's own id
    cell_id    BIGINT,               -- a cell's own id; a device's cell, if any
    parent_id  BIGINT,               -- devices: the parent device
    ancestors  BIGINT[]    NOT NULL DEFAULT '{}', -- devices: parent, grandparent, ..., nearest first
    CONSTRAINT resolution_node_pk PRIMARY KEY (owner_type, owner_id)
);
CREATE INDEX resolution_node_project ON resolution_node (project_id);
CREATE INDEX resolution_node_cloud ON resolution_node (cloud_id);
CREATE INDEX resolution_node_region ON resolution_node (region_id);
CREATE INDEX resolution_node_cell ON resolution_node (cell_id);
CREATE INDEX resolution_node_ancestors ON resolution_node USING GIN (ancestors);

CREATE TABLE resolution_label (
    device_id  BIGINT       NOT NULL,
    project_id UUID         NOT NULL,
    label      VARCHAR(255) NOT NULL,
    CONSTRAINT resolution_label_pk PRIMARY KEY (device_id, label)
);
CREATE INDEX resolution_label_project_label ON resolution_label (project_id, label);

-- each inheriting resource's resolved variables, and for each key the owner that supplies it
CREATE TABLE resolved_variables (
    owner_type VARCHAR(32) NOT NULL,
    owner_id   VARCHAR(32) NOT NULL,
    project_id UUID        NOT NULL,
    resolved   JSONB       NOT NULL, -- key -> value
    sources    JSONB       NOT NULL, -- key -> "<OWNER_TYPE>:<owner id>"
    CONSTRAINT resolved_variables_pk PRIMARY KEY (owner_type, owner_id)
);
