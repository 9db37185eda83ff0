package io.statusdashboard.web.api;

import io.statusdashboard.web.platform.database.DatabaseOutage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an API answers a failure that no refusal explains, in its own error body: 503 with
 * {@code Retry-After} while the database is not taking requests, else a 500 whose cause is logged,
 * never shown. One per API, answered by that API's subclasses of the {@link Mapper} below.
 */
public final class UnexpectedFailures {

    /** How an API writes its error body. */
    @FunctionalInterface
    public interface ErrorResponses {
        Response response(int status, String message);
    }

    private final Logger log;
    private final String api;
    private final ErrorResponses errors;
    private final String internalError;

    /**
     * @param log where the failures go, the API's own logger
     * @param api how the log names the API ("API v2")
     * @param errors the API's error body
     * @param internalError what a 500 says
     */
    public UnexpectedFailures(Logger log, String api, ErrorResponses errors, String internalError) {
        this.log = log;
        this.api = api;
        this.errors = errors;
        this.internalError = internalError;
    }

    public Response answer(Throwable exception) {
        if (DatabaseOutage.causedBy(exception)) {
            // Down, read-only or out of disk: nothing was written and the same request will work
            // later, which monitoring retries on a 503 but not necessarily on a 500.
            log.warning(() -> api + " request failed, the database is not taking requests: " + exception);
            return Response.fromResponse(errors.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                    DatabaseOutage.MESSAGE)).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        log.log(Level.SEVERE, api + " request failed", exception);
        return errors.response(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), internalError);
    }

    /**
     * A mapper that answers its failures so, the exception type its subclass names: everything
     * ({@code Throwable}: one that no mapper took would reach the servlet container, whose error
     * page is not the API's), or what would otherwise go to another mapper that answers in HTML.
     * A subclass ranks itself with {@code @Priority}, which it does not inherit.
     */
    public abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        private final UnexpectedFailures failures;

        protected Mapper(UnexpectedFailures failures) {
            this.failures = failures;
        }

        @Override
        public Response toResponse(E exception) {
            return failures.answer(exception);
        }
    }
}
