CREATE TABLE "series_dirty" (
	"series_id" bigint NOT NULL,
	"source_id" bigint,
	"low" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "series_pairs" (
	"series_id" bigint NOT NULL,
	"a_key" text NOT NULL,
	"b_key" text NOT NULL,
	CONSTRAINT "series_pairs_series_id_a_key_b_key_pk" PRIMARY KEY("series_id","a_key","b_key")
);
--> statement-breakpoint
CREATE TABLE "series_points" (
	"series_id" bigint NOT NULL,
	"point_key" text NOT NULL,
	"source_id" bigint,
	"source_key" text,
	"low" double precision NOT NULL,
	"high" double precision,
	"qualifier" text NOT NULL,
	"denied" boolean NOT NULL,
	"date" date,
	"last_seen" date,
	"dates" jsonb NOT NULL,
	"citations" integer NOT NULL,
	"revision" boolean DEFAULT false NOT NULL,
	CONSTRAINT "series_points_series_id_point_key_pk" PRIMARY KEY("series_id","point_key")
);
--> statement-breakpoint
ALTER TABLE "series" ADD COLUMN "points_built" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "series_pairs" ADD CONSTRAINT "series_pairs_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_points" ADD CONSTRAINT "series_points_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "series_dirty_series_idx" ON "series_dirty" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "series_pairs_b_idx" ON "series_pairs" USING btree ("series_id","b_key");--> statement-breakpoint
CREATE INDEX "series_points_date_idx" ON "series_points" USING btree ("series_id","date");--> statement-breakpoint
CREATE INDEX "series_points_source_idx" ON "series_points" USING btree ("series_id","source_id");--> statement-breakpoint
CREATE INDEX "claims_series_source_idx" ON "claims" USING btree ("series_id","source_id");--> statement-breakpoint
CREATE INDEX "claims_series_low_idx" ON "claims" USING btree ("series_id","low");