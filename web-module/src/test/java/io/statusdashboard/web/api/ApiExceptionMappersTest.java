package io.statusdashboard.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApiExceptionMappersTest {

    /**
     * JAX-RS hands a failure to the mapper of its nearest supertype; one that none takes (a checked
     * exception, a StackOverflowError) goes on to the servlet container, whose error page is HTML.
     */
    @Test
    void theLastResortMapperTakesEveryThrowable() {
        Type mapped = Arrays.stream(ApiExceptionMappers.Unexpected.class.getGenericInterfaces())
                .map(ParameterizedType.class::cast)
                .filter(type -> type.getRawType() == ExceptionMapper.class)
                .findFirst().orElseThrow()
                .getActualTypeArguments()[0];
        assertEquals(Throwable.class, mapped);
    }
}
