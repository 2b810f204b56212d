package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.fleetledger.command.api.ChangeContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one door for writes: sends a command with the change's metadata and answers only once its
 * events are durably stored, with the position of the last of them.
 */
@Component
public class LedgerWriter {

    private final CommandGateway commands;
    private final EventLogPositions positions;

    LedgerWriter(CommandGateway commands, EventBus eventBus, EventLogPositions positions) {
        this.commands = commands;
        this.positions = positions;
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
            result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(context.toMetaData()));
        } finally {
            appended = AppendedEvents.end();
        }
        return new WriteReceipt(result, positions.lastOf(appended), appended.size());
    }
}
