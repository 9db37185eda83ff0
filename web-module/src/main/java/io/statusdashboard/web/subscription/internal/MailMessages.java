package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.Html;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What the mails say, as plain text and as HTML with every value escaped, in the subscriber's
 * language (the page bundle's {@code mail.*} words), and the links and list headers every mail
 * carries. Links are absolute from {@code SDB_PUBLIC_URL}: a mail is read far from any request.
 */
public final class MailMessages {

    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    /** RFC 8058: the mail client may unsubscribe with one POST of this body to the List-Unsubscribe URL. */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    /** The path of the one-click POST, which needs no session or page state. */
    public static final String ONE_CLICK_PATH = "/mail/unsubscribe";
    public static final String CONFIRM_PATH = "/mail/confirm";
    public static final String CONFIRM_PAGE = "/subscription/confirm";
    public static final String UNSUBSCRIBE_PAGE = "/subscription/unsubscribe";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A mail's subject and its two bodies. */
    public record Content(String subject, String text, String html) {}

    private MailMessages() {}

    /** The value of {@code List-Unsubscribe}: the one-click URL, in angle brackets. */
    public static String listUnsubscribe(String publicUrl, String unsubscribeToken) {
        return "<" + publicUrl + ONE_CLICK_PATH + "?token=" + unsubscribeToken + ">";
    }

    public static String confirmLink(String publicUrl, String confirmToken) {
        return publicUrl + CONFIRM_PAGE + "?token=" + confirmToken;
    }

    /** The link in the body: a page with a button, so that a mail scanner opening links unsubscribes no one. */
    public static String unsubscribeLink(String publicUrl, String unsubscribeToken) {
        return publicUrl + UNSUBSCRIBE_PAGE + "?token=" + unsubscribeToken;
    }

    /** The word for a change kind ({@link ChangeKind}); kinds without their own word are updates. */
    static String changeWord(ResourceBundle words, String kind) {
        try {
            return words.getString("mail.change." + kind);
        } catch (MissingResourceException e) {
            return words.getString("mail.change.updated");
        }
    }

    /** The mail asking the address's owner to confirm; nothing else is sent before they do. */
    public static Content confirmation(ResourceBundle words, String site, String confirmLink, String unsubscribeLink) {
        String subject = format(words, "mail.confirm.subject", site);
        String intro = format(words, "mail.confirm.intro", site);
        String action = words.getString("mail.confirm.action");
        String ignore = words.getString("mail.confirm.ignore");
        String text = intro + "\n\n" + action + "\n" + confirmLink + "\n\n" + ignore + "\n"
                + footerText(words, site, unsubscribeLink);
        String html = "<p>" + Html.escape(intro) + "</p>\n<p>" + Html.escape(action) + "<br><a href=\"" + Html.escape(confirmLink)
                + "\">" + Html.escape(confirmLink) + "</a></p>\n<p>" + Html.escape(ignore) + "</p>\n"
                + footerHtml(words, site, unsubscribeLink);
        return new Content(subject, text, page(subject, html));
    }

    /**
     * The mail about one change of an event: the subject names the change, the event and its
     * services; the body its impact, status, times and latest update, and a link to its page.
     *
     * @param components the catalog by id, for the names and regions of the event's services
     */
    public static Content change(ResourceBundle words, String site, String kind, EventView event,
            Map<Integer, ComponentView> components, String publicUrl, String unsubscribeLink) {
        String services = services(event, components);
        String change = changeWord(words, kind);
        String subject = format(words, "mail.event.subject", change, oneLine(event.title()), services);
        String eventLink = publicUrl + EventLinks.path(event.id());
        List<String[]> facts = new java.util.ArrayList<>();
        facts.add(new String[] {words.getString("mail.event.services"), services});
        if (event.isIncident()) {
            facts.add(new String[] {words.getString("mail.event.impact"), event.impact().label()});
        }
        if (event.currentStatus() != null) {
            facts.add(new String[] {words.getString("mail.event.status"), event.currentStatus()});
        }
        facts.add(new String[] {words.getString("mail.event.start"), time(event.start())});
        if (event.end() != null) {
            facts.add(new String[] {words.getString("mail.event.end"), time(event.end())});
        }
        UpdateView latest = event.timelineAsWritten().stream().max(Comparator.comparingLong(UpdateView::id))
                .orElse(null);
        String update = latest == null || latest.text() == null || latest.text().isBlank() ? null : latest.text().strip();
        String details = words.getString("mail.event.details");

        StringBuilder text = new StringBuilder().append(change).append(": ").append(oneLine(event.title())).append("\n\n");
        facts.forEach(fact -> text.append(fact[0]).append(": ").append(fact[1]).append('\n'));
        if (update != null) {
            text.append('\n').append(update).append('\n');
        }
        text.append('\n').append(details).append(' ').append(eventLink).append('\n').append(footerText(words, site,
                unsubscribeLink));

        StringBuilder html = new StringBuilder().append("<h1 style=\"font-size:1.2em\">").append(Html.escape(change))
                .append(": ").append(Html.escape(oneLine(event.title()))).append("</h1>\n<table>\n");
        facts.forEach(fact -> html.append("<tr><th style=\"text-align:left;padding-right:1em\">").append(Html.escape(fact[0]))
                .append("</th><td>").append(Html.escape(fact[1])).append("</td></tr>\n"));
        html.append("</table>\n");
        if (update != null) {
            html.append("<p style=\"white-space:pre-wrap\">").append(Html.escape(update)).append("</p>\n");
        }
        html.append("<p>").append(Html.escape(details)).append(" <a href=\"").append(Html.escape(eventLink)).append("\">")
                .append(Html.escape(eventLink)).append("</a></p>\n")
                .append(footerHtml(words, site, unsubscribeLink));
        return new Content(subject, text.toString(), page(subject, html.toString()));
    }

    /** The event's services as "Name (Region)", sorted, for the subject and the body. */
    static String services(EventView event, Map<Integer, ComponentView> components) {
        return event.componentIds().stream().sorted().map(components::get).filter(Objects::nonNull)
                .map(component -> component.region() == null ? component.name()
                        : component.name() + " (" + component.region() + ")")
                .map(MailMessages::oneLine)
                .collect(Collectors.joining(", "));
    }

    private static String footerText(ResourceBundle words, String site, String unsubscribeLink) {
        return "\n-- \n" + format(words, "mail.footer", site) + "\n" + words.getString("mail.unsubscribe") + " "
                + unsubscribeLink + "\n";
    }

    private static String footerHtml(ResourceBundle words, String site, String unsubscribeLink) {
        return "<hr>\n<p style=\"font-size:0.9em;color:#555\">" + Html.escape(format(words, "mail.footer", site))
                + "<br><a href=\"" + Html.escape(unsubscribeLink) + "\">" + Html.escape(words.getString("mail.unsubscribe"))
                + "</a></p>\n";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Html.escape(title) + "</title></head>\n<body>\n"
                + body + "</body></html>\n";
    }

    private static String format(ResourceBundle words, String key, Object... arguments) {
        Locale locale = words.getLocale() == null ? Locale.ENGLISH : words.getLocale();
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    /** A subject is one line: line breaks in a title would end up in headers otherwise. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String time(LocalDateTime utc) {
        return TIME.format(utc) + " UTC";
    }
}
