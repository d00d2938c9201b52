CREATE TABLE "skm_answered" (
	"event_id" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skm_area_day" (
	"area_id" integer NOT NULL,
	"day" date NOT NULL,
	"n" integer NOT NULL,
	"s1" integer NOT NULL,
	"s2" integer NOT NULL,
	"s3" integer NOT NULL,
	"s4" integer NOT NULL,
	"s5" integer NOT NULL,
	"s6" integer NOT NULL,
	"s7" integer NOT NULL,
	"s8" integer NOT NULL,
	"s9" integer NOT NULL,
	CONSTRAINT "skm_area_day_area_id_day_pk" PRIMARY KEY("area_id","day")
);
--> statement-breakpoint
CREATE TABLE "skm_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"u1" smallint NOT NULL,
	"u2" smallint NOT NULL,
	"u3" smallint NOT NULL,
	"u4" smallint NOT NULL,
	"u5" smallint NOT NULL,
	"u6" smallint NOT NULL,
	"u7" smallint NOT NULL,
	"u8" smallint NOT NULL,
	"u9" smallint NOT NULL,
	"age_band" text,
	"sex" text,
	"education" text,
	"occupation" text,
	"suggestion" text,
	CONSTRAINT "skm_responses_scores" CHECK (least("skm_responses"."u1", "skm_responses"."u2", "skm_responses"."u3", "skm_responses"."u4", "skm_responses"."u5", "skm_responses"."u6", "skm_responses"."u7", "skm_responses"."u8", "skm_responses"."u9") >= 1 AND greatest("skm_responses"."u1", "skm_responses"."u2", "skm_responses"."u3", "skm_responses"."u4", "skm_responses"."u5", "skm_responses"."u6", "skm_responses"."u7", "skm_responses"."u8", "skm_responses"."u9") <= 4)
);
--> statement-breakpoint
CREATE TABLE "skm_unit_day" (
	"unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"service_id" integer NOT NULL,
	"n" integer NOT NULL,
	"s1" integer NOT NULL,
	"s2" integer NOT NULL,
	"s3" integer NOT NULL,
	"s4" integer NOT NULL,
	"s5" integer NOT NULL,
	"s6" integer NOT NULL,
	"s7" integer NOT NULL,
	"s8" integer NOT NULL,
	"s9" integer NOT NULL,
	CONSTRAINT "skm_unit_day_unit_id_day_service_id_pk" PRIMARY KEY("unit_id","day","service_id")
);
--> statement-breakpoint
ALTER TABLE "skm_responses" ADD CONSTRAINT "skm_responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skm_responses_unit_day_idx" ON "skm_responses" USING btree ("unit_id","day");