CREATE TYPE "public"."refusal_reason" AS ENUM('status', 'not_recorded', 'closed', 'full', 'paused');--> statement-breakpoint
ALTER TYPE "public"."status" ADD VALUE 'tidak_tercatat';--> statement-breakpoint
CREATE TABLE "entry_policies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entry_policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"admits" "status"[] NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entry_policies" ADD CONSTRAINT "entry_policies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entry_policies_unit_idx" ON "entry_policies" USING btree ("unit_id","effective_from");--> statement-breakpoint
-- A unit's entrance policy so far becomes its first dated policy (the default needs no row).
INSERT INTO "entry_policies" ("unit_id", "name", "admits", "effective_from")
SELECT "id", 'Kebijakan awal', "entry_admits", '2020-01-01T00:00:00Z' FROM "units"
WHERE "entry_admits" <> ARRAY['hijau', 'kuning']::"status"[];--> statement-breakpoint
ALTER TABLE "units" DROP COLUMN "entry_admits";--> statement-breakpoint
ALTER TABLE "checkin_events" ADD COLUMN "reason" "refusal_reason";--> statement-breakpoint
-- Until now a scan was refused only for its status.
UPDATE "checkin_events" SET "reason" = 'status' WHERE NOT "admitted";--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ADD COLUMN "reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ADD COLUMN "reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "rollup_area_hour" SET "reason" = 'status' WHERE NOT "admitted";--> statement-breakpoint
UPDATE "rollup_unit_hour" SET "reason" = 'status' WHERE NOT "admitted";--> statement-breakpoint
ALTER TABLE "rollup_area_hour" DROP CONSTRAINT "rollup_area_hour_area_id_hour_category_status_kind_admitted_pk";--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" DROP CONSTRAINT "rollup_unit_hour_unit_id_hour_service_id_status_kind_admitted_pk";--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ADD CONSTRAINT "rollup_area_hour_area_id_hour_category_status_kind_admitted_reason_pk" PRIMARY KEY("area_id","hour","category","status","kind","admitted","reason");--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ADD CONSTRAINT "rollup_unit_hour_unit_id_hour_service_id_status_kind_admitted_reason_pk" PRIMARY KEY("unit_id","hour","service_id","status","kind","admitted","reason");
