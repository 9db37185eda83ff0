package io.statusdashboard.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modular monolith's rules, checked over the classes of all three modules: modules talk
 * through their {@code api} packages only, and the catalog knows nothing of incidents.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.statusdashboard");
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
}
