package io.statusdashboard.web.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookTargetsFollowedTest {

    private static final Map<Integer, String> REGIONS = Map.of(1, "EU-DE", 2, "EU-DE", 3, "EU-NL");

    @Test
    void anEndpointFollowingARegionHearsOfEventsOnAnyOfItsComponents() {
        WebhookTargetsFollowed eude = new WebhookTargetsFollowed(Set.of("EU-DE"), Set.of());
        assertTrue(eude.follows(List.of(2), REGIONS));
        assertTrue(eude.follows(List.of(3, 1), REGIONS));
        assertFalse(eude.follows(List.of(3), REGIONS));
        assertFalse(eude.follows(List.of(9), REGIONS), "a component the catalog does not know");
    }

    @Test
    void anEndpointFollowingComponentsHearsOfThoseOnly() {
        WebhookTargetsFollowed three = new WebhookTargetsFollowed(Set.of(), Set.of(3));
        assertTrue(three.follows(List.of(1, 3), REGIONS));
        assertFalse(three.follows(List.of(1, 2), REGIONS));
        assertFalse(three.follows(List.of(), REGIONS));
    }
}
