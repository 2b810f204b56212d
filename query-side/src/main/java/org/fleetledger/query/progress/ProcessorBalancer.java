package org.fleetledger.query.progress;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the read models' processors among the nodes on one database. Each processor has one segment,
 * claimed by one node at a time; whichever node starts first would otherwise claim them all. Every few
 * seconds a node beats its presence and, holding more than its share (processors divided by live
 * nodes, rounded up), releases the excess for a while, so that the other nodes claim them. A node
 * that dies stops beating and stops extending its claims: the others take its processors over. A node
 * releases nothing in its first seconds, until the beat of a node that ran before it on this host and
 * died has aged out: otherwise it would count that node and hand processors to nobody.
 */
@Component
class ProcessorBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorBalancer.class);
    private static final Duration EVERY = Duration.ofSeconds(2);
    /** Long enough for another node to claim what was released (it tries every 5 s). */
    private static final Duration RELEASE_FOR = Duration.ofSeconds(15);

    private final EventProcessingConfiguration processing;
    private final NodePresence presence;
    private ScheduledExecutorService timer;
    private volatile boolean running;
    private long startedAt;

    ProcessorBalancer(EventProcessingConfiguration processing, NodePresence presence) {
        this.processing = processing;
        this.presence = presence;
    }

    @Override
    public void start() {
        startedAt = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("processor-balancer")
                .daemon().factory());
        timer.scheduleWithFixedDelay(this::balance, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        timer.shutdownNow();
        try {
            presence.leave();
        } catch (RuntimeException e) {
            log.debug("could not record that this node leaves: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void balance() {
        try {
            presence.beat();
            if (System.nanoTime() - startedAt < NodePresence.LIVE_WINDOW.toNanos()) {
                return;
            }
            int share = Math.ceilDiv(ReadModels.ALL.size(), Math.max(1, presence.liveNodes()));
            List<TrackingEventProcessor> held = held();
            for (TrackingEventProcessor processor : held.subList(Math.min(share, held.size()), held.size())) {
                log.info("releasing read model {} for another node: this node holds {} of {}, its share is {}",
                        processor.getName(), held.size(), ReadModels.ALL.size(), share);
                processor.releaseSegment(0, RELEASE_FOR.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            // the database may be away; the next round tries again
            log.debug("balancing the read models' processors failed: {}", e.toString());
        }
    }

    /** The processors whose segment this node holds now. */
    private List<TrackingEventProcessor> held() {
        List<TrackingEventProcessor> held = new ArrayList<>();
        for (String group : ReadModels.ALL) {
            processing.eventProcessor(group, TrackingEventProcessor.class)
                    .filter(processor -> !processor.processingStatus().isEmpty())
                    .ifPresent(held::add);
        }
        return held;
    }
}
