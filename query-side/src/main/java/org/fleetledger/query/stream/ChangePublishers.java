package org.fleetledger.query.stream;

import org.apache.kafka.clients.producer.Producer;
import org.fleetledger.query.ledger.EventLogReader;
import org.fleetledger.query.support.ProjectFilter;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Makes the change stream's publisher over this service's log, for a broker the caller reaches, and
 * the per-project streams of the HTTP change stream.
 */
@Component
public class ChangePublishers {

    private final DSLContext db;
    private final EventLogReader events;

    ChangePublishers(DSLContext db, EventLogReader events) {
        this.db = db;
        this.events = events;
    }

    /**
     * A publisher with these settings; {@code producers} opens a producer (again after a failure),
     * {@code topicSetup} makes sure the topic exists before.
     */
    public ChangePublisher publisher(ChangeStreamSettings settings, Supplier<Producer<String, byte[]>> producers,
                                     Runnable topicSetup) {
        return new ChangePublisher(db, events, settings, producers, topicSetup);
    }

    /** The change records of the projects {@code visible} covers, for one reader. */
    public ProjectChangeStream forProjects(ProjectFilter visible) {
        return new ProjectChangeStream(events, visible);
    }
}
