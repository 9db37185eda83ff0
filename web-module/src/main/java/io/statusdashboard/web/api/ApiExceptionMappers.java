package io.statusdashboard.web.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Turns every failure into the API's JSON error body, so clients never parse an HTML error page. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {}

    @Provider
    public static class Refused implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException exception) {
            return ApiError.response(exception.status(), exception.getMessage());
        }
    }

    /** JAX-RS' own refusals: unknown path (404), wrong method (405), unacceptable type (406, 415). */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return Unexpected.FAILURES.answer(exception);
            }
            return ApiError.response(status.getStatusCode(), status.getReasonPhrase());
        }
    }

    /**
     * A transaction that could not begin or commit, as when the database went away in the middle
     * of it. Jersey brings a mapper of its own for these, which rethrows what it cannot hand to
     * another mapper, and the servlet container then answers with its HTML 500; this one ranks
     * before it and answers as every other failure is answered (503 when the database is down).
     */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class Transaction extends UnexpectedFailures.Mapper<TransactionalException> {
        public Transaction() {
            super(Unexpected.FAILURES);
        }
    }

    /**
     * Everything else, checked exceptions and errors included: a Throwable that no mapper took
     * would reach the servlet container, whose error page is not JSON.
     */
    @Provider
    public static class Unexpected extends UnexpectedFailures.Mapper<Throwable> {
        static final UnexpectedFailures FAILURES = new UnexpectedFailures(
                Logger.getLogger(Unexpected.class.getName()), "API", ApiError::response, "Internal error; it has been logged");

        public Unexpected() {
            super(FAILURES);
        }
    }
}
