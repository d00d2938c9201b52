CREATE TABLE "rollup_area_day" (
	"area_id" integer NOT NULL,
	"day" date NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"n" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rollup_area_day_area_id_day_kind_admitted_pk" PRIMARY KEY("area_id","day","kind","admitted")
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_day" (
	"unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"n" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rollup_unit_day_unit_id_day_kind_admitted_pk" PRIMARY KEY("unit_id","day","kind","admitted")
);
--> statement-breakpoint
-- Check-ins stored before this migration: their days from their hours (UTC hours are whole local hours).
INSERT INTO "rollup_unit_day" ("unit_id", "day", "kind", "admitted", "n", "last_at")
SELECT r.unit_id, (r.hour AT TIME ZONE u.time_zone)::date, r.kind, r.admitted, sum(r.n)::int, max(r.last_at)
FROM "rollup_unit_hour" r JOIN "units" u ON u.id = r.unit_id
GROUP BY 1, 2, 3, 4;--> statement-breakpoint
INSERT INTO "rollup_area_day" ("area_id", "day", "kind", "admitted", "n", "last_at")
SELECT r.area_id, (r.hour AT TIME ZONE u.time_zone)::date, r.kind, r.admitted, sum(r.n)::int, max(r.last_at)
FROM "rollup_area_hour" r JOIN "units" u ON u.id = r.area_id
GROUP BY 1, 2, 3, 4;
