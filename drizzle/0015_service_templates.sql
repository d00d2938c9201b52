CREATE TABLE "service_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"category" "service_category" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"daily_capacity" integer,
	"admits" "status"[] DEFAULT '{"hijau","kuning"}' NOT NULL,
	"requirements" text DEFAULT '' NOT NULL,
	"completion_time" text DEFAULT '' NOT NULL,
	"fee" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "requirements" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "completion_time" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "fee" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "template_id" integer;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "overridden" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "service_templates" ADD CONSTRAINT "service_templates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_templates_unit_idx" ON "service_templates" USING btree ("unit_id");--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_template_id_service_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."service_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "services_template_unit_idx" ON "services" USING btree ("template_id","unit_id") WHERE "services"."template_id" IS NOT NULL AND "services"."deleted_at" IS NULL;