ALTER TABLE "series_pairs" ADD COLUMN "conflict" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "series_pairs" ADD COLUMN "low_source" text;--> statement-breakpoint
ALTER TABLE "series_pairs" ADD COLUMN "high_source" text;--> statement-breakpoint
ALTER TABLE "series_points" ADD COLUMN "verified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "series_points" ADD COLUMN "facts" jsonb;--> statement-breakpoint
CREATE INDEX "series_pairs_conflict_idx" ON "series_pairs" USING btree ("series_id") WHERE "series_pairs"."conflict";--> statement-breakpoint
CREATE INDEX "series_points_verified_idx" ON "series_points" USING btree ("series_id","date") WHERE "series_points"."verified";--> statement-breakpoint
CREATE INDEX "series_points_revision_idx" ON "series_points" USING btree ("series_id","source_key") WHERE "series_points"."revision";--> statement-breakpoint
-- Stored points and pairs lack the new columns until rebuilt: each series is rebuilt once on its next refresh.
UPDATE "series" SET "points_built" = false;
