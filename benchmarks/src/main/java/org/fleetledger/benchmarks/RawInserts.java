package org.fleetledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * The raw durable insert rate of a PostgreSQL server: each of {@code clients} connections inserts one
 * row and commits, again and again, with the server's own durability (here {@code fsync} and
 * {@code synchronous_commit} on). The ceiling the API's write path is compared with. The table is the
 * benchmark's own and is dropped afterwards.
 */
final class RawInserts {

    private static final String TABLE = "benchmark_raw_insert";

    record Result(Latencies latencies, double seconds) {
        double rate() {
            return latencies.count() / seconds;
        }
    }

    private RawInserts() {
    }

    static Result measure(String jdbcUrl, int clients, int seconds) throws Exception {
        try (Connection admin = DriverManager.getConnection(jdbcUrl); Statement ddl = admin.createStatement()) {
            ddl.execute("create table " + TABLE + " (id bigserial primary key, payload text not null, "
                    + "created_at timestamptz not null default now())");
        }
        try {
            Latencies latencies = new Latencies();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long started = System.nanoTime();
            Clients.run(clients, () -> insertUntil(jdbcUrl, deadline, latencies));
            return new Result(latencies, (System.nanoTime() - started) / 1e9);
        } finally {
            try (Connection admin = DriverManager.getConnection(jdbcUrl); Statement ddl = admin.createStatement()) {
                ddl.execute("drop table " + TABLE);
            }
        }
    }

    private static Void insertUntil(String jdbcUrl, long deadline, Latencies latencies) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " (payload) values (?)")) {
            connection.setAutoCommit(false);
            for (long n = 0; System.nanoTime() < deadline; n++) {
                long t0 = System.nanoTime();
                insert.setString(1, "row " + n);
                insert.executeUpdate();
                connection.commit();
                latencies.add(System.nanoTime() - t0);
            }
        }
        return null;
    }
}
