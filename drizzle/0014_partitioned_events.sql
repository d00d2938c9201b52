-- Hand-written (drizzle-kit cannot partition a table). Events become a table partitioned by
-- month of occurred_at; idempotency keys move to their own table (a unique index on a
-- partitioned table must hold the partition key); events and rollups carry the regency a
-- distributed database would shard by, and the province level of the area rollups gets tables
-- of its own (docs/SCALE.md).
ALTER TABLE "units" ADD COLUMN "regency_id" integer GENERATED ALWAYS AS ((coalesce(nullif(split_part(path, '/', 3), ''), nullif(split_part(path, '/', 2), '')))::int) STORED;
--> statement-breakpoint
CREATE TABLE "checkin_events_new" (
	"id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
	"regency_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer,
	"poster_id" integer,
	"kind" "checkin_kind" NOT NULL,
	"status" "status" NOT NULL,
	"admitted" boolean NOT NULL,
	"reason" "refusal_reason",
	"channel" "checkin_channel" NOT NULL,
	"visitor_key" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"api_key_id" integer,
	CONSTRAINT "checkin_events_new_pkey" PRIMARY KEY("id","occurred_at","regency_id")
) PARTITION BY RANGE ("occurred_at");
--> statement-breakpoint
CREATE TABLE "checkin_events_default" PARTITION OF "checkin_events_new" DEFAULT;
--> statement-breakpoint
-- The month of `month` as a partition of its own (a no-op when it has one). Rows already in the
-- default partition for that month move into it, so a month that received scans before its
-- partition was made (far dates) still gets one. The partition job calls this for the months
-- ahead (lib/checkins/partitions.ts).
CREATE FUNCTION checkin_events_month(month date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  part text := 'checkin_events_' || to_char(month, 'YYYY_MM');
  lo timestamptz := date_trunc('month', month::timestamp) AT TIME ZONE 'UTC';
  hi timestamptz := (date_trunc('month', month::timestamp) + interval '1 month') AT TIME ZONE 'UTC';
BEGIN
  IF to_regclass(part) IS NOT NULL THEN RETURN false; END IF;
  EXECUTE format('CREATE TABLE %I (LIKE checkin_events INCLUDING DEFAULTS)', part);
  EXECUTE format('WITH moved AS (DELETE FROM checkin_events_default WHERE occurred_at >= %L AND occurred_at < %L RETURNING *)
                  INSERT INTO %I SELECT * FROM moved', lo, hi, part);
  EXECUTE format('ALTER TABLE checkin_events ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
  RETURN true;
END $$;
--> statement-breakpoint
INSERT INTO "checkin_events_new"
  ("id", "regency_id", "unit_id", "service_id", "poster_id", "kind", "status", "admitted", "reason", "channel",
   "visitor_key", "occurred_at", "received_at", "api_key_id")
OVERRIDING SYSTEM VALUE
SELECT e."id", u."regency_id", e."unit_id", e."service_id", e."poster_id", e."kind", e."status", e."admitted", e."reason",
       e."channel", e."visitor_key", e."occurred_at", e."received_at", e."api_key_id"
FROM "checkin_events" e JOIN "units" u ON u."id" = e."unit_id";
--> statement-breakpoint
CREATE TABLE "checkin_keys" (
	"api_key_id" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"regency_id" integer NOT NULL,
	"event_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"request_hash" text,
	CONSTRAINT "checkin_keys_pkey" PRIMARY KEY("api_key_id","idempotency_key","regency_id")
);
--> statement-breakpoint
INSERT INTO "checkin_keys" ("api_key_id", "idempotency_key", "regency_id", "event_id", "occurred_at", "request_hash")
SELECT e."api_key_id", e."idempotency_key", coalesce(ku."regency_id", eu."regency_id"), e."id", e."occurred_at", e."request_hash"
FROM "checkin_events" e
JOIN "units" eu ON eu."id" = e."unit_id"
LEFT JOIN "api_keys" k ON k."id" = e."api_key_id"
LEFT JOIN "units" ku ON ku."id" = k."unit_id"
WHERE e."idempotency_key" IS NOT NULL AND e."api_key_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "checkin_keys_occurred_idx" ON "checkin_keys" USING btree ("occurred_at");
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('checkin_events_new', 'id'), coalesce((SELECT max("id") FROM "checkin_events"), 0) + 1, false);
--> statement-breakpoint
DROP TABLE "checkin_events";
--> statement-breakpoint
ALTER TABLE "checkin_events_new" RENAME TO "checkin_events";
--> statement-breakpoint
ALTER TABLE "checkin_events" RENAME CONSTRAINT "checkin_events_new_pkey" TO "checkin_events_pkey";
--> statement-breakpoint
ALTER SEQUENCE "checkin_events_new_id_seq" RENAME TO "checkin_events_id_seq";
--> statement-breakpoint
ALTER TABLE "checkin_events" ADD CONSTRAINT "checkin_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- A partition for each month that has scans, and for this month and the next two.
SELECT checkin_events_month(m::date)
FROM (SELECT DISTINCT date_trunc('month', "occurred_at" AT TIME ZONE 'UTC') AS m FROM "checkin_events"
      UNION SELECT date_trunc('month', now() AT TIME ZONE 'UTC') + n * interval '1 month' FROM generate_series(0, 2) AS n) months;
--> statement-breakpoint
CREATE INDEX "checkin_events_unit_time_idx" ON "checkin_events" USING btree ("unit_id","occurred_at");
--> statement-breakpoint
CREATE INDEX "checkin_events_poster_visitor_idx" ON "checkin_events" USING btree ("poster_id","visitor_key","occurred_at");
--> statement-breakpoint
CREATE INDEX "checkin_events_purge_idx" ON "checkin_events" USING btree ("occurred_at") WHERE "checkin_events"."visitor_key" IS NOT NULL;
--> statement-breakpoint
-- The rollups: the regency in every key, appended so the existing lookups by unit or area
-- still use the key's index.
ALTER TABLE "rollup_unit_hour" ADD COLUMN "regency_id" integer;
--> statement-breakpoint
UPDATE "rollup_unit_hour" r SET "regency_id" = u."regency_id" FROM "units" u WHERE u."id" = r."unit_id";
--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ALTER COLUMN "regency_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" DROP CONSTRAINT "rollup_unit_hour_unit_id_hour_service_id_status_kind_admitted_reason_pk";
--> statement-breakpoint
ALTER TABLE "rollup_unit_hour" ADD CONSTRAINT "rollup_unit_hour_unit_id_hour_service_id_status_kind_admitted_reason_regency_id_pk" PRIMARY KEY("unit_id","hour","service_id","status","kind","admitted","reason","regency_id");
--> statement-breakpoint
ALTER TABLE "rollup_unit_day" ADD COLUMN "regency_id" integer;
--> statement-breakpoint
UPDATE "rollup_unit_day" r SET "regency_id" = u."regency_id" FROM "units" u WHERE u."id" = r."unit_id";
--> statement-breakpoint
ALTER TABLE "rollup_unit_day" ALTER COLUMN "regency_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rollup_unit_day" DROP CONSTRAINT "rollup_unit_day_unit_id_day_kind_admitted_pk";
--> statement-breakpoint
ALTER TABLE "rollup_unit_day" ADD CONSTRAINT "rollup_unit_day_unit_id_day_kind_admitted_regency_id_pk" PRIMARY KEY("unit_id","day","kind","admitted","regency_id");
--> statement-breakpoint
CREATE TABLE "rollup_province_hour" (
	"province_id" integer NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"category" text NOT NULL,
	"status" "status" NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rollup_province_hour_province_id_hour_category_status_kind_admitted_reason_pk" PRIMARY KEY("province_id","hour","category","status","kind","admitted","reason")
);
--> statement-breakpoint
CREATE TABLE "rollup_province_day" (
	"province_id" integer NOT NULL,
	"day" date NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"n" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rollup_province_day_province_id_day_kind_admitted_pk" PRIMARY KEY("province_id","day","kind","admitted")
);
--> statement-breakpoint
WITH moved AS (
  DELETE FROM "rollup_area_hour" r USING "units" u WHERE u."id" = r."area_id" AND u."depth" = 0
  RETURNING r.*
)
INSERT INTO "rollup_province_hour" ("province_id", "hour", "category", "status", "kind", "admitted", "reason", "n", "last_at")
SELECT "area_id", "hour", "category", "status", "kind", "admitted", "reason", "n", "last_at" FROM moved;
--> statement-breakpoint
WITH moved AS (
  DELETE FROM "rollup_area_day" r USING "units" u WHERE u."id" = r."area_id" AND u."depth" = 0
  RETURNING r.*
)
INSERT INTO "rollup_province_day" ("province_id", "day", "kind", "admitted", "n", "last_at")
SELECT "area_id", "day", "kind", "admitted", "n", "last_at" FROM moved;
--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ADD COLUMN "regency_id" integer;
--> statement-breakpoint
UPDATE "rollup_area_hour" r SET "regency_id" = u."regency_id" FROM "units" u WHERE u."id" = r."area_id";
--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ALTER COLUMN "regency_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rollup_area_hour" DROP CONSTRAINT "rollup_area_hour_area_id_hour_category_status_kind_admitted_reason_pk";
--> statement-breakpoint
ALTER TABLE "rollup_area_hour" ADD CONSTRAINT "rollup_area_hour_area_id_hour_category_status_kind_admitted_reason_regency_id_pk" PRIMARY KEY("area_id","hour","category","status","kind","admitted","reason","regency_id");
--> statement-breakpoint
ALTER TABLE "rollup_area_day" ADD COLUMN "regency_id" integer;
--> statement-breakpoint
UPDATE "rollup_area_day" r SET "regency_id" = u."regency_id" FROM "units" u WHERE u."id" = r."area_id";
--> statement-breakpoint
ALTER TABLE "rollup_area_day" ALTER COLUMN "regency_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "rollup_area_day" DROP CONSTRAINT "rollup_area_day_area_id_day_kind_admitted_pk";
--> statement-breakpoint
ALTER TABLE "rollup_area_day" ADD CONSTRAINT "rollup_area_day_area_id_day_kind_admitted_regency_id_pk" PRIMARY KEY("area_id","day","kind","admitted","regency_id");
