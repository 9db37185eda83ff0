package io.statusdashboard.web.platform.cache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which reads are answered for one person and so never come from, nor go into, the shared cache.
 * The cache asks; the part of the application that knows sessions and tokens answers, so that the
 * cache depends on none of them.
 */
public interface PersonalRequests {

    /**
     * True only when the server itself vouches for the caller (a signed-in session it holds, a token
     * it verified): what a client merely sends must not turn the cache off for it.
     *
     * @param path the request's path inside the application
     */
    boolean isPersonal(HttpServletRequest request, String path);
}
