package org.fleetledger.command.ledger;

/**
 * What a durable write answers: the command handler's result and the global position of the last
 * event it appended (for a write that changed nothing, the head of the log when it finished).
 */
public record WriteReceipt(Object result, long position, int eventCount) {
}
