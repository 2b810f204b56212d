-- projection "variables": indexes for the vars filter.
-- Resolved variables are searched by containment (resolved @> {"key": value}); own variables by key.
-- [jooq ignore start]
CREATE INDEX resolved_variables_search ON resolved_variables USING GIN (resolved jsonb_path_ops);
-- [jooq ignore stop]
CREATE INDEX variable_view_type_key ON variable_view (owner_type, key);
