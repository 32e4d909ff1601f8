-- Every change to what a series' points are made of marks the slice it touches (series + source +
-- value) in series_dirty, whoever makes it; the next refresh of the series recomputes only those
-- slices. Statement-level triggers with transition tables: one insert per statement, not per row.
CREATE FUNCTION series_dirty_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO series_dirty (series_id, source_id, low)
      SELECT DISTINCT n.series_id, n.source_id, n.low FROM new_rows n WHERE n.series_id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO series_dirty (series_id, source_id, low)
      SELECT DISTINCT o.series_id, o.source_id, o.low FROM old_rows o WHERE o.series_id IS NOT NULL;
  ELSE
    INSERT INTO series_dirty (series_id, source_id, low)
      SELECT DISTINCT x.series_id, x.source_id, x.low FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (o.series_id, o.source_id, o.low), (n.series_id, n.source_id, n.low))
        AS x(series_id, source_id, low)
      WHERE x.series_id IS NOT NULL
        AND (o.series_id, o.source_id, o.low, o.high, o.qualifier, o.as_of, o.denied, o.projected, o.status,
             o.article_id)
          IS DISTINCT FROM
            (n.series_id, n.source_id, n.low, n.high, n.qualifier, n.as_of, n.denied, n.projected, n.status,
             n.article_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER series_dirty_claims_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION series_dirty_claims();
--> statement-breakpoint
CREATE TRIGGER series_dirty_claims_update AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION series_dirty_claims();
--> statement-breakpoint
CREATE TRIGGER series_dirty_claims_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION series_dirty_claims();
--> statement-breakpoint
-- A claim's date falls back on its article's, and copies of one story count once: an article's date
-- or duplicate link changes its claims' points.
CREATE FUNCTION series_dirty_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO series_dirty (series_id, source_id, low)
    SELECT DISTINCT c.series_id, c.source_id, c.low
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN claims c ON c.article_id = n.id
    WHERE c.series_id IS NOT NULL
      AND (o.published, o.duplicate_of) IS DISTINCT FROM (n.published, n.duplicate_of);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER series_dirty_articles_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION series_dirty_articles();
