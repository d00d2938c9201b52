-- Rows written before this column existed take the end of their hour: close enough for "last check-in".
ALTER TABLE "rollup_area_hour" ADD COLUMN "last_at" timestamp with time zone;--> statement-breakpoint
UPDATE "rollup_area_hour" SET "last_at" = "hour" + interval '59 minutes 59 seconds';--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ALTER COLUMN "last_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ADD COLUMN "last_at" timestamp with time zone;--> statement-breakpoint
UPDATE "rollup_unit_hour" SET "last_at" = "hour" + interval '59 minutes 59 seconds';--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ALTER COLUMN "last_at" SET NOT NULL;
