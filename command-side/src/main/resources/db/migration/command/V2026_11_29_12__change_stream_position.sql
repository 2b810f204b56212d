-- The change stream's publisher: per topic, the position of the last event whose records the broker
-- has acknowledged. It lives with the event store, not with the read models, so a rebuild of the read
-- models leaves it alone. Each round of the publisher locks its row, so two nodes never publish the
-- same events at once, and rounds follow each other in log order.
CREATE TABLE change_stream_position (
    topic      VARCHAR(249) NOT NULL,
    position   BIGINT       NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT change_stream_position_pk PRIMARY KEY (topic)
);
