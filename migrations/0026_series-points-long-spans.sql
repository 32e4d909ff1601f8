-- The few points whose report days span more than LONG_SPAN_DAYS (api/db/schema/series-points.ts): a
-- refresh finds the points near a changed one by their first day, and these by their last.
CREATE INDEX "series_points_long_idx" ON "series_points" USING btree ("series_id","last_seen") WHERE "series_points"."last_seen" > "series_points"."date" + 30;