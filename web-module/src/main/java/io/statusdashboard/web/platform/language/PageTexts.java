package io.statusdashboard.web.platform.language;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page bundle ({@code #{msg}} of faces-config.xml) for text the Java side puts together, in
 * the language of the view being rendered.
 */
public final class PageTexts {

    /** The bundle's name in faces-config.xml. */
    public static final String BUNDLE = "msg";

    private PageTexts() {}

    public static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, BUNDLE);
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? context.getApplication().getDefaultLocale() : context.getViewRoot().getLocale();
    }

    /** A pattern of the bundle filled in with {@link MessageFormat} in the view's language. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), locale()).format(arguments);
    }
}
