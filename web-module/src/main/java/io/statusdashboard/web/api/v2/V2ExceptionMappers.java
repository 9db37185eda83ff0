package io.statusdashboard.web.api.v2;

import io.statusdashboard.web.api.UnexpectedFailures;
import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Every failure under {@code /v2} as status-dashboard-v3 answers it: {@code {"errMsg": ...}}, an
 * unknown path or method a 404 "page not found" (v3 has no 405), anything unexpected a 500 whose
 * cause is logged, never shown. Registered by {@link V2Application} only, so API v1 keeps its own.
 */
public final class V2ExceptionMappers {

    private V2ExceptionMappers() {}

    /** The answer to a refusal, for mappers and for resources that answer an error themselves. */
    public static Response response(int status, String message) {
        return Response.status(status).type(V2Application.JSON).entity(new V2Error(message)).build();
    }

    @Provider
    public static class Refused implements ExceptionMapper<V2Exception> {
        @Override
        public Response toResponse(V2Exception exception) {
            return response(exception.status(), exception.getMessage());
        }
    }

    /** JAX-RS' own refusals: no such path (404) or method (405), a body it cannot read (400, 415). */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            if (status == 404 || status == 405) {
                return response(404, V2Exception.PAGE_NOT_FOUND);
            }
            if (status >= 500) {
                return Unexpected.FAILURES.answer(exception);
            }
            return response(status, exception.getResponse().getStatusInfo().getReasonPhrase().toLowerCase(Locale.ROOT));
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

    /** Anything else, errors included: the client gets v3's form, never the server's HTML page. */
    @Provider
    public static class Unexpected extends UnexpectedFailures.Mapper<Throwable> {
        static final UnexpectedFailures FAILURES = new UnexpectedFailures(
                Logger.getLogger(Unexpected.class.getName()), "API v2", V2ExceptionMappers::response, V2Exception.INTERNAL_ERROR);

        public Unexpected() {
            super(FAILURES);
        }
    }
}
