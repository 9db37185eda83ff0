package io.statusdashboard.web.platform.security;

import java.util.function.Supplier;

/**
 * Where the secrets that every instance must share are kept. The first instance to offer a value
 * under a name wins; the others get that value, so instances started together agree.
 */
public interface SecretStore {

    /** A value and whether this call stored it (true only for the first offer of the name). */
    record Kept(String value, boolean offeredNow) {}

    /** The value kept under the name; when there is none, the offered one is kept and returned. */
    Kept keptOrOffered(String name, Supplier<String> offer);

    /**
     * Replaces the value only if it is still the expected one.
     *
     * @return false, changing nothing, when another instance changed it first
     */
    boolean replace(String name, String expected, String value);
}
