-- API v2 lists events of one type newest start first, a page at a time, and counts them: without
-- this index a list of a rare type (info, maintenance) walked ix_incident_start_date through the
-- whole history or sorted every event to find its page.
CREATE INDEX IF NOT EXISTS ix_incident_type_start_date ON incident (type, start_date, id);

-- The planner's statistics, once, right after adoption. A database restored from a dump, freshly
-- filled, or served with autovacuum off has none, and PostgreSQL then guesses that every filter
-- keeps a row or two: the page of 50 events sorted every event instead of walking an index, and
-- their timelines read all of incident_status instead of ix_incident_status_incident_id (see
-- BENCHMARKS.md, "API v2 live reads"). Plain ANALYZE (every table) is the form PostgreSQL and H2
-- share; both run it inside the migration's transaction. Where autovacuum runs it keeps the
-- statistics current from here on.
ANALYZE;
