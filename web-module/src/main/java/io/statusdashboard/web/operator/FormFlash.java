package io.statusdashboard.web.operator;

import java.io.Serializable;
import java.util.Map;

/**
 * What a refused, conflicting or expired update hands to the event page it redirects to: the
 * problems by field and what the operator had entered, so nothing typed is lost (post-redirect-get).
 *
 * @param conflict set when somebody else saved the event first, or when the form had expired
 */
public record FormFlash(long eventId, Map<String, String> problems, Map<String, String> entered, String conflict)
        implements Serializable {

    static final String ATTRIBUTE = "io.statusdashboard.formFlash";

    public FormFlash {
        problems = Map.copyOf(problems);
        entered = Map.copyOf(entered);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String entered(String field) {
        return entered.get(field);
    }
}
