-- The app's statements are short (one batch, one unit's rollups), but the planner cannot see how
-- few rows a JSON batch holds and estimates them high enough to JIT-compile them: 14-40 ms of
-- compilation for a statement that runs in under a millisecond, on every check-in batch.
-- Every session of this database, on the primary and on its replicas, plans without JIT.
DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$;
