/**
 * The visitor's language: resolved once per request from {@code ?lang=} and {@code Accept-Language}
 * among the languages faces-config.xml lists, and used alike by the pages (through the view's
 * locale) and by the response cache (in its key), so a cached copy is always in the language the
 * page would have been rendered in.
 */
package io.statusdashboard.web.platform.language;
