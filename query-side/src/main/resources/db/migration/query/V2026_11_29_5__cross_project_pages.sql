-- Pages for root, who sees every project, are ordered by (created_at, id) without a project filter:
-- these indexes answer them in order instead of sorting every row.
CREATE INDEX device_view_created ON device_view (created_at, id);
CREATE INDEX cell_view_created ON cell_view (created_at, id);
CREATE INDEX network_view_created ON network_view (created_at, id);
CREATE INDEX network_interface_view_created ON network_interface_view (created_at, id);
