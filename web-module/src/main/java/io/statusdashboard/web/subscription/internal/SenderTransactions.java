package io.statusdashboard.web.subscription.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * The transactions of the senders' rounds, which run on the managed executor's thread: each call
 * of an outbox's {@code @Transactional} method runs inside a transaction begun here, and joins it.
 *
 * <p>Why not {@code @Transactional} alone: on Payara it begins the transaction, but a connection
 * then taken from the dashboard's {@code DataSource} is enlisted only in a transaction the
 * thread's component invocation knows of, and the interceptor records it there for a servlet
 * request only. On the executor's thread the connection stayed in autocommit: every statement
 * committed by itself, so a {@code SELECT ... FOR UPDATE SKIP LOCKED} held its locks no longer
 * than the statement, and both instances of a cluster expanded the same changes and could claim
 * the same deliveries. {@link UserTransaction#begin} records the transaction on the invocation
 * wherever it runs; the connections are then enlisted and the locks last until the commit.
 */
@ApplicationScoped
public class SenderTransactions {

    @Resource
    private UserTransaction transaction;

    /** Runs {@code work} in a transaction of its own, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("outbox transaction not begun", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                transaction.rollback();
            } catch (SystemException | RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
        try {
            transaction.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            throw new IllegalStateException("outbox transaction not committed", e);
        }
        return result;
    }

    /** {@link #inTransaction(Supplier)} for work that answers nothing. */
    public void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
