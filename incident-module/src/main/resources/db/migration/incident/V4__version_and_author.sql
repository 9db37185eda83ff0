-- Optimistic locking of events (two operators saving the same event: the second is told) and
-- the operator who wrote each update. status-dashboard-v3 has both columns already, with these
-- names; on a v1 database they are added. Existing rows keep their version (or get 0) and have
-- no author: the original dashboards wrote them.
ALTER TABLE incident ADD COLUMN IF NOT EXISTS version INTEGER DEFAULT 0;
UPDATE incident SET version = 0 WHERE version IS NULL;
ALTER TABLE incident ALTER COLUMN version SET NOT NULL;
ALTER TABLE incident_status ADD COLUMN IF NOT EXISTS created_by VARCHAR(255);
