-- data (first, not last: the new key needs a writer on every row). A record without the health
-- unit that wrote it can speak for no door under the ownership rule.
DELETE FROM "vaccination_registry" WHERE "source_unit_id" IS NULL;--> statement-breakpoint
ALTER TABLE "vaccination_registry" DROP CONSTRAINT "vaccination_registry_pkey";--> statement-breakpoint
ALTER TABLE "vaccination_registry" ALTER COLUMN "source_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "vaccination_registry" ADD CONSTRAINT "vaccination_registry_visitor_key_source_unit_id_pk" PRIMARY KEY("visitor_key","source_unit_id");
