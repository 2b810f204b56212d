-- projection "regions"
CREATE TABLE region_view (
    id         BIGINT       NOT NULL,
    project_id UUID         NOT NULL,
    cloud_id   BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL,
    note       TEXT,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ,
    CONSTRAINT region_view_pk PRIMARY KEY (id)
);
CREATE INDEX region_view_project_created ON region_view (project_id, created_at, id);
CREATE INDEX region_view_cloud ON region_view (cloud_id);

-- projection "cells"
CREATE TABLE cell_view (
    id         BIGINT       NOT NULL,
    project_id UUID         NOT NULL,
    cloud_id   BIGINT       NOT NULL,
    region_id  BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL,
    note       TEXT,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ,
    CONSTRAINT cell_view_pk PRIMARY KEY (id)
);
CREATE INDEX cell_view_project_created ON cell_view (project_id, created_at, id);
CREATE INDEX cell_view_region ON cell_view (region_id);
