package org.fleetledger.gateway.ledger;

import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.CreateCloudCommand;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command's lookup-table writes and its events commit together or not at all. */
class CommandTransactionTest extends ApiTest {

    @Autowired
    TransactionManager axonTransactions;

    @Autowired
    DataSource dataSource;

    @Test
    void rollsBackTheNameClaimWhenTheEventsCannotBeStored() {
        UUID project = createProject();
        ApiClient api = userIn(project, Role.MEMBER);
        long existing = api.post("/v1/clouds", "{\"name\": \"" + unique("taken-id") + "\"}").json().get("id").longValue();
        String name = unique("claimed-then-rolled-back");

        // Same aggregate id again: the name is claimed first, then appending the events fails.
        assertThatThrownBy(() -> writer.send(
                new CreateCloudCommand(new CloudId(existing), new ProjectId(project), name, null, Map.of()),
                ChangeContext.system("test-" + UUID.randomUUID(), null)))
                .isInstanceOf(RuntimeException.class);

        assertThat(api.post("/v1/clouds", "{\"name\": \"" + name + "\"}").status())
                .as("the claim of the failed command was rolled back").isEqualTo(201);
    }

    @Test
    void runsCommandsAndProjectionsInSpringTransactions() {
        // the projections' rows and tokens share a transaction only if Axon's transactions are Spring's
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Transaction transaction = axonTransactions.startTransaction();
        try {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            long first = jdbc.queryForObject("select txid_current()", Long.class);
            assertThat(jdbc.queryForObject("select txid_current()", Long.class))
                    .as("every statement through Spring's connection, in the one transaction").isEqualTo(first);
        } finally {
            transaction.rollback();
        }
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    }
}
