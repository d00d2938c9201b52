CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
DROP INDEX "checkin_events_idempotency_idx";--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "points" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "expire" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "checkin_events" ADD COLUMN "request_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_events_idempotency_idx" ON "checkin_events" USING btree ("api_key_id","idempotency_key") WHERE "checkin_events"."idempotency_key" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "failures";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "first_failure_at";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "locked_until";--> statement-breakpoint
-- The old lockout counters do not translate to the new per-(account, address) keys; failed logins are transient.
DELETE FROM "login_throttle";
