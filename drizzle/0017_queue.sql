CREATE TYPE "public"."queue_state" AS ENUM('waiting', 'called', 'skipped', 'served');--> statement-breakpoint
CREATE TABLE "queue_days" (
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"unit_id" integer NOT NULL,
	"regency_id" integer NOT NULL,
	"issued" integer NOT NULL,
	"called" integer DEFAULT 0 NOT NULL,
	"wait_seconds" bigint DEFAULT 0 NOT NULL,
	"served" integer DEFAULT 0 NOT NULL,
	"first_called_at" timestamp with time zone,
	"last_served_at" timestamp with time zone,
	CONSTRAINT "queue_days_pkey" PRIMARY KEY("service_id","day","regency_id")
);
--> statement-breakpoint
CREATE TABLE "queue_displays" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "queue_displays_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "queue_displays_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "queue_tickets" (
	"event_id" bigint NOT NULL,
	"unit_id" integer NOT NULL,
	"regency_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"poster_id" integer,
	"day" date NOT NULL,
	"letter" text NOT NULL,
	"number" integer NOT NULL,
	"state" "queue_state" DEFAULT 'waiting' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"last_called_at" timestamp with time zone,
	"calls" smallint DEFAULT 0 NOT NULL,
	"served_at" timestamp with time zone,
	CONSTRAINT "queue_tickets_pkey" PRIMARY KEY("event_id","regency_id")
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "queue_letter" text;--> statement-breakpoint
ALTER TABLE "queue_displays" ADD CONSTRAINT "queue_displays_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_displays" ADD CONSTRAINT "queue_displays_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queue_days_unit_day_idx" ON "queue_days" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "queue_displays_unit_idx" ON "queue_displays" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_number_idx" ON "queue_tickets" USING btree ("service_id","day","number","regency_id");--> statement-breakpoint
CREATE INDEX "queue_tickets_waiting_idx" ON "queue_tickets" USING btree ("service_id","day","number") WHERE "queue_tickets"."state" = 'waiting';--> statement-breakpoint
CREATE INDEX "queue_tickets_unit_day_idx" ON "queue_tickets" USING btree ("unit_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "services_queue_letter_idx" ON "services" USING btree ("unit_id","queue_letter") WHERE "services"."queue_letter" IS NOT NULL AND "services"."deleted_at" IS NULL;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_queue_letter" CHECK ("services"."queue_letter" ~ '^[A-Z]$');