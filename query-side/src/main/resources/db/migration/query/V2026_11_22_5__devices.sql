-- projection "devices": hosts and network devices in one table (one id space, one name space per
-- region), told apart by kind; their labels beside them.
CREATE TABLE device_view (
    id          BIGINT       NOT NULL,
    project_id  UUID         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    cloud_id    BIGINT       NOT NULL,
    region_id   BIGINT       NOT NULL,
    cell_id     BIGINT,
    parent_id   BIGINT,
    name        VARCHAR(255) NOT NULL,
    ip_address  VARCHAR(64)  NOT NULL,
    device_type VARCHAR(255) NOT NULL,
    active      BOOLEAN      NOT NULL,
    note        TEXT,
    model_name  VARCHAR(255),
    os_version  VARCHAR(255),
    vlans       TEXT,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ,
    CONSTRAINT device_view_pk PRIMARY KEY (id)
);
CREATE INDEX device_view_project_created ON device_view (project_id, created_at, id);
CREATE INDEX device_view_region ON device_view (region_id);
CREATE INDEX device_view_cell ON device_view (cell_id);
CREATE INDEX device_view_parent ON device_view (parent_id);

CREATE TABLE device_label (
    device_id  BIGINT       NOT NULL,
    project_id UUID         NOT NULL,
    label      VARCHAR(255) NOT NULL,
    CONSTRAINT device_label_pk PRIMARY KEY (device_id, label)
);
CREATE INDEX device_label_label ON device_label (project_id, label);
