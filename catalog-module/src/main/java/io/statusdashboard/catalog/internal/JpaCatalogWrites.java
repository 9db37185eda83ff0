package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogChanged;
import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.catalog.api.ComponentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Adds a component in one transaction, checked and written under the catalog's write lock, and
 * announces it after commit, which makes the response
 * cache forget: the status page, API v1, the feeds and API v2 list it from the next request on.
 */
@ApplicationScoped
public class JpaCatalogWrites implements CatalogWrites {

    private static final Logger LOG = Logger.getLogger(JpaCatalogWrites.class.getName());

    @PersistenceContext(unitName = "catalog")
    private EntityManager entityManager;

    @Inject
    private CatalogQueries queries;

    @Inject
    private Event<CatalogChanged> catalogChanged;

    @Override
    @Transactional
    public Creation create(String name, List<Attribute> attributes) {
        entityManager.find(CatalogWriteLock.class, CatalogWriteLock.ID, LockModeType.PESSIMISTIC_WRITE);
        Optional<String> refused = ComponentRules.checkNew(name, attributes, queries.components());
        if (refused.isPresent()) {
            return new Creation.Refused(refused.get());
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        attributes.forEach(attribute -> pairs.put(attribute.name(), attribute.value()));
        ComponentEntity component = new ComponentEntity(name, pairs);
        entityManager.persist(component);
        entityManager.flush();
        catalogChanged.fire(new CatalogChanged(Set.of(component.id())));
        LOG.info(() -> String.format("Component %d \"%s\" added in %s", component.id(), name,
                pairs.get(ComponentView.REGION)));
        return new Creation.Created(new ComponentView(component.id(), name, pairs));
    }
}
