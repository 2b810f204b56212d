package org.fleetledger.command.ledger;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Axon's transactions (a command's, an event processor's batch) in which PostgreSQL may plan a statement
 * once and keep the plan (ADR 0034). Every connection otherwise asks for a plan per execution, for the
 * searches whose best plan depends on the values; the statements of commands and projections find rows
 * by their keys, and planning them each time cost about a millisecond of the database's CPU per write.
 * The setting is local to the transaction, so it never outlives it on a pooled connection. A
 * transaction that joins one already under way leaves that one's setting as it is.
 */
final class GenericPlanTransactions implements TransactionManager {

    private static final String GENERIC_PLANS = "SET LOCAL plan_cache_mode = auto";

    private final TransactionManager transactions;
    private final DataSource dataSource;

    GenericPlanTransactions(TransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        boolean joins = TransactionSynchronizationManager.isActualTransactionActive();
        Transaction transaction = transactions.startTransaction();
        if (!joins) {
            try {
                planGenerically();
            } catch (RuntimeException | SQLException e) {
                transaction.rollback();
                throw new IllegalStateException("cannot set up the transaction's planning", e);
            }
        }
        return transaction;
    }

    private void planGenerically() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(GENERIC_PLANS);
        }
    }
}
