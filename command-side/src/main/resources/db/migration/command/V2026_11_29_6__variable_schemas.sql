-- the command side's copy of each project's variable schemas, read by every variables write
CREATE TABLE variable_schema (
    project_id UUID         NOT NULL,
    key        VARCHAR(255) NOT NULL,
    schema     TEXT         NOT NULL,
    CONSTRAINT variable_schema_pk PRIMARY KEY (project_id, key)
);
