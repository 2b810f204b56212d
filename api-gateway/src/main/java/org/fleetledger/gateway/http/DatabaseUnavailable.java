package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, unreachable, the
 * pool waited out its timeout for a connection, or out of disk or connections) from any other failure:
 * the first answers 503, so that clients retry, the second stays a 500. A commit or rollback that
 * failed below SQL (Spring's {@link TransactionSystemException}) counts as the first: it happens when
 * the connection breaks in the middle of a transaction, and then the pool reports no SQL state.
 */
public final class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    public static final String MESSAGE = "The database is unavailable; try again shortly.";
    /** What the connection pool (Hikari) says when a connection it closed is used. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /** Logs, once and without a stack trace, that a request answered 503 because of {@code failure}. */
    static void logAnswered(HttpServletRequest request, Throwable failure) {
        log.warn("request {} {} answered 503: the database is unavailable ({})", request.getMethod(),
                request.getRequestURI(), failure.getClass().getSimpleName());
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException sql && (unavailable(sql.getSQLState()) || closedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool closes a connection it found broken; the work that still holds it then fails with this
     * message and no SQL state.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && CLOSED_BY_THE_POOL.equals(failure.getMessage());
    }

    /**
     * SQL states of a connection that failed (class 08), a server out of disk, memory or connections
     * (class 53), or a server shutting down or starting (57P01-57P03).
     */
    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
