package org.fleetledger.query.support;

import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements rendered once (from jOOQ's DSL, when their class loads) through JDBC, on the connection
 * of the caller's transaction (ADR 0051). A projection's batch runs the same few statements every time;
 * run through jOOQ, even rendered, each was parsed for its bind values, bound and run through jOOQ's
 * listeners again, which took more of the processor's CPU than the statement's own JDBC work.
 *
 * <p>Bind values are given in order: arrays of strings and of longs become SQL arrays, anything else is
 * given to the driver as it is.
 */
public final class RenderedStatements {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private RenderedStatements() {
    }

    /** Runs a statement that returns no rows; the number of rows it changed. */
    public static int update(DSLContext db, String sql, Object... values) {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, values)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs a query; its rows, each read by {@code reader}. */
    public static <T> List<T> fetch(DSLContext db, String sql, RowReader<T> reader, Object... values) {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, values);
                 ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        });
    }

    /** Binds one value: arrays of strings and of longs as SQL arrays, anything else as it is. */
    static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        switch (value) {
            case String[] texts -> statement.setArray(index, connection.createArrayOf("varchar", texts));
            case Long[] numbers -> statement.setArray(index, connection.createArrayOf("bigint", numbers));
            case null, default -> statement.setObject(index, value);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                bind(connection, statement, i + 1, values[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException failure) {
            statement.close();
            throw failure;
        }
    }
}
