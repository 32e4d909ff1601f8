ALTER TABLE "series_dirty" ADD COLUMN "claim_id" bigint;--> statement-breakpoint
-- An inserted claim's mark carries its id: the refresh that consumes it, in whichever transaction (ingest
-- refreshes after commit), knows which claims are new and records their alert events.
CREATE OR REPLACE FUNCTION series_dirty_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO series_dirty (series_id, source_id, low, claim_id)
      SELECT n.series_id, n.source_id, n.low, n.id FROM new_rows n WHERE n.series_id IS NOT NULL;
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
