package io.statusdashboard.web.platform.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Gives every view the request's language (instead of Faces' own pick from Accept-Language alone). */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return RequestLanguage.of((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
