ALTER TABLE "series" ADD COLUMN "estimate_rule" text;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "estimate" jsonb;