package io.statusdashboard.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aClosedConnectionDeepInsideTheContainersWrappersIsAnOutage() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        Exception wrapped = new EJBException(new PersistenceException("Exception [EclipseLink-4002]", closed));
        assertTrue(DatabaseOutage.causedBy(wrapped));
    }

    @Test
    void aRefusedConnectionTheShutdownAndAServerStillStartingAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timed out")));
    }

    @Test
    void thePoolsRefusalToAllocateIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"))));
    }

    @Test
    void theTransactionManagersFailureToEndTheDatabasesBranchIsAnOutage() {
        // As Payara reports a connection cut while its transaction was open: the pool's refusal is
        // only the XAException's message, not its cause.
        XAException branch = new XAException(
                "jakarta.resource.ResourceException: This Managed Connection is not valid as the physical connection is not usable");
        assertTrue(DatabaseOutage.causedBy(new RuntimeException("Got exception during XAResource.end: " + branch, branch)));
    }

    @Test
    void aFullDiskAndAReadOnlyDatabaseAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("could not extend file", "53100")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("cannot execute INSERT in a read-only transaction",
                "25006")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("The database is read only", "90097")));
    }

    @Test
    void aChainedNextExceptionIsLookedAtToo() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "22000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseOutage.causedBy(batch));
    }

    @Test
    void aFaultyStatementOrAConstraintIsNoOutage() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.causedBy(second));
    }
}
