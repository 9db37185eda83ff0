package io.statusdashboard.web.api.v1;

import io.statusdashboard.web.api.ApiException;

/**
 * The text API v1 accepts as a component name, an attribute name or value, or a title, in a body
 * or in a query: at most {@link #MAX_LENGTH} characters, no control characters and no half of a
 * surrogate pair. PostgreSQL refuses NUL in text and a lone surrogate cannot be encoded at all, so
 * such a value would fail in the database (a 500) or be stored changed; control characters have
 * no place in a name or a title. Refusing them up front makes every database answer alike.
 */
final class ApiText {

    static final int MAX_LENGTH = 255;

    private ApiText() {}

    /** The value as given, or a 400 naming the field and the problem. */
    static String checked(String field, String value) {
        if (value.length() > MAX_LENGTH) {
            throw new ApiException(400, "'" + field + "' is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new ApiException(400, "'" + field + "' contains the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new ApiException(400, "'" + field + "' contains half of a surrogate pair (U+"
                            + String.format("%04X", (int) c) + ") at position " + i + ", which is not text");
                }
            }
        }
        return value;
    }
}
