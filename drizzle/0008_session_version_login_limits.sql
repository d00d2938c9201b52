ALTER TABLE "login_throttle" ADD COLUMN "points" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "expire" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "failures";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "first_failure_at";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "locked_until";--> statement-breakpoint
-- data
-- The old counters do not translate to the new keys; failed logins are transient.
DELETE FROM "login_throttle";
