CREATE TYPE "public"."password_link_purpose" AS ENUM('invite', 'reset');--> statement-breakpoint
CREATE TABLE "password_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "password_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" "password_link_purpose" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
-- A record without the health unit that wrote it can speak for no door under the ownership rule.
DELETE FROM "vaccination_registry" WHERE "source_unit_id" IS NULL;--> statement-breakpoint
ALTER TABLE "vaccination_registry" DROP CONSTRAINT "vaccination_registry_pkey";--> statement-breakpoint
ALTER TABLE "vaccination_registry" ALTER COLUMN "source_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "vaccination_registry" ADD CONSTRAINT "vaccination_registry_visitor_key_source_unit_id_pk" PRIMARY KEY("visitor_key","source_unit_id");--> statement-breakpoint
ALTER TABLE "password_links" ADD CONSTRAINT "password_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_links" ADD CONSTRAINT "password_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_links_user_idx" ON "password_links" USING btree ("user_id");