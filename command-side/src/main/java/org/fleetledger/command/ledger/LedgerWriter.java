package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.fleetledger.command.api.ChangeContext;
import org.springframework.stereotype.Component;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * The one door for writes: sends a command with the change's metadata and answers only once its
 * events are durably stored, with the position of the last of them.
 */
@Component
public class LedgerWriter {

    private final CommandGateway commands;
    private final EventLogPositions positions;
    private final TransactionTemplate transaction;

    LedgerWriter(CommandGateway commands, EventBus eventBus, EventLogPositions positions,
                 PlatformTransactionManager transactions) {
        this.commands = commands;
        this.positions = positions;
        this.transaction = new TransactionTemplate(transactions);
        eventBus.registerDispatchInterceptor(messages -> {
            messages.forEach(message -> AppendedEvents.record(message.getIdentifier()));
            return (index, message) -> message;
        });
    }

    public WriteReceipt send(Object command, ChangeContext context) {
        AppendedEvents.begin();
        List<String> appended;
        Object result;
        try {
            result = dispatch(command, context);
        } finally {
            appended = AppendedEvents.end();
        }
        return new WriteReceipt(result, positions.lastOf(appended), appended.size());
    }

    /**
     * Sends several commands as one change: in one transaction (all their events are stored, or none),
     * under the one correlation id of {@code context}. The commands are planned inside the transaction,
     * so that what they are planned from cannot change before they run.
     */
    public WriteReceipt sendAll(Supplier<List<?>> plan, ChangeContext context) {
        AppendedEvents.begin();
        List<String> appended;
        try {
            transaction.executeWithoutResult(status -> plan.get().forEach(command -> dispatch(command, context)));
        } finally {
            appended = AppendedEvents.end();
        }
        return new WriteReceipt(null, positions.lastOf(appended), appended.size());
    }

    private Object dispatch(Object command, ChangeContext context) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.toMetaData()));
    }
}
