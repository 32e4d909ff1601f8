ALTER TABLE "series" ADD COLUMN "estimate_rule" text;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "estimate" jsonb;--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "source_record" jsonb;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "grade" char(1);--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "grade_note" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "graded_by" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "graded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_grade" CHECK ("sources"."grade" is null or "sources"."grade" in ('A', 'B', 'C', 'D', 'E', 'F'));