package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog with one query per call: attributes are fetched together with their components. */
@ApplicationScoped
public class JpaCatalogQueries implements CatalogQueries {

    @PersistenceContext(unitName = "catalog")
    private EntityManager entityManager;

    @Override
    public List<ComponentView> components() {
        return entityManager
                .createQuery(
                        "SELECT DISTINCT c FROM ComponentEntity c LEFT JOIN FETCH c.attributes ORDER BY c.name, c.id",
                        ComponentEntity.class)
                .getResultStream()
                .map(ComponentEntity::toView)
                .toList();
    }

    @Override
    public Optional<ComponentView> find(String name, Map<String, String> attributes) {
        List<ComponentView> named = entityManager
                .createQuery(
                        "SELECT DISTINCT c FROM ComponentEntity c LEFT JOIN FETCH c.attributes WHERE c.name = :name",
                        ComponentEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .map(ComponentEntity::toView)
                .toList();
        return ComponentLookup.find(named, name, attributes);
    }

    @Override
    public List<String> regions() {
        return entityManager
                .createQuery(
                        "SELECT DISTINCT a.value FROM ComponentAttributeEntity a"
                                + " WHERE a.name = :key AND a.value IS NOT NULL ORDER BY a.value",
                        String.class)
                .setParameter("key", ComponentView.REGION)
                .getResultList();
    }

    @Override
    public boolean isEmpty() {
        return entityManager
                .createQuery("SELECT c.id FROM ComponentEntity c", Integer.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public String fingerprint() {
        // Counts and sums over ids and text lengths: cheap aggregate scans that move on any insert,
        // delete or rename, on PostgreSQL and H2 alike.
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM component), (SELECT MAX(id) FROM component),"
                        + " (SELECT SUM(LENGTH(name)) FROM component),"
                        + " (SELECT COUNT(*) FROM component_attribute), (SELECT MAX(id) FROM component_attribute),"
                        + " (SELECT SUM(LENGTH(value) + component_id) FROM component_attribute)")
                .getSingleResult();
        return Arrays.toString(row);
    }
}
