package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogChanged;
import io.statusdashboard.catalog.api.CatalogProvisioning;
import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.catalog.api.ProvisioningResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Adds the components of a catalog file that the lookup rule does not find. The whole file is
 * parsed before the first write and everything happens in one transaction, so a broken file or a
 * failing insert leaves the catalog as it was.
 */
@ApplicationScoped
public class JpaCatalogProvisioning implements CatalogProvisioning {

    private static final Logger LOG = Logger.getLogger(JpaCatalogProvisioning.class.getName());

    @PersistenceContext(unitName = "catalog")
    private EntityManager entityManager;

    @Inject
    private CatalogQueries queries;

    @Inject
    private Event<CatalogChanged> catalogChanged;

    @Override
    @Transactional
    public ProvisioningResult provision(String sourceName, Reader yaml) {
        List<ComponentDefinition> definitions = new CatalogYamlReader().read(sourceName, yaml);

        List<ComponentView> known = new ArrayList<>(queries.components());
        List<ComponentEntity> created = new ArrayList<>();
        for (ComponentDefinition definition : definitions) {
            if (ComponentLookup.find(known, definition.name(), definition.attributes()).isEmpty()) {
                ComponentEntity component = new ComponentEntity(definition.name(), definition.attributes());
                entityManager.persist(component);
                // One at a time: a single flush inserts new rows in no particular order, and the ids
                // are how the catalog's order (the status page's regions) survives.
                entityManager.flush();
                created.add(component);
                // Stand-in until the flush assigns the id; a later duplicate in the same file finds it.
                known.add(new ComponentView(Integer.MAX_VALUE, definition.name(), definition.attributes()));
            }
        }
        entityManager.flush();

        Set<Integer> createdIds = new LinkedHashSet<>();
        created.forEach(component -> createdIds.add(component.id()));
        if (!createdIds.isEmpty()) {
            catalogChanged.fire(new CatalogChanged(createdIds));
        }
        LOG.info(() -> String.format("Catalog %s: %d components listed, %d added", sourceName, definitions.size(),
                createdIds.size()));
        return new ProvisioningResult(definitions.size(), createdIds.size());
    }
}
