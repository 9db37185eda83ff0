package io.statusdashboard.web.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an update's text into HTML that is safe to insert raw.
 *
 * <p>The original dashboard writes links to other incidents into update texts
 * ({@code <a href='/incidents/12'>title</a>}) and rendered the text unescaped, which let any
 * stored markup through. Here every character is escaped, except such links: a link to
 * {@code /incidents/N} with plain text inside is rebuilt from its number and its escaped text.
 * Link texts written by this dashboard hold an HTML-escaped title, so the basic entities are
 * decoded first and the text is not escaped twice.
 */
public final class UpdateText {

    private static final Pattern INCIDENT_LINK =
            Pattern.compile("<a href=(['\"])/incidents/(\\d{1,10})\\1>([^<]*)</a>");

    private UpdateText() {}

    public static String toHtml(String text, String contextPath) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 16);
        Matcher link = INCIDENT_LINK.matcher(text);
        int done = 0;
        while (link.find()) {
            html.append(escape(text.substring(done, link.start())));
            html.append("<a href=\"").append(escape(contextPath)).append("/incidents/").append(Long.parseLong(link.group(2)))
                    .append("\">").append(escape(unescape(link.group(3)))).append("</a>");
            done = link.end();
        }
        return html.append(escape(text.substring(done))).toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
