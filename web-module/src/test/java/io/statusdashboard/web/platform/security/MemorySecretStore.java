package io.statusdashboard.web.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The shared-secret store as a map: what two instances sharing one database would see. */
final class MemorySecretStore implements SecretStore {

    final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Kept keptOrOffered(String name, Supplier<String> offer) {
        String kept = values.get(name);
        if (kept != null) {
            return new Kept(kept, false);
        }
        String offered = offer.get();
        String first = values.putIfAbsent(name, offered);
        return first == null ? new Kept(offered, true) : new Kept(first, false);
    }

    @Override
    public boolean replace(String name, String expected, String value) {
        return values.replace(name, expected, value);
    }
}
