package io.statusdashboard.web.api;

/** A request the API refuses with a 4xx status and a message; nothing has been written. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
