-- Maintenance requests (SPEC-V2 §14): who created an event and whom to ask about it. A database
-- of status-dashboard-v3 has both columns already (its migration 7, same names), and keeps them
-- with their rows; on a v1 database, or one this dashboard made, they are added empty: nobody was
-- recorded as the creator of an older event.
ALTER TABLE incident ADD COLUMN IF NOT EXISTS created_by VARCHAR(255);
ALTER TABLE incident ADD COLUMN IF NOT EXISTS contact_email VARCHAR(255);
