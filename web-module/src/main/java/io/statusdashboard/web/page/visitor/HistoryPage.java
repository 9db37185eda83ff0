package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.History;
import io.statusdashboard.web.platform.errors.ErrorPage;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code /history}: closed events by month of their end, one year per page
 * ({@code ?year=2025}) or one month ({@code ?year=2025&month=11}), so years of history never
 * render as one page.
 */
@Named
@RequestScoped
public class HistoryPage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    @Param
    private String year;

    @Inject
    @Param
    private String month;

    private int shownYear;
    private Integer shownMonth;
    private History history;
    private Map<String, List<EventSummary>> months;

    public void load() throws IOException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try {
            shownYear = year == null ? now.getYear() : Integer.parseInt(year);
            shownMonth = month == null ? null : Integer.valueOf(month);
            if (shownYear < 1970 || shownYear > 9999 || (shownMonth != null && (shownMonth < 1 || shownMonth > 12))) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            ErrorPage.send(404, "detail.historyAddress");
            return;
        }
        LocalDateTime from = shownMonth == null ? Year.of(shownYear).atDay(1).atStartOfDay()
                : YearMonth.of(shownYear, shownMonth).atDay(1).atStartOfDay();
        LocalDateTime to = shownMonth == null ? from.plusYears(1) : from.plusMonths(1);
        history = events.closedBetween(from, to, now);
        Map<Integer, ComponentView> byId = catalog.componentsById();
        months = new LinkedHashMap<>();
        history.events().forEach(event -> months
                .computeIfAbsent(MONTH.withLocale(PageTexts.locale()).format(History.monthOf(event)), key -> new ArrayList<>())
                .add(EventSummary.of(event, byId)));
    }

    public List<Map.Entry<String, List<EventSummary>>> getMonths() {
        return List.copyOf(months.entrySet());
    }

    public int getShownYear() {
        return shownYear;
    }

    public String getTitle() {
        return shownMonth == null ? String.valueOf(shownYear) : MONTH.withLocale(PageTexts.locale()).format(YearMonth.of(shownYear, shownMonth));
    }

    /** Years that have closed events, newest first, for the year switch. */
    public List<Integer> getYears() {
        if (history.firstYear() == null) {
            return List.of(shownYear);
        }
        int first = Math.min(history.firstYear(), shownYear);
        int last = Math.max(history.lastYear(), shownYear);
        return IntStream.rangeClosed(first, last).map(i -> last - (i - first)).boxed().toList();
    }

    /** The months of the shown year, for the month switch. */
    public List<Integer> getMonthNumbers() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public Integer getShownMonth() {
        return shownMonth;
    }

    public String monthName(int number) {
        return YearMonth.of(2000, number).getMonth().getDisplayName(TextStyle.SHORT, PageTexts.locale());
    }
}
