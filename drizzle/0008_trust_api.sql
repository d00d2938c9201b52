CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
DROP INDEX "checkin_events_idempotency_idx";--> statement-breakpoint
ALTER TABLE "checkin_events" ADD COLUMN "request_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_events_idempotency_idx" ON "checkin_events" USING btree ("api_key_id","idempotency_key") WHERE "checkin_events"."idempotency_key" IS NOT NULL;