CREATE TYPE "public"."checkin_channel" AS ENUM('qr', 'desk', 'api', 'import');--> statement-breakpoint
CREATE TYPE "public"."checkin_kind" AS ENUM('in', 'out');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'health';--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "checkin_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checkin_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"service_id" integer,
	"poster_id" integer,
	"kind" "checkin_kind" NOT NULL,
	"status" "status" NOT NULL,
	"admitted" boolean NOT NULL,
	"channel" "checkin_channel" NOT NULL,
	"visitor_key" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"api_key_id" integer,
	"idempotency_key" text
);
--> statement-breakpoint
CREATE TABLE "rollup_area_hour" (
	"area_id" integer NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"category" text NOT NULL,
	"status" "status" NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "rollup_area_hour_area_id_hour_category_status_kind_admitted_pk" PRIMARY KEY("area_id","hour","category","status","kind","admitted")
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_hour" (
	"unit_id" integer NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"service_id" integer NOT NULL,
	"status" "status" NOT NULL,
	"kind" "checkin_kind" NOT NULL,
	"admitted" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "rollup_unit_hour_unit_id_hour_service_id_status_kind_admitted_pk" PRIMARY KEY("unit_id","hour","service_id","status","kind","admitted")
);
--> statement-breakpoint
CREATE TABLE "vaccination_registry" (
	"visitor_key" text PRIMARY KEY NOT NULL,
	"doses" smallint NOT NULL,
	"positive" boolean DEFAULT false NOT NULL,
	"source_unit_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "entry_admits" "status"[] DEFAULT '{"hijau","kuning"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_events" ADD CONSTRAINT "checkin_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vaccination_registry" ADD CONSTRAINT "vaccination_registry_source_unit_id_units_id_fk" FOREIGN KEY ("source_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_unit_idx" ON "api_keys" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "checkin_events_unit_time_idx" ON "checkin_events" USING btree ("unit_id","occurred_at");--> statement-breakpoint
CREATE INDEX "checkin_events_poster_visitor_idx" ON "checkin_events" USING btree ("poster_id","visitor_key","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_events_idempotency_idx" ON "checkin_events" USING btree ("unit_id","idempotency_key") WHERE "checkin_events"."idempotency_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "checkin_events_purge_idx" ON "checkin_events" USING btree ("occurred_at") WHERE "checkin_events"."visitor_key" IS NOT NULL;