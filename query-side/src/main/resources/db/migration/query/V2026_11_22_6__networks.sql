-- projection "networks": networks and the interfaces of devices
CREATE TABLE network_view (
    id            BIGINT       NOT NULL,
    project_id    UUID         NOT NULL,
    cloud_id      BIGINT       NOT NULL,
    region_id     BIGINT       NOT NULL,
    cell_id       BIGINT,
    name          VARCHAR(255) NOT NULL,
    cidr          VARCHAR(64)  NOT NULL,
    gateway       VARCHAR(64)  NOT NULL,
    netmask       VARCHAR(64)  NOT NULL,
    ip_block_type VARCHAR(255),
    nss           VARCHAR(255),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ,
    CONSTRAINT network_view_pk PRIMARY KEY (id)
);
CREATE INDEX network_view_project_created ON network_view (project_id, created_at, id);
CREATE INDEX network_view_region ON network_view (region_id);
CREATE INDEX network_view_cell ON network_view (cell_id);

CREATE TABLE network_interface_view (
    id             BIGINT       NOT NULL,
    project_id     UUID         NOT NULL,
    device_id      BIGINT       NOT NULL,
    network_id     BIGINT,
    name           VARCHAR(255) NOT NULL,
    interface_type VARCHAR(255) NOT NULL,
    ip_address     VARCHAR(64)  NOT NULL,
    vlan_id        BIGINT,
    port           BIGINT,
    speed          BIGINT,
    vlan           VARCHAR(255),
    duplex         VARCHAR(255),
    link           VARCHAR(255),
    cdp            VARCHAR(255),
    security       VARCHAR(255),
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ,
    CONSTRAINT network_interface_view_pk PRIMARY KEY (id)
);
CREATE INDEX network_interface_view_project_created ON network_interface_view (project_id, created_at, id);
CREATE INDEX network_interface_view_device ON network_interface_view (device_id);
CREATE INDEX network_interface_view_ip ON network_interface_view (ip_address);
