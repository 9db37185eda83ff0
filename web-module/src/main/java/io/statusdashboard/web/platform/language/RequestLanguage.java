package io.statusdashboard.web.platform.language;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language of one request, resolved once and remembered on the request, so the response cache
 * (a filter, before Faces) and the page (through {@link LanguageViewHandler}) cannot disagree.
 */
public final class RequestLanguage {

    /** Where {@link SupportedLanguages} leaves the languages of faces-config.xml. */
    static final String CHOICE = RequestLanguage.class.getName() + ".choice";
    private static final String RESOLVED = RequestLanguage.class.getName() + ".resolved";
    /** Before Faces has started (it starts with the application, so only in theory): English alone. */
    private static final LanguageChoice ENGLISH_ONLY = new LanguageChoice(Locale.ENGLISH, List.of());

    private RequestLanguage() {}

    public static Locale of(HttpServletRequest request) {
        Object resolved = request.getAttribute(RESOLVED);
        if (resolved instanceof Locale locale) {
            return locale;
        }
        Locale locale = choice(request.getServletContext())
                .resolve(request.getParameter(LanguageChoice.PARAMETER), request.getHeader("Accept-Language"));
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    public static LanguageChoice choice(ServletContext context) {
        return context.getAttribute(CHOICE) instanceof LanguageChoice choice ? choice : ENGLISH_ONLY;
    }
}
