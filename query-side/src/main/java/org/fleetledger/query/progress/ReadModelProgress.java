package org.fleetledger.query.progress;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far the read models have come through the event log, and a bounded wait for them to reach a
 * position: the basis of read-your-writes. Positions are read from the processors' tracker status,
 * which advances only after a batch's rows and token are committed; the processors wake the waiters
 * for the positions they have reached ({@link PositionWaiters}). A read model whose processor another
 * node has claimed is read from the shared token store instead, which waiters poll.
 */
@Component
public class ReadModelProgress {

    private final EventProcessingConfiguration processing;
    private final SharedTokens sharedTokens;
    private final PositionWaiters waiters = new PositionWaiters();

    ReadModelProgress(EventProcessingConfiguration processing, SharedTokens sharedTokens) {
        this.processing = processing;
        this.sharedTokens = sharedTokens;
    }

    /**
     * Called whenever a processor's position moved: wakes the waiters for positions every read model has
     * now reached, each to check its own (an event committed late may still be a gap behind that
     * position). Where another node holds a processor, this node does not know its position without
     * reading the token store, so every waiter is woken to check.
     */
    void positionMoved() {
        if (!waiters.anyone()) {
            return; // a request that starts waiting checks the positions itself once it has joined
        }
        long reached = Long.MAX_VALUE;
        for (String group : ReadModels.ALL) {
            Map<Integer, EventTrackerStatus> status = localStatus(group);
            if (status.isEmpty()) {
                waiters.reached(Long.MAX_VALUE);
                return;
            }
            reached = Math.min(reached, positionOf(status));
        }
        waiters.reached(reached);
    }

    /** The position every read model has reached: the lowest among them (0 before any has started). */
    public long position() {
        long lowest = Long.MAX_VALUE;
        for (long position : positions().values()) {
            lowest = Math.min(lowest, position);
        }
        return lowest == Long.MAX_VALUE ? 0 : lowest;
    }

    /** Each read model's position, by processing group; -1 for one that has not started on any node. */
    public Map<String, Long> positions() {
        Map<String, Long> result = new LinkedHashMap<>();
        Map<String, TrackingToken> shared = null;
        for (String group : ReadModels.ALL) {
            Map<Integer, EventTrackerStatus> status = localStatus(group);
            if (!status.isEmpty()) {
                result.put(group, positionOf(status));
                continue;
            }
            shared = shared == null ? sharedTokens.all() : shared;
            TrackingToken token = shared.get(group);
            result.put(group, token == null ? -1 : WrappedToken.unwrapLowerBound(token).position().orElse(0));
        }
        return result;
    }

    /** True when this node holds a group's processor (its segment); false when another node does. */
    public boolean claimedHere(String group) {
        return !localStatus(group).isEmpty();
    }

    /** The segments this node holds of a group's processor: none when another node claimed them. */
    private Map<Integer, EventTrackerStatus> localStatus(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }

    /**
     * The position up to which this node's processor of {@code group} has committed every event, gaps
     * included: a row read after this call reflects at least that much of the log. Empty when another
     * node holds the processor, whose progress this node does not follow event by event.
     */
    public OptionalLong settledHere(String group) {
        Map<Integer, EventTrackerStatus> status = localStatus(group);
        if (status.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            lowest = Math.min(lowest, settled(segment.getTrackingToken()));
        }
        return OptionalLong.of(lowest);
    }

    static long settled(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().isEmpty() ? gapAware.getIndex() : gapAware.getGaps().first() - 1;
        }
        return current == null ? 0 : current.position().orElse(0);
    }

    private static long positionOf(Map<Integer, EventTrackerStatus> status) {
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            lowest = Math.min(lowest, position.isPresent() ? position.getAsLong() : 0);
        }
        return lowest;
    }

    /**
     * True when every read model has processed the event at {@code position}. A processor's index alone
     * does not say so: an event committed late (its transaction began before a later one committed)
     * stays a gap behind the index until the processor picks it up.
     */
    public boolean covers(long position) {
        Map<String, TrackingToken> shared = null;
        for (String group : ReadModels.ALL) {
            Map<Integer, EventTrackerStatus> status = localStatus(group);
            if (status.isEmpty()) {
                shared = shared == null ? sharedTokens.all() : shared;
                if (!covers(shared.get(group), position)) {
                    return false;
                }
                continue;
            }
            for (EventTrackerStatus segment : status.values()) {
                if (!covers(segment.getTrackingToken(), position)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        if (position <= 0) {
            return true;
        }
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    /** Waits until every read model covers {@code target}; false when {@code timeout} ran out first. */
    public boolean awaitPosition(long target, Duration timeout) {
        return waiters.await(target, timeout, this::covers);
    }
}
