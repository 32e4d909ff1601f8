ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "scope" text DEFAULT 'full' NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_sign_in_idx" ON "audit_log" USING btree ("actor_label","id") WHERE "audit_log"."entity" = 'sign_in';