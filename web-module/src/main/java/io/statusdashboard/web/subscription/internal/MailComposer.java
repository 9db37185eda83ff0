package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.Branding;
import io.statusdashboard.web.PublicUrl;
import io.statusdashboard.web.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes the claimed mails, reading the events and the catalog in a transaction of its own: the
 * modules' reads outside one use the container's non-transactional EntityManager, which Payara
 * closes at the end of the calling invocation, and the sender's executor thread has none ("closed
 * EntityManager", then a broken invocation stack on every later round). No mail is sent in here:
 * the transaction ends before any SMTP conversation starts.
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Branding branding;

    /** Each mail's content by its id; empty for a mail about an event the public may not see (any more). */
    @Transactional
    public Map<Long, Optional<MailMessages.Content>> compose(List<MailOutbox.Claimed> mails) {
        String base = publicUrl.base().orElseThrow();
        String site = branding.getTitle();
        Map<Integer, ComponentView> components = catalog.componentsById();
        Map<Long, Optional<MailMessages.Content>> contents = new LinkedHashMap<>();
        for (MailOutbox.Claimed mail : mails) {
            ResourceBundle words = MailSender.words(mail.language());
            String unsubscribeLink = MailMessages.unsubscribeLink(base, mail.unsubscribeToken());
            if (MailTokens.CONFIRM.equals(mail.kind())) {
                contents.put(mail.id(), Optional.of(MailMessages.confirmation(words, site,
                        MailMessages.confirmLink(base, mail.confirmToken()), unsubscribeLink)));
            } else {
                Optional<EventView> event = mail.eventId() == null ? Optional.empty()
                        : events.find(mail.eventId()).filter(Publication::isPublic);
                contents.put(mail.id(), event.map(found -> MailMessages.change(words, site, mail.kind(), found,
                        components, base, unsubscribeLink)));
            }
        }
        return contents;
    }
}
