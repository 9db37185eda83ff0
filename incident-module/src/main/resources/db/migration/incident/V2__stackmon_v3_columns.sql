-- The columns status-dashboard-v3 added to incident. A v3 database already has them and is left
-- as it is; on a v1 database each column is added and, for type, filled from the impact
-- (impact 0 was the only way v1 marked a maintenance).

ALTER TABLE incident ADD COLUMN IF NOT EXISTS type VARCHAR;
UPDATE incident SET type = CASE WHEN impact = 0 THEN 'maintenance' ELSE 'incident' END WHERE type IS NULL;
ALTER TABLE incident ALTER COLUMN type SET NOT NULL;
ALTER TABLE incident ALTER COLUMN type SET DEFAULT 'incident';

ALTER TABLE incident ADD COLUMN IF NOT EXISTS description VARCHAR(500);
ALTER TABLE incident ADD COLUMN IF NOT EXISTS status VARCHAR(50);
ALTER TABLE incident ADD COLUMN IF NOT EXISTS created_at TIMESTAMP;
ALTER TABLE incident ADD COLUMN IF NOT EXISTS modified_at TIMESTAMP;
ALTER TABLE incident ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP;

-- The status page asks for open and recent events on every request.
CREATE INDEX IF NOT EXISTS ix_incident_dates ON incident (end_date, start_date);
CREATE INDEX IF NOT EXISTS ix_incident_component_relation_component_id
    ON incident_component_relation (component_id);
