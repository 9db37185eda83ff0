-- Optimistic locking of events (two operators saving the same event: the second is told) and
-- the operator who wrote each update. Both are additions; existing rows get version 0 and no
-- author (they were written by the original dashboards).
ALTER TABLE incident ADD COLUMN IF NOT EXISTS version INTEGER DEFAULT 0;
UPDATE incident SET version = 0 WHERE version IS NULL;
ALTER TABLE incident ALTER COLUMN version SET NOT NULL;
ALTER TABLE incident_status ADD COLUMN IF NOT EXISTS author VARCHAR(200);
