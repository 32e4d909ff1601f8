CREATE TYPE "public"."intake_item_state" AS ENUM('pending', 'stored', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."subscription_kind" AS ENUM('feed', 'reliefweb', 'page');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('new', 'ok', 'erroring', 'failing', 'paused');--> statement-breakpoint
CREATE TABLE "inbox_views" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intake_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subscription_id" bigint,
	"key" text NOT NULL,
	"url" text,
	"title" text,
	"published" text,
	"content" text,
	"source" text,
	"language" text,
	"pdfs" text[] DEFAULT '{}' NOT NULL,
	"state" "intake_item_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"article_id" bigint,
	"claim_count" integer,
	"content_hash" text,
	"content_type" text,
	"fetched_at" timestamp with time zone,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subscriptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"kind" "subscription_kind" NOT NULL,
	"name" text NOT NULL,
	"every_minutes" integer DEFAULT 60 NOT NULL,
	"include" text[] DEFAULT '{}' NOT NULL,
	"exclude" text[] DEFAULT '{}' NOT NULL,
	"language" text,
	"paused" boolean DEFAULT false NOT NULL,
	"status" "subscription_status" DEFAULT 'new' NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_poll_at" timestamp with time zone,
	"last_result" text,
	"last_error" text,
	"failing_since" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inbox_views" ADD CONSTRAINT "inbox_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_items" ADD CONSTRAINT "intake_items_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_items" ADD CONSTRAINT "intake_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intake_items_key" ON "intake_items" USING btree (coalesce("subscription_id", 0),"key");--> statement-breakpoint
CREATE INDEX "intake_items_state_idx" ON "intake_items" USING btree ("state","seen_at");--> statement-breakpoint
CREATE INDEX "intake_items_article_idx" ON "intake_items" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "intake_items_stored_idx" ON "intake_items" USING btree ("stored_at");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_url_key" ON "subscriptions" USING btree ("url");--> statement-breakpoint
CREATE INDEX "subscriptions_due_idx" ON "subscriptions" USING btree ("next_poll_at");