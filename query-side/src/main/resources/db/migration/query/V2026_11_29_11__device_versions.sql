-- projection "device-versions": every version of every host and network device. A version holds
-- from the position of the event that made it (valid_from) up to, not including, the position of
-- the next one (valid_to; null while it is the current one). A delete ends the last version.
-- GET /v1/hosts?as_of= selects the versions that held at a position.
CREATE TABLE device_version (
    id          BIGINT       NOT NULL,
    valid_from  BIGINT       NOT NULL,
    valid_to    BIGINT,
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
    labels      VARCHAR(255)[] NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ,
    CONSTRAINT device_version_pk PRIMARY KEY (id, valid_from)
);
CREATE INDEX device_version_project ON device_version (project_id, valid_from);
CREATE INDEX device_version_from ON device_version (valid_from);
