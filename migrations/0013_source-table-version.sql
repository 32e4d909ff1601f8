-- The alias table's version, shared by every Tally process on the database: each process validates
-- its cached copy of the table against it (api/series/store/source-table.ts) instead of a timer.
CREATE FUNCTION source_table_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO settings (key, value) VALUES ('source_table_version', '1'::jsonb)
  ON CONFLICT (key) DO UPDATE SET value = to_jsonb((settings.value #>> '{}')::bigint + 1), updated_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER source_aliases_version AFTER INSERT OR UPDATE OR DELETE ON source_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION source_table_bump();
--> statement-breakpoint
CREATE TRIGGER sources_version AFTER UPDATE OR DELETE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION source_table_bump();
