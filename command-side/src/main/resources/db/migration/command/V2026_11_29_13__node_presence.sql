-- The nodes of the service that share this database, each beating every few seconds. A node that
-- holds more than its share of the read models' processors (their count divided by the live nodes)
-- releases the excess for the others to claim. Not a read model: a rebuild leaves it alone.
CREATE TABLE node_presence (
    node_id VARCHAR(255) NOT NULL,
    seen_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT node_presence_pk PRIMARY KEY (node_id)
);
