/**
 * Counts the rows every request writes, so a refused request that changed anything is caught:
 * a trigger on every table of the fresh test database logs each row inserted, updated or
 * deleted in a table of its own. The log is transactional: a write rolled back leaves nothing.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * Tables a refused request may write by design: counters of refusals (rate limits, failed
 * logins) exist to remember refused requests. Matched by name, as their owners call them
 * (rate-limiter-flexible's store takes any table name; `rlflx` is its examples').
 */
export const writtenWhenRefused = /rate|limit|rlflx|attempt|fail|throttl|lockout/i;

export class WriteLog {
  private constructor(private readonly client: pg.Client) {}

  /** The test database, as e2e/serve.ts recorded it; null on the embedded database (one process only). */
  static async open(): Promise<WriteLog | null> {
    const { url } = JSON.parse(readFileSync('e2e/.output/database.json', 'utf8')) as {
      url: string | null;
    };
    if (!url) return null;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`
      CREATE TABLE IF NOT EXISTS fuzz_writes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL);
      CREATE OR REPLACE FUNCTION fuzz_note() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO fuzz_writes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
      DO $$ DECLARE t text; BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'fuzz_writes'
        LOOP
          EXECUTE format('DROP TRIGGER IF EXISTS fuzz_note ON %I', t);
          EXECUTE format('CREATE TRIGGER fuzz_note AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION fuzz_note()', t);
        END LOOP;
      END $$;`);
    return new WriteLog(client);
  }

  async mark(): Promise<number> {
    const { rows } = await this.client.query<{ id: string }>(
      'SELECT coalesce(max(id), 0) AS id FROM fuzz_writes',
    );
    return Number(rows[0]!.id);
  }

  /** Tables written since `mark`, with the row count of each, except those written when refused by design. */
  async since(mark: number): Promise<Record<string, number>> {
    const { rows } = await this.client.query<{ tbl: string; n: number }>(
      'SELECT tbl, count(*)::int AS n FROM fuzz_writes WHERE id > $1 GROUP BY tbl',
      [mark],
    );
    return Object.fromEntries(
      rows.filter((r) => !writtenWhenRefused.test(r.tbl)).map((r) => [r.tbl, r.n]),
    );
  }

  async close() {
    await this.client.end();
  }
}
