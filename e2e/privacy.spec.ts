import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { demoVisitors } from '@/demo/registry';
import { typedIdentities } from './support/visitors';

// Runs after every other spec (see playwright.config.ts): whatever they typed must not be stored or logged.
const secrets = [...demoVisitors.map((v) => v.nik), ...typedIdentities];

test('no NIK or phone number that the tests used is in the server log', () => {
  const log = readFileSync('e2e/.output/server.log', 'utf8');
  for (const secret of secrets)
    expect(log.includes(secret), `server log holds ${secret}`).toBe(false);
});

// On the embedded database the app holds the folder: tests/integration/privacy.test.ts covers it there.
const { url } = JSON.parse(readFileSync('e2e/.output/database.json', 'utf8')) as {
  url: string | null;
};

if (url)
  test('no NIK or phone number that the tests used is in the database server', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
      );
      expect(tables.length).toBeGreaterThan(5);
      for (const { name } of tables) {
        const { rows } = await client.query<{ dump: string | null }>(
          `SELECT string_agg(t::text, E'\\n') AS dump FROM ${name} t`,
        );
        const dump = rows[0]?.dump ?? '';
        for (const secret of secrets)
          expect(dump.includes(secret), `${name} holds ${secret}`).toBe(false);
      }
    } finally {
      await client.end();
    }
  });
