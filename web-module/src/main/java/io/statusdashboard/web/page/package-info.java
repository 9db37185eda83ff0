/**
 * What Faces renders for people: the visitors' public pages ({@code visitor}), the operators' forms
 * ({@code operator}) and the layout every page shares ({@code layout}). Pages use the platform and
 * the web root, never the APIs.
 */
package io.statusdashboard.web.page;
