package org.fleetledger.query.stream;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.fleetledger.query.ledger.EventLogReader;
import org.fleetledger.query.ledger.LedgerEvent;
import org.fleetledger.query.ledger.ResourceState;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.jooq.impl.DSL.name;

/**
 * Publishes every event of the log, in log order, as change records to Kafka. Each round locks the
 * topic's row in {@code change_stream_position}, maps the events after its position, sends them,
 * waits until the broker has acknowledged every one, and only then moves the position on, in the
 * same transaction. A round that fails moves nothing and is tried again, with a fresh producer, after
 * a pause: writes go on meanwhile, and the backlog drains in order when the broker is back. Records
 * of a round that failed half-way may be sent twice; consumers de-duplicate on {@code event_id}.
 */
public class ChangePublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangePublisher.class);
    private static final Table<?> POSITIONS = DSL.table(name("change_stream_position"));
    private static final Field<String> TOPIC = DSL.field(name("topic"), String.class);
    private static final Field<Long> POSITION = DSL.field(name("position"), Long.class);
    private static final Field<Instant> UPDATED_AT = DSL.field(name("updated_at"), Instant.class);
    /**
     * A round's two statements, rendered once, when the class loads: rounds follow each other under writes,
     * and rendering these two took more of the publisher's CPU than anything else in a round but its read
     * of the log (ADR 0050). Bind values: the topic; the position, the time and the topic.
     */
    private static final String LOCK_POSITION = DSL.using(SQLDialect.POSTGRES).render(DSL.select(POSITION)
            .from(POSITIONS).where(TOPIC.eq(DSL.param("topic", String.class))).forUpdate());
    private static final String MOVE_POSITION = DSL.using(SQLDialect.POSTGRES).render(DSL.update(POSITIONS)
            .set(POSITION, DSL.param("position", Long.class))
            .set(UPDATED_AT, DSL.param("at", Instant.class))
            .where(TOPIC.eq(DSL.param("topic", String.class))));
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final DSLContext db;
    private final EventLogReader events;
    private final ChangeStreamSettings settings;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Runnable topicSetup;
    private final FoldedResources states;
    private final ChangeStreamRecords records;
    private volatile PublisherStatus status = PublisherStatus.STARTING;
    private volatile boolean running;
    private Thread worker;
    private Producer<String, byte[]> producer;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("change-publisher-reader").daemon().factory());
    private CompletableFuture<Prepared> readAhead;
    private long readAheadFrom = -1;

    ChangePublisher(DSLContext db, EventLogReader events, ChangeStreamSettings settings,
                    Supplier<Producer<String, byte[]>> producers, Runnable topicSetup) {
        this.db = db;
        this.events = events;
        this.settings = settings;
        this.producers = producers;
        this.topicSetup = topicSetup;
        this.states = new FoldedResources(events, settings.keptStates(), settings.packedStateBytes());
        this.records = new ChangeStreamRecords(settings.tombstones(), Clock.systemUTC());
    }

    public PublisherStatus status() {
        return status;
    }

    public String topic() {
        return settings.topic();
    }

    /**
     * Resources whose states the publisher had not kept, and folded again from the log, since it
     * started: a count that grows with most records means the kept states are too few (ADR 0047).
     */
    public long statesFoldedAgain() {
        return states.foldedAgain();
    }

    /** Heap the publisher's packed states take, as their budget counts it. */
    public long packedStateBytes() {
        return states.packedBytes();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "change-publisher");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(MAX_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
        reader.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // starts after the web server, stops before it and the broker
    }

    private void run() {
        Duration pause = Duration.ofMillis(250);
        while (running) {
            try {
                if (producer == null) {
                    topicSetup.run();
                    producer = producers.get();
                    ensurePosition();
                }
                Round round = round();
                if (!status.healthy()) {
                    log.info("change stream: publishing again to {}", settings.topic());
                }
                status = status.published(round.position());
                pause = Duration.ofMillis(250);
                if (round.events() == 0) {
                    Thread.sleep(settings.idlePoll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                if (status.healthy()) {
                    log.warn("change stream: publishing to {} failed; retrying, writes go on", settings.topic(), e);
                }
                status = status.failed(e, Instant.now());
                closeProducer();
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** What a round did: how many events it published, and the position it reached. */
    private record Round(int events, long position) {
    }

    /** One round: the events after the position, sent and acknowledged, then the position moved. */
    private Round round() throws Exception {
        return db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long position = tx.connectionResult(this::lockPosition);
            Prepared run = runAfter(position);
            if (run.events().isEmpty()) {
                return new Round(0, position);
            }
            long last = run.events().getLast().position();
            prefetch(last); // the next run is read and mapped while the broker acknowledges this one
            send(run.records());
            tx.connection(connection -> movePosition(connection, last));
            return new Round(run.events().size(), last);
        });
    }

    /** The topic's position, its row locked until the round's transaction ends. */
    private long lockPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_POSITION)) {
            statement.setString(1, settings.topic());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the change stream has no position for " + settings.topic());
                }
                return row.getLong(1);
            }
        }
    }

    private void movePosition(Connection connection, long position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MOVE_POSITION)) {
            statement.setLong(1, position);
            statement.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            statement.setString(3, settings.topic());
            statement.executeUpdate();
        }
    }

    /** A run of events after a position, and their records. */
    private record Prepared(List<LedgerEvent> events, List<StreamRecord> records) {
    }

    /**
     * The run after {@code position} with its records: prepared ahead during the last round when that
     * round ended there, else now. Only one thread at a time folds states: a run prepared ahead for
     * another position is waited for, then left.
     */
    private Prepared runAfter(long position) {
        CompletableFuture<Prepared> ahead = readAhead;
        readAhead = null;
        if (ahead != null) {
            Prepared run = ahead.join();
            if (readAheadFrom == position && !run.events().isEmpty()) {
                return run;
            }
        }
        return prepare(position);
    }

    private void prefetch(long after) {
        readAheadFrom = after;
        readAhead = CompletableFuture.supplyAsync(() -> prepare(after), reader);
    }

    private Prepared prepare(long after) {
        List<LedgerEvent> run = events.after(after, settings.batchSize());
        return new Prepared(run, run.isEmpty() ? List.of() : records.of(states.transitions(run)));
    }

    private void send(List<StreamRecord> batch) throws Exception {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (StreamRecord record : batch) {
            ProducerRecord<String, byte[]> message = new ProducerRecord<>(settings.topic(), record.key(),
                    record.value());
            message.headers().add(new RecordHeader("event_id", record.eventId().getBytes(StandardCharsets.UTF_8)));
            Future<RecordMetadata> acknowledgement = producer.send(message);
            if (acknowledgement.isDone()) {
                // done already: most often failed, the broker having given no metadata within
                // max.block.ms. Each further record would wait as long again, so that a round of many
                // records would hold the stream's health at UP for minutes of an outage: a failure
                // fails the round now.
                acknowledgement.get();
            }
            acknowledgements.add(acknowledgement);
        }
        producer.flush();
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            acknowledgement.get(); // throws when the broker did not take the record
        }
    }

    /**
     * The topic's row, created (once, before the first round) at the start chosen for a topic published
     * to for the first time; for a snapshot, after its records are acknowledged. A lock on the topic's name keeps a second node from
     * starting the same topic meanwhile.
     */
    private void ensurePosition() {
        if (db.fetchExists(POSITIONS, TOPIC.eq(settings.topic()))) {
            return;
        }
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.fetch("SELECT pg_advisory_xact_lock(hashtext({0}))", DSL.val(settings.topic()));
            if (tx.fetchExists(POSITIONS, TOPIC.eq(settings.topic()))) {
                return;
            }
            long head = events.head();
            long start = switch (settings.start()) {
                case LOG -> 0;
                case SNAPSHOT -> snapshot(head);
                case NOW -> head;
            };
            tx.insertInto(POSITIONS).set(TOPIC, settings.topic()).set(POSITION, start).execute();
            log.info("change stream: first publication to {}, from position {}", settings.topic(), start);
        });
    }

    /**
     * One {@code r} record for each resource that exists at {@code head}, folded resource by resource
     * from the log and sent in runs; answers the position the stream goes on from.
     */
    private long snapshot(long head) throws Exception {
        log.info("change stream: snapshot of every resource at position {} into {}", head, settings.topic());
        List<StreamRecord> batch = new ArrayList<>();
        String aggregate = null;
        long sequence = -1;
        ResourceState state = ResourceState.NONE;
        LedgerEvent last = null;
        int resources = 0;
        while (true) {
            List<LedgerEvent> run = events.byResource(aggregate, sequence, head, settings.batchSize());
            for (LedgerEvent event : run) {
                if (last != null && !last.aggregateId().equals(event.aggregateId())) {
                    resources += snapshotOf(last, state, batch);
                    state = ResourceState.NONE;
                }
                state = state.apply(event.payload(), event.occurredAt());
                last = event;
                aggregate = event.aggregateId();
                sequence = event.sequence();
            }
            if (batch.size() >= settings.batchSize() || run.isEmpty()) {
                send(batch);
                batch.clear();
            }
            if (run.isEmpty()) {
                break;
            }
        }
        if (last != null) {
            resources += snapshotOf(last, state, batch);
            send(batch);
        }
        log.info("change stream: snapshot of {} resources sent to {}", resources, settings.topic());
        return head;
    }

    private int snapshotOf(LedgerEvent last, ResourceState state, List<StreamRecord> batch) {
        if (!state.exists()) {
            return 0;
        }
        batch.add(records.snapshot(last, state));
        return 1;
    }

    private void closeProducer() {
        Producer<String, byte[]> closing = producer;
        producer = null;
        if (closing != null) {
            try {
                closing.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                log.debug("change stream: closing the producer failed", e);
            }
        }
    }
}
