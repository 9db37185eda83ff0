-- The event's current status lives in incident.status, which API v2 lists and filters on. The
-- Flask dashboard never wrote the column (V2 added it empty), and this dashboard used to store
-- SYSTEM there for automatic notes: such rows get the status of their newest timeline entry that
-- has one, as status-dashboard-v3's own migration filled the column in. Rows without such an entry,
-- and every row of a v3 database (already filled), stay as they are.
UPDATE incident SET status = (
        SELECT s.status FROM incident_status s
        WHERE s.incident_id = incident.id AND s.status NOT IN ('SYSTEM', 'description', '')
            AND LENGTH(s.status) <= 50
        ORDER BY s."timestamp" DESC, s.id DESC
        LIMIT 1)
    WHERE (status IS NULL OR status IN ('SYSTEM', 'description'))
        AND EXISTS (SELECT 1 FROM incident_status s
            WHERE s.incident_id = incident.id AND s.status NOT IN ('SYSTEM', 'description', '')
                AND LENGTH(s.status) <= 50);

-- API v2 lists events newest start first, a page at a time.
CREATE INDEX IF NOT EXISTS ix_incident_start_date ON incident (start_date, id);
