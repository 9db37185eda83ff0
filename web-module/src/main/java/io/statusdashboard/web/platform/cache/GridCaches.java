package io.statusdashboard.web.platform.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * Opens this dashboard's caches in the data grid (JCache on Hazelcast). Dashboards on other
 * databases may join the same cluster (instances on one network find each other by multicast), so
 * every cache is named after the database: their entries, counters and generations never mix.
 */
public final class GridCaches {

    private GridCaches() {}

    /**
     * The cache {@code prefix} + a short digest of the database URL, created with {@code configuration}
     * unless another member of the cluster created it first.
     */
    public static <V> Cache<String, V> open(CacheManager manager, String prefix, String databaseUrl,
            MutableConfiguration<String, V> configuration) {
        String name = prefix + databaseScope(databaseUrl);
        Cache<String, V> cache = manager.getCache(name, String.class, configuration.getValueType());
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException alreadyCreated) {
            return manager.getCache(name, String.class, configuration.getValueType());
        }
    }

    private static String databaseScope(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
