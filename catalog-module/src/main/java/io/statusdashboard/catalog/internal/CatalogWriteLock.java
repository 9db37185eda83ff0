package io.statusdashboard.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row a change of the catalog locks first ({@code SELECT ... FOR UPDATE}): the rule that a
 * name is unique in its region spans several rows, which no database constraint can express, so
 * concurrent additions (on one instance or several) are checked and written one after the other.
 */
@Entity
@Table(name = "catalog_write_lock")
public class CatalogWriteLock {

    static final int ID = 1;

    @Id
    private Integer id;

    protected CatalogWriteLock() {}
}
