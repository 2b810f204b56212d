-- Read models. Each table belongs to exactly one projection (one processing group), which can
-- drop and rebuild it from the event log at any time.

-- projection "projects"
CREATE TABLE project_view (
    id         UUID         NOT NULL,
    name       VARCHAR(255) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ,
    CONSTRAINT project_view_pk PRIMARY KEY (id)
);

-- projection "users": who may authenticate, with the hash of their current key
CREATE TABLE user_view (
    id            BIGINT       NOT NULL,
    project_id    UUID         NOT NULL,
    username      VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    key_algorithm VARCHAR(32)  NOT NULL,
    key_salt      VARCHAR(64)  NOT NULL,
    key_hash      VARCHAR(128) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ,
    CONSTRAINT user_view_pk PRIMARY KEY (id),
    CONSTRAINT user_view_username UNIQUE (project_id, username)
);

-- projection "clouds"
CREATE TABLE cloud_view (
    id         BIGINT       NOT NULL,
    project_id UUID         NOT NULL,
    name       VARCHAR(255) NOT NULL,
    note       TEXT,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ,
    CONSTRAINT cloud_view_pk PRIMARY KEY (id)
);
CREATE INDEX cloud_view_project_created ON cloud_view (project_id, created_at, id);

-- projection "variables": every resource's own variables, one row per top-level key
CREATE TABLE variable_view (
    owner_type VARCHAR(32)  NOT NULL,
    owner_id   VARCHAR(64)  NOT NULL,
    project_id UUID         NOT NULL,
    key        VARCHAR(255) NOT NULL,
    value      JSONB,
    CONSTRAINT variable_view_pk PRIMARY KEY (owner_type, owner_id, key)
);
