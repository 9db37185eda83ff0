package io.statusdashboard.web.platform.language;

import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hands the languages faces-config.xml lists ({@code <locale-config>}) to the servlet context once
 * Faces has read them, where the response cache's filter, which runs outside Faces, finds them.
 * Adding a language is adding its bundle and a {@code <supported-locale>}.
 */
public class SupportedLanguages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        Application application = (Application) event.getSource();
        ServletContext context = (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
        List<Locale> others = new ArrayList<>();
        application.getSupportedLocales().forEachRemaining(others::add);
        context.setAttribute(RequestLanguage.CHOICE, new LanguageChoice(application.getDefaultLocale(), others));
    }
}
