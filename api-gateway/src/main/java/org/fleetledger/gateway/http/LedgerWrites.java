package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.inventory.CascadingDelete;
import org.fleetledger.command.inventory.NodeKind;
import org.fleetledger.command.ledger.ExpectedVersion;
import org.fleetledger.command.ledger.LedgerWriter;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.project.ChangeNoteRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a request's command and holds the answer until this node's read models include its events
 * (read-your-writes). The actor comes from authentication, never from the body.
 */
@Component
public class LedgerWrites {

    public static final String POSITION_HEADER = "X-Ledger-Position";

    private final LedgerWriter writer;
    private final CascadingDelete cascadingDelete;
    private final ReadModelProgress progress;
    private final FleetProperties properties;
    private final ChangeNoteRules changeNoteRules;

    LedgerWrites(LedgerWriter writer, CascadingDelete cascadingDelete, ReadModelProgress progress,
                 FleetProperties properties, ChangeNoteRules changeNoteRules) {
        this.writer = writer;
        this.cascadingDelete = cascadingDelete;
        this.progress = progress;
        this.properties = properties;
        this.changeNoteRules = changeNoteRules;
    }

    /**
     * Sends {@code command}; answers its position once the read models have caught up with it. With
     * {@code If-Match}, the command is refused (412) unless its resource is still at that version.
     */
    public long send(HttpServletRequest request, Object command) {
        return store(request, command).position();
    }

    /** As {@link #send}, answering the command handler's result beside the position. */
    public WriteReceipt store(HttpServletRequest request, Object command) {
        ExpectedVersion expected = (ExpectedVersion) request.getAttribute(ResourceVersionInterceptor.EXPECTED_VERSION);
        ChangeContext context = changeContext(request);
        return caughtUp(() -> writer.send(command, context, expected));
    }

    /** Deletes a resource and everything below it as one change ({@code ?cascade=true}). */
    public long deleteCascading(HttpServletRequest request, NodeKind kind, long id) {
        ChangeContext context = changeContext(request);
        return caughtUp(() -> cascadingDelete.delete(kind, id, Caller.of(request).writable(), context)).position();
    }

    /**
     * Sends several commands as one change, in one transaction; {@code defaultNote} is the change note
     * when the request sends none.
     */
    public long sendAll(HttpServletRequest request, List<?> commands, String defaultNote) {
        ChangeContext context = changeContext(request);
        if (context.changeNote() == null) {
            context = new ChangeContext(context.actorUserId(), context.actorUsername(), context.actorProjectId(),
                    defaultNote, context.requestId(), context.correlationId());
        }
        ChangeContext change = context;
        return caughtUp(() -> writer.sendAll(() -> commands, change)).position();
    }

    /** Deletes a project with all its inventory and users as one change ({@code ?cascade=true}). */
    public long deleteProjectCascading(HttpServletRequest request, ProjectId project) {
        ChangeContext context = changeContext(request);
        return caughtUp(() -> cascadingDelete.deleteProject(project, Caller.of(request).writable(), context))
                .position();
    }

    /** The metadata of the request's events; 400 without a note where the caller's project requires one. */
    private ChangeContext changeContext(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        RequestInfo info = RequestInfo.of(request);
        if ((info.changeNote() == null || info.changeNote().isBlank())
                && changeNoteRules.requiresChangeNote(caller.projectId())) {
            throw ApiException.validation(List.of("This project requires a change note: send the "
                    + RequestInfoFilter.CHANGE_NOTE + " header with every write."));
        }
        return new ChangeContext(caller.userId(), caller.username(), new ProjectId(caller.projectId()),
                info.changeNote(), info.requestId(), info.correlationId());
    }

    /**
     * Stores the change, then waits for the read models to include it. The answer's {@code Server-Timing}
     * header says how long each step took ({@code store}, {@code read-models}), in milliseconds.
     */
    private WriteReceipt caughtUp(Supplier<WriteReceipt> store) {
        long started = System.nanoTime();
        WriteReceipt receipt = store.get();
        long stored = System.nanoTime();
        boolean caughtUp = progress.awaitPosition(receipt.position(), properties.writeTimeout());
        ServerTiming.add("store", stored - started);
        ServerTiming.add("read-models", System.nanoTime() - stored);
        if (!caughtUp) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The change is stored at position "
                    + receipt.position() + ", but the read models have not caught up with it yet; "
                    + "read again with min_position=" + receipt.position() + ".");
        }
        return receipt;
    }
}
