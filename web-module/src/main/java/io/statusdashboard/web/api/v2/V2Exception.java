package io.statusdashboard.web.api.v2;

/**
 * A request API v2 refuses, with status-dashboard-v3's status and text ({@code {"errMsg": ...}});
 * nothing has been written. The texts clients may compare are constants here.
 */
public class V2Exception extends RuntimeException {

    public static final String PAGE_NOT_FOUND = "page not found";
    public static final String EVENT_NOT_FOUND = "event does not exist";
    public static final String COMPONENT_NOT_FOUND = "component does not exist";
    public static final String COMPONENT_INVALID = "component invalid format";
    public static final String FILTER_INVALID = "filter query parameter has an invalid format or value";
    /** v3 appends its cause; ours goes to the log, never to the client. */
    public static final String INTERNAL_ERROR = "internal server error: the cause has been logged";

    private static final long serialVersionUID = 1L;

    private final int status;

    public V2Exception(int status, String message) {
        super(message);
        this.status = status;
    }

    public static V2Exception badRequest(String message) {
        return new V2Exception(400, message);
    }

    public static V2Exception notFound(String message) {
        return new V2Exception(404, message);
    }

    public int status() {
        return status;
    }
}
