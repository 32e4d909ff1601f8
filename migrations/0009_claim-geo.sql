ALTER TABLE "claims" ADD COLUMN "geo_country" char(3);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_adm1" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_adm1_name" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_site_id" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_site_name" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_lat" double precision;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_lon" double precision;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "geo_precision" text;--> statement-breakpoint
CREATE INDEX "claims_geo_idx" ON "claims" USING btree ("geo_country","geo_adm1");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_geo_precision" CHECK ("claims"."geo_precision" is null or "claims"."geo_precision" in ('site', 'town', 'district', 'province', 'country', 'unknown'));