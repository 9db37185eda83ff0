package io.statusdashboard.web.api.v2;

import io.statusdashboard.web.database.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
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
                return Unexpected.internalError(exception);
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
    public static class Transaction implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException exception) {
            return Unexpected.internalError(exception);
        }
    }

    /** Anything else, errors included: the client gets v3's form, never the server's HTML page. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable exception) {
            return internalError(exception);
        }

        static Response internalError(Throwable exception) {
            if (DatabaseOutage.causedBy(exception)) {
                // Down, read-only or out of disk: nothing was written and the same request will
                // work later, which a 500 would not tell the client.
                LOG.warning(() -> "API v2 request failed, the database is not taking requests: " + exception);
                return Response.fromResponse(response(503, DatabaseOutage.MESSAGE))
                        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
            }
            LOG.log(Level.SEVERE, "API v2 request failed", exception);
            return response(500, V2Exception.INTERNAL_ERROR);
        }
    }
}
