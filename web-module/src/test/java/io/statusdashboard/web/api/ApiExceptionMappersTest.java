package io.statusdashboard.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;

class ApiExceptionMappersTest {

    /**
     * JAX-RS hands a failure to the mapper of its nearest supertype; one that none takes (a checked
     * exception, a StackOverflowError) goes on to the servlet container, whose error page is HTML.
     */
    @Test
    void theLastResortMapperTakesEveryThrowable() {
        // The type argument the mapper gives its base, as JAX-RS finds it.
        Type mapped = ((ParameterizedType) ApiExceptionMappers.Unexpected.class.getGenericSuperclass())
                .getActualTypeArguments()[0];
        assertEquals(Throwable.class, mapped);
    }
}
