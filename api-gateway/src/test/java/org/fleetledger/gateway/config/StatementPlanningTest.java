package org.fleetledger.gateway.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands and projections plan their statements generically, inside their own transactions only
 * (ADR 0034); every other statement, and every connection back in the pool, plans for its values.
 */
class StatementPlanningTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionManager axonTransactions;

    @Test
    void plansGenericallyInsideAxonsTransactionsOnly() throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(planning(jdbc)).as("outside a transaction").isEqualTo("force_custom_plan");

        Transaction outer = axonTransactions.startTransaction();
        try {
            assertThat(planning(jdbc)).as("in a transaction of Axon's").isEqualTo("auto");
            Transaction joined = axonTransactions.startTransaction();
            assertThat(planning(jdbc)).as("in one that joins it").isEqualTo("auto");
            joined.commit();
        } finally {
            outer.commit();
        }

        axonTransactions.executeInTransaction(() -> assertThat(planning(jdbc)).isEqualTo("auto"));
        Transaction rolledBack = axonTransactions.startTransaction();
        rolledBack.rollback();

        List<Connection> pool = new ArrayList<>();
        try {
            // not the whole pool: the nine processors and the change publisher hold connections of it too
            for (int i = 0; i < DatabasePool.MAXIMUM_SIZE - 10; i++) {
                Connection connection = dataSource.getConnection();
                pool.add(connection);
                try (Statement statement = connection.createStatement();
                     ResultSet planning = statement.executeQuery("show plan_cache_mode")) {
                    planning.next();
                    assertThat(planning.getString(1)).as("pooled connection %d afterwards", i)
                            .isEqualTo("force_custom_plan");
                }
            }
        } finally {
            for (Connection connection : pool) {
                connection.close();
            }
        }
    }

    private static String planning(JdbcTemplate jdbc) {
        return jdbc.queryForObject("show plan_cache_mode", String.class);
    }
}
