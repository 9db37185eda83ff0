package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogFileException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a catalog document ({@code components: [{name, attributes: {key: value}}]}).
 *
 * <p>It works on SnakeYAML's node tree rather than on plain maps so that every complaint can name
 * the line it is about, and it is strict about keys: a misspelt {@code atributes} would otherwise
 * silently create components without region and category.
 */
final class CatalogYamlReader {

    private static final Set<String> COMPONENT_KEYS = Set.of("name", "attributes");
    private static final int MAX_DOCUMENT_CODE_POINTS = 8 * 1024 * 1024;

    List<ComponentDefinition> read(String sourceName, Reader yaml) {
        Node root = compose(sourceName, yaml);
        if (root == null) {
            throw new CatalogFileException(sourceName, 0, "the file is empty; expected a 'components' list");
        }
        MappingNode document = expectMapping(sourceName, root, "the top level");
        Node components = null;
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : document.getValue()) {
            String key = uniqueKey(sourceName, entry, seen);
            if (!key.equals("components")) {
                throw error(sourceName, entry.getKeyNode(), "unknown top-level key '" + key + "'; expected 'components'");
            }
            components = entry.getValueNode();
        }
        if (components == null) {
            throw error(sourceName, root, "missing the 'components' list");
        }
        if (isNull(components)) {
            return List.of();
        }
        if (!(components instanceof SequenceNode list)) {
            throw error(sourceName, components, "'components' must be a list");
        }
        List<ComponentDefinition> definitions = new ArrayList<>();
        for (Node item : list.getValue()) {
            definitions.add(component(sourceName, item));
        }
        return definitions;
    }

    private static Node compose(String sourceName, Reader yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
        try {
            return new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new CatalogFileException(sourceName, line, "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new CatalogFileException(sourceName, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static ComponentDefinition component(String sourceName, Node item) {
        MappingNode mapping = expectMapping(sourceName, item, "a component");
        String name = null;
        Map<String, String> attributes = Map.of();
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = uniqueKey(sourceName, entry, seen);
            Node value = entry.getValueNode();
            switch (key) {
                case "name" -> name = scalarValue(sourceName, value, "the component name");
                case "attributes" -> attributes = attributes(sourceName, value);
                default -> throw error(sourceName, entry.getKeyNode(),
                        "unknown component key '" + key + "'; expected one of " + COMPONENT_KEYS);
            }
        }
        if (name == null || name.isBlank()) {
            throw error(sourceName, item, "a component without a name");
        }
        return new ComponentDefinition(name.strip(), attributes, line(item));
    }

    private static Map<String, String> attributes(String sourceName, Node node) {
        if (isNull(node)) {
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(sourceName, node, "'attributes' must be a map of names to text values");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = uniqueKey(sourceName, entry, seen);
            attributes.put(key, scalarValue(sourceName, entry.getValueNode(), "attribute '" + key + "'"));
        }
        return attributes;
    }

    private static MappingNode expectMapping(String sourceName, Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(sourceName, node, what + " must be a map");
    }

    /** Refuses a key seen before in the same map, which YAML's composer lets through. */
    private static String uniqueKey(String sourceName, NodeTuple entry, Set<String> seen) {
        String key = scalarKey(sourceName, entry);
        if (!seen.add(key)) {
            throw error(sourceName, entry.getKeyNode(), "duplicate key '" + key + "'");
        }
        return key;
    }

    private static String scalarKey(String sourceName, NodeTuple entry) {
        Node key = entry.getKeyNode();
        if (key instanceof ScalarNode scalar && !isNull(key)) {
            return scalar.getValue();
        }
        throw error(sourceName, key, "keys must be plain text");
    }

    private static String scalarValue(String sourceName, Node node, String what) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        throw error(sourceName, node, what + " must be a text value");
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 0;
    }

    private static CatalogFileException error(String sourceName, Node node, String problem) {
        return new CatalogFileException(sourceName, line(node), problem);
    }
}
