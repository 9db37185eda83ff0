package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.language.PageTexts;
import io.statusdashboard.web.subscription.MailSubscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /subscribe}: every way to follow the dashboard, and the e-mail form. A plain POST
 * of an address and checkboxes (no script needed); a refusal is said beside its field and stores
 * nothing. The answer to an accepted request is the same whether or not the address was known,
 * so the form tells nobody who subscribed.
 */
@Named
@RequestScoped
public class SubscribePage {

    /** The request parameters of the checkboxes: one value per region name or service id chosen. */
    static final String REGIONS = "regions";
    static final String SERVICES = "services";

    /** The services of one region (null for services without one), as the form groups them. */
    public record ServiceGroup(String region, List<ComponentView> services) {}

    @Inject
    private MailSubscriptions mail;

    @Inject
    private CatalogQueries catalog;

    private String address;
    private String addressError;
    private String targetsError;
    private Set<String> chosenRegions = Set.of();
    private Set<String> chosenServices = Set.of();
    private List<ServiceGroup> groups;

    /**
     * Sends an accepted request on to a page of its own (post, redirect, get): reloading that page
     * sends nothing again, so a second confirmation mail never goes out by accident.
     */
    public void subscribe() throws IOException {
        chosenRegions = chosen(REGIONS);
        chosenServices = chosen(SERVICES);
        Set<Integer> serviceIds = chosenServices.stream().filter(value -> value.matches("\\d{1,9}"))
                .map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        MailSubscriptions.Outcome outcome = mail.subscribe(address, chosenRegions, serviceIds,
                client(), PageTexts.locale().toLanguageTag());
        switch (outcome) {
            case SUBSCRIBED -> Faces.redirect("subscription/done?outcome=requested");
            case BAD_ADDRESS -> addressError = PageTexts.bundle().getString("mail.form.badAddress");
            case TOO_MANY -> addressError = PageTexts.bundle().getString("mail.form.tooMany");
            case NO_TARGETS -> targetsError = PageTexts.bundle().getString("mail.form.noTargets");
            case OFF -> { /* the page says mail is off */ }
        }
    }

    /**
     * The connection's peer, as the sign-in throttle counts it: behind a proxy that is the proxy,
     * as an {@code X-Forwarded-For} any client could write is not believed (OmniFaces'
     * {@code Faces.getRemoteAddr()} would).
     */
    private static String client() {
        return ((HttpServletRequest) Faces.getRequest()).getRemoteAddr();
    }

    private static Set<String> chosen(String parameter) {
        String[] values = Faces.getRequestParameterValues(parameter);
        return values == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(values));
    }

    public boolean isMailEnabled() {
        return mail.enabled();
    }

    /** Regions and their services, by region name, services without a region last. */
    public List<ServiceGroup> getGroups() {
        if (groups == null) {
            Map<String, List<ComponentView>> byRegion = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            catalog.components().stream().sorted(Comparator.comparing(ComponentView::name))
                    .forEach(component -> byRegion.computeIfAbsent(component.region(), key -> new ArrayList<>())
                            .add(component));
            groups = byRegion.entrySet().stream().map(entry -> new ServiceGroup(entry.getKey(), entry.getValue()))
                    .toList();
        }
        return groups;
    }

    public boolean isRegionChosen(String region) {
        return chosenRegions.contains(region);
    }

    public boolean isServiceChosen(int id) {
        return chosenServices.contains(String.valueOf(id));
    }

    /** Whether the form comes back with a service of this group chosen: its list is then shown open. */
    public boolean isAnyServiceChosen(ServiceGroup group) {
        return group.services().stream().anyMatch(service -> isServiceChosen(service.id()));
    }

    /** The summary of a group's folded list of services, with how many there are. */
    public String singleServicesLabel(ServiceGroup group) {
        return PageTexts.format("mail.form.singleServices", group.services().size());
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAddressError() {
        return addressError;
    }

    public String getTargetsError() {
        return targetsError;
    }
}
