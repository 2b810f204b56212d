-- projection "variables": each project's variable schemas, as set
CREATE TABLE variable_schema_view (
    project_id UUID         NOT NULL,
    key        VARCHAR(255) NOT NULL,
    schema     TEXT         NOT NULL,
    CONSTRAINT variable_schema_view_pk PRIMARY KEY (project_id, key)
);
