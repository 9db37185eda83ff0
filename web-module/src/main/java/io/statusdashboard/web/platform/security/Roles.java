package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.CallerRole;
import java.util.Set;

/**
 * The container roles of signed-in people (web.xml, {@code isUserInRole}). They are cumulative, so
 * that a rule naming a role admits everyone above it too: an admin is an operator and a creator,
 * an operator a creator.
 */
public final class Roles {

    public static final String CREATOR = "creator";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    private Roles() {}

    /** The container roles of someone with this role; monitoring never signs in, so it has none. */
    public static Set<String> of(CallerRole role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, OPERATOR, CREATOR);
            case OPERATOR -> Set.of(OPERATOR, CREATOR);
            case CREATOR -> Set.of(CREATOR);
            case MONITORING -> Set.of();
        };
    }
}
