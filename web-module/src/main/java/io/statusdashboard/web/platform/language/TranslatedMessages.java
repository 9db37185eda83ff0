package io.statusdashboard.web.platform.language;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Says the messages beside a form's fields in the page's language just before the page renders
 * (faces-config.xml, on PreRenderViewEvent): the forms and the rules give them in English, see
 * {@link EnglishSentences}.
 */
public class TranslatedMessages implements SystemEventListener {

    private static final EnglishSentences SENTENCES =
            new EnglishSentences(ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH));

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        Locale locale = PageTexts.locale();
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return;
        }
        ResourceBundle words = PageTexts.bundle();
        for (Iterator<FacesMessage> messages = context.getMessages(); messages.hasNext();) {
            FacesMessage message = messages.next();
            message.setSummary(SENTENCES.translate(message.getSummary(), words, locale));
            message.setDetail(SENTENCES.translate(message.getDetail(), words, locale));
        }
    }

    /** One sentence of a form (a conflict, a refusal) in the page's language. */
    public static String translate(String english) {
        return SENTENCES.translate(english, PageTexts.bundle(), PageTexts.locale());
    }
}
