package io.statusdashboard.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.CatalogFileException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogYamlReaderTest {

    private final CatalogYamlReader reader = new CatalogYamlReader();

    private List<ComponentDefinition> read(String yaml) {
        return reader.read("catalog.yaml", new StringReader(yaml));
    }

    @Test
    void readsComponentsWithTheirAttributesAndLines() {
        List<ComponentDefinition> components = read("""
                components:
                  - name: Elastic Cloud Server
                    attributes:
                      region: EU-DE
                      category: Compute
                      type: ecs
                  - name: Object Storage Service
                    attributes: {region: EU-NL, category: Storage, type: obs}
                """);
        assertEquals(2, components.size());
        assertEquals(new ComponentDefinition("Elastic Cloud Server",
                Map.of("region", "EU-DE", "category", "Compute", "type", "ecs"), 2), components.get(0));
        assertEquals("Object Storage Service", components.get(1).name());
        assertEquals(Map.of("region", "EU-NL", "category", "Storage", "type", "obs"), components.get(1).attributes());
        assertEquals(7, components.get(1).line());
    }

    @Test
    void scalarAttributeValuesAreReadAsText() {
        ComponentDefinition component = read("""
                components:
                  - name: Legacy
                    attributes: {region: EU-DE, tier: 3}
                """).get(0);
        assertEquals("3", component.attributes().get("tier"));
    }

    @Test
    void anEmptyListIsValid() {
        assertTrue(read("components: []\n").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax error                | 'components:\\n  - name: A\\n    attributes: {region: EU-DE\\n'        | 4 | not valid YAML
            tab indentation             | 'components:\\n\\t- name: A\\n'                                      | 2 | not valid YAML
            missing name                | 'components:\\n  - name: A\\n  - attributes: {region: EU-DE}\\n'    | 3 | without a name
            blank name                  | 'components:\\n  - name: \" \"\\n'                                  | 2 | without a name
            name that is a list         | 'components:\\n  - name: [a, b]\\n'                                 | 2 | must be a text value
            attributes as a list        | 'components:\\n  - name: A\\n    attributes: [region, EU-DE]\\n'    | 3 | must be a map
            attribute value as a map    | 'components:\\n  - name: A\\n    attributes:\\n      region: {x: y}\\n' | 4 | attribute 'region' must be a text value
            attribute without value     | 'components:\\n  - name: A\\n    attributes:\\n      region:\\n'    | 4 | attribute 'region' must be a text value
            misspelt key                | 'components:\\n  - name: A\\n    atributes: {region: EU-DE}\\n'     | 3 | unknown component key 'atributes'
            duplicate key               | 'components:\\n  - name: A\\n    name: B\\n'                        | 3 | duplicate key 'name'
            duplicate attribute         | 'components:\\n  - name: A\\n    attributes: {region: X, region: Y}\\n' | 3 | duplicate key 'region'
            components is not a list    | 'components: {name: A}\\n'                                          | 1 | must be a list
            unknown top-level key       | 'services: []\\n'                                                   | 1 | unknown top-level key 'services'
            top level is a list         | '- name: A\\n'                                                      | 1 | the top level must be a map
            """)
    void aBrokenFileNamesTheFileAndTheLine(String label, String yaml, int line, String problem) {
        CatalogFileException error = assertThrows(CatalogFileException.class,
                () -> read(yaml.replace("\\n", "\n").replace("\\t", "\t")));
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.getMessage().startsWith("catalog.yaml, line " + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        CatalogFileException error = assertThrows(CatalogFileException.class, () -> read(""));
        assertTrue(error.getMessage().startsWith("catalog.yaml: the file is empty"), error.getMessage());
    }
}
