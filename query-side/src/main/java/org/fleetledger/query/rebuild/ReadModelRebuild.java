package org.fleetledger.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.fleetledger.query.ledger.EventLogReader;
import org.fleetledger.query.progress.ReadModels;
import org.fleetledger.query.progress.SharedTokens;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Rebuilds every read model from the log while the live ones keep serving (ADR 0018): the projections
 * replay the whole log into a shadow schema, in two lanes side by side (ADR 0031); once they are close
 * to the head, the live processors pause, the shadow catches up to the head, the schemas switch and the
 * processors resume from the head, all in a moment. Progress is logged and exposed by {@link #status()}.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final int BATCH = 2_000;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    /** Connections the indexes are built on at once: the largest one takes about as long as the others together. */
    private static final int INDEX_BUILDERS = 2;

    private final DataSource dataSource;
    private final DSLContext db;
    private final EventLogReader events;
    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final SharedTokens tokens;
    private final TransactionTemplate transaction;

    private volatile RebuildStatus status = RebuildStatus.IDLE;
    private Instant lastLogged = Instant.EPOCH;

    ReadModelRebuild(DataSource dataSource, DSLContext db, EventLogReader events, ApplicationContext context,
                     EventProcessingConfiguration processing, SharedTokens tokens,
                     PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.db = db;
        this.events = events;
        this.context = context;
        this.processing = processing;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RebuildStatus status() {
        return status;
    }

    /** Starts a rebuild in the background, unless one is running; answers the status either way. */
    public synchronized RebuildStatus start() {
        if (status.running()) {
            return status;
        }
        status = new RebuildStatus("building", 0, events.head(), 0, null, Instant.now(), null, null);
        Thread worker = new Thread(this::run, "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return status;
    }

    private void run() {
        Instant started = status.startedAt();
        log.info("rebuild: replaying {} events into schema {}", status.eventsTotal(), ShadowSchema.SHADOW);
        // the variables read model takes most of the work: it has a lane to itself, every other one the second
        Predicate<String> variables = ReadModels.VARIABLES::equals;
        try (ReplayLanes lanes = ReplayLanes.open(dataSource, db, context, List.of(variables, variables.negate()))) {
            // definitions go through a connection of their own: the lanes' defer their statements
            ShadowIndexes indexes = transaction.execute(tx -> {
                ShadowSchema.create(db);
                return ShadowIndexes.drop(db);
            });
            lanes.beginBulkReplay();
            long position = replay(lanes, 0, events.head());
            log.info("rebuild: replayed up to position {} in {} ms; resolving variables", position,
                    millisSince(started));
            transaction.executeWithoutResult(tx -> ShadowSchema.analyze(db));
            lanes.endBulkReplay();
            log.info("rebuild: variables resolved at {} ms; building indexes", millisSince(started));
            indexes.build(transaction, db, INDEX_BUILDERS);
            transaction.executeWithoutResult(tx -> ShadowSchema.analyze(db));
            log.info("rebuild: indexes built at {} ms; catching up and switching", millisSince(started));
            long head;
            while ((head = events.head()) - position > BATCH) {
                position = replay(lanes, position, head);
            }
            position = switchOver(lanes, position);
            transaction.executeWithoutResult(tx -> ShadowSchema.dropRetired(db));
            Duration took = Duration.between(started, Instant.now());
            status = new RebuildStatus("done", status.eventsDone(), position, rate(status.eventsDone(), took), 0L,
                    started, Instant.now(), null);
            log.info("rebuild: done, {} events in {} s ({} events/s); read models now at position {}",
                    status.eventsDone(), took.toSeconds(), Math.round(status.eventsPerSecond()), position);
        } catch (Exception e) {
            log.error("rebuild: failed; the live read models are unchanged", e);
            status = new RebuildStatus("failed", status.eventsDone(), status.eventsTotal(), status.eventsPerSecond(),
                    null, started, Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Pauses the live processors, catches the shadow up to the head, switches and resumes from there. */
    private long switchOver(ReplayLanes lanes, long position) throws Exception {
        List<TrackingEventProcessor> live = liveProcessors();
        status = withState("switching");
        Instant pausedAt = Instant.now();
        // all at once: each one may be waiting out a poll of the log before it stops
        CompletableFuture.allOf(live.stream().map(TrackingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        try {
            long head = events.head();
            long reached = replay(lanes, position, head);
            transaction.executeWithoutResult(tx -> {
                ShadowSchema.switchOver(db);
                for (String group : ReadModels.ALL) {
                    // another node may hold the claim: taken from it, its next batch rolls back
                    tokens.reset(group, GapAwareTrackingToken.newInstance(reached, Collections.emptySortedSet()));
                }
            });
            return reached;
        } finally {
            live.forEach(TrackingEventProcessor::start);
            log.info("rebuild: switched; the live processors stood still for {} ms",
                    Duration.between(pausedAt, Instant.now()).toMillis());
        }
    }

    /** Replays the events after {@code from} up to {@code until} into the shadow schema; answers the last. */
    private long replay(ReplayLanes lanes, long from, long until) throws Exception {
        try (ReadAhead batches = new ReadAhead(events, from, until, BATCH)) {
            List<? extends EventMessage<?>> batch;
            while (!(batch = batches.next()).isEmpty()) {
                lanes.apply(batch);
                progressed(batch.size(), until);
            }
        }
        return until;
    }

    private void progressed(int count, long total) {
        RebuildStatus now = status;
        long done = now.eventsDone() + count;
        double rate = rate(done, Duration.between(now.startedAt(), Instant.now()));
        Long eta = rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : null;
        status = new RebuildStatus(now.state(), done, Math.max(total, done), rate, eta, now.startedAt(), null, null);
        if (Duration.between(lastLogged, Instant.now()).compareTo(LOG_EVERY) >= 0) {
            lastLogged = Instant.now();
            log.info("rebuild: {} / {} events ({}%), {} events/s, about {} s left", done, status.eventsTotal(),
                    status.eventsTotal() == 0 ? 100 : done * 100 / status.eventsTotal(), Math.round(rate), eta);
        }
    }

    private RebuildStatus withState(String state) {
        RebuildStatus now = status;
        return new RebuildStatus(state, now.eventsDone(), now.eventsTotal(), now.eventsPerSecond(), now.etaSeconds(),
                now.startedAt(), null, null);
    }

    private List<TrackingEventProcessor> liveProcessors() {
        return ReadModels.ALL.stream()
                .map(group -> processing.eventProcessorByProcessingGroup(group, TrackingEventProcessor.class))
                .flatMap(Optional::stream)
                .toList();
    }

    private static long millisSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static double rate(long events, Duration took) {
        double seconds = took.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : events / seconds;
    }
}
