package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.ConcurrentChangeException;
import org.fleetledger.command.api.VersionMismatchException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one door for writes: sends a command with the change's metadata and answers only once its
 * events are durably stored, with the position of the last of them. A single command goes through the
 * {@link WriteGroups}, which store concurrent commands together; one that a group gives back runs here in
 * a transaction of its own.
 *
 * <p>Two commands on one aggregate may load it at the same version; the second to append then breaks
 * the log's unique (aggregate, sequence) and is sent again, so it is checked against the first one's
 * outcome. Nothing is ever appended on top of a state the command did not see.
 */
@Component
public class LedgerWriter {

    private static final int ATTEMPTS = 5;
    private static final ThreadLocal<ExpectedVersion> EXPECTED = new ThreadLocal<>();

    private final CommandGateway commands;
    private final EventLogPositions positions;
    private final TransactionManager axonTransactions;
    private final WriteGroups groups;

    LedgerWriter(CommandGateway commands, CommandBus commandBus, EventBus eventBus, EventLogPositions positions,
                 TransactionManager axonTransactions, WriteGroups groups) {
        this.commands = commands;
        this.groups = groups;
        this.positions = positions;
        this.axonTransactions = axonTransactions;
        eventBus.registerDispatchInterceptor(messages -> {
            messages.forEach(message -> {
                AppendedEvents.record(message.getIdentifier());
                checkExpectedVersion(message);
            });
            return (index, message) -> message;
        });
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            // Registered after the handler ran, so after the event bus's own step that appends its events:
            // the head is read in their transaction, on its connection, before it commits.
            // A command nested in a combined change appends nothing itself; the change reads the head.
            if (AppendedEvents.recording() && unitOfWork.isRoot()) {
                unitOfWork.onPrepareCommit(u -> AppendedEvents.headBeforeCommit(positions.chainHead()));
            }
            return result;
        });
    }

    public WriteReceipt send(Object command, ChangeContext context) {
        return send(command, context, null);
    }

    /**
     * As {@link #send(Object, ChangeContext)}, refused with {@link VersionMismatchException} unless the
     * command's first event for {@code expected}'s aggregate follows that version directly.
     */
    public WriteReceipt send(Object command, ChangeContext context, ExpectedVersion expected) {
        if (expected == null) {
            // a write group checks no expected version: a command with one runs alone
            Optional<WriteReceipt> grouped = groups.send(command, context);
            if (grouped.isPresent()) {
                return grouped.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            AppendedEvents.begin();
            EXPECTED.set(expected);
            AppendedEvents appended;
            Object result;
            try {
                result = dispatch(commands, command, context);
            } catch (RuntimeException e) {
                if (!lostARace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChangeException(expected == null ? "this resource" : expected.aggregateId());
                }
                continue;
            } finally {
                appended = AppendedEvents.end();
                EXPECTED.remove();
            }
            return receipt(result, appended);
        }
    }

    /**
     * Sends several commands as one change: in one transaction (all their events are stored, or none),
     * under the one correlation id of {@code context}. The commands are planned inside the transaction,
     * so that what they are planned from cannot change before they run.
     *
     * <p>As in a write group (ADR 0036), each command runs in a unit of work nested in the change's, and
     * the change's events are appended together when it commits. So the change takes the chain's head
     * only once every command holds its aggregate, as every other write does: a change never holds the
     * head while it waits for an aggregate that a write waiting for the head holds.
     */
    public WriteReceipt sendAll(Supplier<List<?>> plan, ChangeContext context) {
        AppendedEvents.begin();
        AppendedEvents appended;
        long position;
        try {
            CombinedChange change = CombinedChange.start(axonTransactions);
            try {
                plan.get().forEach(command -> dispatch(commands, command, context));
            } catch (RuntimeException e) {
                change.rollBack(e);
                throw e;
            }
            position = change.commit(positions);
        } finally {
            appended = AppendedEvents.end();
        }
        return new WriteReceipt(null, position, appended.identifiers().size());
    }

    /** The receipt of a command whose transaction has committed: the position read before it committed. */
    private static WriteReceipt receipt(Object result, AppendedEvents appended) {
        List<String> identifiers = appended.identifiers();
        long position = appended.lastPosition().orElseThrow(
                () -> new IllegalStateException("a command was stored without its position: " + identifiers));
        return new WriteReceipt(result, position, identifiers.size());
    }

    private static void checkExpectedVersion(EventMessage<?> message) {
        ExpectedVersion expected = EXPECTED.get();
        if (expected != null && message instanceof DomainEventMessage<?> event
                && event.getAggregateIdentifier().equals(expected.aggregateId())) {
            EXPECTED.remove();
            if (event.getSequenceNumber() != expected.version() + 1) {
                throw new VersionMismatchException(expected.version(), event.getSequenceNumber() - 1);
            }
        }
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command on this thread, with the change's metadata, and answers its handler's result. */
    static Object dispatch(CommandGateway commands, Object command, ChangeContext context) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.toMetaData()));
    }
}
