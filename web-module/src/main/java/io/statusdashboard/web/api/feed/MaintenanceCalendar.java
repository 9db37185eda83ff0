package io.statusdashboard.web.api.feed;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.UpdateText;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * The iCalendar (RFC 5545) document of maintenance windows, for operators' calendars to subscribe to.
 *
 * <p>A window keeps its UID for life, so a calendar moves it when it is rescheduled and shows it as
 * cancelled ({@code STATUS:CANCELLED}) when it is called off, instead of a second entry. Its SEQUENCE
 * grows with every save and timeline entry, which tells clients the newer copy wins. Windows that
 * ended more than {@link #KEPT_AFTER_END_DAYS} days ago are left out; they are history by then.
 * Times are UTC.
 */
final class MaintenanceCalendar {

    static final int KEPT_AFTER_END_DAYS = 30;

    private MaintenanceCalendar() {}

    /**
     * @param root the dashboard's absolute address; its host makes the UIDs unique among dashboards
     * @param maintenances newest first
     */
    static String of(String title, String root, List<EventView> maintenances, LocalDateTime now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Status Dashboard//Maintenances//EN");
        calendar.setMethod(Method.publish());
        String name = "Status Dashboard: maintenances " + title;
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        String host = URI.create(root).getHost();
        LocalDateTime horizon = now.minusDays(KEPT_AFTER_END_DAYS);
        for (EventView maintenance : maintenances) {
            if (maintenance.isMaintenance() && (maintenance.end() == null || maintenance.end().isAfter(horizon))) {
                calendar.addEvent(window(maintenance, root, host, now));
            }
        }
        return Biweekly.write(calendar).go();
    }

    static String uid(long eventId, String host) {
        return "maintenance-" + eventId + "@" + host;
    }

    private static VEvent window(EventView maintenance, String root, String host, LocalDateTime now) {
        VEvent window = new VEvent();
        window.setUid(uid(maintenance.id(), host));
        LocalDateTime changed = lastChange(maintenance, now);
        window.setDateTimeStamp(date(changed));
        window.setLastModified(date(changed));
        window.setSequence(maintenance.version() + (int) maintenance.updates().stream()
                .filter(UpdateView::isTimelineEntry).count());
        window.setDateStart(date(maintenance.start()));
        if (maintenance.end() != null) {
            window.setDateEnd(date(maintenance.end()));
        }
        window.setSummary(maintenance.title());
        String description = description(maintenance);
        if (!description.isEmpty()) {
            window.setDescription(description);
        }
        window.setUrl(root + EventLinks.path(maintenance.id()));
        window.setStatus(EventStatus.CANCELLED.equals(maintenance.status()) ? Status.cancelled() : Status.confirmed());
        return window;
    }

    /** The event's description (in v1 data a timeline row of its own), then the latest entry. */
    private static String description(EventView maintenance) {
        String description = maintenance.description();
        if (description == null || description.isBlank()) {
            description = maintenance.updates().stream()
                    .filter(update -> UpdateView.DESCRIPTION_STATUS.equals(update.status()))
                    .map(UpdateView::text).findFirst().orElse("");
        }
        UpdateView latest = maintenance.latestUpdate();
        if (latest != null) {
            description = (description.isBlank() ? "" : description + "\n\n")
                    + latest.status() + ": " + UpdateText.toPlainText(latest.text());
        }
        return description;
    }

    /** The newest timeline entry that has happened, else the start if it has; never later than now. */
    private static LocalDateTime lastChange(EventView maintenance, LocalDateTime now) {
        LocalDateTime changed = maintenance.updates().stream().map(UpdateView::timestamp)
                .filter(time -> !time.isAfter(now)).max(LocalDateTime::compareTo).orElse(null);
        if (changed == null) {
            changed = maintenance.start().isAfter(now) ? now : maintenance.start();
        }
        return changed;
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
