package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.ActivityPage;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code /operator/activity?page=N}: the changes written last, newest first, a page at a
 * time: who wrote which entry on which event, and when.
 */
@Named
@RequestScoped
public class ActivityList {

    static final int PAGE_SIZE = 50;

    @Inject
    private EventQueries events;

    @Inject
    @Param(name = "page")
    private String pageParameter;

    private ActivityPage activity;

    /** The page asked for; anything but a page number is the first. */
    public long getPage() {
        return pageParameter != null && pageParameter.matches("[1-9]\\d{0,8}") ? Long.parseLong(pageParameter) : 1;
    }

    public ActivityPage getActivity() {
        if (activity == null) {
            activity = events.activity(getPage(), PAGE_SIZE);
        }
        return activity;
    }

    public long getPages() {
        return Math.max(1, (getActivity().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasNewer() {
        return getPage() > 1;
    }

    public boolean isHasOlder() {
        return getPage() < getPages();
    }

    /** "The latest changes, newest first. Page 2 of 5." in the page's language. */
    public String getPageSentence() {
        return PageTexts.format("activity.page", getPage(), getPages());
    }
}
