CREATE INDEX "series_points_low_idx" ON "series_points" USING btree ("series_id","low");--> statement-breakpoint
CREATE INDEX "series_points_last_seen_idx" ON "series_points" USING btree ("series_id","last_seen");--> statement-breakpoint
CREATE INDEX "series_points_named_idx" ON "series_points" USING btree ("series_id","source_key") WHERE not "series_points"."denied";