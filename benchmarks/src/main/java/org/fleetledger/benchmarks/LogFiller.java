package org.fleetledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Makes the service's log a given number of events long, for the ledger's measurements at a million
 * events: the API writes some 220 events/s here, so a million would take more than an hour. The events
 * are appended straight into the service's PostgreSQL, through the log table's own trigger, which gives
 * each its position and its link in the hash chain as it would to an event the API stores
 * ({@code GET /v1/ledger/verify} answers {@code intact} afterwards).
 * <p>
 * Each event is a {@code VariablesSet} of one of the first {@value #HOSTS} hosts of the fleet (deleted
 * ones left out), in rounds
 * across those hosts, so that each host's changes are spread over the log: a counter that goes up with
 * each round, and a status among ten. Each event continues its host's own sequence, so the hosts stay
 * writable through the API. Statements hold one round of at most {@value #ROWS_PER_STATEMENT} hosts: the
 * trigger updates the chain's head row once per event, and within one statement each update walks past
 * the row versions the ones before it left. A statement of 2,000 rows took 1.18 s, one of 500 rows
 * 0.18 s, and one of 96,400 rows 272 s.
 */
final class LogFiller {

    private static final int HOSTS = 10_000;
    private static final int ROWS_PER_STATEMENT = 500;

    /** The hosts to write to: each one's last sequence number and project. */
    private static final String HOSTS_TABLE = """
            create temporary table filled_host as
            select substring(aggregate_identifier from 6)::bigint as id, max(sequence_number) as sequence,
                   min(project_id::text) as project
            from domain_event_entry
            where aggregate_identifier like 'host:%'
            group by 1
            having not bool_or(payload_type = 'org.fleetledger.events.device.HostDeleted')
            order by 1
            limit ?""";

    /** One round of a range of hosts; the trigger sets position, hash, project and time of storing. */
    private static final String APPEND = """
            insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                                            payload, payload_type, time_stamp)
            select 'host:' || id, sequence + ?, 'Host', gen_random_uuid()::text,
                   json_build_object('actor_user_id', 1, 'actor_username', ?::text,
                                     'request_id', 'bench-fill-' || id || '-' || ?::int,
                                     'actor_project_id', project)::text,
                   json_build_object('owner', json_build_object('type', 'DEVICE', 'id', id::text),
                                     'projectId', project,
                                     'values', json_build_object('counter', ?::int,
                                                                 'status', 'status-' || (?::int % 10)))::text,
                   'org.fleetledger.events.variables.VariablesSet',
                   to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            from filled_host
            where id >= ? and id <= ?
            order by id""";

    record Result(long appended, double seconds) {
        double rate() {
            return appended / seconds;
        }
    }

    private LogFiller() {
    }

    /** Appends events until the log holds {@code target}; answers how many it appended and in how long. */
    static Result fill(String jdbcUrl, long target) throws SQLException {
        long started = System.nanoTime();
        long appended = 0;
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            long head = head(connection);
            long[] hosts = hosts(connection);
            if (hosts.length == 0) {
                throw new IllegalStateException("the log has no host to write to");
            }
            try (PreparedStatement append = connection.prepareStatement(APPEND)) {
                for (int round = 1; head + appended < target; round++) {
                    for (int from = 0; from < hosts.length && head + appended < target; from += ROWS_PER_STATEMENT) {
                        int rows = (int) Math.min(Math.min(ROWS_PER_STATEMENT, hosts.length - from),
                                target - head - appended);
                        appended += append(append, round, hosts[from], hosts[from + rows - 1]);
                    }
                }
            }
        }
        return new Result(appended, (System.nanoTime() - started) / 1e9);
    }

    private static int append(PreparedStatement append, int round, long firstHost, long lastHost)
            throws SQLException {
        append.setInt(1, round);
        append.setString(2, ServiceProcess.ROOT_USER);
        append.setInt(3, round);
        append.setInt(4, round);
        append.setInt(5, round);
        append.setLong(6, firstHost);
        append.setLong(7, lastHost);
        return append.executeUpdate();
    }

    private static long head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The ids of the hosts to write to, in order, after gathering them into a temporary table. */
    private static long[] hosts(Connection connection) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(HOSTS_TABLE)) {
            create.setInt(1, HOSTS);
            create.execute();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from filled_host order by id")) {
            long[] ids = new long[HOSTS];
            int count = 0;
            while (rows.next()) {
                ids[count++] = rows.getLong(1);
            }
            return Arrays.copyOf(ids, count);
        }
    }
}
