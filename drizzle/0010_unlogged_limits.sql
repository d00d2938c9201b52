-- Rate-limit and login-throttle counters are short-lived and need no crash safety: without WAL a
-- counter costs no log write and no flush on every scan and login. After a crash or a fail-over
-- they start from zero, which only forgives a few minutes of counting.
ALTER TABLE "rate_limits" SET UNLOGGED;--> statement-breakpoint
ALTER TABLE "login_throttle" SET UNLOGGED;
