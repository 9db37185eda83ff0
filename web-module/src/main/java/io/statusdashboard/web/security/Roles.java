package io.statusdashboard.web.security;

/** The one role of the dashboard: operators may change it; everybody else reads. */
public final class Roles {

    public static final String OPERATOR = "operator";

    private Roles() {}
}
