package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.statusdashboard.incident.api.CallerRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private final RoleMapping all = new RoleMapping(Optional.of("sd-creators"), Optional.of("sd-operators"),
            Optional.of("sd-admins"));

    @Test
    void eachConfiguredGroupGivesItsRoleAndTheHighestWins() {
        assertEquals(Optional.of(CallerRole.CREATOR), all.roleOf(Set.of("sd-creators", "staff")));
        assertEquals(Optional.of(CallerRole.OPERATOR), all.roleOf(Set.of("sd-operators")));
        assertEquals(Optional.of(CallerRole.ADMIN), all.roleOf(Set.of("sd-admins")));
        assertEquals(Optional.of(CallerRole.OPERATOR), all.roleOf(List.of("sd-creators", "sd-operators")));
        assertEquals(Optional.of(CallerRole.ADMIN), all.roleOf(List.of("sd-admins", "sd-creators", "sd-operators")));
        assertEquals(Optional.empty(), all.roleOf(Set.of("staff")));
        assertEquals(Optional.empty(), all.roleOf(Set.of()));
    }

    @Test
    void aLeadingSlashIsIgnoredInTheClaimAndInTheConfiguration() {
        assertEquals(Optional.of(CallerRole.OPERATOR), all.roleOf(Set.of("/sd-operators")));
        RoleMapping paths = new RoleMapping(Optional.empty(), Optional.of("/sd-operators"), Optional.of("/org/sd-admins"));
        assertEquals(Optional.of(CallerRole.OPERATOR), paths.roleOf(Set.of("sd-operators")));
        assertEquals(Optional.of(CallerRole.ADMIN), paths.roleOf(Set.of("/org/sd-admins")));
        assertEquals(Optional.empty(), paths.roleOf(Set.of("sd-admins")), "only the leading slash goes");
    }

    @Test
    void aGroupNamedLikeARoleGrantsNothing() {
        assertEquals(Optional.empty(), all.roleOf(Set.of(Roles.OPERATOR, Roles.ADMIN, Roles.CREATOR, "OPERATOR")));
        assertEquals(Set.of(), all.signInRoles(Set.of(Roles.OPERATOR)));
    }

    @Test
    void signedInPeopleGetCumulativeContainerRoles() {
        assertEquals(Set.of(Roles.CREATOR), all.signInRoles(Set.of("sd-creators")));
        assertEquals(Set.of(Roles.CREATOR, Roles.OPERATOR), all.signInRoles(Set.of("sd-operators")));
        assertEquals(Set.of(Roles.CREATOR, Roles.OPERATOR, Roles.ADMIN), all.signInRoles(Set.of("sd-admins", "staff")));
        assertEquals(Set.of(), all.signInRoles(Set.of("staff")), "in none of the groups: no role, the 403 page");
    }

    @Test
    void withoutAnyGroupConfiguredEveryoneTheProviderSignsInIsAnOperatorButNoTokenHasARole() {
        RoleMapping none = new RoleMapping(Optional.empty(), Optional.of(" "), Optional.empty());
        assertFalse(none.namesAnyGroup());
        assertEquals(Set.of(Roles.CREATOR, Roles.OPERATOR), none.signInRoles(Set.of()));
        assertEquals(Set.of(Roles.CREATOR, Roles.OPERATOR), none.signInRoles(Set.of("staff")));
        assertEquals(Optional.empty(), none.roleOf(Set.of("staff")));
    }

    @Test
    void onlyTheOperatorsGroupConfiguredIsTheRequiredGroupOfOldAndNobodyElseGetsIn() {
        RoleMapping operatorsOnly = new RoleMapping(Optional.empty(), Optional.of("sd-operators"), Optional.empty());
        assertEquals(Set.of(Roles.CREATOR, Roles.OPERATOR), operatorsOnly.signInRoles(Set.of("sd-operators", "staff")));
        assertEquals(Set.of(), operatorsOnly.signInRoles(Set.of("staff")));
        assertEquals(List.of("sd-operators"), operatorsOnly.groups());
        assertEquals(List.of("sd-creators", "sd-operators", "sd-admins"), all.groups());
    }

    @Test
    void theLocalAdminIsAnOperatorAndACreatorToo() {
        assertEquals(Set.of(Roles.ADMIN, Roles.OPERATOR, Roles.CREATOR), Roles.of(CallerRole.ADMIN));
        assertEquals(Set.of(), Roles.of(CallerRole.MONITORING));
    }
}
