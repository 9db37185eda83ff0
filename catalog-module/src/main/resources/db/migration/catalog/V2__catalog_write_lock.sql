-- One row that every change of the catalog locks (SELECT ... FOR UPDATE) before it checks the
-- catalog, so two requests adding the same name to a region, also on two instances, cannot both
-- pass the uniqueness check.
CREATE TABLE IF NOT EXISTS catalog_write_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO catalog_write_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM catalog_write_lock WHERE id = 1);
