package org.fleetledger.query.rebuild;

import org.axonframework.eventhandling.EventMessage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.BatchedConnection;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Some of the projections, replaying the log into the shadow schema through a connection and a
 * transaction of their own. A rebuild runs its lanes side by side on the same events: the projections
 * own disjoint tables, so no lane waits for another's rows, and each lane's statements and the
 * database's work on them proceed while the other lane's do.
 */
final class ReplayLane implements AutoCloseable {

    /** Writes of the same statement that go to the database as one JDBC batch, at most. */
    private static final int STATEMENTS_PER_BATCH = 2_000;

    private final Connection pooled;
    private final Connection connection;
    private final DSLContext db;
    private final ShadowProjections projections;

    /** A lane with the projections of the processing groups {@code groups} accepts. */
    ReplayLane(DataSource dataSource, DSLContext live, ApplicationContext context, Predicate<String> groups)
            throws SQLException {
        pooled = dataSource.getConnection();
        try {
            pooled.setAutoCommit(false);
            // consecutive writes of the same statement go to the database as one JDBC batch; reads and
            // commits send what is pending first
            connection = new BatchedConnection(pooled, STATEMENTS_PER_BATCH);
            db = DSL.using(connection, live.dialect(), live.settings());
            projections = new ShadowProjections(context, db, groups);
        } catch (RuntimeException | SQLException e) {
            pooled.close();
            throw e;
        }
    }

    void beginBulkReplay() {
        projections.beginBulkReplay();
    }

    /** Applies a run of events to this lane's projections and commits. */
    void apply(List<? extends EventMessage<?>> events) throws Exception {
        writeToShadow();
        projections.handle(events);
        connection.commit();
    }

    /** Does the work the lane's components left for the end of a bulk replay (the rows they held), and commits. */
    void endBulkReplay() throws SQLException {
        writeToShadow();
        projections.endBulkReplay();
        connection.commit();
    }

    /** The work at the end of the replay that this lane's components leave to be run in parts. */
    List<PartedPass> partedPasses() {
        return projections.partedPasses();
    }

    /** Runs part {@code part} of {@code parts} of a pass, whichever lane's component it is, and commits. */
    void runPart(PartedPass pass, int part, int parts) throws SQLException {
        writeToShadow();
        // resolving every node at once sorts and hashes large sets
        db.execute("SET LOCAL work_mem = '64MB'");
        pass.runPart(db, part, parts);
        connection.commit();
    }

    /**
     * Settings of the current transaction on the lane's connection, so that none outlives it on a pooled
     * connection: the shadow schema first in the search path, and generic plans (the replay runs the same
     * few statements millions of times).
     */
    private void writeToShadow() {
        db.execute("SET LOCAL search_path = " + ShadowSchema.SHADOW + ", public");
        db.execute("SET LOCAL plan_cache_mode = auto");
    }

    @Override
    public void close() throws SQLException {
        try {
            projections.close();
        } finally {
            pooled.close();
        }
    }
}
