package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.CallerRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which role the provider's groups give, for API tokens and sign-ins alike: the groups named by
 * {@code SDB_CREATORS_GROUP}, {@code SDB_OPERATORS_GROUP} (by default {@code SDB_OPENID_REQUIRED_GROUP})
 * and {@code SDB_ADMINS_GROUP}; the highest role wins. Keycloak writes groups as paths when asked to
 * ({@code /sd-operators}), so a leading {@code /} is ignored on both sides.
 *
 * <p>A group's name never means anything by itself: only the configured names grant a role.
 */
public final class RoleMapping {

    private final Optional<String> creators;
    private final Optional<String> operators;
    private final Optional<String> admins;

    public RoleMapping(Optional<String> creators, Optional<String> operators, Optional<String> admins) {
        this.creators = creators.map(RoleMapping::normalized).filter(group -> !group.isEmpty());
        this.operators = operators.map(RoleMapping::normalized).filter(group -> !group.isEmpty());
        this.admins = admins.map(RoleMapping::normalized).filter(group -> !group.isEmpty());
    }

    /** @return the highest role these groups give, or empty when they give none */
    public Optional<CallerRole> roleOf(Collection<String> groups) {
        Set<String> held = groups.stream().map(RoleMapping::normalized).collect(Collectors.toSet());
        if (admins.filter(held::contains).isPresent()) {
            return Optional.of(CallerRole.ADMIN);
        }
        if (operators.filter(held::contains).isPresent()) {
            return Optional.of(CallerRole.OPERATOR);
        }
        if (creators.filter(held::contains).isPresent()) {
            return Optional.of(CallerRole.CREATOR);
        }
        return Optional.empty();
    }

    /** Whether any role group is configured; without one, groups decide nothing. */
    public boolean namesAnyGroup() {
        return creators.isPresent() || operators.isPresent() || admins.isPresent();
    }

    /**
     * The container roles of a person the provider signed in. Without any role group configured,
     * everyone the provider signs in is an operator, as before roles existed: the provider alone
     * decides who may sign in to the dashboard's client.
     */
    public Set<String> signInRoles(Collection<String> groups) {
        if (!namesAnyGroup()) {
            return Roles.of(CallerRole.OPERATOR);
        }
        return roleOf(groups).map(Roles::of).orElse(Set.of());
    }

    /** The configured groups, lowest role first, for the sentence that tells a refused person why. */
    public List<String> groups() {
        List<String> names = new ArrayList<>();
        creators.ifPresent(names::add);
        operators.ifPresent(names::add);
        admins.ifPresent(names::add);
        return names.stream().distinct().toList();
    }

    private static String normalized(String group) {
        return group.strip().replaceFirst("^/+", "");
    }
}
