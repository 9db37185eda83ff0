package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No variable a Facelet declares ({@code var}, {@code varStatus}, {@code ui:param}) may be named
 * like an EL implicit object or a named bean: the resolver finds those first, so
 * {@code var="header"} printed each visitor's request headers instead of the loop's value, and
 * the response cache then served them to everyone.
 */
class ElVariableNamesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** Jakarta Faces' implicit objects (spec 5.6.2.1 and its CDI built-ins), and the JSP ones for good measure. */
    private static final Set<String> IMPLICIT_OBJECTS = Set.of("application", "applicationScope", "cc", "component",
            "cookie", "externalContext", "facesContext", "flash", "flowScope", "header", "headerValues", "initParam",
            "param", "paramValues", "request", "requestScope", "resource", "session", "sessionScope", "view",
            "viewScope", "pageContext", "pageScope");

    /** Beans OmniFaces names itself. */
    private static final Set<String> LIBRARY_BEANS = Set.of("now", "startup");

    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:var|varStatus)\\s*=\\s*\"([^\"]+)\"|<ui:param\\s+name\\s*=\\s*\"([^\"]+)\"");

    @Test
    void noFaceletVariableShadowsOrIsShadowedByAnImplicitObjectOrANamedBean() throws IOException {
        Set<String> taken = new HashSet<>(IMPLICIT_OBJECTS);
        taken.addAll(LIBRARY_BEANS);
        taken.addAll(namedBeans());
        List<String> clashes = new ArrayList<>();
        List<Path> facelets = facelets();
        assertFalse(facelets.isEmpty(), "no Facelets found under " + WEBAPP.toAbsolutePath());
        for (Path facelet : facelets) {
            Matcher declaration = DECLARATION.matcher(Files.readString(facelet));
            while (declaration.find()) {
                String name = declaration.group(1) != null ? declaration.group(1) : declaration.group(2);
                if (taken.contains(name)) {
                    clashes.add(WEBAPP.relativize(facelet) + ": " + name);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void theRuleSeesTheDeclarationsItChecks() {
        Matcher loop = DECLARATION.matcher("<ui:repeat value=\"#{page.months}\" var=\"header\">");
        Matcher parameter = DECLARATION.matcher("<ui:param name=\"request\" value=\"#{x}\"/>");
        assertEquals("header", loop.find() ? loop.group(1) : null);
        assertEquals("request", parameter.find() ? parameter.group(2) : null);
    }

    private static List<Path> facelets() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Set<String> namedBeans() {
        Set<String> names = new HashSet<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.statusdashboard.web")) {
            if (bean.isAnnotatedWith(Named.class)) {
                String name = bean.getAnnotationOfType(Named.class).value();
                names.add(name.isEmpty() ? Introspector.decapitalize(bean.getSimpleName()) : name);
            }
        }
        return names;
    }
}
