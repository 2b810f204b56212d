package org.fleetledger.query.support;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Rows written through PostgreSQL's {@code COPY ... FROM STDIN} in CSV: the cheapest way in for rows that
 * cannot conflict with any already there. It takes PostgreSQL less than half the time that an insert of
 * the same rows from arrays takes, each value converted by its column's own input function.
 *
 * <p>A connection that holds statements back to send them as one batch (a rebuild's lane) sends them
 * first, so that the copy follows every statement issued before it.
 */
public final class CsvCopy {

    /** Text sent to the server at a time, about. */
    private static final int CHUNK = 1 << 20;

    private CsvCopy() {
    }

    /**
     * Copies {@code rows} through {@code copy} (a {@code COPY ... FROM STDIN (FORMAT csv)} statement whose
     * column list has {@code columns} columns); {@code value} gives a row's value of a column, by its place
     * in the list, as text, or null for SQL's NULL.
     */
    public static <R> void rows(DSLContext db, String copy, int columns, List<R> rows,
                                BiFunction<R, Integer, String> value) {
        if (rows.isEmpty()) {
            return;
        }
        db.connection(connection -> {
            sendHeldStatements(connection);
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                StringBuilder text = new StringBuilder();
                for (R row : rows) {
                    for (int column = 0; column < columns; column++) {
                        if (column > 0) {
                            text.append(',');
                        }
                        quote(text, value.apply(row, column));
                    }
                    text.append('\n');
                    if (text.length() >= CHUNK) {
                        send(in, text);
                    }
                }
                send(in, text);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /** A batching connection sends what it holds before it makes a statement; the statement itself is unused. */
    private static void sendHeldStatements(Connection connection) throws SQLException {
        try (Statement ignored = connection.createStatement()) {
            // nothing: making it was the point
        }
    }

    /** A value as CSV has it: NULL unquoted and empty, anything else quoted, its quotes doubled. */
    private static void quote(StringBuilder text, String value) {
        if (value == null) {
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
