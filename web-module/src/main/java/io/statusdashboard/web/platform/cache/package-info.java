/**
 * The response cache: visitors' GETs (anyone not signed in) of the public pages, the feed and the
 * read API are rendered once, stored compressed in a JCache (Payara's Hazelcast, shared by every instance of a cluster)
 * and served with validators and {@code Cache-Control}, so a traffic spike during an incident
 * reads memory instead of the database. Changes of the catalog or of events forget the whole
 * cache on every instance after their transaction commits.
 *
 * <p>The key is the path and query only, so nothing a stored response holds may come from a
 * request header: absolute links come from {@code SDB_PUBLIC_URL}, and a response that had to use
 * the request's address instead says {@code Cache-Control: no-store} and is never kept.
 */
package io.statusdashboard.web.platform.cache;
