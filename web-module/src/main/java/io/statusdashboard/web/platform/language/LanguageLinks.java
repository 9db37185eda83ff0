package io.statusdashboard.web.platform.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The footer's language switch: plain links to the same address with {@code ?lang=}, each language
 * named in itself, so it works without script and a visitor who cannot read the current one finds
 * their own.
 */
@Named("languageLinks")
@RequestScoped
public class LanguageLinks {

    /** One entry of the switch. */
    public record Link(String tag, String name, String href, boolean current) {}

    public List<Link> getEntries() {
        HttpServletRequest request = Faces.getRequest();
        Locale current = RequestLanguage.of(request);
        // An error page is a forward: link to the address the visitor asked for.
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        String query = forwarded instanceof String
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        List<Link> links = new ArrayList<>();
        for (Locale language : RequestLanguage.choice(request.getServletContext()).languages()) {
            String tag = language.toLanguageTag();
            links.add(new Link(tag, language.getDisplayLanguage(language), path + "?" + withLanguage(query, tag),
                    language.equals(current)));
        }
        return links;
    }

    /** The query with its {@code lang} parameter replaced (kept last, so keys stay few). */
    static String withLanguage(String query, String tag) {
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty() || pair.equals(LanguageChoice.PARAMETER)
                        || pair.startsWith(LanguageChoice.PARAMETER + "=")) {
                    continue;
                }
                kept.append(pair).append('&');
            }
        }
        return kept.append(LanguageChoice.PARAMETER).append('=').append(URLEncoder.encode(tag, StandardCharsets.UTF_8))
                .toString();
    }
}
