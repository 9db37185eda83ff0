package io.statusdashboard.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorGroupStoreTest {

    @Test
    void withARequiredGroupOnlyItsMembersAreOperators() {
        assertEquals(Set.of(Roles.OPERATOR), OperatorGroupStore.roles(Optional.of("sd-operators"), Set.of("sd-operators", "staff")));
        assertEquals(Set.of(), OperatorGroupStore.roles(Optional.of("sd-operators"), Set.of("staff")));
        assertEquals(Set.of(), OperatorGroupStore.roles(Optional.of("sd-operators"), Set.of()));
    }

    @Test
    void aProviderGroupNamedLikeTheRoleGrantsNothing() {
        assertEquals(Set.of(), OperatorGroupStore.roles(Optional.of("sd-operators"), Set.of(Roles.OPERATOR)));
    }

    @Test
    void withoutARequiredGroupEveryoneTheProviderSignsInIsAnOperator() {
        assertEquals(Set.of(Roles.OPERATOR), OperatorGroupStore.roles(Optional.empty(), Set.of()));
        assertEquals(Set.of(Roles.OPERATOR), OperatorGroupStore.roles(Optional.empty(), Set.of("staff")));
    }
}
