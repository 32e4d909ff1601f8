ALTER TABLE "series_dirty" ADD COLUMN "joined" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "series_points_low_idx" ON "series_points" USING btree ("series_id","low");--> statement-breakpoint
CREATE INDEX "series_points_last_seen_idx" ON "series_points" USING btree ("series_id","last_seen");--> statement-breakpoint
CREATE INDEX "series_points_named_idx" ON "series_points" USING btree ("series_id","source_key") WHERE not "series_points"."denied";--> statement-breakpoint
-- A mark also says how many claims joined (+1 each) or left (−1 each) its series: the refresh that
-- consumes it adds them to the stored claim count instead of counting all the series' claims.
CREATE OR REPLACE FUNCTION series_dirty_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO series_dirty (series_id, source_id, low, claim_id, joined)
      SELECT n.series_id, n.source_id, n.low, n.id, 1 FROM new_rows n WHERE n.series_id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO series_dirty (series_id, source_id, low, joined)
      SELECT o.series_id, o.source_id, o.low, -count(*) FROM old_rows o WHERE o.series_id IS NOT NULL
      GROUP BY o.series_id, o.source_id, o.low;
  ELSE
    INSERT INTO series_dirty (series_id, source_id, low, joined)
      SELECT x.series_id, x.source_id, x.low, sum(x.joined) FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES
        (o.series_id, o.source_id, o.low, CASE WHEN o.series_id IS DISTINCT FROM n.series_id THEN -1 ELSE 0 END),
        (n.series_id, n.source_id, n.low, CASE WHEN o.series_id IS DISTINCT FROM n.series_id THEN 1 ELSE 0 END))
        AS x(series_id, source_id, low, joined)
      WHERE x.series_id IS NOT NULL
        AND (o.series_id, o.source_id, o.low, o.high, o.qualifier, o.as_of, o.denied, o.projected, o.status,
             o.article_id)
          IS DISTINCT FROM
            (n.series_id, n.source_id, n.low, n.high, n.qualifier, n.as_of, n.denied, n.projected, n.status,
             n.article_id)
      GROUP BY x.series_id, x.source_id, x.low;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- From here the stored count plus the marks' deltas is the count: start from the true count (the marks
-- already waiting carry 0).
UPDATE series s SET claim_count = coalesce(c.n, 0)
  FROM series x LEFT JOIN (SELECT series_id, count(*)::int AS n FROM claims GROUP BY series_id) c
    ON c.series_id = x.id
  WHERE s.id = x.id AND s.claim_count IS DISTINCT FROM coalesce(c.n, 0);
--> statement-breakpoint
-- Sources' records hold a count per pair of sources in true conflict, not one entry per pair of figures.
UPDATE series SET source_record = jsonb_build_object(
    'revised_down', coalesce(source_record->'revised_down', '{}'::jsonb),
    'conflicts', coalesce((
      SELECT jsonb_agg(jsonb_build_array(t.a, t.b, t.n) ORDER BY t.a COLLATE "C", t.b COLLATE "C")
      FROM (SELECT e->>0 AS a, e->>1 AS b, count(*)::int AS n
        FROM jsonb_array_elements(source_record->'conflicts') e GROUP BY 1, 2) t), '[]'::jsonb))
  WHERE source_record IS NOT NULL;
