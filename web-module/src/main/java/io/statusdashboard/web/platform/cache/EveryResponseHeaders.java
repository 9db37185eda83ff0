package io.statusdashboard.web.platform.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries (the security headers). A hit answered before the filter
 * chain must carry them too; the part of the application that owns them supplies them, so that
 * the cache depends on nothing of it.
 */
public interface EveryResponseHeaders {

    void addTo(HttpServletRequest request, HttpServletResponse response);
}
