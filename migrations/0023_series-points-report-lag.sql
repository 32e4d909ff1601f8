ALTER TABLE "series_points" ADD COLUMN "about_date" date;--> statement-breakpoint
ALTER TABLE "series_points" ADD COLUMN "first_published" date;