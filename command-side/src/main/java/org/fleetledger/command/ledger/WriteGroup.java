package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several waiting commands stored as one transaction (ADR 0036): each command runs in a unit of work
 * nested in the group's, and their events are appended together when the group commits, under one hold
 * of the chain's head and one flush of the log. Each command is answered with the position of its own
 * last event.
 *
 * <p>A group never changes what a command does or how it fails. A command that fails in the group is
 * answered "run alone": it runs again in a transaction of its own, where it fails as it would have
 * without the group. The rest of the group runs again without it. When the appends fail (another
 * writer changed one of the group's aggregates first), every command runs alone, where a command that
 * lost such a race is sent again. Only a failure of the commit itself, after the appends, fails every
 * command of the group: as for a single command, whether that commit took effect is not known.
 */
final class WriteGroup {

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final LedgerEventStore eventStore;
    private final EventLogPositions positions;

    WriteGroup(CommandGateway commands, TransactionManager transactions, LedgerEventStore eventStore,
               EventLogPositions positions) {
        this.commands = commands;
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.positions = positions;
    }

    /** Stores the writes, as few transactions as their failures allow, and answers each of them. */
    void run(List<PendingWrite> writes) {
        List<PendingWrite> group = writes;
        while (!group.isEmpty()) {
            group = attempt(group);
        }
    }

    /** One transaction over the group; the writes to try again together when one of them failed. */
    private List<PendingWrite> attempt(List<PendingWrite> group) {
        CombinedChange change;
        try {
            change = CombinedChange.start(transactions);
        } catch (RuntimeException e) {
            group.forEach(PendingWrite::runAlone);
            return List.of();
        }
        checkCachedAggregatesTogether(group);
        Object[] results = new Object[group.size()];
        int[] eventCounts = new int[group.size()];
        int staged = 0;
        for (int i = 0; i < group.size(); i++) {
            try {
                results[i] = group.get(i).dispatch(commands);
            } catch (RuntimeException e) {
                change.rollBack(e);
                group.get(i).runAlone();
                List<PendingWrite> rest = new ArrayList<>(group);
                rest.remove(i);
                return rest;
            }
            int stagedNow = eventStore.stagedEvents();
            eventCounts[i] = stagedNow - staged;
            staged = stagedNow;
        }
        long head;
        try {
            head = change.commit(positions);
        } catch (RuntimeException e) {
            if (change.appended()) {
                group.forEach(write -> write.failed(e));
            } else {
                group.forEach(PendingWrite::runAlone);
            }
            return List.of();
        }
        answer(group, results, eventCounts, head);
        return List.of();
    }

    /**
     * Lets the group's first check of a cached aggregate read, in one statement, the last stored sequence
     * number of every aggregate the group's commands target (ADR 0053). A command alone checks its own.
     */
    private void checkCachedAggregatesTogether(List<PendingWrite> group) {
        if (group.size() < 2) {
            return;
        }
        Set<String> targets = new LinkedHashSet<>();
        group.forEach(write -> write.target().ifPresent(targets::add));
        if (!targets.isEmpty()) {
            StoredSequences.readWhenAsked(CurrentUnitOfWork.get(), targets, positions::lastSequences);
        }
    }

    /**
     * Positions within one transaction follow each other with no gap: each is taken under the chain's
     * head, which the transaction holds from its first append. So the commands' last events are found
     * by counting back from the head.
     */
    private static void answer(List<PendingWrite> group, Object[] results, int[] eventCounts, long head) {
        long position = head;
        for (int i = group.size() - 1; i >= 0; i--) {
            group.get(i).stored(new WriteReceipt(results[i], position, eventCounts[i]));
            position -= eventCounts[i];
        }
    }
}
