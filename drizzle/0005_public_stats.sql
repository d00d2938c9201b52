CREATE TABLE "public_stats_pages" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"enabled_by" integer,
	"enabled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_stats_pages" ADD CONSTRAINT "public_stats_pages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_stats_pages" ADD CONSTRAINT "public_stats_pages_enabled_by_users_id_fk" FOREIGN KEY ("enabled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;