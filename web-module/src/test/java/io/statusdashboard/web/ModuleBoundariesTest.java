package io.statusdashboard.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.statusdashboard.web.api.application.ApiApplication;
import io.statusdashboard.web.api.v2.V2Application;
import io.statusdashboard.web.platform.startup.ApplicationStartup;
import io.statusdashboard.web.subscription.WebhookSending;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modular monolith's rules, checked over the classes of all three modules: modules talk
 * through their {@code api} packages only (the web module's subscriptions through their package
 * root), the catalog knows nothing of incidents, and the incident module's internals keep their
 * layers apart (rules, persistence, transactions). In the web module, the pages ({@code page}),
 * the APIs and feeds ({@code api}) and the infrastructure under both ({@code platform}) keep to
 * their sides, and what all of them share stays in the web root. Also the web module's JAX-RS
 * wiring, which lists its classes instead of discovering them.
 */
class ModuleBoundariesTest {

    private static final String WEB_ROOT = "io.statusdashboard.web";
    private static final String PAGES = "io.statusdashboard.web.page..";
    private static final String APIS = "io.statusdashboard.web.api..";
    private static final String PLATFORM = "io.statusdashboard.web.platform..";
    private static final String SUBSCRIPTIONS = "io.statusdashboard.web.subscription..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.statusdashboard");
    }

    /**
     * Every package of the web module, sub-packages included, and of the modules' internals: a
     * cycle would mean neither side can be read, tested or changed without the other.
     */
    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.statusdashboard.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The web module's parts (page, api, platform, subscription) as wholes, so a cycle through
     * packages no finer rule names shows too. The one exception: start-up, which opens the
     * application, starts the subscriptions' sender once the schema is migrated.
     */
    @Test
    void theWebModulesPartsDependOnEachOtherWithoutCycles() {
        slices().matching("io.statusdashboard.web.(*)..").should().beFreeOfCycles()
                .ignoreDependency(ApplicationStartup.class, WebhookSending.class)
                .check(classes);
    }

    /** Infrastructure serves pages and APIs alike: knowing one of them would tie it to that one. */
    @Test
    void thePlatformDependsOnNeitherPagesNorApis() {
        noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat().resideInAnyPackage(PAGES, APIS)
                .check(classes);
    }

    /** Pages and APIs show the same modules two ways: what both need is in the web root or the platform. */
    @Test
    void pagesDoNotDependOnApis() {
        noClasses().that().resideInAPackage(PAGES)
                .should().dependOnClassesThat().resideInAPackage(APIS)
                .check(classes);
    }

    /** Pages and APIs show the same modules two ways: what both need is in the web root or the platform. */
    @Test
    void apisDoNotDependOnPages() {
        noClasses().that().resideInAPackage(APIS)
                .should().dependOnClassesThat().resideInAPackage(PAGES)
                .check(classes);
    }

    /** Pages and APIs both offer subscriptions, so the subscriptions know neither. */
    @Test
    void theSubscriptionsDependOnNeitherPagesNorApis() {
        noClasses().that().resideInAPackage(SUBSCRIPTIONS)
                .should().dependOnClassesThat().resideInAnyPackage(PAGES, APIS)
                .check(classes);
    }

    /** What every part shares depends on none of them, or sharing it would tie them all together. */
    @Test
    void theWebRootDependsOnNoneOfTheWebModulesParts() {
        noClasses().that().resideInAPackage(WEB_ROOT)
                .should().dependOnClassesThat().resideInAnyPackage(PAGES, APIS, PLATFORM, SUBSCRIPTIONS)
                .check(classes);
    }

    @Test
    void onlyTheCatalogUsesItsInternals() {
        noClasses().that().resideOutsideOfPackage("io.statusdashboard.catalog..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.catalog.internal..")
                .check(classes);
    }

    @Test
    void onlyTheIncidentModuleUsesItsInternals() {
        noClasses().that().resideOutsideOfPackage("io.statusdashboard.incident..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.incident.internal..")
                .check(classes);
    }

    /**
     * The incident module's domain rules are plain Java: no JPA, CDI, transactions or injection,
     * and nothing of the module's persistence or transactions, so they are tested without either.
     */
    @Test
    void theIncidentRulesNeedNoContainerAndNoOtherLayer() {
        noClasses().that().resideInAPackage("io.statusdashboard.incident.internal.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "jakarta.enterprise..", "jakarta.transaction..", "jakarta.inject..")
                .orShould().dependOnClassesThat(resideInAPackage("io.statusdashboard.incident.internal..")
                        .and(resideOutsideOfPackage("io.statusdashboard.incident.internal.rules..")))
                .check(classes);
    }

    /** Rules, persistence and transactions: each layer uses only the ones below it, never in a circle. */
    @Test
    void theIncidentLayersDependOnEachOtherWithoutCycles() {
        slices().matching("io.statusdashboard.incident.internal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theIncidentPersistenceDoesNotDependOnItsTransactions() {
        noClasses().that().resideInAPackage("io.statusdashboard.incident.internal.persistence..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.incident.internal.transactions..")
                .check(classes);
    }

    @Test
    void theCatalogDoesNotDependOnIncidents() {
        noClasses().that().resideInAPackage("io.statusdashboard.catalog..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.incident..")
                .check(classes);
    }

    @Test
    void noModuleDependsOnTheWebModule() {
        noClasses().that().resideInAnyPackage("io.statusdashboard.catalog..", "io.statusdashboard.incident..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.web..")
                .check(classes);
    }

    /** The subscriptions are a module of their own inside the web module, used through their interfaces. */
    @Test
    void onlyTheSubscriptionsUseTheirInternals() {
        noClasses().that().resideOutsideOfPackage("io.statusdashboard.web.subscription..")
                .should().dependOnClassesThat().resideInAPackage("io.statusdashboard.web.subscription.internal..")
                .check(classes);
    }

    @Test
    void apiPackagesExposeNoEntities() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void entitiesStayInInternalPackages() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().resideOutsideOfPackage("..internal..")
                .check(classes);
    }

    /** Listed, not discovered (two applications): a class neither lists would silently not run. */
    @Test
    void everyResourceAndProviderBelongsToExactlyOneJaxRsApplication() {
        Set<Class<?>> declared = classes.stream()
                .filter(type -> type.isAnnotatedWith(Path.class) || type.isAnnotatedWith(Provider.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        List<Class<?>> listed = new ArrayList<>(new ApiApplication().getClasses());
        listed.addAll(new V2Application().getClasses());
        assertEquals(declared, Set.copyOf(listed));
        assertEquals(listed.size(), Set.copyOf(listed).size(), "no class in both applications");
    }
}
