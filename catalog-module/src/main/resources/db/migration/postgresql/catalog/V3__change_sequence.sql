-- PostgreSQL only (H2 is embedded: no one else writes to it). A sequence that moves whenever a
-- committed transaction changed the components or their attributes, whoever wrote: this dashboard,
-- another instance, an older dashboard still running on the same database, a script. The response cache's
-- probe for outside changes reads it in one statement instead of aggregating every table.
--
-- The triggers are deferred to commit, so the sequence moves when the change becomes visible, not
-- while a long transaction still holds it. SECURITY DEFINER: a writer whose role may not use the
-- sequence (an older dashboard under its own role) is not refused its write.
CREATE SEQUENCE IF NOT EXISTS catalog_change_seq;

CREATE OR REPLACE FUNCTION catalog_note_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM nextval(TG_TABLE_SCHEMA || '.catalog_change_seq');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['component', 'component_attribute'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS catalog_note_change ON %I', watched);
        EXECUTE format('CREATE CONSTRAINT TRIGGER catalog_note_change AFTER INSERT OR UPDATE OR DELETE ON %I'
            ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_note_change()', watched);
        EXECUTE format('DROP TRIGGER IF EXISTS catalog_note_truncate ON %I', watched);
        EXECUTE format('CREATE TRIGGER catalog_note_truncate AFTER TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION catalog_note_change()', watched);
    END LOOP;
END
$$;
