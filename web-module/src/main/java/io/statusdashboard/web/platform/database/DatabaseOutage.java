package io.statusdashboard.web.platform.database;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure of the database itself (stopped, restarting, unreachable, out of disk, read-only)
 * from a failure of the request, so the dashboard can answer "try again shortly" (503 with
 * {@code Retry-After}) instead of "something is broken" (500). The cause is looked for anywhere in
 * the chain: the container wraps it in EJB, transaction, persistence and pool exceptions.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: the pool finds a restarted database within a few. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** What a client is told when a request needed the database and it did not answer. */
    public static final String MESSAGE = "The database cannot take requests right now (stopped, read-only or out of disk); try again in "
            + RETRY_AFTER_SECONDS + " seconds";

    /**
     * SQLState classes and codes that mean the database, not the statement, failed: connection
     * exceptions (08), insufficient resources such as a full disk (53), operator intervention such
     * as a shutdown or a server still starting (57P), a read-only database (25006), and H2's codes
     * for a broken connection, a closed database, a full disk and a read-only file.
     */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53");
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "25006",
            "90067", "90098", "90121", "90100", "90097");

    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen, 0);
    }

    private static boolean search(Throwable failure, Set<Throwable> seen, int depth) {
        if (failure == null || depth > MAX_DEPTH || !seen.add(failure)) {
            return false;
        }
        if (isOutage(failure)) {
            return true;
        }
        if (failure instanceof SQLException sql && search(sql.getNextException(), seen, depth + 1)) {
            return true;
        }
        return search(failure.getCause(), seen, depth + 1);
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException || failure instanceof ConnectException) {
            return true;
        }
        // The pool's own refusal: it could not open or hand out a connection. The transaction
        // manager's failure to end or commit a branch is one too: the database is the only
        // resource the dashboard's transactions enlist, and the manager passes the pool's refusal
        // on as the message of an XAException that has no cause.
        if (failure instanceof ResourceException || failure instanceof XAException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
            String state = sql.getSQLState();
            return STATES.contains(state) || STATE_CLASSES.contains(state.substring(0, 2));
        }
        return false;
    }
}
