package io.statusdashboard.web;

/** HTML (and SVG, XML) written by hand rather than by Faces: pages' timeline links, feeds' bodies, badges, mails. */
public final class Html {

    private Html() {}

    /** Escapes text for element content and for quoted attribute values: the five characters with meaning in either. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
