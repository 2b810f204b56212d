package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.CreateCloudCommand;
import org.fleetledger.command.api.Patch;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.SetCloudVariablesCommand;
import org.fleetledger.command.api.SetVariableSchemaCommand;
import org.fleetledger.command.api.UpdateCloudCommand;
import org.fleetledger.command.naming.NameRule;
import org.fleetledger.events.LedgerMetadata;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.cloud.CloudUpdated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Group commit (ADR 0036) against the real event log: one transaction, and each command answered for itself. */
class WriteGroupTest extends ApiTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    TransactionManager transactions;

    @Autowired
    LedgerEventStore eventStore;

    @Autowired
    EventLogPositions positions;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStorageEngine storage;

    private final String requestPrefix = "group-" + UUID.randomUUID() + "-";
    private int requests;
    private WriteGroup group;
    private ProjectId project;

    @BeforeEach
    void group() {
        group = new WriteGroup(commands, transactions, eventStore, positions);
        project = new ProjectId(createProject());
    }

    @Test
    void storesItsCommandsInOneTransactionEachAnsweredWithItsOwnLastEvent() {
        CloudId first = ids.nextCloudId();
        CloudId second = ids.nextCloudId();
        List<PendingWrite> writes = List.of(
                pending(new CreateCloudCommand(first, project, unique("grouped"), null, Map.of("a", 1, "b", 2))),
                pending(new CreateCloudCommand(second, project, unique("grouped"), null, Map.of())),
                // the same aggregate again, in the same group: it sees the first command's events
                pending(new UpdateCloudCommand(first, ProjectScope.only(project), Patch.absent(), Patch.of("second note"))),
                pending(new SetCloudVariablesCommand(second, ProjectScope.only(project), Map.of("c", 3))));

        group.run(writes);

        List<WriteReceipt> receipts = writes.stream().map(write -> write.awaitOutcome().orElseThrow()).toList();
        for (int i = 0; i < writes.size(); i++) {
            assertThat(receipts.get(i).position()).as("write %d", i).isEqualTo(lastPositionOf(i));
            assertThat(receipts.get(i).eventCount()).as("write %d", i).isEqualTo(eventCountOf(i));
        }
        assertThat(receipts).extracting(WriteReceipt::position).isSorted().doesNotHaveDuplicates();
        assertThat(jdbc().queryForObject("SELECT count(DISTINCT xmin::text) FROM domain_event_entry "
                + "WHERE meta_data::jsonb ->> ? LIKE ?", Long.class, LedgerMetadata.REQUEST_ID, requestPrefix + "%"))
                .as("transactions that stored the group's events").isEqualTo(1L);
        assertThat(jdbc().queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "cloud:" + first.value())).as("the first cloud's events follow each other").isEqualTo(
                jdbc().queryForObject("SELECT count(*) - 1 FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class, "cloud:" + first.value()));
    }

    @Test
    void givesBackACommandThatFailsAndStoresTheOthersTogether() {
        String name = unique("taken-in-the-group");
        List<PendingWrite> writes = List.of(
                pending(new CreateCloudCommand(ids.nextCloudId(), project, name, null, Map.of())),
                pending(new CreateCloudCommand(ids.nextCloudId(), project, name, null, Map.of())),
                pending(new CreateCloudCommand(ids.nextCloudId(), project, unique("grouped"), null, Map.of())));

        group.run(writes);

        assertThat(writes.get(1).awaitOutcome()).as("the second claim of the name runs alone").isEmpty();
        assertThat(writes.get(0).awaitOutcome().orElseThrow().position()).isEqualTo(lastPositionOf(0));
        assertThat(writes.get(2).awaitOutcome().orElseThrow().position()).isEqualTo(lastPositionOf(2));
        assertThat(eventCountOf(1)).as("nothing of the failed command is stored").isZero();
        assertThat(jdbc().queryForObject("SELECT count(DISTINCT xmin::text) FROM domain_event_entry "
                + "WHERE meta_data::jsonb ->> ? LIKE ?", Long.class, LedgerMetadata.REQUEST_ID, requestPrefix + "%"))
                .isEqualTo(1L);
    }

    @Test
    void checksEveryCommandsVariablesAgainstTheSchemasReadOnceForTheGroup() {
        CloudId cloud = ids.nextCloudId();
        writer.send(new CreateCloudCommand(cloud, project, unique("schema-checked"), null, Map.of()), context());
        writer.send(new SetVariableSchemaCommand(project, "port", "{\"type\": \"integer\"}"), context());
        // the group's events are checked together as it commits: the second command sets a key the first does not
        List<PendingWrite> breaking = List.of(
                pending(new SetCloudVariablesCommand(cloud, ProjectScope.only(project), Map.of("other", 1))),
                pending(new SetCloudVariablesCommand(cloud, ProjectScope.only(project), Map.of("port", "eighty"))));
        List<PendingWrite> keeping = List.of(
                pending(new SetCloudVariablesCommand(cloud, ProjectScope.only(project), Map.of("other", 2))),
                pending(new SetCloudVariablesCommand(cloud, ProjectScope.only(project), Map.of("port", 80))));

        group.run(breaking);
        group.run(keeping);

        assertThat(breaking).allSatisfy(write -> assertThat(write.awaitOutcome())
                .as("a group that breaks a schema stores nothing; each of its commands runs alone").isEmpty());
        assertThat(eventCountOf(0) + eventCountOf(1)).isZero();
        assertThat(keeping.get(0).awaitOutcome().orElseThrow().position()).isEqualTo(lastPositionOf(2));
        assertThat(keeping.get(1).awaitOutcome().orElseThrow().position()).isEqualTo(lastPositionOf(3));
    }

    @Test
    void givesBackEveryCommandWhenItsAppendsLoseARace() throws Exception {
        Contest contest = contestedGroup("rolled-back-with-its-group");

        try (ExecutorService threads = Executors.newFixedThreadPool(2);
             Connection head = dataSource.getConnection()) {
            // With the chain's head held here, another node's write and then the group take the cloud's next
            // sequence number and queue for the head in that order. The other node appends first. (Within
            // one node, Axon's aggregate lock keeps two commands on one aggregate apart.)
            head.setAutoCommit(false);
            head.createStatement().execute("SELECT position FROM ledger_head FOR UPDATE");
            Future<?> otherNode = threads.submit(() -> appendAsAnotherNode(changedElsewhere(contest)));
            awaitWritesQueuedForTheHead(1);
            Future<?> grouped = threads.submit(() -> group.run(contest.writes()));
            awaitWritesQueuedForTheHead(2);
            head.rollback();

            otherNode.get(30, TimeUnit.SECONDS);
            grouped.get(30, TimeUnit.SECONDS);
        }

        assertThat(contest.writes()).allSatisfy(write -> assertThat(write.awaitOutcome()).as("runs alone").isEmpty());
        assertThat(eventCountOf(0) + eventCountOf(1) + eventCountOf(2)).isZero();
        assertThat(jdbc().queryForObject("SELECT count(*) FROM name_claim WHERE name = ?", Long.class, contest.name()))
                .as("the first command's name claim rolled back with the group").isZero();
    }

    @Test
    void answersTheLastSequenceNumbersItsChangeReadAfterTheEventsItStaged() {
        CloudId cloud = ids.nextCloudId();
        writer.send(new CreateCloudCommand(cloud, project, unique("numbered"), null, Map.of()), context());
        String stored = "cloud:" + cloud.value();
        String absent = "cloud:absent-" + UUID.randomUUID();
        String kept = "cloud:kept-" + UUID.randomUUID();

        Map<String, Long> read = transactions.fetchInTransaction(
                () -> positions.lastSequences(List.of(stored, absent)));

        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of(stored, 0L, absent, StoredSequences.NONE));
        AtomicInteger reads = new AtomicInteger();
        UnitOfWork<?> change = DefaultUnitOfWork.startAndGet(null);
        try {
            StoredSequences.readWhenAsked(change, Set.of(kept, absent), aggregates -> {
                reads.incrementAndGet();
                return Map.of(kept, 4L, absent, StoredSequences.NONE);
            });
            assertThat(eventStore.lastSequenceNumberFor(stored)).as("not the change's: the log").hasValue(0L);
            assertThat(reads).as("nothing read before a question about the change's aggregates").hasValue(0);
            assertThat(eventStore.lastSequenceNumberFor(kept)).as("as the change read it").hasValue(4L);
            assertThat(eventStore.lastSequenceNumberFor(absent)).isEmpty();
            assertThat(reads).as("all read at once").hasValue(1);
            eventStore.publish(new GenericDomainEventMessage<>("Cloud", kept, 5L,
                    new CloudUpdated(cloud, project, "kept", null), MetaData.from(context().toMetaData())));
            assertThat(eventStore.lastSequenceNumberFor(kept)).as("staged in the change").hasValue(5L);
        } finally {
            change.rollback();
        }
    }

    @Test
    void givesBackEveryCommandWhenACachedAggregateChangedAfterTheGroupReadItsNumbers() throws Exception {
        Contest contest = contestedGroup("waits-for-its-name");

        try (ExecutorService threads = Executors.newSingleThreadExecutor();
             Connection claim = dataSource.getConnection()) {
            // The group's first command checks its cached cloud, which reads the numbers of all the group's
            // aggregates; its second waits on its name, which another transaction is claiming. Meanwhile
            // another node changes the contested cloud, which this node holds cached.
            claim.setAutoCommit(false);
            try (PreparedStatement insert = claim.prepareStatement(
                    "INSERT INTO name_claim (rule, scope, name, owner) VALUES (?, ?, ?, 'another transaction')")) {
                insert.setString(1, NameRule.CLOUD_IN_PROJECT.name());
                insert.setString(2, project.text());
                insert.setString(3, contest.name());
                insert.executeUpdate();
            }
            Future<?> grouped = threads.submit(() -> group.run(contest.writes()));
            awaitWaitingFor("insert into \"name_claim\"%");
            appendAsAnotherNode(changedElsewhere(contest));
            claim.rollback();

            grouped.get(30, TimeUnit.SECONDS);
        }

        // the group's append of the cloud's next event fails on the log's key; alone, each command sees the log
        assertThat(contest.writes()).allSatisfy(write -> assertThat(write.awaitOutcome()).as("runs alone")
                .isEmpty());
        assertThat(eventCountOf(0) + eventCountOf(1) + eventCountOf(2)).isZero();
    }

    /**
     * Two clouds this node has just created, so holds cached, and a group of three writes: a change of the
     * first (whose check reads the group's sequence numbers), a new cloud named {@code namePrefix}-something,
     * then a change of the second, the contested one.
     */
    private record Contest(CloudId cloud, String cloudName, String name, List<PendingWrite> writes) {
    }

    private Contest contestedGroup(String namePrefix) {
        CloudId first = ids.nextCloudId();
        writer.send(new CreateCloudCommand(first, project, unique("checked-first"), null, Map.of()), context());
        CloudId contested = ids.nextCloudId();
        String contestedName = unique("contested");
        writer.send(new CreateCloudCommand(contested, project, contestedName, null, Map.of()), context());
        String name = unique(namePrefix);
        return new Contest(contested, contestedName, name, List.of(
                pending(new UpdateCloudCommand(first, ProjectScope.only(project), Patch.absent(), Patch.of("first"))),
                pending(new CreateCloudCommand(ids.nextCloudId(), project, name, null, Map.of())),
                pending(new UpdateCloudCommand(contested, ProjectScope.only(project), Patch.absent(),
                        Patch.of("grouped")))));
    }

    /** The contested cloud's next event, as another node stores it. */
    private GenericDomainEventMessage<CloudUpdated> changedElsewhere(Contest contest) {
        return new GenericDomainEventMessage<>("Cloud", "cloud:" + contest.cloud().value(), 1L,
                new CloudUpdated(contest.cloud(), project, contest.cloudName(), "elsewhere"),
                MetaData.from(context().toMetaData()));
    }

    private void awaitWaitingFor(String statement) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc().queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query ILIKE ?", Integer.class, statement) < 1) {
            assertThat(System.nanoTime()).as("a statement waiting for a lock: " + statement).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private void appendAsAnotherNode(GenericDomainEventMessage<?> event) {
        Transaction transaction = transactions.startTransaction();
        storage.appendEvents(event);
        transaction.commit();
    }

    private void awaitWritesQueuedForTheHead(int writes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc().queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query ILIKE 'insert into domain_event_entry%'", Integer.class) < writes) {
            assertThat(System.nanoTime()).as("%d writes waiting for the chain's head", writes).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private ChangeContext context() {
        return ChangeContext.system("test-" + UUID.randomUUID(), null);
    }

    private PendingWrite pending(Object command) {
        return new PendingWrite(command, ChangeContext.system(requestPrefix + requests++, "grouped"));
    }

    private long lastPositionOf(int write) {
        return jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE meta_data::jsonb ->> ? = ?",
                Long.class, LedgerMetadata.REQUEST_ID, requestPrefix + write);
    }

    private int eventCountOf(int write) {
        return jdbc().queryForObject("SELECT count(*) FROM domain_event_entry WHERE meta_data::jsonb ->> ? = ?",
                Integer.class, LedgerMetadata.REQUEST_ID, requestPrefix + write);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
