package io.statusdashboard.web.api.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * {@code /v2/incidents}, v3's deprecated name for {@code /v2/events}: every path below it is
 * served by the events' own method (through {@link #EVENTS_OR_INCIDENTS}, or one that hands the
 * request on), and the OpenAPI document lists each of its operations as the events' operation
 * with a summary that says so. Only the list differs (no pages) and is described where it is
 * served.
 */
public final class IncidentsAlias {

    /** A path segment that is {@code events} or {@code incidents}: one resource method, both names. */
    static final String EVENTS_OR_INCIDENTS = "{collection: events|incidents}";

    private static final String EVENTS = "/v2/events";
    private static final String INCIDENTS = "/v2/incidents";

    private IncidentsAlias() {}

    /** The paths a resource path template serves: itself, or with the alias both names. */
    static List<String> paths(String template) {
        return template.contains(EVENTS_OR_INCIDENTS)
                ? List.of(template.replace(EVENTS_OR_INCIDENTS, "events"), template.replace(EVENTS_OR_INCIDENTS, "incidents"))
                : List.of(template);
    }

    /**
     * Lists a path served under both names once under each, and gives every {@code /v2/incidents}
     * path the operations of its {@code /v2/events} twin that it does not describe itself.
     */
    public static void document(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>();
        paths.getPathItems().forEach((template, item) -> {
            List<String> served = paths(template);
            items.put(served.get(0), item);
            served.stream().skip(1).forEach(alias -> items.put(alias, OASFactory.createPathItem()));
        });
        for (String path : List.copyOf(items.keySet())) {
            if (path.equals(EVENTS) || path.startsWith(EVENTS + "/")) {
                PathItem alias = items.computeIfAbsent(INCIDENTS + path.substring(EVENTS.length()),
                        absent -> OASFactory.createPathItem());
                items.get(path).getOperations().forEach((method, operation) -> {
                    if (alias.getOperations().get(method) == null) {
                        alias.setOperation(method, deprecatedCopy(operation, method + " " + path));
                    }
                });
            }
        }
        paths.setPathItems(items);
    }

    /**
     * The alias's operation id: a client generated from the document names its calls after them,
     * so they stay what they were when each alias had a method of its own (createIncident,
     * patchIncident, extractIncident, incident, editIncidentUpdate).
     */
    static String aliasOperationId(String originalId) {
        if (originalId == null) {
            return null;
        }
        return switch (originalId) {
            case "event" -> "incident";
            case "editUpdate" -> "editIncidentUpdate";
            default -> originalId + "Incident";
        };
    }

    /** The original's description of parameters, body and responses, under a summary that points to it. */
    private static Operation deprecatedCopy(Operation original, String originalName) {
        return OASFactory.createOperation()
                .tags(original.getTags())
                .summary("Deprecated: as " + originalName)
                .operationId(aliasOperationId(original.getOperationId()))
                .parameters(original.getParameters())
                .requestBody(original.getRequestBody())
                .responses(original.getResponses())
                .callbacks(original.getCallbacks())
                // Marked as OpenAPI marks a deprecated operation, so generated clients warn their users.
                .deprecated(true)
                .security(original.getSecurity())
                .servers(original.getServers())
                .extensions(original.getExtensions());
    }
}
