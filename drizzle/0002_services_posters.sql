CREATE TYPE "public"."service_category" AS ENUM('kependudukan', 'perizinan', 'pendidikan', 'kesehatan', 'kepegawaian', 'sosial', 'umum');--> statement-breakpoint
CREATE TYPE "public"."status" AS ENUM('hijau', 'kuning', 'merah', 'hitam');--> statement-breakpoint
CREATE TABLE "services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"category" "service_category" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"daily_capacity" integer,
	"admits" "status"[] DEFAULT '{"hijau","kuning"}' NOT NULL,
	"paused_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poster_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"poster_id" integer NOT NULL,
	"short_code" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "poster_tokens_short_code_unique" UNIQUE("short_code")
);
--> statement-breakpoint
CREATE TABLE "posters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "posters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"service_id" integer,
	"label" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_tokens" ADD CONSTRAINT "poster_tokens_poster_id_posters_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."posters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posters" ADD CONSTRAINT "posters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posters" ADD CONSTRAINT "posters_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_unit_idx" ON "services" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poster_tokens_current_idx" ON "poster_tokens" USING btree ("poster_id") WHERE "poster_tokens"."retired_at" IS NULL;--> statement-breakpoint
CREATE INDEX "posters_unit_idx" ON "posters" USING btree ("unit_id");