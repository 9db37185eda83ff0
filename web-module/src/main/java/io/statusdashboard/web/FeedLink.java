package io.statusdashboard.web;

/**
 * A feed a page can offer: in the header's "Subscribe" menu, and as
 * {@code <link rel="alternate" type="…" title="…" href="…">} so that readers find it.
 *
 * @param type its media type
 * @param url absolute with {@code SDB_PUBLIC_URL}, else a path from the host's root
 */
public record FeedLink(String title, String type, String url) {}
