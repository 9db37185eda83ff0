package io.statusdashboard.incident.internal.transactions;

import jakarta.persistence.OptimisticLockException;

/**
 * Whether a failed transaction failed because another transaction saved the same event first:
 * the one question that reporting a conflict, retrying an API write and the maintenance clock's
 * pass each ask of the exception they caught.
 */
final class OptimisticLockFailures {

    private OptimisticLockFailures() {
    }

    /**
     * {@code true} if {@code error} or one of its causes is an {@link OptimisticLockException},
     * that is, a version check failed at commit (the container usually wraps it once or twice).
     */
    static boolean causedByOptimisticLock(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
