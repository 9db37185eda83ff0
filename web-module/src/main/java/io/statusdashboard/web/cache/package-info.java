/**
 * The response cache: anonymous GETs of the public pages, the feed and the read API are rendered
 * once, stored compressed in a JCache (Payara's Hazelcast, shared by every instance of a cluster)
 * and served with validators and {@code Cache-Control}, so a traffic spike during an incident
 * reads memory instead of the database. Changes of the catalog or of events forget the whole
 * cache on every instance after their transaction commits.
 */
package io.statusdashboard.web.cache;
