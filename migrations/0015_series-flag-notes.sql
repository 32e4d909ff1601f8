CREATE TABLE "series_flag_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "series_flag_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"series_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"point_key" text NOT NULL,
	"note" text NOT NULL,
	"explained_by" text NOT NULL,
	"explained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "series_flag_notes_kind" CHECK ("series_flag_notes"."kind" in ('jump', 'late'))
);
--> statement-breakpoint
ALTER TABLE "series_flag_notes" ADD CONSTRAINT "series_flag_notes_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "series_flag_notes_key" ON "series_flag_notes" USING btree ("series_id","kind","point_key");