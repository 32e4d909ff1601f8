CREATE TABLE "series" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "series_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"topic_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"period_key" text NOT NULL,
	"since" text,
	"since_date" date,
	"title" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"merged_into" bigint,
	"claim_count" integer DEFAULT 0 NOT NULL,
	"point_count" integer DEFAULT 0 NOT NULL,
	"source_count" integer DEFAULT 0 NOT NULL,
	"first_date" date,
	"last_date" date,
	"latest_low" double precision,
	"latest_high" double precision,
	"latest_qualifier" text,
	"latest_source" text,
	"previous_low" double precision,
	"disagreement_count" integer DEFAULT 0 NOT NULL,
	"revision_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_aliases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "source_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source_id" bigint NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	CONSTRAINT "source_aliases_alias_key_unique" UNIQUE("alias_key")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"country" char(3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"metric" "metric" NOT NULL,
	"group_key" text NOT NULL,
	"group_label" text NOT NULL,
	"place_key" text NOT NULL,
	"place_name" text,
	"country" char(3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "claims_series_idx";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "source_id" bigint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "series_confidence" real;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "series_locked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_merged_into_series_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_aliases" ADD CONSTRAINT "source_aliases_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "series_period_key" ON "series" USING btree ("topic_id","period_key") WHERE "series"."merged_into" is null;--> statement-breakpoint
CREATE INDEX "series_updated_idx" ON "series" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "series_topic_idx" ON "series" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "source_aliases_source_idx" ON "source_aliases" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_identity_key" ON "topics" USING btree ("metric","group_key","place_key");--> statement-breakpoint
CREATE INDEX "topics_country_idx" ON "topics" USING btree ("country");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_source_idx" ON "claims" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "claims_series_idx" ON "claims" USING btree ("series_id","as_of");