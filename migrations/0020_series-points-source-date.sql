DROP INDEX "series_points_source_idx";--> statement-breakpoint
CREATE INDEX "series_points_source_idx" ON "series_points" USING btree ("series_id","source_id","date");