-- PostgreSQL only (H2 is embedded: no one else writes to it). A sequence that moves whenever a
-- committed transaction changed the incident tables, whoever wrote: this dashboard, another
-- instance, an older dashboard still running on the same database, a script. The response cache's
-- probe for outside changes reads it in one statement instead of aggregating every table.
--
-- The triggers are deferred to commit, so the sequence moves when the change becomes visible, not
-- while a long transaction still holds it. SECURITY DEFINER: a writer whose role may not use the
-- sequence (an older dashboard under its own role) is not refused its write.
CREATE SEQUENCE IF NOT EXISTS incident_change_seq;

CREATE OR REPLACE FUNCTION incident_note_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM nextval(TG_TABLE_SCHEMA || '.incident_change_seq');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['incident', 'incident_status', 'incident_component_relation'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS incident_note_change ON %I', watched);
        EXECUTE format('CREATE CONSTRAINT TRIGGER incident_note_change AFTER INSERT OR UPDATE OR DELETE ON %I'
            ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION incident_note_change()', watched);
        EXECUTE format('DROP TRIGGER IF EXISTS incident_note_truncate ON %I', watched);
        EXECUTE format('CREATE TRIGGER incident_note_truncate AFTER TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION incident_note_change()', watched);
    END LOOP;
END
$$;
