package org.fleetledger.gateway.bootstrap;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Nodes that start together on one database bootstrap one after the other: each holds a PostgreSQL
 * advisory lock while it looks for the bootstrap project and root user and creates what is missing,
 * so the second finds what the first made instead of creating it again.
 */
@Component
class BootstrapLock {

    /** The advisory lock's key: any number no other part of the service locks on. */
    private static final long KEY = 0x466c656574L; // "Fleet"

    private final DataSource dataSource;

    BootstrapLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T holding(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            run(connection, "SELECT pg_advisory_lock(?)");
            try {
                return work.get();
            } finally {
                run(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the bootstrap lock", e);
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
