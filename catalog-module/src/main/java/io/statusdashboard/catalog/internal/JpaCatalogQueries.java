package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog with one query per call: attributes are fetched together with their components. */
@ApplicationScoped
public class JpaCatalogQueries implements CatalogQueries {

    @PersistenceContext(unitName = "catalog")
    private EntityManager entityManager;

    private volatile Boolean hasChangeSequence;

    /**
     * Every status page read needs the whole catalog: read as plain rows rather than entities,
     * which spares EclipseLink building and tracking thousands of objects only to drop them.
     */
    @Override
    public List<ComponentView> components() {
        return views(entityManager.createQuery("SELECT c.id, c.name, a.name, a.value"
                + " FROM ComponentEntity c LEFT JOIN c.attributes a ORDER BY c.name, c.id, a.id", Object[].class));
    }

    @Override
    public List<ComponentView> componentsNamedFrom(String prefix) {
        // Compared as a substring, not with LIKE, so '%' and '_' are ordinary characters; the
        // length is the database's own, so both sides count characters alike.
        return views(entityManager.createQuery("SELECT c.id, c.name, a.name, a.value"
                        + " FROM ComponentEntity c LEFT JOIN c.attributes a"
                        + " WHERE SUBSTRING(c.name, 1, LENGTH(:prefix)) = :prefix ORDER BY c.id, a.id", Object[].class)
                .setParameter("prefix", prefix));
    }

    /** Components from rows of (id, name, attribute name, attribute value), in the rows' order. */
    private static List<ComponentView> views(TypedQuery<Object[]> rows) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> attributes = new HashMap<>();
        rows.getResultStream()
                .forEach(row -> {
                    Integer id = (Integer) row[0];
                    names.putIfAbsent(id, row[1] == null ? "" : (String) row[1]);
                    Map<String, String> pairs = attributes.computeIfAbsent(id, key -> new LinkedHashMap<>());
                    // Old rows may hold a null value; the view holds text only.
                    if (row[2] != null && row[3] != null) {
                        pairs.put((String) row[2], (String) row[3]);
                    }
                });
        return names.entrySet().stream()
                .map(entry -> new ComponentView(entry.getKey(), entry.getValue(), attributes.get(entry.getKey())))
                .toList();
    }

    /**
     * Asked by every status report, so read as rows like {@link #components()}: entities would be
     * built, with their attribute lists, only to be turned into views and dropped.
     */
    @Override
    public Optional<ComponentView> find(String name, Map<String, String> attributes) {
        List<ComponentView> named = views(entityManager.createQuery("SELECT c.id, c.name, a.name, a.value"
                        + " FROM ComponentEntity c LEFT JOIN c.attributes a WHERE c.name = :name ORDER BY c.id, a.id",
                        Object[].class)
                .setParameter("name", name));
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
        if (changeSequence()) {
            // PostgreSQL: moved by triggers at the commit of any change (migration V3).
            return entityManager.createNativeQuery("SELECT CAST(last_value AS VARCHAR) || CAST(is_called AS VARCHAR)"
                    + " FROM catalog_change_seq").getSingleResult().toString();
        }
        // H2, which the tests open beside the running dashboard: counts and sums over ids and text
        // lengths, aggregate scans that move on any insert, delete or rename.
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM component), (SELECT MAX(id) FROM component),"
                        + " (SELECT SUM(LENGTH(name)) FROM component),"
                        + " (SELECT COUNT(*) FROM component_attribute), (SELECT MAX(id) FROM component_attribute),"
                        + " (SELECT SUM(LENGTH(value) + component_id) FROM component_attribute)")
                .getSingleResult();
        return Arrays.toString(row);
    }

    /** Whether the database keeps a change sequence (PostgreSQL); asked once, it does not change while running. */
    private boolean changeSequence() {
        Boolean known = hasChangeSequence;
        if (known == null) {
            known = ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM information_schema.sequences"
                    + " WHERE sequence_name = 'catalog_change_seq'").getSingleResult()).longValue() > 0;
            hasChangeSequence = known;
        }
        return known;
    }
}
