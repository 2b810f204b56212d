package org.fleetledger.gateway.http;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void recognisesAnUnreachableDatabaseAnywhereInTheCauses() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("command failed",
                new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("could not extend file", "53100"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(new TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("constraint"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("Connection is closed", "42000"))).isFalse();
    }
}
