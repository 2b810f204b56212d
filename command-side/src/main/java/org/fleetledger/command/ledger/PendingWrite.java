package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fleetledger.command.api.ChangeContext;
import org.slf4j.MDC;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A command waiting for a write group, and what the group made of it: a receipt once the group has
 * committed, a failure when the group's commit failed, or an answer that it must run alone.
 */
final class PendingWrite {

    private final Object command;
    private final ChangeContext context;
    private final Map<String, String> logContext;
    private final CompletableFuture<Optional<WriteReceipt>> outcome = new CompletableFuture<>();

    PendingWrite(Object command, ChangeContext context) {
        this.command = command;
        this.context = context;
        this.logContext = MDC.getCopyOfContextMap();
    }

    /** Runs the command on this thread, under the request's logging context. */
    Object dispatch(CommandGateway commands) {
        Map<String, String> own = MDC.getCopyOfContextMap();
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            return LedgerWriter.dispatch(commands, command, context);
        } finally {
            if (own == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(own);
            }
        }
    }

    /** The aggregate the command targets; empty for a command that names none. */
    Optional<String> target() {
        return CommandTargets.INSTANCE.identifierOf(command);
    }

    void stored(WriteReceipt receipt) {
        outcome.complete(Optional.of(receipt));
    }

    /** The command is to run in a transaction of its own, as if no group had taken it. */
    void runAlone() {
        outcome.complete(Optional.empty());
    }

    void failed(RuntimeException cause) {
        outcome.completeExceptionally(cause);
    }

    /** Waits for the group: the receipt, or empty when the command is to run alone. */
    Optional<WriteReceipt> awaitOutcome() {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
