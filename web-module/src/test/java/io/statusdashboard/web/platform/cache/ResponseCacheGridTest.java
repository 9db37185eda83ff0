package io.statusdashboard.web.platform.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

class ResponseCacheGridTest {

    @Test
    void aGridThatReadsAnswers() {
        assertTrue(ResponseCache.answers(grid(false)));
    }

    /** What a stopped Hazelcast member throws: HazelcastInstanceNotActiveException, an IllegalStateException. */
    @Test
    void aGridWhoseMemberStoppedDoesNotAnswer() {
        assertFalse(ResponseCache.answers(grid(true)));
    }

    @SuppressWarnings("unchecked")
    private static Cache<String, String> grid(boolean stopped) {
        return (Cache<String, String>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("get")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (stopped) {
                        throw new IllegalStateException("Hazelcast instance is not active!");
                    }
                    return "generation";
                });
    }
}
