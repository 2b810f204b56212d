package org.fleetledger.gateway.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.query.stream.ChangePublishers;
import org.fleetledger.query.stream.ProjectChangeStream;
import org.fleetledger.query.stream.StreamRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /v1/changes/stream}: the change records of the caller's project (root: of every project)
 * as Server-Sent Events, for consumers without Kafka. Each event is named {@code change}, carries the
 * record of the Kafka stream as its data and its position as its id, so a client that reconnects with
 * {@code Last-Event-ID} resumes right after it. Without one, the stream starts after
 * {@code after_position}, or at the head. The server ends a stream after {@code max_seconds} (default
 * 300, at most 3600); an EventSource reconnects by itself and resumes.
 */
@RestController
class ChangeStreamController {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreamController.class);
    private static final String AFTER_POSITION = "after_position";
    private static final String MAX_SECONDS = "max_seconds";
    private static final QuerySpec QUERY = QuerySpec.builder().integer(AFTER_POSITION).integer(MAX_SECONDS).build();
    private static final long DEFAULT_SECONDS = 300;
    private static final long LONGEST_SECONDS = 3600;
    private static final int RUN = 500;
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ChangePublishers streams;
    private final EventLogPositions positions;

    ChangeStreamController(ChangePublishers streams, EventLogPositions positions) {
        this.streams = streams;
        this.positions = positions;
    }

    @GetMapping(path = "/v1/changes/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        QuerySpec.Query query = QUERY.parse(request);
        long after = start(request.getHeader("Last-Event-ID"), query.integer(AFTER_POSITION));
        Long seconds = query.integer(MAX_SECONDS);
        if (seconds != null && (seconds < 1 || seconds > LONGEST_SECONDS)) {
            throw ApiException.validation(List.of("'max_seconds' must lie between 1 and " + LONGEST_SECONDS));
        }
        Duration lifetime = Duration.ofSeconds(seconds == null ? DEFAULT_SECONDS : seconds);
        ProjectChangeStream stream = streams.forProjects(caller.readable());
        SseEmitter emitter = new SseEmitter(lifetime.toMillis() + 5_000);
        Thread.ofVirtual().name("change-stream-sse").start(() -> pump(emitter, stream, after, lifetime));
        return emitter;
    }

    private long start(String lastEventId, Long afterPosition) {
        if (lastEventId != null) {
            try {
                return Long.parseLong(lastEventId.trim());
            } catch (NumberFormatException e) {
                throw ApiException.validation(List.of("'Last-Event-ID' must be a ledger position"));
            }
        }
        return afterPosition != null ? afterPosition : positions.head();
    }

    /** Sends the records as they come, until the client goes away or the stream's lifetime ends. */
    private static void pump(SseEmitter emitter, ProjectChangeStream stream, long after, Duration lifetime) {
        long position = after;
        long quietSince = System.nanoTime();
        long ends = System.nanoTime() + lifetime.toNanos();
        try {
            while (System.nanoTime() < ends) {
                List<StreamRecord> records = stream.after(position, RUN);
                for (StreamRecord record : records) {
                    emitter.send(SseEmitter.event().id(Long.toString(record.position())).name("change")
                            .data(new String(record.value(), StandardCharsets.UTF_8), MediaType.APPLICATION_JSON));
                    position = record.position();
                }
                if (records.isEmpty()) {
                    if (System.nanoTime() - quietSince > KEEP_ALIVE.toNanos()) {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                        quietSince = System.nanoTime();
                    }
                    Thread.sleep(IDLE_POLL);
                } else {
                    quietSince = System.nanoTime();
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException e) {
            log.debug("change stream: a client left at position {}", position);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the stream has begun: no error body fits it any more, so it just ends; the client resumes
            log.warn("change stream: a client's stream ended at position {}: {}", position, e.toString());
            emitter.complete();
        }
    }
}
