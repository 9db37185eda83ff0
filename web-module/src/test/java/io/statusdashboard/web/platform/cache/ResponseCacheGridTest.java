package io.statusdashboard.web.platform.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

class ResponseCacheGridTest {

    @Test
    void aGridThatReadsAnswers() {
        assertTrue(ResponseCache.answers(grid()));
    }

    @Test
    void aGridWhoseMemberStoppedDoesNotAnswer() {
        assertFalse(ResponseCache.answers(grid(new HazelcastInstanceNotActiveException())));
        assertFalse(ResponseCache.answers(grid(new javax.cache.CacheException(new HazelcastInstanceNotActiveException()))));
    }

    /** A read that fails for another reason (a partition migrating, a lost member) says nothing of this one. */
    @Test
    void aReadThatFailsOtherwiseLeavesTheInstanceLive() {
        assertTrue(ResponseCache.answers(grid(new IllegalStateException("Partition migrating"))));
    }

    /** Named as Hazelcast's, which the server holds: the check goes by the name. */
    private static final class HazelcastInstanceNotActiveException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        HazelcastInstanceNotActiveException() {
            super("Hazelcast instance is not active!");
        }
    }

    private static Cache<String, String> grid() {
        return grid(null);
    }

    @SuppressWarnings("unchecked")
    private static Cache<String, String> grid(RuntimeException failure) {
        return (Cache<String, String>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("get")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    return "generation";
                });
    }
}
