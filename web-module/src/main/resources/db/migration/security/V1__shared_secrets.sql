-- Secrets the dashboard makes for itself at first start and every instance of a cluster must
-- share: the monitoring API key (unless SDB_SECRET_KEY is set) and the local operator's password
-- hash (unless SDB_ADMIN_PASSWORD is set). In the database rather than in each instance's data
-- directory, so that instances on different machines accept the same tokens and the same password.
CREATE TABLE IF NOT EXISTS sdb_shared_secret (
    name VARCHAR(64) PRIMARY KEY,
    value VARCHAR(1024) NOT NULL
);
